/**
 * The hand-made answer set's file format (tests/fixtures/expected/*.json, tests/fixtures/heldout/*.json).
 * One schema validates the files and gives the scorer its types. Field vocabularies come from the
 * engine's contract (src/extract/schema.ts) so that both sides speak the same keys; the answers
 * themselves were written from the texts and ../shared/spec/facts.md only.
 */
import { z } from 'zod';
import {
  IndicatorKeySchema,
  KindSchema,
  MeasureSchema,
  PeriodSchema,
  ProjectStatusSchema,
  ScopeSchema,
} from '../../../src/extract/schema';

export const ExpectedFactSchema = z
  .object({
    subject: z.string().min(1),
    scope: ScopeSchema,
    members: z.array(z.string().min(1)).min(2).optional(),
    city: z.string(),
    period: PeriodSchema,
    indicator: IndicatorKeySchema,
    measure: MeasureSchema,
    value: z.number().finite(),
    unit: z.string().min(1),
    kind: KindSchema,
    approx: z.boolean(),
    /** Exact substring of the original file, line breaks included. */
    quote: z.string().min(1),
    /** Why the annotator decided as they did, where it was a judgement call. */
    notes: z.string().optional(),
  })
  .strict()
  .refine((f) => (f.scope === 'group') === (f.members !== undefined), {
    message: 'members is required for scope group and only allowed there',
  })
  .refine((f) => f.scope !== 'group' || f.subject === f.members?.join('、'), {
    message: "a group's subject is its members joined with '、'",
  })
  .refine((f) => (f.scope === 'province') === (f.city === ''), {
    message: 'city is empty exactly for the province',
  });
export type ExpectedFact = z.infer<typeof ExpectedFactSchema>;

export const ExpectedProjectSchema = z
  .object({
    subject: z.string().min(1),
    name: z.string().min(1),
    company: z.string().optional(),
    /** 亿元 (万元 amounts converted). */
    investment: z.number().finite().nonnegative().optional(),
    capacity: z.string().optional(),
    status: ProjectStatusSchema.optional(),
    quote: z.string().min(1),
    notes: z.string().optional(),
  })
  .strict();
export type ExpectedProject = z.infer<typeof ExpectedProjectSchema>;

export const ExpectedDocumentSchema = z
  .object({
    /** File name of the text, e.g. `000_ef21bc58c00ca203.txt`; matches the engine's `source.seed`. */
    seed: z.string().regex(/\.txt$/, 'seed is the text file name'),
    notes: z.array(z.string()).optional(),
    facts: z.array(ExpectedFactSchema),
    projects: z.array(ExpectedProjectSchema),
  })
  .strict();
export type ExpectedDocument = z.infer<typeof ExpectedDocumentSchema>;
