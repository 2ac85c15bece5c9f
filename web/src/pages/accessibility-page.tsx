import type { ComponentChildren } from 'preact';
import { formatCalendarDate } from '../format-date.js';
import { t } from '../i18n.js';
import { links } from '../routes.js';
import { useFocusHeading } from '../use-focus-heading.js';

/**
 * The day of the last accessibility check and the axe-core release it ran: restate both when
 * the statement is checked again (RGAA asks for the date and the tools of the evaluation).
 */
export const LAST_CHECK = '2026-12-02';
export const AXE_VERSION = '4.14';

/** The known gaps, said honestly, in the order of the statement. */
const GAPS = ['screenReader', 'radar', 'facilitator', 'pdf', 'questionnaires', 'zoom'] as const;

type SectionId =
  | 'status'
  | 'results'
  | 'gaps'
  | 'derogations'
  | 'technologies'
  | 'environment'
  | 'pages'
  | 'contact'
  | 'remedies';

/** Where the Défenseur des droits takes complaints: the remedies RGAA's model statement lists. */
const OMBUDSMAN_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const OMBUDSMAN_DELEGATES = 'https://www.defenseurdesdroits.fr/saisir/delegues';

/**
 * links.accessibility: the accessibility statement (déclaration d'accessibilité) in the sections
 * RGAA's model gives it: commitment, compliance status, test results, non-accessible content,
 * exemptions, technologies, test environment, pages checked, contact and remedies.
 * @see https://accessibilite.numerique.gouv.fr/obligations/declaration-accessibilite/
 */
export function AccessibilityPage() {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const section = (id: SectionId, body: ComponentChildren) => (
    <section class="card statement-section" aria-labelledby={`accessibility-${id}`}>
      <h2 id={`accessibility-${id}`}>{t(`accessibility.${id}.title`)}</h2>
      {body}
    </section>
  );
  return (
    <article class="accessibility-statement">
      <section class="card">
        <h1 ref={heading}>{t('accessibility.title')}</h1>
        <p>{t('accessibility.commitment')}</p>
        <p>{t('accessibility.scope')}</p>
      </section>
      {section(
        'status',
        <>
          <p class="statement-status">{t('accessibility.status.text')}</p>
          <p>{t('accessibility.status.noAudit')}</p>
        </>,
      )}
      {section(
        'results',
        <>
          <p>{t('accessibility.results.date', { date: formatCalendarDate(LAST_CHECK) })}</p>
          <p>{t('accessibility.results.method')}</p>
          <p>{t('accessibility.results.outcome')}</p>
        </>,
      )}
      {section(
        'gaps',
        <>
          <p>{t('accessibility.gaps.intro')}</p>
          <ul>
            {GAPS.map((gap) => (
              <li key={gap}>{t(`accessibility.gaps.${gap}`)}</li>
            ))}
          </ul>
        </>,
      )}
      {section('derogations', <p>{t('accessibility.derogations.text')}</p>)}
      {section('technologies', <p>{t('accessibility.technologies.text')}</p>)}
      {section('environment', <p>{t('accessibility.environment.text', { axe: AXE_VERSION })}</p>)}
      {section('pages', <p>{t('accessibility.pages.text')}</p>)}
      {section('contact', <p>{t('accessibility.contact.text')}</p>)}
      {section(
        'remedies',
        <>
          <p>{t('accessibility.remedies.text')}</p>
          <ul>
            <li>
              <a href={OMBUDSMAN_FORM} hreflang="fr">
                {t('accessibility.remedies.form')}
              </a>
            </li>
            <li>
              <a href={OMBUDSMAN_DELEGATES} hreflang="fr">
                {t('accessibility.remedies.delegate')}
              </a>
            </li>
            <li>{t('accessibility.remedies.post')}</li>
          </ul>
        </>,
      )}
      <p class="actions">
        <a href={links.home()}>{t('accessibility.back')}</a>
      </p>
    </article>
  );
}
