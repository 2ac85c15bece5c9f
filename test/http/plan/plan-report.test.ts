import { describe, expect, test } from 'vitest';
import { keepPdf, qpdfCheck } from '../../support/pdf-tools.js';
import { readPdf, searchable } from '../../support/read-pdf.js';
import { usePlanApp } from '../../support/use-plan-app.js';

describe('the PDF report prints the plan the association owns', () => {
  const env = usePlanApp();

  const report = (id: string, token: string, query = '') =>
    env.testApp.app.inject({
      method: 'GET',
      url: `/api/responses/${id}/report.pdf${query}`,
      headers: { authorization: `Bearer ${token}` },
    });

  test('when it chose priorities and actions, then the report prints them with who, by when, cost and status, before the proposals; the same plan gives the same bytes', async () => {
    const { id, token } = await env.plan.submitted({ associationName: 'Les Amis du Vélo' });
    const before = await report(id, token);
    await env.plan.setPriorities(id, token, ['data', 'comm']);
    await env.plan.added(id, token, {
      recommendationId: 'gdpr-register',
      owner: 'Amina',
      dueDate: '2027-03-31',
      cost: 'free',
      status: 'in_progress',
    });
    await env.plan.added(id, token, { title: 'Réunir le bureau', cost: 'paid' });

    const first = await report(id, token);
    const second = await report(id, token);

    expect(first.statusCode).toBe(200);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(before.rawPayload.equals(first.rawPayload)).toBe(false);
    const file = keepPdf('owned-plan-fr', first.rawPayload);
    expect((await qpdfCheck(file)).code).toBe(0);
    const text = searchable((await readPdf(first.rawPayload)).content);
    const own = text.indexOf('Notre plan d’action');
    const proposals = text.indexOf('Plan d’action', own + 5);
    expect(own).toBeGreaterThan(-1);
    expect(proposals).toBeGreaterThan(own);
    const section = text.slice(own, proposals);
    expect(section).toContain('Nos priorités : Données ; Communication');
    expect(section).toMatch(
      /Tenir un registre des traitements Domaine : Données Amina 31 mars 2027 gratuit en cours/,
    );
    expect(section).toMatch(/Réunir le bureau — — payant prévue/);
  });

  test('when it chose nothing, then the report has no section of its own; in English the section is in English', async () => {
    const { id, token } = await env.plan.submitted();
    const without = searchable((await readPdf((await report(id, token)).rawPayload)).content);
    expect(without).not.toContain('Notre plan d’action');

    await env.plan.added(id, token, {
      title: 'Our own step',
      dueDate: '2027-01-05',
      status: 'done',
    });
    const english = await report(id, token, '?lang=en');
    keepPdf('owned-plan-en', english.rawPayload);
    const text = searchable((await readPdf(english.rawPayload)).content);
    expect(text).toContain('Our action plan');
    expect(text).toMatch(/Our own step — January 5, 2027 — done/);
  });
});
