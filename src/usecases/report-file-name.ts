import type { ResponseReport } from './report-ports.js';

/**
 * A file name that says what the file is and survives every file system and mail client:
 * ASCII only, for example `diagnostic-asso-numerique-les-amis-du-velo-2026-11-26.pdf`.
 */
export function reportFileName(
  report: Pick<ResponseReport, 'questionnaire' | 'associationName' | 'date'>,
): string {
  const parts = ['diagnostic', report.questionnaire.id];
  const name = slug(report.associationName ?? '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (name) parts.push(name);
  parts.push(DAY_IN_FRANCE.format(new Date(report.date)));
  return `${parts.join('-')}.pdf`;
}

/** YYYY-MM-DD in France, as the report's cover prints the date. */
const DAY_IN_FRANCE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
