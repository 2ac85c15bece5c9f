import { t } from './i18n.js';

/**
 * How a support centre is named to an association: its name, quoted, or a neutral label when
 * it has none ("un centre d'accompagnement"); the API never gives its facilitator's address.
 */
export function centreLabel(name: string | null): string {
  return name === null ? t('share.centre.unnamed') : t('share.centre.named', { name });
}
