/**
 * The join: extraction output (facts, projects, warnings) + gazetteer → the Atlas the app loads.
 * Pure: no I/O, no clock (the caller passes `generated`), so it runs in the build and in tests alike.
 *
 * subject_id: a zone id, a city adcode, '140000' for the province, or 'group:' + member ids joined by '+'.
 * A subject that does not resolve is never dropped: the fact keeps `subject_id: 'unresolved:<subject>'`
 * (no map feature matches it) and a quality issue says what went wrong, with the seed and quote.
 */
import type { ExtractResult, Fact, Period, Project } from '../extract/schema';
import type { Gazetteer } from './gazetteer';
import { createResolver, type Resolver } from './name-resolver';
import type { Atlas, AtlasFact, AtlasProject, QualityIssue, QualitySummary } from './schemas';
import { periodYearKnown } from './selectors';

export const PROVINCE_ID = '140000';
export const UNRESOLVED_PREFIX = 'unresolved:';
export const GROUP_PREFIX = 'group:';
/** Extraction warnings that the data-quality report lists next to the join's own issues. */
const QUALITY_WARNING_KINDS = new Set(['unknown_zone', 'ambiguous_name', 'conflict']);

export interface JoinInput {
  extract: ExtractResult;
  gazetteer: Gazetteer;
  /** ISO timestamp written into the atlas (the caller owns the clock). */
  generated: string;
  /** Reuse a resolver already built for this gazetteer (the build passes the shared one). */
  resolver?: Resolver;
}

/** Result of placing one subject on the map. */
interface Placement {
  subject_id: string;
  member_ids?: string[];
  zone_id?: string;
  city_adcode?: string;
  issues: { kind: string; message: string; name: string }[];
}

/** Sort key for periods: end month, then start month (matches AtlasSchema's documented order). */
export function comparePeriods(a: Period, b: Period): number {
  const [as, ae] = a.split('/');
  const [bs, be] = b.split('/');
  return ae < be ? -1 : ae > be ? 1 : as < bs ? -1 : as > bs ? 1 : 0;
}

