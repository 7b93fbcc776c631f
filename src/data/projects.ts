/**
 * The projects view's data core: index, filter, search, sort and total the projects the
 * extraction found. Pure functions, no DOM, no stores — the panel, the map badges, the CSV
 * export and the benchmark all call the same code.
 *
 * Speed: `buildProjectIndex` does the expensive work ONCE per list (pinyin of every name,
 * collation ranks, lower-cased haystacks). A query is then a linear scan of plain string
 * `indexOf`s plus an integer sort, which keeps 10,000 projects interactive on every keystroke.
 *
 * Pinyin comes in as a function (src/data/pinyin.ts) rather than an import: its dictionary is a
 * large part of the bundle, so the app loads it lazily while Node code passes it straight in.
 */
import { ProjectStatusSchema, type ProjectStatus } from '../extract/schema';
import type { AtlasProject } from './schemas';
import { periodLabel, unknownYearMonths } from './selectors';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Lifecycle order (谋划 → 在谈 → 签约 → 开工 → 投产 → 达效): the schema lists the statuses in that order. A project without status sorts last. */
export const STATUS_ORDER: readonly ProjectStatus[] = ProjectStatusSchema.options;

/** `unknown` stands for "the report names no status" so users can filter for it too. */
export type StatusKey = ProjectStatus | 'unknown';
export const STATUS_KEYS: readonly StatusKey[] = [...STATUS_ORDER, 'unknown'];

export type Lang = 'zh' | 'en';

export const STATUS_LABELS: Record<Lang, Record<StatusKey, string>> = {
  zh: {
    planned: '谋划',
    negotiating: '在谈',
    signed: '签约',
    started: '开工',
    commissioned: '投产',
    effective: '达效',
    unknown: '未注明',
  },
  en: {
    planned: 'Planned',
    negotiating: 'Negotiating',
    signed: 'Signed',
    started: 'Started',
    commissioned: 'Commissioned',
    effective: 'Effective',
    unknown: 'Not stated',
  },
};

export function isStatusKey(s: string): s is StatusKey {
  return (STATUS_KEYS as readonly string[]).includes(s);
}

export const SORT_KEYS = ['investment', 'name', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export interface ProjectSort {
  key: SortKey;
  dir: SortDir;
}
/** Planners look for the big projects first. */
export const DEFAULT_SORT: ProjectSort = { key: 'investment', dir: 'desc' };

export interface ProjectFilter {
  /** Free text: Chinese, pinyin (`qingxu`) or pinyin initials (`qx`); whitespace separates terms that must all match. */
  q: string;
  /** Empty = every status. */
  status: StatusKey[];
  /** City adcode: projects of the city itself and of all its zones. */
  city: string | null;
  /** Zone id from the gazetteer. */
  zone: string | null;
  /** Exact period (`2023-01/2023-09`). */
  period: string | null;
  /**
   * Follow the map's timeline: projects reported in the same year up to this period's end
   * (cumulative, like the year-to-date figures). Ignored when `period` is set.
   */
  asOf?: string | null;
  /** 亿元, inclusive. A bound excludes projects whose investment the report does not give. */
  invMin: number | null;
  invMax: number | null;
}

export const EMPTY_FILTER: ProjectFilter = {
  q: '',
  status: [],
  city: null,
  zone: null,
  period: null,
  invMin: null,
  invMax: null,
};

// ---------------------------------------------------------------------------------------------
// Index

/** Text → one pinyin token per character (non-Han characters as themselves). */
export type PinyinFn = (text: string) => string[];

/** What the index needs to know about the map: zone names/cities and city names by adcode. */
export interface ProjectContext {
  zones: ReadonlyArray<{ id: string; name: string; city_adcode: string; name_en?: string }>;
  /** adcode → `太原市`; optional, the project's own `city` string is the fallback. */
  cityNames?: Readonly<Record<string, string>>;
}

/** One project ready for display and matching. */
export interface ProjectRow {
  project: AtlasProject;
  id: string;
  name: string;
  zoneId: string | null;
  zoneName: string;
  /** English zone name for the English interface; the Chinese name when the gazetteer has none. */
  zoneNameEn: string;
  cityAdcode: string | null;
  cityName: string;
  status: StatusKey;
  investment: number | null;
  /** Ranks precomputed once so sorting a filtered list is an integer comparison. */
  nameRank: number;
}

interface SearchKeys {
  /** NFKC, lower case; fields separated by \u0001 so no term matches across two fields. */
  text: string;
  /** Full pinyin, one token per character, concatenated. */
  py: string;
  /** 1 where a token (syllable or non-Han character) starts in `py`. */
  pyStart: Uint8Array;
  /** One initial per character. */
  initials: string;
}

export interface ProjectIndex {
  rows: ProjectRow[];
  /** Parallel to rows. */
  keys: SearchKeys[];
  /** The pinyin function the keys were built with (queries need the same one); null = no pinyin search. */
  pinyin: PinyinFn | null;
}

const SEP = '\u0001';
const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/;

/** Lower case, full-width → half-width (NFKC), ü → v as pinyin keyboards type it. */
export function normaliseText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/ü/g, 'v');
}

