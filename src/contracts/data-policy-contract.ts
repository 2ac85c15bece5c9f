import { z } from 'zod';
import { named } from './contract-registry.js';

export const DataPolicyContract = named(
  'DataPolicy',
  z.object({
    draftRetentionDays: z
      .number()
      .int()
      .min(0)
      .describe(
        'Days after which a draft nobody changed is erased (DRAFT_RETENTION_DAYS); 0: drafts are kept. Submitted responses are kept until their owner erases them.',
      ),
  }),
);
