import { z } from 'zod';
import { RULE_IDS } from '../core/config/defaults.js';

import { patternProblem } from './compile-pattern.js';

const glob = z.string().min(1, 'a glob must not be empty');
const positiveInt = z.number().int().positive();

/** What a user may write: every key optional, no unknown keys. */
export const userConfigSchema = z.strictObject({
  branches: z
    .strictObject({
      main: z.string().min(1).optional(),
      stagePrefix: z.string().min(1).optional(),
      workPrefix: z.string().min(1).optional(),
      stageMaxLength: positiveInt.optional(),
      allowed: z.array(glob).optional(),
      unprotected: z.array(glob).optional(),
    })
    .optional(),
  rules: z
    .strictObject({
      'subject-empty': z.boolean().optional(),
      'subject-min-words': z.union([positiveInt, z.literal(false)]).optional(),
      'subject-min-length': z.union([positiveInt, z.literal(false)]).optional(),
      'subject-max-length': z.union([positiveInt, z.literal(false)]).optional(),
      'subject-placeholder': z.union([z.boolean(), z.array(z.string().min(1))]).optional(),
      'subject-wip': z.boolean().optional(),
      'subject-vague': z.boolean().optional(),
      'subject-web-editor': z.boolean().optional(),
      'body-leading-blank': z.boolean().optional(),
      'ticket-pattern': z
        .union([
          z
            .string()
            .min(1)
            .superRefine((source, context) => {
              const problem = patternProblem(source);
              if (problem) context.addIssue({ code: 'custom', message: problem });
            }),
          z.literal(false),
        ])
        .optional(),
      'conventional-commits': z.union([z.boolean(), z.array(z.string().min(1))]).optional(),
    })
    .optional(),
  severity: z
    .strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, z.enum(['error', 'warning']).optional()])))
    .optional(),
  ignoreReleases: z.boolean().optional(),
  remote: z.string().min(1).optional(),
  fetchTimeoutMs: positiveInt.optional(),
  liveStage: z.string().min(1).optional(),
  sync: z
    .strictObject({
      strategy: z.enum(['merge', 'rebase']).optional(),
      mainIntoStage: z.enum(['work-branch', 'pull-request']).optional(),
    })
    .optional(),
  // GitHub takes 0 to 10 approving reviews; the strategy asks for a peer review, so at least one.
  protect: z.strictObject({ requiredApprovals: positiveInt.max(10).optional() }).optional(),
  deploy: z.strictObject({ personalStages: z.boolean().optional() }).optional(),
});

export type UserConfig = z.infer<typeof userConfigSchema>;