interface FieldPinyin {
  py: string;
  starts: number[];
  initials: string;
}

function fieldPinyin(text: string, cache: Map<string, FieldPinyin>, toPinyin: PinyinFn | null): FieldPinyin {
  const hit = cache.get(text);
  if (hit) return hit;
  let py = '';
  let initials = '';
  const starts: number[] = [];
  if (text && toPinyin) {
    // The whole field at once so polyphones resolve in context (长治 → chang zhi, 行长 → hang zhang).
    for (const raw of toPinyin(text)) {
      const tok = normaliseText(raw).replace(/\s+/g, '');
      if (!tok) continue;
      starts.push(py.length);
      py += tok;
      initials += tok[0];
    }
  }
  const out = { py, starts, initials };
  cache.set(text, out);
  return out;
}

function searchKeys(fields: string[], cache: Map<string, FieldPinyin>, toPinyin: PinyinFn | null): SearchKeys {
  const text = fields.map(normaliseText).join(SEP);
  let py = '';
  let initials = '';
  const startList: number[] = [];
  fields.forEach((f, i) => {
    if (i > 0) {
      py += SEP;
      initials += SEP;
    }
    const p = fieldPinyin(f, cache, toPinyin);
    for (const s of p.starts) startList.push(py.length + s);
    py += p.py;
    initials += p.initials;
  });
  const pyStart = new Uint8Array(py.length + 1);
  for (const s of startList) pyStart[s] = 1;
  return { text, py, pyStart, initials };
}

const zhCollator = new Intl.Collator('zh-CN');

/**
 * Builds the search and sort index once per list; every query afterwards reuses it.
 * Without `toPinyin` Chinese and Latin text still match, pinyin queries do not.
 */
