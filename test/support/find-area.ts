import type { AreaProfile, Profile, QuestionExplanation } from '../../src/domain/index.js';

/** The profile of one area; throws when the area is missing so a test cannot pass on undefined. */
export function findArea(profile: Profile, id: string): AreaProfile {
  const found = profile.areas.find((area) => area.id === id);
  if (!found) throw new Error(`no area "${id}" in the profile`);
  return found;
}

/** The explanation of one question inside an area's profile. */
export function findExplanation(area: AreaProfile, questionId: string): QuestionExplanation {
  const found = area.explanation.questions.find((q) => q.id === questionId);
  if (!found) throw new Error(`no question "${questionId}" in area "${area.id}"`);
  return found;
}
