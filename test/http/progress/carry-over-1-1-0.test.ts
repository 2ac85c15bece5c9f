import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/domain/index.js';
import { buildApp } from '../../../src/http/build-app.js';
import { ResponseContract, TakenAgainContract } from '../../../src/contracts/response-contract.js';
import { CLUB_ANSWERS } from '../../support/default-questionnaire.js';
import { tempQuestionnaireFolder } from '../../support/questionnaire-folder.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { respondentApi, type StartedResponse } from '../../support/respondent-api.js';
import { testConfig } from '../../support/test-config.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const SHIPPED = fileURLToPath(new URL('../../../questionnaires', import.meta.url));
const V100_TEXT = readFileSync(`${SHIPPED}/asso-numerique/1.0.0.json`, 'utf8');
/** 1.1.0 as shipped: later versions (1.2.0 ...) would otherwise be the one a new diagnosis takes. */
const V110_TEXT = readFileSync(`${SHIPPED}/asso-numerique/1.1.0.json`, 'utf8');

/*
 * The sports club of default-questionnaire.ts answers 1.0.0, with two changes so that the
 * declared carry-over shows: its documents travel by e-mail (shared-documents "email", 1 of 3)
 * and it looks at its communication regularly (comm-results "regularly", 2 of 3).
 *
 * 1.0.0 by hand (single choices score 0-3 of 3, every weight 1):
 *   strategie      1 + 1 + 2 + 0 + 1 + 1 = 6 of 18                              -> 33.3
 *   communication  channels 2/4 + 2/3 + 1/3 + 2/3 + 0 + 1/3 + results 2/3
 *                  = 19/6 of 7                                                  -> 45.2
 *   collaboration  2/3 + documents 1/3 + co-editing 2/3 + 2/3 + 1 + 1/3
 *                  = 11/3 of 6                                                  -> 61.1
 *   securite       19/6 of 7 (default-questionnaire.ts)                         -> 45.2
 *
 * Taken again into 1.1.0 (its carryOver from 1.0.0): comm-results becomes comm-measure
 * ("regularly" kept), shared-documents "email" becomes the merged "scattered" (0 of 3),
 * crowdfunding and co-editing are dropped (declared), every other answer keeps its id. The
 * club then answers the three new questions: ai-tools "rules" (2/3), accessibility "some"
 * (1/3), email-addresses "own-domain" (2/3).
 *   strategie      6 + ai-tools 2 = 8 of 21                                     -> 38.1 (+4.8)
 *   communication  19/6 + accessibility 1/3 = 7/2 of 8                          -> 43.8 (-1.4)
 *   collaboration  2/3 + scattered 0 + 2/3 + 1 + 1/3 = 8/3 of 5 (co-editing gone) -> 53.3 (-7.8)
 *   securite       19/6 + e-mail addresses 2/3 = 23/6 of 8                      -> 47.9 (+2.7)
 *   financement    crowdfunding was "not applicable": 23/12 of 5, unchanged     -> 38.3 (0)
 * Levels: premiers-pas [0, 25), en-progression [25, 50), bien-outillee [50, 75).
 */
const ANSWERS_100: Answers = {
  ...CLUB_ANSWERS,
  'shared-documents': 'email',
  'comm-results': 'regularly',
};
const NEW_QUESTIONS: Answers = {
  'ai-tools': 'rules',
  accessibility: 'some',
  'email-addresses': 'own-domain',
};

