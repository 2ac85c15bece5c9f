/** An association's team diagnosis: the owner's response and the members it invited. */
export interface Team {
  id: string;
  ownerResponseId: string;
  /** SHA-256 of the invite code; the code itself is given once to the owner. */
  inviteTokenHash: string;
  createdAt: string;
}

/** One member (the owner is one too): a response of its own, tied to the team. */
export interface TeamMember {
  responseId: string;
  teamId: string;
  /** Optional first name; the team view says "Member 2" without one. */
  displayName: string | null;
  /** The other members may read this member's detailed answers (scores are always shown). */
  shareAnswers: boolean;
  joinedAt: string;
}

/** The level the board agreed on for an area, after discussing the members' answers. */
export interface TeamAgreement {
  areaId: string;
  /** A level id of the questionnaire. */
  level: string;
  note: string;
  updatedAt: string;
}

export const DISPLAY_NAME_MAX = 60;
export const AGREEMENT_NOTE_MAX = 500;
