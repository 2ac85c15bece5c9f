/** A workshop a facilitator runs with a group of associations. */
export interface Workshop {
  id: string;
  facilitatorId: string;
  title: string;
  /** YYYY-MM-DD: the day it is held. */
  date: string;
  questionnaireId: string;
  version: string;
  locale: string;
  joinCode: string;
  /** ISO-8601: after this, it takes no new participant and no new answer. */
  closesAt: string | null;
  /** ISO-8601: when the facilitator closed it. */
  closedAt: string | null;
  createdAt: string;
}

/**
 * Whether a workshop still takes participants and answers at `now` (ISO-8601).
 *
 * @example isWorkshopOpen({ closesAt: null, closedAt: null }, '2026-11-26T10:00:00Z') // true
 */
export function isWorkshopOpen(
  workshop: Pick<Workshop, 'closesAt' | 'closedAt'>,
  now: string,
): boolean {
  if (workshop.closedAt !== null) return false;
  return workshop.closesAt === null || now < workshop.closesAt;
}

export interface Facilitator {
  id: string;
  email: string;
  passwordHash: string;
  createdAt: string;
  /** The centre's name as associations see it before they share ("CRIB de la Gironde"). */
  displayName: string | null;
  /** The code associations type to share their diagnoses with the centre; null until asked. */
  shareCode: string | null;
}
