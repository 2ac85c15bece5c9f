import type { Page } from 'playwright-core';

/** Clicks the choice of a question that has this value, as a volunteer clicks its label. */
export async function chooseAnswer(page: Page, questionId: string, value: string): Promise<void> {
  const input = page.locator(
    `fieldset.question[data-question="${questionId}"] input[value="${value}"]`,
  );
  await page.locator(`label.choice[for="${await input.getAttribute('id')}"]`).click();
  if (!(await input.isChecked())) throw new Error(`${questionId}: "${value}" is not ticked`);
}