export function joinAtlas(input: JoinInput): Atlas {
  const g = input.gazetteer;
  const resolver = input.resolver ?? createResolver({ zones: g.zones, divisions: g.divisions });
  const cityByName = new Map(g.cities.map((c) => [c.name, c]));

  /** Place one named subject (zone or city) within its city context. */
  const placeName = (name: string, scope: Fact['scope'], city: string): Placement => {
    if (scope === 'province') return { subject_id: PROVINCE_ID, issues: [] };
    const r = resolver.resolveName(name, city ? { city } : undefined);
    switch (r.status) {
      case 'zone': {
        const issues: Placement['issues'] = [];
        if (scope === 'city') {
          issues.push({ kind: 'scope_mismatch', name, message: `“${name}” is marked as a city figure but names the zone ${r.name}; joined to the zone` });
        }
        const ctxCity = city ? cityByName.get(city) ?? g.cityByAdcode.get(city) : undefined;
        if (ctxCity && ctxCity.adcode !== r.city_adcode && g.zoneById.get(r.id)?.county_adcodes.every((c) => g.countyByAdcode.get(c)?.city_adcode !== ctxCity.adcode)) {
          issues.push({ kind: 'city_mismatch', name, message: `“${name}” is reported under ${ctxCity.name}, but the gazetteer puts ${r.name} in ${r.city}` });
        }
        return { subject_id: r.id, zone_id: r.id, city_adcode: r.city_adcode, issues };
      }
      case 'city': {
        const issues: Placement['issues'] = [];
        if (scope === 'zone') {
          issues.push({ kind: 'scope_mismatch', name, message: `“${name}” is marked as a zone figure but names the city ${r.name}; joined to the city` });
        }
        return { subject_id: r.adcode, city_adcode: r.adcode, issues };
      }
      case 'province':
        return { subject_id: PROVINCE_ID, issues: [] };
      default:
        return {
          subject_id: UNRESOLVED_PREFIX + name,
          issues: [
            {
              kind: r.status === 'ambiguous' ? 'ambiguous_subject' : 'unknown_subject',
              name,
              message:
                r.status === 'ambiguous'
                  ? `“${name}” matches several gazetteer entries: ${r.candidates.join('、')}`
                  : `“${name}” is not in the gazetteer (geo/build/zones-rows.ts)`,
            },
          ],
        };
    }
  };

  const placeFact = (f: Pick<Fact, 'subject' | 'scope' | 'members' | 'city'>): Placement => {
    if (f.scope !== 'group') return placeName(f.subject, f.scope, f.city);
    const members = f.members ?? [];
    if (members.length < 2) {
      return {
        subject_id: UNRESOLVED_PREFIX + f.subject,
        issues: [{ kind: 'bad_group', name: f.subject, message: `group “${f.subject}” lists ${members.length} member(s); a group needs at least two` }],
      };
    }
    const placed = members.map((m) => placeName(m, 'zone', f.city));
    const issues = placed.flatMap((p) => p.issues);
    const unresolved = placed.filter((p) => p.subject_id.startsWith(UNRESOLVED_PREFIX));
    if (unresolved.length) {
      return {
        subject_id: UNRESOLVED_PREFIX + f.subject,
        issues: [
          ...issues,
          { kind: 'unresolved_group', name: f.subject, message: `group “${f.subject}”: ${unresolved.length} of ${members.length} members did not resolve` },
        ],
      };
    }
    const ids = placed.map((p) => p.subject_id);
    const cities = new Set(placed.map((p) => p.city_adcode).filter(Boolean));
    return {
      subject_id: GROUP_PREFIX + ids.join('+'),
      member_ids: ids,
      ...(cities.size === 1 ? { city_adcode: [...cities][0] } : {}),
      issues,
    };
  };

  // Issues are grouped by (kind, name, seed) so a name repeated in forty facts is one line, with a count.
  const issueMap = new Map<string, QualityIssue & { count: number }>();
  const addIssues = (p: Placement, seed: string, quote: string) => {
    for (const i of p.issues) {
      const k = `${i.kind}\u0000${i.name}\u0000${seed}`;
      const prev = issueMap.get(k);
      if (prev) prev.count++;
      else issueMap.set(k, { kind: i.kind, message: i.message, name: i.name, seed, quote, count: 1 });
    }
  };

  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}~${n}`;
    usedIds.add(id);
    return id;
  };
  const seedStem = (seed: string) => seed.replace(/\.[^.]+$/, '');

  const joined: AtlasFact[] = input.extract.facts.map((f) => {
    const p = placeFact(f);
    addIssues(p, f.source.seed, f.quote);
    return {
      ...f,
      id: uniqueId(`f:${seedStem(f.source.seed)}:${f.source.start}-${f.source.end}:${f.indicator}:${f.measure}`),
      subject_id: p.subject_id,
      ...(p.member_ids ? { member_ids: p.member_ids } : {}),
    };
  });

  const projects: AtlasProject[] = input.extract.projects.map((pr: Project) => {
    const p = placeFact({ subject: pr.subject, scope: pr.scope, city: pr.city, members: undefined });
    addIssues(p, pr.source.seed, pr.quote);
    return {
      ...pr,
      id: uniqueId(`p:${seedStem(pr.source.seed)}:${pr.source.start}-${pr.source.end}`),
      subject_id: p.subject_id,
      ...(p.zone_id ? { zone_id: p.zone_id } : {}),
      ...(p.city_adcode ? { city_adcode: p.city_adcode } : {}),
    };
  });

  // A figure from a report that gives no year (period `XXXX-01/XXXX-09`) is kept apart: it has no place on
  // the timeline, so the map, the slider and the breaks never see it; the zone panel lists it under 年份不详.
  const facts = joined.filter((f) => periodYearKnown(f.period));
  const undated = joined.filter((f) => !periodYearKnown(f.period));
  const periods = [...new Set(facts.map((f) => f.period))].sort(comparePeriods);

  const quality: QualityIssue[] = [...issueMap.values()]
    .sort((a, b) => a.kind.localeCompare(b.kind) || (a.seed ?? '').localeCompare(b.seed ?? '') || (a.name ?? '').localeCompare(b.name ?? ''))
    .map(({ count, ...i }) => ({ ...i, message: count > 1 ? `${i.message} (${count}×)` : i.message }));

  // Extraction warnings about names and conflicting values are quality issues too (one panel lists
  // everything). A name warning the gazetteer now resolves is stale (the engine saw an older or
  // smaller gazetteer) and is left out of the list; it stays in `warnings`.
  const warnMap = new Map<string, QualityIssue & { count: number }>();
  for (const w of input.extract.warnings) {
    if (!QUALITY_WARNING_KINDS.has(w.kind)) continue;
    const d = w.detail ?? {};
    const rawName = [d.name, d.raw, d.subject].find((x): x is string => typeof x === 'string');
    if (rawName && (w.kind === 'unknown_zone' || w.kind === 'ambiguous_name')) {
      const r = resolver.resolveName(rawName);
      if (r.status === 'zone' || r.status === 'city' || r.status === 'province') continue;
    }
    const seed = w.source?.seed;
    const k = `${w.kind}\u0000${w.kind === 'conflict' ? w.message : (rawName ?? w.message)}\u0000${seed ?? ''}`;
    const prev = warnMap.get(k);
    if (prev) prev.count++;
    else warnMap.set(k, { kind: w.kind, message: w.message, ...(rawName ? { name: rawName } : {}), ...(seed ? { seed } : {}), count: 1 });
  }
  for (const { count, ...i } of warnMap.values()) quality.push({ ...i, message: count > 1 ? `${i.message} (${count}×)` : i.message });

  return {
    generated: input.generated,
    zones: g.zones,
    facts,
    ...(undated.length ? { undated } : {}),
    projects,
    periods,
    warnings: input.extract.warnings,
    quality,
  };
}

/** Counts for the data-quality report: how much of the extraction landed on the map. */
export function qualitySummary(atlas: Atlas): QualitySummary {
  const zoneIds = new Set(atlas.zones.map((z) => z.id));
  const unresolvedFacts = atlas.facts.filter((f) => f.subject_id.startsWith(UNRESOLVED_PREFIX)).length;
  const zonesWithFacts = new Set<string>();
  for (const f of atlas.facts) {
    if (zoneIds.has(f.subject_id)) zonesWithFacts.add(f.subject_id);
    for (const m of f.member_ids ?? []) zonesWithFacts.add(m);
  }
  const byKind: Record<string, number> = {};
  for (const w of atlas.warnings) byKind[w.kind] = (byKind[w.kind] ?? 0) + 1;
  return {
    facts: atlas.facts.length,
    facts_joined: atlas.facts.length - unresolvedFacts,
    facts_unresolved: unresolvedFacts,
    projects: atlas.projects.length,
    projects_unresolved: atlas.projects.filter((p) => p.subject_id.startsWith(UNRESOLVED_PREFIX)).length,
    zones: atlas.zones.length,
    zones_with_facts: zonesWithFacts.size,
    quality_issues: atlas.quality.length,
    warnings_by_kind: byKind,
  };
}
