/**
 * Shapes of the joined dataset the app loads (`public/data/atlas.json`), built by the data build
 * from the gazetteer (geo/zones.json) and the extraction engine's output.
 *
 * Flow: text → facts → joined features (this file) → stores → map layers and panels.
 */
import { z } from 'zod';
import { FactSchema, PeriodSchema, ProjectSchema, WarningSchema } from '../extract/schema';

export const AdcodeSchema = z.string().regex(/^14\d{4}$/, 'a Shanxi adcode has six digits starting with 14');

export const ZoneLevelSchema = z.enum(['national', 'provincial']);

/** How well a zone's point is known. No public source gives zone coordinates, so most are `county`. */
export const LocationPrecisionSchema = z.enum(['exact', 'district', 'county', 'city']);
export type LocationPrecision = z.infer<typeof LocationPrecisionSchema>;

export const ZoneSchema = z.object({
  /** Stable id: the GB/T 37028 code where the zone has one, else `SX-` + a slug. */
  id: z.string().regex(/^(\d{8}|SX-[A-Za-z0-9-]+)$/),
  /** Canonical full name as reports use it, without the province prefix 山西 unless it is part of the name. */
  name: z.string().min(2),
  name_en: z.string(),
  aliases: z.array(z.string()),
  level: ZoneLevelSchema,
  /** Chinese type: 经济技术开发区, 高新技术产业开发区, 农业高新技术产业示范区, 现代农业产业示范区 … */
  type: z.string(),
  city_adcode: AdcodeSchema,
  county_adcodes: z.array(AdcodeSchema),
  established: z.string().optional(),
  area_km2: z.number().positive().optional(),
  lon: z.number().min(110).max(115),
  lat: z.number().min(34).max(41),
  location_precision: LocationPrecisionSchema,
  /** Human-readable: how the point was chosen (shown in the zone panel). */
  location_note: z.string(),
  sources: z.array(z.string()),
  // Additive fields (gazetteer, issue 4): optional so older atlas files stay valid.
  /** Whether the host county comes from a source or is an inference (the catalogue's "inf"). */
  county_basis: z.enum(['source', 'inference']).optional(),
  /** Where the established date comes from / what it means (first approval, national upgrade …). */
  established_note: z.string().optional(),
  area_note: z.string().optional(),
  /** Reviewer's note: renames, mergers, doubts. */
  note: z.string().optional(),
});
export type Zone = z.infer<typeof ZoneSchema>;

/** A county or city row of geo/divisions.json (derived from geo/shanxi-divisions.csv). */
export const DivisionSchema = z.object({
  adcode: AdcodeSchema,
  name: z.string().min(1),
  name_short: z.string().min(1),
  level: z.enum(['province', 'city', 'county']),
  city_adcode: z.string(),
  label_lon: z.number(),
  label_lat: z.number(),
});
export type Division = z.infer<typeof DivisionSchema>;

/** geo/zones.json: the reviewable gazetteer (built by geo/build/zones-build.ts from zones-rows.ts). */
export const GazetteerFileSchema = z.object({
  about: z.string(),
  zones: z.array(ZoneSchema).min(1),
  /** GB/T 37028 entries that are not development zones, kept for the record and off the map. */
  excluded: z.array(z.object({ id: z.string(), name: z.string(), reason: z.string(), sources: z.array(z.string()) })),
});
export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;

/** A fact joined to the map: subject_id is a zone id, a city adcode, `140000`, or `group:` + member ids. */
export const AtlasFactSchema = FactSchema.extend({
  id: z.string(),
  subject_id: z.string(),
  member_ids: z.array(z.string()).optional(),
});
export type AtlasFact = z.infer<typeof AtlasFactSchema>;

export const AtlasProjectSchema = ProjectSchema.extend({
  id: z.string(),
  subject_id: z.string(),
  zone_id: z.string().optional(),
  city_adcode: AdcodeSchema.optional(),
});
export type AtlasProject = z.infer<typeof AtlasProjectSchema>;

export const QualityIssueSchema = z.object({
  kind: z.string(),
  message: z.string(),
  name: z.string().optional(),
  seed: z.string().optional(),
  quote: z.string().optional(),
});
export type QualityIssue = z.infer<typeof QualityIssueSchema>;

/** How much of the extraction landed on the map (public/data/quality.json, the data-quality panel). */
export const QualitySummarySchema = z.object({
  facts: z.number().int(),
  facts_joined: z.number().int(),
  facts_unresolved: z.number().int(),
  projects: z.number().int(),
  projects_unresolved: z.number().int(),
  zones: z.number().int(),
  zones_with_facts: z.number().int(),
  quality_issues: z.number().int(),
  warnings_by_kind: z.record(z.string(), z.number().int()),
});
export type QualitySummary = z.infer<typeof QualitySummarySchema>;

/** public/data/quality.json: the join's issues (unknown/ambiguous subjects …) plus a summary. */
export const QualityReportSchema = z.object({
  generated: z.string(),
  summary: QualitySummarySchema,
  issues: z.array(QualityIssueSchema),
});
export type QualityReport = z.infer<typeof QualityReportSchema>;

export const AtlasSchema = z.object({
  generated: z.string(),
  zones: z.array(ZoneSchema),
  facts: z.array(AtlasFactSchema),
  /**
   * Figures from reports that give no year (period `XXXX-01/XXXX-09`): kept out of `facts`, so no map
   * layer, slider, break or sparkline ever sees them; the zone and import panels list them under 年份不详.
   */
  undated: z.array(AtlasFactSchema).optional(),
  projects: z.array(AtlasProjectSchema),
  /** Distinct periods found in the facts, sorted by end month then start month. */
  periods: z.array(PeriodSchema),
  warnings: z.array(WarningSchema),
  quality: z.array(QualityIssueSchema),
});
export type Atlas = z.infer<typeof AtlasSchema>;
