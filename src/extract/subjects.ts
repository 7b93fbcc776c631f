/**
 * Subjects: who a figure is about (zone, group of zones, city, province), from names in the text.
 * All name lookups go through here so the engine can switch between the shared gazetteer
 * (src/data/resolve.ts) and the local shim without touching anything else.
 */
import { findNames as findNamesImpl, resolveName as resolveNameImpl } from '../data/resolve';
import type { NameResolution } from '../data/resolve';
// The local shim stays as a fallback table for the city of a zone-like name the gazetteer does not know.
import { cityOfPlace } from './place-city';
import type { Scope } from './schema';

export type { NameResolution };
export interface NameHit {
  start: number;
  end: number;
  raw: string;
  resolution: NameResolution;
}
export const findNames: (text: string) => NameHit[] = findNamesImpl;
export const resolveName: (raw: string, ctx?: { city?: string }) => NameResolution = resolveNameImpl;

export interface Subject {
  name: string;
  scope: Scope;
  city: string;
  members?: string[];
  /** The gazetteer did not know this zone name. */
  unknown?: boolean;
}

export const PROVINCE: Subject = { name: '山西省', scope: 'province', city: '' };

/** Subject for one name hit, or null when the hit is not a usable subject. */
export function subjectOfHit(hit: NameHit): Subject | null {
  const r = hit.resolution;
  if (r.status === 'zone') return { name: r.name, scope: 'zone', city: r.city };
  if (r.status === 'city') return { name: r.name, scope: 'city', city: r.name };
  if (r.status === 'province') return PROVINCE;
  if (r.status === 'unknown') {
    const city = cityOfPlace(hit.raw);
    if (!city) return null;
    return { name: hit.raw.replace(/^山西省?/, ''), scope: 'zone', city, unknown: true };
  }
  return null;
}

export function groupSubject(members: Subject[]): Subject {
  const names = members.map((m) => m.name);
  const cities = [...new Set(members.map((m) => m.city))];
  return { name: names.join('、'), scope: 'group', city: cities.length === 1 ? cities[0] : cities[0] ?? '', members: names };
}

export function sameSubject(a: Subject | null, b: Subject | null): boolean {
  return !!a && !!b && a.name === b.name && a.scope === b.scope;
}

// ---------------------------------------------------------------- names the gazetteer does not know

/** Provinces other than Shanxi: "四川全省高新区", "浙江省经济开发区" speak for that province's zones. */
const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建',
  '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '四川', '贵州', '云南', '西藏', '陕西', '甘肃',
  '青海', '宁夏', '新疆',
];
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);
const AUTONOMOUS: Record<string, string> = { 内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区' };

export function provinceSubject(short: string): Subject {
  if (short === '山西') return PROVINCE;
  const name = AUTONOMOUS[short] ?? short + (MUNICIPALITIES.has(short) ? '市' : '省');
  return { name, scope: 'province', city: '' };
}

/** Zone type words, longest first: what ends a zone-like name. */
export const ZONE_SUFFIXES = [
  '高新技术产业开发区', '经济技术开发区', '高新技术开发区', '高技术产业开发区', '经济开发区', '产业集聚区', '综合保税区',
  '工业园区', '产业园区', '开发区', '高新区', '经开区', '示范区', '农高区', '园区',
  // State-level new areas (江北新区, 西海岸新区) report like development zones.
  '新区',
];
const PROVINCE_ALT = PROVINCES.join('|');
const SUFFIX_ALT = ZONE_SUFFIXES.join('|');
/** "<province>(省)(全省)(…)开发区/高新区": the province's zones collectively. */
const PROVINCE_ZONES_RE = new RegExp(`^(${PROVINCE_ALT})(?:省|自治区|市)?(?:全省|全区)?[\\u4e00-\\u9fff]{0,4}?(?:${SUFFIX_ALT})$`);
/** A name of its own in front of a zone suffix: 2–6 characters that are not grammar ("在", "的", "全", "各" …). */
const NAME_CHAR = '[^\\s\\d\\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给召举推动促抓加快打造实现完成年月日季度半报刊网]';
const OWN_NAME_RE = new RegExp(`(?<!其)(${NAME_CHAR}{2,6}?)(${SUFFIX_ALT})`, 'u');

/**
 * Canonical form of a zone name the gazetteer does not know. National high-tech zones are officially
 * "X高新技术产业开发区"; reports shorten them to X高新区, which the canonical form restores.
 */
export function canonicalUnknown(raw: string): string {
  const s = raw.replace(/\s+/g, '').replace(/^山西省?/, '');
  for (const [re, full] of CANONICAL_SUFFIXES) {
    const m = re.exec(s);
    if (m && m.index >= 2) return s.slice(0, m.index) + full;
  }
  return s;
}

/**
 * Official long forms of shortened type words, by naming convention (not by zone): torch-programme
 * zones are "X火炬高技术产业开发区", national high-tech zones "X高新技术产业开发区".
 */
const CANONICAL_SUFFIXES: Array<[RegExp, string]> = [
  [/火炬(?:开发区|高新区|高技术开发区)$/, '火炬高技术产业开发区'],
  [/高新区$/, '高新技术产业开发区'],
];

/** Anchored on the type word (a literal alternation is fast); the name is read by looking back. */
const SUFFIX_ALL_RE = new RegExp(SUFFIX_ALT, 'g');
const STEM_BEFORE_RE = new RegExp(`${NAME_CHAR}{2,6}$`, 'u');
/** Every zone-like "<name><type word>" in a text (for pairing short and full forms; not subjects by themselves). */
export function zoneLikeNames(text: string): string[] {
  const out = new Set<string>();
  SUFFIX_ALL_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SUFFIX_ALL_RE.exec(text)); ) {
    const before = text.slice(Math.max(0, m.index - 7), m.index);
    let stem = STEM_BEFORE_RE.exec(before)?.[0];
    // "其中南山工业园区": 中 belongs to 其中.
    if (stem?.startsWith('中') && before.endsWith('其' + stem)) stem = stem.slice(1);
    if (stem && stem.length < 2) continue;
    if (!stem || /^(?:国家|省|市|县|区|全|各|本|我|该)/.test(stem)) continue;
    out.add(canonicalUnknown(stem + m[0]));
  }
  return [...out];
}