describe('taking a 1.0.0 diagnosis of asso-numerique again into 1.1.0', () => {
  const only100 = tempQuestionnaireFolder();
  const upTo110 = tempQuestionnaireFolder();
  upTo110.write('asso-numerique', '1.0.0.json', V100_TEXT);
  upTo110.write('asso-numerique', '1.1.0.json', V110_TEXT);
  let before: TestApp;
  let app: FastifyInstance;
  let first: StartedResponse;
  let firstProfile: unknown;

  const view = async (id: string) => {
    const response = await respondentApi(app).get(id, first.token);
    expect(response.statusCode).toBe(200);
    return ResponseContract.parse(response.json());
  };
  const takeAgain = async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/responses/${first.id}/again`,
      headers: { authorization: `Bearer ${first.token}` },
    });
    expect(response.statusCode).toBe(201);
    return TakenAgainContract.parse(response.json());
  };

  beforeEach(async () => {
    // Submitted while 1.0.0 was the only version, then the server restarts with 1.1.0 shipped.
    only100.write('asso-numerique', '1.0.0.json', V100_TEXT);
    before = await startTestApp({ QUESTIONNAIRES_DIR: only100.dir });
    const api = respondentApi(before.app);
    first = await api.started({ questionnaireId: 'asso-numerique' });
    expect(first).toMatchObject({ version: '1.0.0' });
    await api.saved(first.id, first.token, ANSWERS_100);
    const submitted = await api.submit(first.id, first.token);
    expect(submitted.statusCode).toBe(200);
    firstProfile = submitted.json<{ profile: unknown }>().profile;
    await before.app.close();
    app = await buildApp({
      config: testConfig({ DATABASE_URL: before.database.url, QUESTIONNAIRES_DIR: upTo110.dir }),
    });
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
    await before.database.remove();
  });
  afterAll(() => {
    only100.remove();
    upTo110.remove();
  });

  test('when 1.1.0 is shipped, then the 1.0.0 response keeps its stored scores and its PDF says 1.0.0, while a new diagnosis starts 1.1.0', async () => {
    const kept = await view(first.id);

    expect(kept.version).toBe('1.0.0');
    expect(kept.profile).toEqual(firstProfile);
    const scores = Object.fromEntries(kept.profile.areas.map((a) => [a.id, a.score]));
    expect(scores).toMatchObject({ strategie: 33.3, communication: 45.2, collaboration: 61.1 });
    const pdf = await app.inject({
      method: 'GET',
      url: `/api/responses/${first.id}/report.pdf`,
      headers: { authorization: `Bearer ${first.token}` },
    });
    expect(pdf.statusCode).toBe(200);
    const text = searchable((await readPdf(pdf.rawPayload)).content);
    expect(text).toContain('version 1.0.0');
    expect(text).not.toContain('1.1.0');
    const fresh = await respondentApi(app).started({ questionnaireId: 'asso-numerique' });
    expect(fresh.version).toBe('1.1.0');
  });

  test('when it is taken again, then the renamed and merged answers carry over, the declared drops are left behind, and nothing else is lost', async () => {
    const again = await takeAgain();

    expect(again).toMatchObject({ version: '1.1.0', previousResponseId: first.id });
    expect(again.dropped).toEqual(['crowdfunding', 'co-editing']);
    const draft = await view(again.id);
    expect(draft.version).toBe('1.1.0');
    expect(draft.answers['comm-measure']).toBe('regularly');
    expect(draft.answers['shared-documents']).toBe('scattered');
    for (const gone of ['comm-results', 'crowdfunding', 'co-editing']) {
      expect(draft.answers).not.toHaveProperty(gone);
    }
    // Every other answer of 1.0.0 keeps its id and value.
    const untouched = Object.entries(ANSWERS_100).filter(
      ([id]) => !['comm-results', 'shared-documents', 'crowdfunding', 'co-editing'].includes(id),
    );
    expect(Object.entries(draft.answers)).toEqual(expect.arrayContaining(untouched));
    expect(again.carriedOver).toBe(Object.keys(ANSWERS_100).length - 2);
    expect(Object.keys(draft.answers)).toHaveLength(again.carriedOver);
  });

  test('when the 1.1.0 diagnosis is completed and submitted, then its scores and its progress per area are those worked out by hand', async () => {
    const again = await takeAgain();
    await respondentApi(app).saved(again.id, first.token, NEW_QUESTIONS);
    const submitted = await respondentApi(app).submit(again.id, first.token);
    expect(submitted.statusCode).toBe(200);

    const later = await view(again.id);

    const scores = Object.fromEntries(later.profile.areas.map((a) => [a.id, a.score]));
    expect(scores).toMatchObject({
      strategie: 38.1,
      communication: 43.8,
      collaboration: 53.3,
      securite: 47.9,
      financement: 38.3,
    });
    const progress = Object.fromEntries(
      (later.progress?.changes.areas ?? []).map((area) => [area.areaId, area]),
    );
    expect(progress.strategie).toMatchObject({ before: 33.3, after: 38.1, points: 4.8 });
    expect(progress.communication).toMatchObject({ before: 45.2, after: 43.8, points: -1.4 });
    expect(progress.collaboration).toMatchObject({
      before: 61.1,
      after: 53.3,
      points: -7.8,
      levelBefore: 'bien-outillee',
      levelAfter: 'bien-outillee',
      levelSteps: 0,
    });
    expect(progress.securite).toMatchObject({ before: 45.2, after: 47.9, points: 2.7 });
    expect(progress.financement).toMatchObject({ before: 38.3, after: 38.3, points: 0 });
    // The nine area ids are the same in both versions: none is reported removed.
    expect(later.progress?.changes.areas).toHaveLength(9);
    expect(later.progress?.changes.removedAreaIds).toEqual([]);
    expect(later.progress?.previous).toMatchObject({ id: first.id, version: '1.0.0' });
  });
});
