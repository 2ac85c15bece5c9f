import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { scoreResponse, type Questionnaire } from '../../../src/domain/index.js';
import { renderPaperQuestionnaire } from '../../../src/report/render-paper-questionnaire.js';
import { renderResponseReport } from '../../../src/report/render-response-report.js';
import { buildResponseReport } from '../../../src/usecases/responses/build-response-report.js';
import { buildPaperQuestionnaire } from '../../../src/usecases/paper/build-paper-questionnaire.js';
import type { ResponseReport } from '../../../src/usecases/report-ports.js';
import { CLUB_ANSWERS, defaultQuestionnaire } from '../../support/default-questionnaire.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { renderInFreshProcess, type DocumentJob } from '../../support/render-in-fresh-process.js';
import { REPORT_DATE, renderReport } from '../../support/render-report.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A document is a function of its view model alone, whatever the process rendered before it:
 * a worker that has served a hundred reports answers the bytes a fresh server would. (Each test
 * file runs in a fresh process: only a test that renders other documents first, in one process,
 * and compares with another process can see state that leaks from one document to the next.)
 */
describe(
  'the bytes of a document in a process that rendered others first',
  { timeout: 120_000 },
  () => {
    let questionnaire: Questionnaire;
    let english: ResponseReport;
    let worldNames: ResponseReport;
    const jobs: DocumentJob[] = [];
    let fresh: Uint8Array[];

    beforeAll(async () => {
      questionnaire = await defaultQuestionnaire();
      // View models only: nothing is rendered in this process before the other documents.
      const viewModel = (locale: string, associationName: string) =>
        buildResponseReport({
          questionnaire,
          answers: CLUB_ANSWERS,
          profile: scoreResponse(questionnaire, CLUB_ANSWERS),
          associationName,
          date: REPORT_DATE,
          locale,
        });
      english = viewModel('en', 'Youth Info Point');
      worldNames = viewModel('fr', 'Ομάδα Друзья جمعية الخير שלום 👍');
      jobs.push(
        { kind: 'response', report: english },
        { kind: 'paper', paper: buildPaperQuestionnaire(questionnaire, 'fr') },
        { kind: 'response', report: worldNames },
      );
      // One process a document, started first: they run while this one renders the others.
      const children = Promise.all(jobs.map((job) => renderInFreshProcess(job)));
      // Other documents first: a French report holding "d'information" (the one after which an
      // English report's semibold "." once read "&"), the English paper form, a report in the
      // fallback fonts, one with no answers.
      await renderReport({
        questionnaire,
        answers: CLUB_ANSWERS,
        associationName: "Centre d'information jeunesse",
      });
      await renderPaperQuestionnaire(buildPaperQuestionnaire(questionnaire, 'en'));
      await renderReport({ questionnaire, answers: {}, locale: 'en', associationName: 'Клуб 🎉' });
      await renderResponseReport(worldNames);
      fresh = await children;
    }, 120_000);

    test('when an English report, the paper form and a report of names in five scripts are rendered after other documents, then each has the bytes a fresh process renders', async () => {
      const here: Uint8Array[] = [];
      for (const job of jobs) {
        here.push(
          job.kind === 'paper'
            ? await renderPaperQuestionnaire(job.paper)
            : await renderResponseReport(job.report),
        );
      }

      expect(here.map((bytes) => bytes.byteLength)).toEqual(fresh.map((bytes) => bytes.byteLength));
      expect(here.map(sha256)).toEqual(fresh.map(sha256));
    });

    test('when an English report is rendered after French ones, then its text layer reads its decimal points as points, as in a fresh process', async () => {
      const after = await readPdf(await renderResponseReport(english));
      const first = await readPdf(fresh[0]!);

      const text = searchable(after.text);
      expect(text).toContain('Overall index 44.3 / 100');
      expect(text).toContain('Score: 33.3 / 100');
      expect(text).not.toMatch(/\d[^\d\s.,/]\d/);
      expect(after.text).toBe(first.text);
    });
  },
);
