import type { PlanActionCost, PlanActionStatus } from './owned-plan-schema.js';

/** The words of a plan's calendar file, in each language the product speaks. */
export interface CalendarLabels {
  calendarName: string;
  calendarNameOf: (association: string) => string;
  who: string;
  cost: string;
  status: string;
  area: string;
  costs: Record<PlanActionCost, string>;
  statuses: Record<PlanActionStatus, string>;
}

const fr: CalendarLabels = {
  calendarName: 'Notre plan d’action numérique',
  calendarNameOf: (association) => `Plan d’action numérique — ${association}`,
  who: 'Qui',
  cost: 'Coût',
  status: 'Avancement',
  area: 'Domaine',
  costs: { free: 'gratuit', paid: 'payant' },
  statuses: { planned: 'prévue', in_progress: 'en cours', done: 'faite' },
};

const en: CalendarLabels = {
  calendarName: 'Our digital action plan',
  calendarNameOf: (association) => `Digital action plan — ${association}`,
  who: 'Who',
  cost: 'Cost',
  status: 'Status',
  area: 'Area',
  costs: { free: 'free', paid: 'paid' },
  statuses: { planned: 'planned', in_progress: 'in progress', done: 'done' },
};

/** French, the product's first language, for any other locale. */
export function calendarLabels(locale: string): CalendarLabels {
  return locale === 'en' ? en : fr;
}
