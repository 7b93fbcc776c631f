/**
 * State of the projects view (side-panel tab `view=projects`): search, status, period,
 * investment range, sort and the selected project. Each is a nanostore mirrored in the URL
 * through the skeleton's parameter table (url-params.ts lists PROJECT_URL_PARAMS).
 *
 * City and zone filters are NOT separate stores: the list follows the map's own selection
 * (`?city=`, `?zone=`), so clicking a city or zone on the map filters the list and picking one in
 * the list's filter selects it on the map. One source of truth, no two selections to reconcile.
 *
 * The URL parsers are pure and exported for tests; an invalid value returns undefined, which the
 * URL sync turns into the default plus a notice naming the parameter.
 */
import { atom, computed, onMount } from 'nanostores';
import { PeriodSchema } from '../extract/schema';
import {
  buildProjectIndex,
  countByZone,
  DEFAULT_SORT,
  filterProjects,
  isStatusKey,
  projectTotals,
  queryProjects,
  SORT_KEYS,
  STATUS_KEYS,
  type ProjectFilter,
  type PinyinFn,
  type ProjectIndex,
  type ProjectRow,
  type ProjectSort,
  type SortKey,
  type StatusKey,
} from '../data/projects';
import { notify } from './notices';
import { $atlas, $cityIndex, $selectedCity } from './stores';
import { urlParam, type AnyUrlParam } from './url';
import { $view } from './view-data';
import { $selectedZone } from './zones';

// ---------------------------------------------------------------------------------------------
// Stores

export const $projectQuery = atom<string>('');
export const $projectStatus = atom<StatusKey[]>([]);
/** An exact period, `map` (follow the map's timeline: same year, reported by the map's period), or null. */
export const $projectPeriod = atom<string | null>(null);
export const FOLLOW_MAP = 'map';
export interface InvRange {
  min: number | null;
  max: number | null;
}
export const NO_RANGE: InvRange = { min: null, max: null };
export const $projectInv = atom<InvRange>(NO_RANGE);
export const $projectSort = atom<ProjectSort>(DEFAULT_SORT);
/** Selected project id (highlighted in the list, its zone highlighted and flown to on the map). */
export const $selectedProject = atom<string | null>(null);

/**
 * The pinyin function, loaded on first use: pinyin-pro's dictionary is a large share of the bundle
 * and the map should not wait for it. Until it arrives (or if it fails) the list works with
 * Chinese and Latin search; the index is rebuilt once when it lands.
 */
export const $pinyin = atom<PinyinFn | null>(null);
let pinyinRequested = false;
export function loadPinyin(): void {
  if (pinyinRequested) return;
  pinyinRequested = true;
  import('../data/pinyin')
    .then((m) => $pinyin.set(m.toPinyin))
    .catch((e: unknown) => console.warn('pinyin search unavailable:', e));
}

/** The search index: rebuilt only when the atlas, the city names or the pinyin module change, never per keystroke. */
export const $projectIndex = computed([$atlas, $cityIndex, $pinyin], (atlas, cities, toPinyin): ProjectIndex | null => {
  if (!atlas) return null;
  const cityNames = Object.fromEntries([...cities.values()].map((c) => [c.adcode, c.name]));
  return buildProjectIndex(atlas.projects, { zones: atlas.zones, cityNames }, toPinyin);
});
onMount($projectIndex, () => loadPinyin());

/**
 * The timeline bound, null unless following the map. A string, so moving the period slider while
 * NOT following does not touch the list (unchanged values do not notify).
 */
const $asOf = computed([$projectPeriod, $view], (p, v) => (p === FOLLOW_MAP ? v?.period || null : null));

export const $projectFilter = computed(
  [$projectQuery, $projectStatus, $projectPeriod, $projectInv, $selectedCity, $selectedZone, $asOf],
  (q, status, period, inv, city, zone, asOf): ProjectFilter => ({
    q,
    status,
    period: period === FOLLOW_MAP ? null : period,
    // Following the timeline before the map has a period shows everything rather than nothing.
    asOf,
    invMin: inv.min,
    invMax: inv.max,
    // A zone is more specific than its city; with both set the zone wins (its city is implied).
    city: zone ? null : city,
    zone,
  }),
);

export const $projectResult = computed([$projectIndex, $projectFilter, $projectSort], (index, filter, sort) =>
  index ? queryProjects(index, filter, sort) : null,
);

/** Badge counts per zone: every filter except the map selection, so other zones keep their counts. */
export const $projectZoneCounts = computed([$projectIndex, $projectFilter], (index, filter): Map<string, number> =>
  index ? countByZone(filterProjects(index, filter, { ignore: ['city', 'zone'] })) : new Map(),
);

/** Per-status counts without the status filter itself: what each status toggle would show. */
export const $projectStatusCounts = computed([$projectIndex, $projectFilter], (index, filter) =>
  index ? projectTotals(filterProjects(index, filter, { ignore: ['status'] })).byStatus : null,
);

export const $selectedProjectRow = computed([$projectIndex, $selectedProject], (index, id): ProjectRow | null =>
  index && id ? (index.rows.find((r) => r.id === id) ?? null) : null,
);

