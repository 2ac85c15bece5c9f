import type { AreaProfile, QuestionExplanation } from '../../src/domain/index.js';

/**
 * The profile of one area, from a full profile (GET, submit) or a summary (PATCH); throws when
 * the area is missing so a test cannot pass on undefined.
 */
export function findArea<P extends { areas: Array<{ id: string }> }>(
  profile: P,
  id: string,
): P['areas'][number] {
  const found = profile.areas.find((area) => area.id === id);
  if (!found) throw new Error(`no area "${id}" in the profile`);
  return found;
}

/** The explanation of one question inside an area's full profile. */
export function findExplanation(area: AreaProfile, questionId: string): QuestionExplanation {
  const found = area.explanation.questions.find((q) => q.id === questionId);
  if (!found) throw new Error(`no question "${questionId}" in area "${area.id}"`);
  return found;
}
