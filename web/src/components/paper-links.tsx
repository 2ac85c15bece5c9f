import { t } from '../i18n.js';

/** The public address of a version's blank questionnaire (README, "The paper questionnaire"). */
export function paperPdfUrl(questionnaireId: string, version: string, lang: string): string {
  return `/api/questionnaires/${encodeURIComponent(questionnaireId)}/versions/${encodeURIComponent(version)}/paper.pdf?lang=${encodeURIComponent(lang)}`;
}

export interface PaperLinksProps {
  print: { href: string; label: string };
  entryHref: string;
}

/** Print the blank form, and type a filled one in: the facilitator's way to paper and back. */
export function PaperLinks({ print, entryHref }: PaperLinksProps) {
  return (
    <section class="card paper-card" aria-labelledby="paper-title">
      <h2 id="paper-title">{t('paper.title')}</h2>
      <p>{t('paper.text')}</p>
      <p class="actions">
        <a href={print.href} class="button" download="" id="paper-download">
          {print.label}
        </a>{' '}
        <a href={entryHref} class="button primary" id="paper-entry-link">
          {t('paper.entry')}
        </a>
      </p>
    </section>
  );
}