/** Abbreviated type words and the full type words they stand for (same kind of zone only). */
const SHORT_TYPES: Record<string, string[]> = {
  经开区: ['经济技术开发区', '经济开发区'],
  开发区: ['经济技术开发区', '经济开发区'],
  园区: ['工业园区', '产业园区'],
};
function typeWord(name: string): string {
  const c = name.replace(/\s+/g, '');
  for (const [re, full] of CANONICAL_SUFFIXES) if (re.test(c) || c.endsWith(full)) return full;
  return ZONE_SUFFIXES.find((suf) => c.endsWith(suf)) ?? '';
}
/** May a name typed `short` stand for one typed `full`? The same type, or an abbreviation of it. */
function typeFits(short: string, full: string): boolean {
  return short === full || (SHORT_TYPES[short]?.includes(full) ?? false);
}

/** Place stem of a zone name: the name without its type word ("中山火炬高技术产业开发区" → "中山火炬"). */
function zoneStem(name: string): string {
  const c = canonicalUnknown(name);
  for (const [, full] of CANONICAL_SUFFIXES) if (c.endsWith(full)) return c.slice(0, -full.length) + (full.startsWith('火炬') ? '火炬' : '');
  for (const suf of ZONE_SUFFIXES) if (c.endsWith(suf)) return c.slice(0, -suf.length);
  return c;
}

/**
 * A zone the gazetteer does not know, written short in one place ("火炬开发区") and in full in another
 * ("中山火炬开发区"): the one fuller name in the same document whose stem ends with the short stem.
 * Returns null when no fuller name, or more than one, fits.
 */
export function fullerName(name: string, fuller: Iterable<string>): string | null {
  const stem = zoneStem(name);
  if (stem.length < 2) return null;
  let found: string | null = null;
  for (const f of fuller) {
    const fs = zoneStem(f);
    // A longer place stem ("中山火炬" for "火炬"), or the same stem with the type word in full
    // ("芮城经济开发区" for "芮城经开区").
    const longerStem = fs.length > stem.length && fs.endsWith(stem);
    const fullerType = fs === stem && f.length > canonicalUnknown(name).length;
    if ((!longerStem && !fullerType) || !typeFits(typeWord(name), typeWord(f))) continue;
    if (found && found !== f) return null;
    found = f;
  }
  return found;
}

/** Subject for a zone-like name the gazetteer does not know: its province's zones, or the zone as named. */
export function unknownSubject(raw: string): Subject {
  const s = raw.replace(/\s+/g, '');
  const p = PROVINCE_ZONES_RE.exec(s);
  if (p) return provinceSubject(p[1]);
  const city = cityOfPlace(s);
  return { name: canonicalUnknown(s), scope: 'zone', city: city ?? '', unknown: true };
}

/**
 * Who a document is about when its text names its subject only generically ("经开区实现…", "我区…"):
 * the first zone, city or province its title names. Titles are short, so one name-like phrase decides.
 */
export function documentSubject(title: string | undefined, isTitle = true): Subject | null {
  if (!title) return null;
  const t = title.replace(/\s+/g, '');
  // A title that names several zones or cities heads a collection: it speaks for none of them alone.
  const named: Subject[] = [];
  for (const h of findNames(t)) {
    const s = h.resolution.status === 'unknown' ? unknownSubject(h.raw) : subjectOfHit(h);
    if (s && !named.some((x) => x.name === s.name)) named.push(s);
  }
  if (named.length > 1 && isTitle) return null;
  if (named.length === 1) return named[0];
  // "四川全省高新区…", "全省开发区…": the province's zones.
  const prov = new RegExp(`(?:^|[：:，,\\s])(?:(${PROVINCE_ALT})(?:省|自治区)?)?(?:全省|全区)[\\u4e00-\\u9fff]{0,4}?(?:${SUFFIX_ALT})`).exec(t);
  if (prov) return prov[1] ? provinceSubject(prov[1]) : PROVINCE;
  const m = OWN_NAME_RE.exec(t);
  if (m) return unknownSubject(m[1] + m[2]);
  return null;
}

/** The province a document speaks of ("全省" = this province): named in its title, else Shanxi. */
export function documentProvince(title: string | undefined): Subject {
  const m = title ? new RegExp(`^(?:\\d{4}年)?(${PROVINCE_ALT})`).exec(title.replace(/\s+/g, '')) : null;
  return m ? provinceSubject(m[1]) : PROVINCE;
}
