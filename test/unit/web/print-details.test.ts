// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { openDetailsWhilePrinting } from '../../../web/src/print-details.js';

describe('folded texts when printing', () => {
  test('when the page is printed, then folded texts open, and fold again after; open ones stay open', () => {
    document.body.innerHTML =
      '<main><details id="folded"><summary>a</summary>x</details><details id="open" open><summary>b</summary>y</details></main>';
    const folded = document.getElementById('folded') as HTMLDetailsElement;
    const open = document.getElementById('open') as HTMLDetailsElement;
    openDetailsWhilePrinting();

    window.dispatchEvent(new Event('beforeprint'));
    expect([folded.open, open.open]).toEqual([true, true]);

    window.dispatchEvent(new Event('afterprint'));
    expect([folded.open, open.open]).toEqual([false, true]);
  });
});
