import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../../src/usecases/report-file-name.js';

const questionnaire = { id: 'asso-numerique', version: '1.0.0', title: 'Diagnostic' };

describe('reportFileName', () => {
  it('when the association has a name, then the file is named after it, in plain ASCII', () => {
    expect(
      reportFileName({
        questionnaire,
        associationName: 'Les Amis du Vélo d’Été « 2026 » !',
        date: '2026-11-26T10:00:00.000Z',
      }),
    ).toBe('diagnostic-asso-numerique-les-amis-du-velo-d-ete-2026-2026-11-26.pdf');
  });

  it('when there is no name, or nothing of it survives, then the name is left out', () => {
    const date = '2026-03-01T08:00:00.000Z';
    expect(reportFileName({ questionnaire, associationName: null, date })).toBe(
      'diagnostic-asso-numerique-2026-03-01.pdf',
    );
    expect(reportFileName({ questionnaire, associationName: '« ! »', date })).toBe(
      'diagnostic-asso-numerique-2026-03-01.pdf',
    );
  });

  it('when the name is long, then at most 60 characters of it are kept, without a trailing dash', () => {
    const name = reportFileName({
      questionnaire,
      associationName: `${'a'.repeat(59)} ${'b'.repeat(100)}`,
      date: '2026-03-01T08:00:00.000Z',
    });
    expect(name).toBe(`diagnostic-asso-numerique-${'a'.repeat(59)}-2026-03-01.pdf`);
  });

  it('when it is submitted late in the evening in France, then the date is the French day', () => {
    // 23:30 UTC on 26 November is 00:30 on the 27th in Paris (UTC+1 in winter).
    expect(
      reportFileName({ questionnaire, associationName: null, date: '2026-11-26T23:30:00.000Z' }),
    ).toBe('diagnostic-asso-numerique-2026-11-27.pdf');
  });
});
