/**
 * The extraction engine's output contract (see ../shared/spec/facts.md).
 * One zod schema per data shape: it validates what crosses a boundary (CLI output,
 * the data build, a report dropped into the browser) and the TypeScript types come from it.
 */
import { z } from 'zod';

/**
 * `2023-01/2023-09`: cumulative year-to-date interval of months (ISO 8601). A figure whose year no text or
 * metadata gives keeps its months under an unspecified year (ISO 8601-2): `XXXX-01/XXXX-09` — both ends,
 * never a mix (see periodYearKnown in ./periods).
 */
export const PeriodSchema = z
  .string()
  .regex(
    /^(?:\d{4}-(0[1-9]|1[0-2])\/\d{4}-(0[1-9]|1[0-2])|XXXX-(0[1-9]|1[0-2])\/XXXX-(0[1-9]|1[0-2]))$/,
    'period must look like 2023-01/2023-09 (or XXXX-01/XXXX-09 when the year is unknown)',
  );
export type Period = z.infer<typeof PeriodSchema>;

export const ScopeSchema = z.enum(['zone', 'group', 'city', 'province']);
export type Scope = z.infer<typeof ScopeSchema>;

export const MeasureSchema = z.enum([
  'value',
  'yoy_pct',
  'count',
  'investment',
  'rate_pct',
  'share_pct',
  'area_mu',
]);
export type Measure = z.infer<typeof MeasureSchema>;

export const KindSchema = z.enum(['actual', 'target']);
export type Kind = z.infer<typeof KindSchema>;

/** Offsets are UTF-16 code-unit offsets into the ORIGINAL file's JavaScript string: text.slice(start, end). */
export const SourceSchema = z
  .object({
    seed: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, 'source.end must be greater than source.start');
export type Source = z.infer<typeof SourceSchema>;

export const IndicatorKeySchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'indicator keys are snake_case');

export const FactSchema = z.object({
  subject: z.string().min(1),
  scope: ScopeSchema,
  members: z.array(z.string().min(1)).optional(),
  /** Prefecture-level city of the subject (`太原市`); empty for the province. */
  city: z.string(),
  period: PeriodSchema,
  indicator: IndicatorKeySchema,
  measure: MeasureSchema,
  value: z.number().finite(),
  unit: z.string(),
  kind: KindSchema,
  approx: z.boolean(),
  source: SourceSchema,
  quote: z.string().min(1),
});
export type Fact = z.infer<typeof FactSchema>;

export const ProjectStatusSchema = z.enum([
  'planned',
  'negotiating',
  'signed',
  'started',
  'commissioned',
  'effective',
]);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

export const ProjectSchema = z.object({
  subject: z.string().min(1),
  scope: ScopeSchema,
  city: z.string(),
  name: z.string().min(1),
  company: z.string().optional(),
  /** 亿元 (万元 amounts converted). */
  investment: z.number().finite().nonnegative().optional(),
  capacity: z.string().optional(),
  status: ProjectStatusSchema.optional(),
  period: PeriodSchema.optional(),
  source: SourceSchema,
  quote: z.string().min(1),
});
export type Project = z.infer<typeof ProjectSchema>;

export const WarningKindSchema = z.enum([
  'unattributed_number', // a number near an indicator word that no pattern could attribute
  'unknown_zone', // a zone-like name the gazetteer does not know
  'ambiguous_name', // a name that resolves to more than one zone or city
  'conflict', // different values for the same subject/period/indicator/measure/kind
  'no_figures', // a text with no recognisable figures at all
  'decode', // encoding problems in the input
  'unknown_period', // a section whose period could not be determined
]);
export type WarningKind = z.infer<typeof WarningKindSchema>;

export const WarningSchema = z.object({
  kind: WarningKindSchema,
  message: z.string().min(1),
  source: SourceSchema.optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type ExtractWarning = z.infer<typeof WarningSchema>;

export const ExtractResultSchema = z.object({
  facts: z.array(FactSchema),
  projects: z.array(ProjectSchema),
  warnings: z.array(WarningSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

/** Per-document metadata (seeds/manifest.json): about documents, never per-fact answers. */
export const DocumentMetaSchema = z.object({
  title: z.string().optional(),
  /** ISO date (YYYY-MM or YYYY-MM-DD) the document was published; gives the year when the text never states it. */
  published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  source: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const ManifestSchema = z.record(z.string(), DocumentMetaSchema);
export type Manifest = z.infer<typeof ManifestSchema>;
