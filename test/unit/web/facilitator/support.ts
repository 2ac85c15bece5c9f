import { addCatalog, setLocale, type CatalogLoaders } from '../../../../web/src/i18n.js';
import type { Dashboard, FacilitatorSession } from '../../../../web/src/facilitator-api.js';

const facilitatorCatalog: CatalogLoaders = {
  fr: () => import('../../../../web/locales/facilitator/fr.json'),
  en: () => import('../../../../web/locales/facilitator/en.json'),
};

/** French, with the facilitator's strings, as the facilitator's chunk loads them. */
export async function facilitatorFrench(): Promise<void> {
  localStorage.clear();
  await setLocale('fr');
  await addCatalog(facilitatorCatalog);
}

export const SESSION: FacilitatorSession = {
  email: 'anim@example.org',
  centreName: null,
  csrfToken: 'csrf-1',
};
export const WORKSHOP_ID = 'w-1';

export function workshopOf(more: Partial<Dashboard['workshop']> = {}): Dashboard['workshop'] {
  return {
    id: WORKSHOP_ID,
    title: 'Atelier de Lyon',
    date: '2026-05-04',
    questionnaireId: 'asso',
    version: '1.0.0',
    locale: 'fr',
    joinCode: 'ABC234',
    joinUrl: 'http://localhost/#/atelier/ABC234',
    closesAt: null,
    closedAt: null,
    open: true,
    createdAt: '2026-05-01T08:00:00.000Z',
    ...more,
  };
}

type Participant = Dashboard['participants'][number];

export function participantOf(responseId: string, more: Partial<Participant> = {}): Participant {
  return {
    responseId,
    associationName: null,
    status: 'draft',
    overallScore: null,
    overallLevel: null,
    areaScores: {},
    shareAnswers: false,
    updatedAt: '2026-05-04T09:00:00.000Z',
    submittedAt: null,
    ...more,
  };
}

export function dashboardOf(more: Partial<Dashboard> = {}): Dashboard {
  return {
    workshop: workshopOf(),
    counts: { joined: 0, inProgress: 0, submitted: 0 },
    levels: [
      { id: 'start', title: 'Démarrage', min: 0, max: 49 },
      { id: 'solid', title: 'Solide', min: 50, max: 100 },
    ],
    areas: [
      {
        id: 'gov',
        title: 'Gouvernance',
        mean: null,
        min: null,
        max: null,
        stdDev: null,
        count: 0,
        levels: [],
      },
    ],
    overall: { mean: null, count: 0 },
    priorities: [],
    agenda: { basis: 0, minimum: 2, enough: false, latestOnly: false, questions: [] },
    participants: [],
    ...more,
  };
}
