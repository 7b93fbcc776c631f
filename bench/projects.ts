/**
 * Projects view benchmark: index, filter, search, sort, totals and CSV on 10,000 synthetic
 * projects (the reliability issue's size). Budget: one query — what runs on every keystroke —
 * within one frame (16 ms median); the index, built once per list, within 1.5 s.
 *
 * The data are synthetic but shaped like the seeds: Chinese names built from real name parts,
 * ~60 zones over 11 cities, statuses, periods, missing investments. Deterministic PRNG so runs compare.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { projectsToCsv } from '../src/data/csv';
import {
  buildProjectIndex,
  EMPTY_FILTER,
  filterProjects,
  projectTotals,
  queryProjects,
  sortProjects,
  STATUS_ORDER,
  type ProjectFilter,
  type ProjectIndex,
  type ProjectSort,
} from '../src/data/projects';
import { toPinyin } from '../src/data/pinyin';
import type { AtlasProject } from '../src/data/schemas';

const N = 10_000;
const QUERY_BUDGET_MS = 16;
const INDEX_BUDGET_MS = 1500;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES: [string, string][] = [
  ['140100', '太原市'], ['140200', '大同市'], ['140300', '阳泉市'], ['140400', '长治市'],
  ['140500', '晋城市'], ['140600', '朔州市'], ['140700', '晋中市'], ['140800', '运城市'],
  ['140900', '忻州市'], ['141000', '临汾市'], ['141100', '吕梁市'],
];
const PLACES = ['清徐', '中北', '潞城', '高平', '祁县', '闻喜', '绛县', '原平', '侯马', '孝义', '介休', '平遥', '应县', '阳曲', '襄垣'];
const TYPES = ['经济开发区', '高新技术产业开发区', '经济技术开发区', '现代农业产业示范区'];
const WHAT = ['年产10万吨', '第三代半导体', '锂电池负极材料', '氢能重卡', '光伏组件', '中医药', '高纯碳基材料', '智能装备', '白酒灌装', '冷链物流', '数字经济', '特种钢材'];
const KIND = ['生产线项目', '产业园项目', '扩建项目', '示范项目', '二期项目'];
const COMPANY = ['山西医药集团', '美锦能源', '北京红星', '今麦郎', '湖州荣智企业管理有限公司', '太钢集团', '潞安化工', '晋能控股'];
const PERIODS = ['2023-01/2023-06', '2023-01/2023-09', '2023-01/2023-12', '2024-01/2024-06'];

export function syntheticProjects(n: number, seed = 42) {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const zones = Array.from({ length: 60 }, (_, i) => {
    const [adcode] = CITIES[i % CITIES.length];
    return { id: `SX-Z${i}`, name: `${PLACES[i % PLACES.length]}${TYPES[i % TYPES.length]}`, city_adcode: adcode };
  });
  const projects: AtlasProject[] = Array.from({ length: n }, (_, i) => {
    const z = pick(zones);
    const name = `${pick(WHAT)}${pick(KIND)}${i}`;
    return {
      id: `p${i}`,
      subject: z.name,
      subject_id: z.id,
      zone_id: z.id,
      city_adcode: z.city_adcode,
      scope: 'zone',
      city: CITIES.find((c) => c[0] === z.city_adcode)![1],
      name,
      company: rnd() < 0.6 ? pick(COMPANY) : undefined,
      investment: rnd() < 0.85 ? Math.round(rnd() * 5000) / 100 : undefined,
      status: rnd() < 0.9 ? pick(STATUS_ORDER) : undefined,
      period: pick(PERIODS),
      source: { seed: `${String(i % 5).padStart(3, '0')}.txt`, start: i, end: i + 30 },
      quote: `${z.name}推进${name}，总投资若干亿元。`,
    };
  });
  return { zones, projects, cityNames: Object.fromEntries(CITIES) };
}

function time(fn: () => unknown, reps: number): { median_ms: number; p95_ms: number } {
  fn(); // warm-up: JIT and caches, as after the first keystroke
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { median_ms: r(ts[Math.floor(ts.length / 2)]), p95_ms: r(ts[Math.min(ts.length - 1, Math.floor(ts.length * 0.95))]) };
}

export async function benchProjects(): Promise<Record<string, unknown>> {
  const { zones, projects, cityNames } = syntheticProjects(N);

  const load = loadavg()[0];
  const t0 = performance.now();
  const index: ProjectIndex = buildProjectIndex(projects, { zones, cityNames }, toPinyin);
  const indexMs = Math.round(performance.now() - t0);
  // The same list without pinyin: how much of the build is the dictionary lookup.
  const t1 = performance.now();
  buildProjectIndex(projects, { zones, cityNames });
  const indexNoPinyinMs = Math.round(performance.now() - t1);

  const sort: ProjectSort = { key: 'investment', dir: 'desc' };
  const q = (f: Partial<ProjectFilter>) => () => queryProjects(index, { ...EMPTY_FILTER, ...f }, sort);
  const REPS = 30;
  const queries: Record<string, { median_ms: number; p95_ms: number; rows: number }> = {};
  const cases: Record<string, Partial<ProjectFilter>> = {
    all: {},
    status_signed: { status: ['signed'] },
    city_and_range: { city: '140100', invMin: 5, invMax: 30 },
    search_chinese: { q: '中医药' },
    search_pinyin_full: { q: 'qingxu' },
    search_pinyin_initials: { q: 'qx' },
    search_two_terms: { q: 'qx 锂电' },
    search_no_match: { q: 'zzzzzz' },
  };
  for (const [name, f] of Object.entries(cases)) {
    const rows = filterProjects(index, { ...EMPTY_FILTER, ...f }).length;
    queries[name] = { ...time(q(f), REPS), rows };
  }

  const sorts = Object.fromEntries(
    (['investment', 'name', 'status'] as const).map((key) => [
      `sort_${key}`,
      time(() => sortProjects(index.rows, { key, dir: 'desc' }), REPS),
    ]),
  );
  const totals = time(() => projectTotals(index.rows), REPS);
  const csv = time(() => projectsToCsv(index.rows), 5);

  const worstQuery = Math.max(...Object.values(queries).map((x) => x.median_ms));
  return {
    projects: N,
    // Timings are only comparable on an idle machine; a high load average explains slow runs.
    load_avg_1min: Math.round(load * 100) / 100,
    index_build_ms: indexMs,
    index_build_without_pinyin_ms: indexNoPinyinMs,
    queries,
    ...sorts,
    totals,
    csv_all_rows: { ...csv, bytes: new TextEncoder().encode(projectsToCsv(index.rows)).length },
    worst_query_median_ms: worstQuery,
    budget: { query_median_ms: QUERY_BUDGET_MS, index_build_ms: INDEX_BUDGET_MS },
    budget_ok: worstQuery <= QUERY_BUDGET_MS && indexMs <= INDEX_BUDGET_MS,
  };
}