export function buildProjectIndex(projects: readonly AtlasProject[], ctx: ProjectContext, toPinyin: PinyinFn | null = null): ProjectIndex {
  const zoneById = new Map(ctx.zones.map((z) => [z.id, z]));
  const cache = new Map<string, FieldPinyin>();
  const rows: ProjectRow[] = projects.map((p) => {
    const zone = p.zone_id ? zoneById.get(p.zone_id) : undefined;
    const cityAdcode = p.city_adcode ?? zone?.city_adcode ?? null;
    return {
      project: p,
      id: p.id,
      name: p.name,
      zoneId: p.zone_id ?? null,
      // A zone the gazetteer does not know still shows the name the report used.
      zoneName: zone?.name ?? (p.scope === 'zone' ? p.subject : ''),
      zoneNameEn: zone?.name_en || zone?.name || (p.scope === 'zone' ? p.subject : ''),
      cityAdcode,
      cityName: (cityAdcode && ctx.cityNames?.[cityAdcode]) || p.city,
      status: p.status ?? 'unknown',
      investment: p.investment ?? null,
      nameRank: 0,
    };
  });
  // Collation is the slow comparison; pay for it once here, not on every sort.
  const byName = rows.map((_, i) => i).sort((a, b) => zhCollator.compare(rows[a].name, rows[b].name) || cmpStr(rows[a].id, rows[b].id));
  byName.forEach((ri, rank) => (rows[ri].nameRank = rank));
  const keys = rows.map((r) =>
    searchKeys([r.name, r.project.company ?? '', r.zoneName, r.cityName], cache, toPinyin),
  );
  return { rows, keys, pinyin: toPinyin };
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Search

interface Term {
  /** Normalised term for substring search in the text. */
  text: string;
  /** Pinyin letters for the syllable/initials search, or null when the term is not pinyin-like. */
  py: string | null;
}

/**
 * Splits a query into terms. A term of Han characters matches the text; a Latin term also matches
 * full pinyin (from a syllable start: `xu` finds 清徐 but `ngx` does not) and initials (`qx`).
 * A mixed term (`清xu`) is turned into pinyin as a whole.
 */
export function parseQuery(q: string, toPinyin: PinyinFn | null = null): Term[] {
  return normaliseText(q)
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .map((t) => {
      const hasHan = HAN.test(t);
      const hasLatin = LATIN.test(t);
      if (!hasLatin) return { text: t, py: null };
      if (hasHan && !toPinyin) return { text: t, py: null };
      const letters = hasHan && toPinyin ? normaliseText(toPinyin(t).join('')) : t;
      return { text: t, py: letters.replace(/['’\s-]/g, '') || null };
    });
}

function pyMatch(k: SearchKeys, term: string): boolean {
  let at = k.py.indexOf(term);
  while (at !== -1) {
    if (k.pyStart[at]) return true;
    at = k.py.indexOf(term, at + 1);
  }
  return false;
}

function termMatches(k: SearchKeys, t: Term): boolean {
  if (k.text.includes(t.text)) return true;
  if (t.py === null) return false;
  return k.initials.includes(t.py) || pyMatch(k, t.py);
}

// ---------------------------------------------------------------------------------------------
// Filter, sort, totals

export interface ProjectQueryOptions {
  /** Leave some filters out, e.g. zone badges count without the zone filter itself. */
  ignore?: ReadonlyArray<keyof ProjectFilter>;
}

/** Rows passing the filter, in index order. */
export function filterProjects(index: ProjectIndex, filter: ProjectFilter, opts: ProjectQueryOptions = {}): ProjectRow[] {
  const ign = new Set(opts.ignore ?? []);
  const terms = ign.has('q') ? [] : parseQuery(filter.q, index.pinyin);
  const statuses = !ign.has('status') && filter.status.length ? new Set(filter.status) : null;
  const city = ign.has('city') ? null : filter.city;
  const zone = ign.has('zone') ? null : filter.zone;
  const period = ign.has('period') ? null : filter.period;
  const asOf = ign.has('period') || period ? null : (filter.asOf ?? null);
  const min = ign.has('invMin') ? null : filter.invMin;
  const max = ign.has('invMax') ? null : filter.invMax;
  const out: ProjectRow[] = [];
  const { rows, keys } = index;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (statuses && !statuses.has(r.status)) continue;
    if (city && r.cityAdcode !== city) continue;
    if (zone && r.zoneId !== zone) continue;
    if (period && r.project.period !== period) continue;
    if (asOf && !reportedBy(r.project.period, asOf)) continue;
    if (min !== null && (r.investment === null || r.investment < min)) continue;
    if (max !== null && (r.investment === null || r.investment > max)) continue;
    if (terms.length && !terms.every((t) => termMatches(keys[i], t))) continue;
    out.push(r);
  }
  return out;
}

const STATUS_RANK: Record<StatusKey, number> = Object.fromEntries(
  STATUS_KEYS.map((s, i) => [s, i]),
) as Record<StatusKey, number>;

/**
 * Sorted copy. Missing values (no investment, no status) always go last whatever the direction:
 * a missing figure is not a zero and must not top an ascending list. Ties fall back to the name.
 */
export function sortProjects(rows: readonly ProjectRow[], sort: ProjectSort): ProjectRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: ProjectRow, b: ProjectRow) => a.nameRank - b.nameRank;
  let cmp: (a: ProjectRow, b: ProjectRow) => number;
  switch (sort.key) {
    case 'name':
      cmp = (a, b) => sign * byName(a, b);
      break;
    case 'investment':
      cmp = (a, b) => {
        if (a.investment === null || b.investment === null) {
          return (a.investment === null ? 1 : 0) - (b.investment === null ? 1 : 0) || byName(a, b);
        }
        return sign * (a.investment - b.investment) || byName(a, b);
      };
      break;
    case 'status':
      cmp = (a, b) => {
        const ua = a.status === 'unknown' ? 1 : 0;
        const ub = b.status === 'unknown' ? 1 : 0;
        if (ua || ub) return ua - ub || byName(a, b);
        return sign * (STATUS_RANK[a.status] - STATUS_RANK[b.status]) || byName(a, b);
      };
      break;
  }
  return rows.slice().sort(cmp);
}

export interface StatusTotal {
  count: number;
  /** 亿元, sum of the projects that state an investment. */
  investment: number;
}

export interface ProjectTotals {
  count: number;
  /** 亿元, sum over projects that state an investment. */
  investment: number;
  /** How many of `count` state an investment: the sum covers only these. */
  withInvestment: number;
  byStatus: Record<StatusKey, StatusTotal>;
}

/** Sums in 万元 integers so 0.1 + 0.2 亿元 prints as 0.3, not 0.30000000000000004. */
const WAN_PER_YI = 10000;

export function projectTotals(rows: readonly ProjectRow[]): ProjectTotals {
  let wan = 0;
  let withInvestment = 0;
  const byWan = Object.fromEntries(STATUS_KEYS.map((s) => [s, { count: 0, wan: 0 }])) as Record<
    StatusKey,
    { count: number; wan: number }
  >;
  for (const r of rows) {
    const b = byWan[r.status];
    b.count++;
    if (r.investment !== null) {
      const w = Math.round(r.investment * WAN_PER_YI);
      wan += w;
      b.wan += w;
      withInvestment++;
    }
  }
  const byStatus = Object.fromEntries(
    STATUS_KEYS.map((s) => [s, { count: byWan[s].count, investment: byWan[s].wan / WAN_PER_YI }]),
  ) as Record<StatusKey, StatusTotal>;
  return { count: rows.length, investment: wan / WAN_PER_YI, withInvestment, byStatus };
}

export interface ProjectQueryResult {
  rows: ProjectRow[];
  totals: ProjectTotals;
}

/** Filter, then sort, then total: what the panel shows. */
export function queryProjects(index: ProjectIndex, filter: ProjectFilter, sort: ProjectSort): ProjectQueryResult {
  const filtered = filterProjects(index, filter);
  return { rows: sortProjects(filtered, sort), totals: projectTotals(filtered) };
}

/** Project counts per zone id (for the map badges). */
export function countByZone(rows: readonly ProjectRow[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) if (r.zoneId) m.set(r.zoneId, (m.get(r.zoneId) ?? 0) + 1);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Facets: what the filter controls can offer

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface ProjectFacets {
  cities: Facet[];
  zones: Facet[];
  periods: string[];
  /** Largest stated investment, for the range control. */
  maxInvestment: number;
}

export function projectFacets(index: ProjectIndex): ProjectFacets {
  const cities = new Map<string, Facet>();
  const zones = new Map<string, Facet>();
  const periods = new Set<string>();
  let maxInvestment = 0;
  for (const r of index.rows) {
    if (r.cityAdcode) {
      const f = cities.get(r.cityAdcode) ?? { value: r.cityAdcode, label: r.cityName, count: 0 };
      f.count++;
      cities.set(r.cityAdcode, f);
    }
    if (r.zoneId) {
      const f = zones.get(r.zoneId) ?? { value: r.zoneId, label: r.zoneName, count: 0 };
      f.count++;
      zones.set(r.zoneId, f);
    }
    if (r.project.period) periods.add(r.project.period);
    if (r.investment !== null && r.investment > maxInvestment) maxInvestment = r.investment;
  }
  const byLabel = (a: Facet, b: Facet) => zhCollator.compare(a.label, b.label);
  return {
    cities: [...cities.values()].sort((a, b) => cmpStr(a.value, b.value)),
    zones: [...zones.values()].sort(byLabel),
    periods: [...periods].sort(comparePeriods),
    maxInvestment,
  };
}

/**
 * True when a project's period lies in the same year as `asOf` and ends no later: what had been
 * reported by then. A project without a period cannot be placed on the timeline.
 */
export function reportedBy(projectPeriod: string | undefined, asOf: string): boolean {
  if (!projectPeriod) return false;
  const [ps, pe] = projectPeriod.split('/');
  const [as, ae] = asOf.split('/');
  return ps.slice(0, 4) === as.slice(0, 4) && pe <= ae;
}

/** By end month, then start month (same order as atlas.periods). */
export function comparePeriods(a: string, b: string): number {
  const [as, ae] = a.split('/');
  const [bs, be] = b.split('/');
  return cmpStr(ae, be) || cmpStr(as, bs);
}

// ---------------------------------------------------------------------------------------------
// Formatting

const yiFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('zh-CN');

/** `15 亿元`, `1,234.5 亿元`; a missing figure is a dash, never 0. */
export function formatInvestment(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${yiFormat.format(v)} 亿元`;
}

export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** `2023-01/2023-09` → `2023年1—9月` / `Jan–Sep 2023`. */
export function formatPeriod(p: string | null | undefined, lang: Lang = 'zh'): string {
  if (!p) return '—';
  const m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(p);
  // A report that gives no year: 年份不详 · 前三季度, as everywhere else.
  if (!m) return unknownYearMonths(p) ? periodLabel(p, lang) : p;
  const [, y1, m1, y2, m2] = m;
  const a = Number(m1);
  const b = Number(m2);
  if (lang === 'zh') {
    if (y1 !== y2) return `${y1}年${a}月—${y2}年${b}月`;
    if (a === 1 && b === 12) return `${y1}年全年`;
    return a === b ? `${y1}年${a}月` : `${y1}年${a}—${b}月`;
  }
  const mon = (n: number) =>
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][n - 1];
  if (y1 !== y2) return `${mon(a)} ${y1}–${mon(b)} ${y2}`;
  if (a === 1 && b === 12) return `Full year ${y1}`;
  return a === b ? `${mon(a)} ${y1}` : `${mon(a)}–${mon(b)} ${y1}`;
}