/** Reset every list filter (the map selection is left alone: it belongs to the map). */
export function clearProjectFilters(): void {
  $projectQuery.set('');
  $projectStatus.set([]);
  $projectPeriod.set(null);
  $projectInv.set(NO_RANGE);
}

export function toggleStatus(s: StatusKey): void {
  const cur = $projectStatus.get();
  const next = cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s];
  // Canonical order keeps the URL stable whatever order the user clicked in.
  $projectStatus.set(STATUS_KEYS.filter((k) => next.includes(k)));
}

// ---------------------------------------------------------------------------------------------
// URL: pure parse/format (q, status, pperiod, inv, sort, project)

/** Long enough for any project name; stops a pasted essay from landing in every link. */
export const MAX_QUERY = 100;

export function parseQueryParam(raw: string): string | undefined {
  const q = raw.trim();
  return q.length <= MAX_QUERY ? q : undefined;
}

/** `signed,started` → ['signed','started'] in lifecycle order; any unknown word invalidates it. */
export function parseStatusParam(raw: string): StatusKey[] | undefined {
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (!parts.length || !parts.every(isStatusKey)) return undefined;
  return STATUS_KEYS.filter((k) => parts.includes(k));
}

export function formatStatusParam(v: StatusKey[]): string {
  return v.join(',');
}

export function parsePeriodParam(raw: string): string | undefined {
  return raw === FOLLOW_MAP || PeriodSchema.safeParse(raw).success ? raw : undefined;
}

const NUM = /^\d+(\.\d+)?$/;

/** `5-30` (亿元), `5-` (at least 5), `-30` (at most 30); min must not exceed max. */
export function parseInvParam(raw: string): InvRange | undefined {
  const m = /^([^-]*)-([^-]*)$/.exec(raw.trim());
  if (!m) return undefined;
  const [a, b] = [m[1].trim(), m[2].trim()];
  if ((a && !NUM.test(a)) || (b && !NUM.test(b)) || (!a && !b)) return undefined;
  const min = a ? Number(a) : null;
  const max = b ? Number(b) : null;
  if (min !== null && max !== null && min > max) return undefined;
  return { min, max };
}

export function formatInvParam(v: InvRange): string {
  if (v.min === null && v.max === null) return '';
  return `${v.min ?? ''}-${v.max ?? ''}`;
}

/** `investment-desc`, `name-asc`, `status-asc` … */
export function parseSortParam(raw: string): ProjectSort | undefined {
  const m = /^([a-z]+)-(asc|desc)$/.exec(raw);
  if (!m || !(SORT_KEYS as readonly string[]).includes(m[1])) return undefined;
  return { key: m[1] as SortKey, dir: m[2] as 'asc' | 'desc' };
}

export function formatSortParam(v: ProjectSort): string {
  return `${v.key}-${v.dir}`;
}

/**
 * Project ids are checked for shape only: the atlas loads after the URL is first read, so whether
 * the id exists is checked when the index arrives (see watchUnknownProject).
 */
export function parseProjectParam(raw: string): string | undefined {
  const id = raw.trim();
  return /^[\w.:-]{1,120}$/.test(id) ? id : undefined;
}

const identity = (v: string) => v;

/** Entries for the skeleton's URL table (src/state/url-params.ts spreads them in). */
export const PROJECT_URL_PARAMS: AnyUrlParam[] = [
  // Typing must not fill the history with one entry per keystroke.
  urlParam<string>({ key: 'q', store: $projectQuery, default: '', parse: parseQueryParam, format: identity, history: 'replace', hintKey: 'url.q.hint' }),
  urlParam<StatusKey[]>({ key: 'status', store: $projectStatus, default: [], parse: parseStatusParam, format: formatStatusParam, hintKey: 'url.status.hint' }),
  // `period` is the map's (choropleth) period; the list's own period filter is `pperiod`.
  urlParam<string | null>({ key: 'pperiod', store: $projectPeriod, default: null, parse: parsePeriodParam, format: (v) => v ?? '', hintKey: 'url.pperiod.hint' }),
  urlParam<InvRange>({ key: 'inv', store: $projectInv, default: NO_RANGE, parse: parseInvParam, format: formatInvParam, history: 'replace', hintKey: 'url.inv.hint' }),
  urlParam<ProjectSort>({ key: 'sort', store: $projectSort, default: DEFAULT_SORT, parse: parseSortParam, format: formatSortParam, hintKey: 'url.sort.hint' }),
  urlParam<string | null>({ key: 'project', store: $selectedProject, default: null, parse: parseProjectParam, format: (v) => v ?? '', hintKey: 'url.project.hint' }),
];

/**
 * Once the projects are known, a `?project=` naming none of them is dropped with a notice,
 * like any other invalid parameter, instead of silently selecting nothing.
 */
export function watchUnknownProject(): () => void {
  return $projectIndex.subscribe((index) => {
    const id = $selectedProject.get();
    if (!index || !id || index.rows.some((r) => r.id === id)) return;
    $selectedProject.set(null);
    notify({ id: 'url-project', level: 'warn', key: 'notice.badParam', params: { key: 'project', value: id, hint: 'url.project.hint' } });
  });
}
