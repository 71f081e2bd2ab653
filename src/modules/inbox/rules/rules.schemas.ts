import { z } from 'zod';
import { CONVERSATION_KINDS, PRIORITIES } from '../inbox.types.js';
import { MAX_PATTERN_LENGTH, patternProblem } from './rules.engine.js';

const id = z.string().trim().min(1).max(64);
const word = z.string().trim().min(1).max(100);

export const zRuleConditions = z
  .object({
    networks: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    kinds: z.array(z.enum(CONVERSATION_KINDS)).max(4).optional(),
    keywords: z.array(word).max(50).optional().describe('Any of these words or phrases'),
    pattern: z
      .string()
      .max(MAX_PATTERN_LENGTH)
      .superRefine((p, ctx) => {
        const problem = patternProblem(p);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .describe('A regular expression, case-insensitive; nested quantifiers are refused'),
    languages: z.array(z.string().trim().min(2).max(10)).max(20).optional(),
    isQuestion: z.boolean().optional(),
    sentiments: z
      .array(z.enum(['positive', 'neutral', 'negative']))
      .max(3)
      .optional(),
    minFollowers: z.number().int().min(0).max(1_000_000_000).optional(),
  })
  .strict();

export const zRuleActions = z
  .object({
    assigneeId: id.optional(),
    departmentId: id.optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    priority: z.enum(PRIORITIES).optional(),
    targetMinutes: z.number().int().min(1).max(10_080).optional(),
  })
  .strict()
  .refine((a) => Object.values(a).some((v) => v !== undefined), {
    message: 'Give the rule at least one action',
  });

export const zRuleInput = z.object({
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  stopProcessing: z.boolean().default(false),
  conditions: zRuleConditions,
  actions: zRuleActions,
});
export type RuleInputBody = z.infer<typeof zRuleInput>;

export const zRulePatch = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    enabled: z.boolean().optional(),
    stopProcessing: z.boolean().optional(),
    conditions: zRuleConditions.optional(),
    actions: zRuleActions.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'Change at least one field' });
export type RulePatch = z.infer<typeof zRulePatch>;

export const zRule = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  position: z.number(),
  stopProcessing: z.boolean(),
  conditions: zRuleConditions,
  actions: z.object({
    assigneeId: z.string().optional(),
    departmentId: z.string().optional(),
    tags: z.array(z.string()).optional(),
    priority: z.enum(PRIORITIES).optional(),
    targetMinutes: z.number().optional(),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RuleView = z.infer<typeof zRule>;

export const zReorder = z.object({ ids: z.array(id).min(1).max(500) });

export const zRuleTest = z.object({
  text: z.string().max(10_000),
  network: z.string().trim().min(1).max(40).default('mastodon'),
  kind: z.enum(CONVERSATION_KINDS).default('reply'),
  followers: z.number().int().min(0).nullable().optional(),
});

export const zRuleTestResult = z.object({
  matched: z.array(z.object({ ruleId: z.string(), name: z.string() })),
  result: z.object({
    actions: zRule.shape.actions,
    language: z.string().nullable(),
    isQuestion: z.boolean(),
    sentiment: z.string(),
  }),
});
