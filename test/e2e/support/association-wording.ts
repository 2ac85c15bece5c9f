/**
 * Phrases that speak to an association, as "you" or as "we": wrong for a questionnaire that
 * one person answers for themselves. The questionnaire's own texts may name the association the
 * person volunteers in ("Dans l’association, vous êtes…"); these phrases are the app's.
 */
const ASSOCIATION_WORDING =
  /votre association|vos associations|notre association|notre plan|nos diagnostics|your association|\bour association|\bour (?:action )?plan|\bour submitted/giu;

/** Each phrase of the text that addresses an association, as found. */
export function associationWording(text: string): string[] {
  return [...text.matchAll(ASSOCIATION_WORDING)].map((match) => match[0]);
}
