import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ResponseContract } from '../../src/contracts/response-contract.js';
import { expectProblem } from '../support/expect-problem.js';
import { respondentApi } from '../support/respondent-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe("the association's name on a response", () => {
  let testApp: TestApp;
  let api: ReturnType<typeof respondentApi>;
  beforeEach(async () => {
    testApp = await startTestApp();
    api = respondentApi(testApp.app);
  });
  afterEach(async () => {
    await testApp.close();
  });

  const nameOf = async (id: string, token: string) =>
    ResponseContract.parse((await api.get(id, token)).json()).associationName;
  const patchName = (id: string, token: string, associationName: unknown) =>
    testApp.app.inject({
      method: 'PATCH',
      url: `/api/responses/${id}/answers`,
      headers: { authorization: `Bearer ${token}` },
      payload: { answers: {}, associationName },
    });

  test('when a response starts without a name, then it has none', async () => {
    const draft = await api.started();
    expect(await nameOf(draft.id, draft.token)).toBeNull();
  });

  test('when a response starts with a name, then the name is kept, trimmed', async () => {
    const draft = await api.started({
      questionnaireId: 'mini',
      associationName: '  Les Amis du Vélo ',
    });
    expect(await nameOf(draft.id, draft.token)).toBe('Les Amis du Vélo');
  });

  test('when answers are saved without a name, then the name stays; a new name replaces it; a blank one clears it', async () => {
    const draft = await api.started({ questionnaireId: 'mini', associationName: 'Club « Été »' });

    await api.saved(draft.id, draft.token, { site: 'yes' });
    expect(await nameOf(draft.id, draft.token)).toBe('Club « Été »');

    expect((await patchName(draft.id, draft.token, 'Club d’Été 2026')).statusCode).toBe(200);
    expect(await nameOf(draft.id, draft.token)).toBe('Club d’Été 2026');

    expect((await patchName(draft.id, draft.token, '   ')).statusCode).toBe(200);
    expect(await nameOf(draft.id, draft.token)).toBeNull();

    expect((await patchName(draft.id, draft.token, 'Again')).statusCode).toBe(200);
    expect((await patchName(draft.id, draft.token, null)).statusCode).toBe(200);
    expect(await nameOf(draft.id, draft.token)).toBeNull();
  });

  test('when a name is longer than 200 characters, then it is refused with the field named and nothing changes', async () => {
    const draft = await api.started({ questionnaireId: 'mini', associationName: 'Before' });

    expectProblem(
      await patchName(draft.id, draft.token, 'x'.repeat(201)),
      400,
      'validation_failed',
      ['/associationName'],
    );
    expectProblem(
      await api.start({ questionnaireId: 'mini', associationName: 'y'.repeat(201) }),
      400,
      'validation_failed',
      ['/associationName'],
    );
    expect(await nameOf(draft.id, draft.token)).toBe('Before');
  });

  test('when a name has exactly 200 characters, then it is kept whole', async () => {
    const name = 'É'.repeat(200);
    const draft = await api.started({ questionnaireId: 'mini', associationName: name });
    expect(await nameOf(draft.id, draft.token)).toBe(name);
  });
});
