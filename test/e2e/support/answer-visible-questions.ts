import type { Page } from 'playwright-core';

/** Which choice to tick (its index among the question's choices), given the question id. */
export type PickChoice = (questionId: string, choiceCount: number) => number;

/**
 * The second choice: it avoids both the "no" that often comes first (and hides follow-up
 * questions) and "I don't know" that comes last, so more questions stay on screen.
 */
export const secondChoice: PickChoice = (_id, count) => Math.min(1, count - 1);

/**
 * Answers every shown, unanswered question of the current step, one click at a time. The
 * shown questions are looked up again after each click: an answer can reveal another one.
 * Returns the values ticked, by question id.
 */
export async function answerVisibleQuestions(
  page: Page,
  pick: PickChoice = secondChoice,
): Promise<Record<string, string>> {
  const ticked: Record<string, string> = {};
  const unanswered = page
    .locator('fieldset.question:not([hidden])')
    .filter({ hasNot: page.locator('input:checked') });
  for (let clicks = 0; (await unanswered.count()) > 0; clicks += 1) {
    if (clicks > 50) throw new Error('questions keep appearing: more than 50 clicks on one step');
    // Pinned by its id: once answered, the question leaves the "unanswered" locator.
    const id = (await unanswered.first().getAttribute('data-question'))!;
    const choices = page.locator(`fieldset.question[data-question="${id}"] label.choice`);
    const choice = choices.nth(pick(id, await choices.count()));
    await choice.click();
    const input = choice.locator('input');
    if (!(await input.isChecked())) throw new Error(`clicking a choice of ${id} ticked nothing`);
    ticked[id] = (await input.getAttribute('value'))!;
  }
  return ticked;
}

/** The ticked values of each question on the page, shown or hidden, by question id. */
export function checkedAnswers(page: Page): Promise<Record<string, string[]>> {
  return page
    .locator('fieldset.question')
    .evaluateAll((fields) =>
      Object.fromEntries(
        fields.map((field) => [
          field.dataset.question as string,
          [...field.querySelectorAll('input:checked')].map(
            (input: { value: string }) => input.value,
          ),
        ]),
      ),
    );
}
