import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load-catalog.js';
import { cachedReportRenderer } from '../../../src/report/cached-report-renderer.js';
import { pdfReportRenderer } from '../../../src/report/pdf-report-renderer.js';
import { buildPaperQuestionnaire } from '../../../src/usecases/paper/build-paper-questionnaire.js';
import { FIXTURE_QUESTIONNAIRES } from '../../support/test-config.js';

describe('the document cache', () => {
  test('when it holds less than two documents, then the least recently used one is let go and rendered again', async () => {
    const mini = (await loadCatalog(FIXTURE_QUESTIONNAIRES)).find('mini')!.questionnaire;
    const french = () => buildPaperQuestionnaire(mini, 'fr');
    const english = () => buildPaperQuestionnaire(mini, 'en');
    const size = (await pdfReportRenderer.renderPaperQuestionnaire(french())).byteLength;
    const cache = cachedReportRenderer(pdfReportRenderer, Math.round(size * 1.5));

    const first = await cache.renderPaperQuestionnaire(french());
    const again = await cache.renderPaperQuestionnaire(french());
    expect(again).toBe(first);
    expect(cache.statistics()).toMatchObject({ hits: 1, misses: 1, entries: 1 });

    await cache.renderPaperQuestionnaire(english());
    expect(cache.statistics()).toMatchObject({ misses: 2, entries: 1 });
    expect(cache.statistics().bytes).toBeLessThanOrEqual(Math.round(size * 1.5));
    const rendered = await cache.renderPaperQuestionnaire(french());
    expect(Buffer.from(rendered).equals(Buffer.from(first))).toBe(true);
    expect(cache.statistics()).toMatchObject({ hits: 1, misses: 3 });
  });

  test('when the same view model is tagged twice, then the tag is the same; another kind or model, another tag', async () => {
    const mini = (await loadCatalog(FIXTURE_QUESTIONNAIRES)).find('mini')!.questionnaire;
    const tag = (locale: string) =>
      pdfReportRenderer.documentTag('paper', buildPaperQuestionnaire(mini, locale));

    expect(tag('fr')).toBe(tag('fr'));
    expect(tag('fr')).not.toBe(tag('en'));
    expect(tag('fr')).toMatch(/^[\w-]{43}$/);
  });
});
