import { z } from 'zod';
import { Questionnaire } from './questionnaire-schema.js';

/** The JSON Schema of a questionnaire file as an author writes it (defaults optional). */
export function questionnaireJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Questionnaire, { io: 'input', target: 'draft-2020-12', reused: 'ref' }),
    title: 'AssoRadar questionnaire',
    description:
      'One version of a questionnaire. Whole-document rules (unique ids, known areas, conditions on earlier questions, levels covering 0-100, every locale present) are checked by "npx assoradar validate".',
  };
}
