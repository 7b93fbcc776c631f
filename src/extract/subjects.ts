/**
 * Subjects: who a figure is about (zone, group of zones, city, province), from names in the text.
 * All name lookups go through here so the engine can switch between the shared gazetteer
 * (src/data/resolve.ts) and the local shim without touching anything else.
 */
import { gazetteer } from '../data/gazetteer';
import { findNames as findNamesImpl, resolveName as resolveNameImpl } from '../data/resolve';
import type { NameResolution } from '../data/resolve';
// The local shim stays as a fallback table for the city of a zone-like name the gazetteer does not know.
import { cityOfPlace } from './place-city';
import { prefectureFullName } from '../data/autonomous-prefectures';
import { prefectureCityProvinces } from '../data/prefecture-cities';
import type { Scope } from './schema';
import { alt, zoneWords } from './zone-words';

export type { NameResolution };
export interface NameHit {
  start: number;
  end: number;
  raw: string;
  resolution: NameResolution;
}
/** Names in a text (see src/data/resolve.ts), with the short forms the gazetteer lookup leaves open settled. */
export function findNames(text: string): NameHit[] {
  return refineNames(text, findNamesImpl(text));
}
export const resolveName: (raw: string, ctx?: { city?: string }) => NameResolution = resolveNameImpl;

export interface Subject {
  name: string;
  scope: Scope;
  city: string;
  members?: string[];
  /** The gazetteer did not know this zone name. */
  unknown?: boolean;
  /** The zone stands for a county the text named (its one zone): the county's own economy is not the zone's. */
  viaCounty?: boolean;
}

export const PROVINCE: Subject = { name: '山西省', scope: 'province', city: '' };

/**
 * A name as the engine keys it: without spaces and without a leading 山西/山西省 (Shanxi's zones are named
 * without their province, and the answer sets compare names that way). The one place that strips it.
 */
export function bareName(raw: string): string {
  const c = raw.replace(/\s+/g, '');
  return c.startsWith('山西') ? c.replace(/^山西省?/, '') : c;
}

/** Subject for one name hit, or null when the hit is not a usable subject. */
export function subjectOfHit(hit: NameHit): Subject | null {
  const r = hit.resolution;
  if (r.status === 'zone') return { name: r.name, scope: 'zone', city: r.city };
  if (r.status === 'city') return { name: r.name, scope: 'city', city: r.name };
  if (r.status === 'province') return PROVINCE;
  if (r.status === 'unknown') {
    if (!zoneLike(hit.raw)) return null;
    const city = cityOfPlace(hit.raw);
    if (!city) return null;
    return { name: withoutCountyWord(bareName(hit.raw)), scope: 'zone', city, unknown: true };
  }
  return null;
}

/**
 * Can a zone-like name the gazetteer does not know be a zone's name? Not when a verb of running text
 * stands between its place and its type word ("甲县召开开发区工作会议" names no zone "甲县召开开发区").
 */
// (Also a report's adverbs and verbs of progress, as in a section heading glued to the next sentence: "(一)综合实力明显增强开发区主导产业…".)
const VERB_IN_NAME_RE = /指导|支持|引导|鼓励|要求|督促|帮助|组织|协调|促进|实施|围绕|依托|位于|召开|举行|举办|开展|召集|出席|参加|调研|视察|走进|深入|聚焦|发布|印发|成立|获批|清理|整顿|考核|评价|规范|推动|提升|助力|对接|签约|开工|投产|入驻|落户|迈进|争创|明显|显著|增强|稳步|不断|进一步|大幅/;
export function zoneLike(raw: string): boolean {
  return !VERB_IN_NAME_RE.test(raw.replace(/\s+/g, ''));
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

/** The municipality a zone name starts with ("重庆高新区" → 重庆市): the zone's city-level place. */
function municipalityOf(name: string): string | undefined {
  const m = name.slice(0, 2);
  return MUNICIPALITIES.has(m) ? m + '市' : undefined;
}

export function provinceSubject(short: string): Subject {
  if (short === '山西') return PROVINCE;
  const name = AUTONOMOUS[short] ?? short + (MUNICIPALITIES.has(short) ? '市' : '省');
  return { name, scope: 'province', city: '' };
}

/** Zone type words, longest first: what ends a zone-like name. */
export const ZONE_SUFFIXES = [
  '高新技术产业开发区', '经济技术开发区', '高新技术开发区', '高技术产业开发区', '经济开发区', '产业集聚区', '综合保税区',
  '工业园区', '产业园区', '开发区', '高新区', '经开区', '示范区', '农高区', '园区',
  // Zone kinds of other provinces' reports (see ./zone-words.ts, kind 'park'): 工业集中区 (Guizhou, Sichuan),
  // 综保区 (综合保税区 said short), 特别合作区/产业合作区. (Not 工业园/产业园 here: as often the end of a project's
  // or a firm's name — "某某汽车零配件产业园" — and a page whose only zone-like name is a project's is still the
  // page of the zone in its source line. A sentence opening with one is read in ./facts.ts.)
  '工业集中区', '综保区', '合作区',
  // State-level new areas (江北新区, 西海岸新区) report like development zones.
  '新区',
];
/** The provinces' short names as an alternation (also read by ./subject-names.ts). */
export const PROVINCE_ALT = PROVINCES.join('|');
/**
 * Zone names are written without their province, as 山西 is dropped for Shanxi's: reports write
 * "江苏省苏州工业园区" or "河北怀安经济开发区" where the zone is 苏州工业园区 / 怀安经济开发区. A municipality
 * (北京, 上海, 天津, 重庆) is also the zone's place, so it stays ("重庆高新区"), and so does a province
 * followed by nothing but a type word.
 */
const PROVINCE_PREFIX_RE = new RegExp(
  `^(?:${PROVINCES.filter((p) => !MUNICIPALITIES.has(p)).join('|')})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)?(?=[\u4e00-\u9fff]{2})`,
);
export function withoutProvince(name: string): string {
  const m = PROVINCE_PREFIX_RE.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  const suffix = ZONE_SUFFIXES.find((x) => rest.endsWith(x));
  // Keep the province when it is the only place in the name ("河北经济开发区" is not "经济开发区").
  return suffix && rest.length - suffix.length >= 2 ? rest : name;
}
const SUFFIX_ALT = ZONE_SUFFIXES.join('|');
/**
 * "<province>(省)(全省)(各类/国家级…)开发区/高新区": the province's zones collectively. Only level and
 * kind words may stand between: "山西左云经开区" is a zone of that province (a place name in between).
 */
// (海南自由贸易港 is the whole province: "海南自贸港重点园区" are its key parks together.)
// (A province's programme of parks is its parks together: "广东省产业转移工业园" are the province's transfer parks.)
const PROVINCE_MODIFIER = '(?:各类?|全部|所有|国家级|省级(?:及?以上)?|工业类|重点|自由贸易港|自贸港|产业转移|\\d+[家个])*';
const PROVINCE_ZONES_RE = new RegExp(`^(${PROVINCE_ALT})(?:省|自治区|市)?((?:全省|全区|全市)?${PROVINCE_MODIFIER})(?:${SUFFIX_ALT}|工业园|产业园)$`);
/**
 * "自贸港重点园区" with the province's name left out (or lost to the reader): the free trade port is the whole of
 * one province (海南), so its parks together are that province's.
 */
const FREE_PORT_ZONES_RE = new RegExp(`^(?:海南)?(?:自由贸易港|自贸港)${PROVINCE_MODIFIER}(?:${SUFFIX_ALT})$`);
/** A province's zones together, named without a name of their own ("某省产业转移工业园", "自贸港重点园区"), else null. */
export function provinceGroup(raw: string): Subject | null {
  const s = raw.replace(/\s+/g, '');
  if (FREE_PORT_ZONES_RE.test(s)) return provinceSubject('海南');
  const p = PROVINCE_ZONES_RE.exec(s);
  return p && !(MUNICIPALITIES.has(p[1]) && !p[2]) ? provinceSubject(p[1]) : null;
}
/** A name of its own in front of a zone suffix: 2–6 characters that are not grammar ("在", "的", "全", "各" …). */
const NAME_CHAR = '[^\\s\\d\\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给召举推动促抓加快打造实现完成年月日季度半报刊网据]';
// The name starts a word: at the start, after punctuation or a grammar word — never inside a phrase
// ("全国清理整顿开发区工作" holds no zone "国清理整顿开发区").
// (A period may stand before it: "前三季度成都高新区…". 成 is barred inside a stem, for 完成, but may start one at a
// word boundary: "成都高新区".)
const OWN_NAME_RE = new RegExp(`(?:^|(?<=[^\\u4e00-\\u9fff]|[在对向把将从为是了和与及的等据年月日]|季度))((?:成|${NAME_CHAR})${NAME_CHAR}{1,5}?)(${SUFFIX_ALT})`, 'u');
/** A count or a level is no name: "49个国家级经济技术开发区", "省级开发区". */
const LEVEL_STEM_RE = /^[个家]|国家级?|省级|市级|县级|季|[年月]份?$|上半年|下半年|全年/;
/** Work words: a stem holding one is a verb phrase about zones ("清理整顿开发区"), not a zone's name. */
const ACTION_STEM_RE = /成立|指导|支持|引导|鼓励|要求|督促|帮助|组织|协调|促进|实施|围绕|依托|清理|整顿|推进|加快|建设|打造|考核|评价|申报|创建|管理|规范|设立|批准|扩区|调区|升级/;

/**
 * Canonical form of a zone name the gazetteer does not know. National high-tech zones are officially
 * "X高新技术产业开发区"; reports shorten them to X高新区, which the canonical form restores.
 */
export function canonicalUnknown(raw: string): string {
  const s = withoutCityWord(withoutCountyWord(withoutProvince(bareName(raw))));
  for (const [re, full] of CANONICAL_SUFFIXES) {
    const m = re.exec(s);
    if (m && m.index >= 2) return s.slice(0, m.index) + full;
  }
  return s;
}

/**
 * Shanxi's county zones are named by the county's short name ("阳曲经济技术开发区", not "阳曲县…"); only a
 * one-character county keeps its 县 ("盂县经济技术开发区"), as the gazetteer's names do. Reports write either.
 */
function withoutCountyWord(name: string): string {
  const head = name.slice(0, 2);
  if (!countyHeads2().has(head)) return name;
  for (const c of counties()) {
    if (c.short.length < 2 || GENERIC_COUNTY.has(c.name) || !/[县市]$/.test(c.name) || !name.startsWith(c.name)) continue;
    const rest = name.slice(c.name.length);
    return ZONE_SUFFIXES.some((x) => rest.endsWith(x)) && rest.length >= 2 ? c.short + rest : name;
  }
  return name;
}
/**
 * A city's zone is named by the city's short name ("某某经济技术开发区", as in the national catalogue of development
 * zones and the gazetteer's own names), though reports often write the city's 市 in it ("某某市经济技术开发区"):
 * the same zone, one name. Only before the catalogue's type words, after a stem of 2–3 characters.
 */
const CITY_WORD_ZONE_RE = /^([\u4e00-\u9fff]{2,3}?)市(经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区)$/;
function withoutCityWord(name: string): string {
  const m = name.includes('市') ? CITY_WORD_ZONE_RE.exec(name) : null;
  return m && !NOT_CITY_STEM_RE.test(m[1]) && !PROVINCES.includes(m[1]) ? m[1] + m[2] : name;
}
let countyHeadSet: Set<string> | undefined;
function countyHeads2(): Set<string> {
  countyHeadSet ??= new Set(counties().map((c) => c.name.slice(0, 2)));
  return countyHeadSet;
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
/** Longest stem read back from a type word when it starts with a place name ("神池现代农业产业示范区"). */
const LONG_STEM = 12;
// Anchored by a place name, the stem may hold words the short read refuses ("现代农业").
const LONG_STEM_RE = new RegExp(`[^\\s\\d\\p{P}A-Za-z和与及的等或在对向把将从为是了]{2,${LONG_STEM}}$`, 'u');
function placeStem(before: string): string | undefined {
  const run = LONG_STEM_RE.exec(before)?.[0];
  if (!run || run.length <= 6) return undefined;
  // The earliest gazetteer city or county in the run starts the name; without one the short read stands.
  for (let i = 0; i + 2 <= run.length - 2; i++) if (isPlaceAt(run, i)) return run.slice(i);
  // Else a province (or municipality) in the run starts it: "北京中关村国家自主创新示范区", "海南自贸港重点园区" are
  // longer than the short read, and other provinces' places are not in the gazetteer.
  for (let i = 0; i + 2 <= run.length - 2; i++) if (PROVINCES.some((p) => run.startsWith(p, i))) return run.slice(i);
  return undefined;
}
/** One name character (the short read's class): a name read up to its length cap with one of these before it was cut. */
const NAME_CHAR_RE = new RegExp(`^${NAME_CHAR}$`, 'u');
/** A word starting with 和 or with one character and 和 ("和顺", "永和"), then name characters, at a word's start. */
// (Not an area word's end before it: "全市和高新区" is two subjects.)
const HE_NAME_RE = new RegExp(`(?:^|(?!${NAME_CHAR}|和).)((?:(?![市县区省镇乡园])${NAME_CHAR})?和${NAME_CHAR}{0,4})$`, 'u');
/** Words of kind only: no place's stem ("科技", "产业", "现代农业"). */
const KIND_ONLY_STEM_RE = /^(?:科技|产业|工业|高新|高新技术|经济|经济技术|现代|农业|物流|化工|生态|特色|综合|创新|新兴)*$/;
// (Bounded by what is no name character: the start, punctuation, a space, a grammar word — as the short read is.)
const BOUNDED_RUN_RE = new RegExp(`(?:^|(?!${NAME_CHAR}).)(${NAME_CHAR}{7,${LONG_STEM}})$`, 'u');
let placeByHead: Map<string, string[]> | undefined;
/** Does a gazetteer city or county (short name, 2+ characters) start at s[i]? One map lookup per position. */
function isPlaceAt(s: string, i: number): boolean {
  if (!placeByHead) {
    placeByHead = new Map();
    for (const p of [...knownCities().map((c) => c.short), ...counties().map((c) => c.short)]) {
      if (p.length < 2) continue;
      const k = p.slice(0, 2);
      placeByHead.set(k, [...(placeByHead.get(k) ?? []), p]);
    }
  }
  return placeByHead.get(s.slice(i, i + 2))?.some((p) => s.startsWith(p, i)) ?? false;
}
/** Every zone-like "<name><type word>" in a text (for pairing short and full forms; not subjects by themselves). */
export function zoneLikeNames(text: string): string[] {
  const out = new Set<string>();
  SUFFIX_ALL_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SUFFIX_ALL_RE.exec(text)); ) {
    const before = text.slice(Math.max(0, m.index - 7), m.index);
    let stem = placeStem(text.slice(Math.max(0, m.index - LONG_STEM), m.index));
    if (!stem) {
      stem = STEM_BEFORE_RE.exec(before)?.[0];
      // A short read at its length cap with a name character before it is the tail of a longer run cut in the middle
      // ("海南自贸港重点园区" read as "南自贸港重点园区"): no name of its own (a longer one starts with a place, above).
      // A run of seven to twelve name characters standing alone (after punctuation, a grammar word or the start) is the name
      // whole ("丙丁国家自主创新示范区"); a longer run, or one glued to running text, is no name.
      if (stem && stem.length === 6 && m.index - 7 >= 0 && NAME_CHAR_RE.test(text[m.index - 7])) {
        stem = BOUNDED_RUN_RE.exec(text.slice(Math.max(0, m.index - LONG_STEM - 1), m.index))?.[1];
        if (!stem) continue;
      }
      // 和 is grammar to the short read, but a place's own character too (和顺, 永和, 平和): a name that starts a word
      // with 和 in its first two characters is read whole ("永和经济开发区", "平和科技产业园区"), where the short read
      // left one character or only words of kind.
      if ((!stem || stem.length < 2 || KIND_ONLY_STEM_RE.test(stem)) && before.includes('和')) {
        const h = HE_NAME_RE.exec(before);
        // ("和产业园区" after a comma: 和 first needs a place after it.)
        if (h && !(h[1].startsWith('和') && KIND_ONLY_STEM_RE.test(h[1].slice(1)))) stem = h[1];
      }
    }
    // "其中南山工业园区": 中 belongs to 其中.
    if (stem?.startsWith('中') && before.endsWith('其' + stem)) stem = stem.slice(1);
    // "公司位于甲县经济技术开发区": a gazetteer place inside the short read starts the name (what stands
    // before it is the clause's own words).
    if (stem && stem.length > 3 && !isPlaceAt(stem, 0)) for (let i = 1; i + 2 <= stem.length; i++) if (isPlaceAt(stem, i)) {
      stem = stem.slice(i);
      break;
    }
    // "近年来某某经济技术开发区", "多年以来…": 来 closes the time phrase (年 stands outside the stem), it starts no name.
    if (stem?.startsWith('来') && /[年以]$/.test(text.slice(0, m.index - stem.length))) stem = stem.slice(1);
    if (stem && stem.length < 2) continue;
    if (!stem || /^(?:国家|省|市|县|区|全|各|本|我|该)/.test(stem)) continue;
    // A count word is no name's start ("3个飞地园区", "两家园区"), and neither is the country ("全国化工园区前三强",
    // "中国化工园区30强": 全/中/我 stand outside the stem, so it reads 国…): both are kinds of zone, not one zone.
    const lead = text[m.index - stem.length - 1] ?? '';
    if ((/^[个家]/.test(stem) && /[\d一二三四五六七八九十两几多]/.test(lead)) || /[一二三四五六七八九十两几]个/.test(stem)) continue;
    if (/^中国/.test(stem) || (stem[0] === '国' && /[全中我]/.test(lead))) continue;
    out.add(canonicalUnknown(stem + m[0]));
  }
  return [...out];
}

/**
 * The one zone a text names with its office ("这是记者从某某高新区管委会了解到的", "某某经开区党工委召开…"): the
 * text reports from that zone. Null when no zone, or several, are named so.
 */
export function officeZone(text: string): Subject | null {
  let found: Subject | null = null;
  for (let k = text.indexOf('管'); k >= 0; k = text.indexOf('管', k + 1)) {
    if (!text.startsWith('管委会', k) && !text.startsWith('管理委员会', k)) continue;
    const before = text.slice(Math.max(0, k - 16), k);
    const suf = ZONE_SUFFIXES.find((x) => before.endsWith(x) && x !== '新区');
    if (!suf) continue;
    const stem = STEM_BEFORE_RE.exec(before.slice(0, -suf.length).slice(-7))?.[0];
    if (!stem || stem.length < 2 || /^(?:国家|省|市|县|区|全|各|本|我|该)/.test(stem) || !zoneLike(stem + suf)) continue;
    const r = resolveNameImpl(stem + suf);
    const s: Subject = r.status === 'zone' ? { name: r.name, scope: 'zone', city: r.city } : unknownSubject(stem + suf);
    if (s.scope !== 'zone') continue;
    if (found && found.name !== s.name) return null;
    found = s;
  }
  return found;
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

/** "国家级" between a place and its type word ("甲州国家级经济技术开发区"): a level, no part of the zone's name. */
const MID_LEVEL_RE = /(?<=^[\u4e00-\u9fff]{2,})国家级(?=(?:经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区)$)/;
/** A zone's name without a level written between its place and its type word. */
export function withoutMidLevel(name: string): string {
  return name.includes('国家级') ? name.replace(MID_LEVEL_RE, '') : name;
}
/** Place stem of a zone name: the name without its type word ("中山火炬高技术产业开发区" → "中山火炬"). */
// (The level word some official names carry before their type word is no part of the place: "某州国家高新技术产业开发区"
// is the full form of 某州高新区, as "某州高新技术产业开发区" is.)
function zoneStem(name: string): string {
  const c = canonicalUnknown(name).replace(/(?<=^.{2,})国家级?(?=高新技术产业开发区$|经济技术开发区$)/, '');
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
  for (const written of fuller) {
    // (A level written between the place and the type word is no fuller name: "甲州国家级经济技术开发区".)
    const f = withoutMidLevel(written);
    const fs = zoneStem(f);
    // A longer place stem ("中山火炬" for "火炬"), or the same stem with the type word in full
    // ("芮城经济开发区" for "芮城经开区").
    const longerStem = fs.length > stem.length && fs.endsWith(stem);
    const fullerType = fs === stem && f.length > canonicalUnknown(name).length;
    // A place name shortened from the front: "神池示范区" for "神池现代农业产业示范区".
    const placePrefix = fs.length > stem.length && fs.startsWith(stem) && isPlaceAt(stem, 0);
    if ((!longerStem && !fullerType && !placePrefix) || !typeFits(typeWord(name), typeWord(f))) continue;
    if (found && found !== f) return null;
    found = f;
  }
  return found;
}

const PREFECTURE_PARKS_RE = /^([\u4e00-\u9fff]{1,4}州)(?:各类?|全部|所有|\d+[个家])?(?:产业园区|园区)$/;
const CITY_PARKS_RE = /^([\u4e00-\u9fff]{2,3}?)市(?:各类?|全部|所有|\d+[个家])?(?:产业园区|园区)$/;
const BARE_CITY_PARKS_RE = /^([\u4e00-\u9fff]{2,4}?)(?:各类?|全部|所有)?园区$/;
/** Subject for a zone-like name the gazetteer does not know: its province's zones, or the zone as named. */
export function unknownSubject(raw: string): Subject {
  const s = raw.replace(/\s+/g, '');
  // A municipality is also a zone's place: "重庆高新区", "天津经济技术开发区" are one zone each; only a
  // collective word ("北京全市开发区", "上海各类开发区") makes it the municipality's zones together.
  const g = provinceGroup(s);
  if (g) return g;
  // "某州市产业园区", "某州市园区": a city and the generic word for parks are the city's parks together (a park's own
  // name puts a name of its own before 园区), the city level of the vocabulary, as "全市园区" is.
  // (Also after its province: "某省某州市产业园区".)
  const cp = CITY_PARKS_RE.exec(s) ?? CITY_PARKS_RE.exec(withoutProvince(s));
  if (cp && !PROVINCES.includes(cp[1]) && !NOT_CITY_STEM_RE.test(cp[1])) return { name: cp[1] + '市', scope: 'city', city: cp[1] + '市' };
  // The same without 市 when the stem is a prefecture city of the table ("某潭园区完成…", "一季度某某园区经济"): only the
  // generic 园区 — a park's own kind makes a name of its own ("某州工业园区" is one park).
  const bp = BARE_CITY_PARKS_RE.exec(s);
  if (bp && prefectureCityProvinces().has(bp[1])) return { name: bp[1] + '市', scope: 'city', city: bp[1] + '市' };
  // The same with an autonomous prefecture ("某某州产业园区": the prefecture's parks together). Only a prefecture
  // of the table: "<place>州" is also a city's own name (苏州, 杭州), never cut so.
  const pp = PREFECTURE_PARKS_RE.exec(s);
  const pf = pp && prefectureFullName(pp[1]);
  if (pf) return { name: pf, scope: 'city', city: pf };
  const city = cityOfPlace(s) ?? municipalityOf(s);
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
    if (h.resolution.status === 'unknown' && !zoneLike(h.raw)) continue;
    const s = h.resolution.status === 'unknown' ? unknownSubject(h.raw) : subjectOfHit(h);
    if (s && !named.some((x) => x.name === s.name)) named.push(s);
  }
  if (named.length > 1 && isTitle) return null;
  if (named.length === 1) return named[0];
  // "四川全省高新区…", "全省开发区…": the province's zones.
  const prov = new RegExp(`(?:^|[：:，,\\s])(?:(${PROVINCE_ALT})(?:省|自治区)?)?(?:全省|全区)[\\u4e00-\\u9fff]{0,4}?(?:${SUFFIX_ALT})`).exec(t);
  if (prov) return prov[1] ? provinceSubject(prov[1]) : PROVINCE;
  const m = OWN_NAME_RE.exec(t);
  // "国家新乡经济技术开发区": the level word is no part of the name.
  const stem = m?.[1].replace(/^国家级?/, '') ?? '';
  if (m && stem.length >= 2 && !ACTION_STEM_RE.test(stem) && !LEVEL_STEM_RE.test(stem)) return unknownSubject(stem + m[2]);
  return null;
}

/** The province a document speaks of ("全省" = this province): named in its title, else Shanxi. */
export function documentProvince(title: string | undefined): Subject {
  const t = title?.replace(/\s+/g, '') ?? '';
  const m = t ? new RegExp(`^(?:\\d{4}年)?(${PROVINCE_ALT})`).exec(t) : null;
  if (m) return provinceSubject(m[1]);
  // A province tagged at the title's end, in brackets or after a separator ("…活动 (河南)", "…_河南省人民政府"):
  // where the page is from.
  const tag = t ? TITLE_PROVINCE_TAG_RE.exec(t) : null;
  if (tag) return provinceSubject(tag[1]);
  // Headlines name provinces by their one-character abbreviation ("豫首季…", "皖北开发区…"). Only the
  // abbreviations that start no common word or city name are read.
  const head = t.replace(/^\d{4}年/, '');
  // (鄂尔多斯, 鄂伦春, 鄂温克 are in Inner Mongolia.)
  const a = /^鄂(?:尔多斯|伦春|温克)/.test(head) ? undefined : PROVINCE_ABBR[head[0] ?? ''];
  return a ? provinceSubject(a) : PROVINCE;
}
const TITLE_PROVINCE_TAG_RE = new RegExp(
  `(?:[(（]|[|｜_—-])(${PROVINCE_ALT})(?:省|自治区)?(?:人民政府|政府|发展和改革委员会|发改委|商务厅|科技厅|日报|新闻网)?(?:网|门户网站)?[)）]?$`,
);
/**
 * The province a text without a usable title speaks of: the one province other than Shanxi that opens a
 * sentence or line ("四川省高新区上半年实现…"), when the text never names 山西 and no other province opens
 * one. Null otherwise (the caller keeps Shanxi). A province named in passing ("与河北省合作") does not count.
 */
export function textProvince(text: string): Subject | null {
  if (text.includes('山西')) return null;
  let found: string | null = null;
  SENTENCE_PROVINCE_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SENTENCE_PROVINCE_RE.exec(text)); ) {
    if (MUNICIPALITIES.has(m[1])) continue;
    if (found && found !== m[1]) return null;
    found = m[1];
  }
  return found ? provinceSubject(found) : null;
}
const SENTENCE_PROVINCE_RE = new RegExp(`(?:^|[。！？!?\n])[\s“"]*(${PROVINCE_ALT})(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)?(?=全省|[\u4e00-\u9fff])`, 'g');

const PROVINCE_ABBR: Record<string, string> = {
  冀: '河北', 豫: '河南', 鄂: '湖北', 湘: '湖南', 粤: '广东', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东', 黔: '贵州',
  滇: '云南', 陇: '甘肃', 渝: '重庆', 沪: '上海', 琼: '海南',
};

// ---------------------------------------------------------------- the city a page belongs to


let cityShorts: Array<{ short: string; name: string }> | undefined;
function knownCities(): Array<{ short: string; name: string }> {
  cityShorts ??= gazetteer()
    .cities.map((c) => ({ short: c.name_short, name: c.name }))
    .sort((a, b) => b.short.length - a.short.length);
  return cityShorts;
}

/** A line of page furniture: no sentence punctuation (portal bar, breadcrumb, headline, date/source line). */
function isFurniture(line: string): boolean {
  return line.length <= 80 && !/[。；;，,！？!?]/.test(line);
}
/** Source and credit tags: "来源:长治日报", "信息来源：某某市人民政府网". */
const SOURCE_TAG_RE = /(?:信息来源|来源|稿源|供稿|出处)[:：]\s*([^\s|｜,，。；;]{2,20})/g;
// (Also in a reporter's credit, "(某州日报全媒体记者…)", and as a news portal's dateline, "某州网讯".)
const CITY_PAPER_RE = /(?:^|[\s:：|｜(（])([\u4e00-\u9fff]{2,3})(?:日报|网讯|晚报)/;
const NATIONAL_PAPER_RE = /^(?:太行|黄河|三晋|燕赵|齐鲁|荆楚|八桂|三秦|中原|江南|岭南|巴蜀|天府|长江|珠江|东方|北方|南国|西部|东南|西南|东北|华北|华南|江淮|皖江|闽南|潇湘|湖湘|人民|经济|光明|中国|科技|农民|工人|法治|法制|金融|证券|健康|环球|参考|青年|学习|文汇|新华|每日|南方|解放|国际|华夏|联合|大众|中华|商务|工商|企业|市场|产经|财经)/;
/** A city outside the gazetteer named by its institutions in the furniture: "宿州市人民政府", "宿州日报". */
const OTHER_CITY_RE = /([\u4e00-\u9fff]{2,3})市(?=人民政府|政府|委|日报|融媒体|新闻网|广播电视台)/g;

/**
 * The prefecture city a page belongs to, when its body says only 我市/本市/全市: the cities named in its
 * page furniture — title, the lines above the first sentence (portal bar, breadcrumb, headline, date and
 * source line) and source tags anywhere ("来源:长治日报"). A city paper or city portal speaks of its own
 * city as 我市 and names it only there. Exactly one city binds; several are reported, none is guessed.
 */
export function pageCity(text: string, title?: string): { city: Subject | null; named: string[] } {
  const spots = furniture(text, title);
  const named = new Set<string>();
  const papers = new Set<string>();
  for (const s of spots) {
    for (const c of knownCities()) if (s.includes(c.short)) named.add(c.name);
    // "来源:某州日报": a city paper outside the gazetteer (provincial, national and regional papers excepted).
    // Weak evidence (太行日报 is 晋城's): it counts only when nothing else names a city.
    const paper = CITY_PAPER_RE.exec(s);
    if (paper && !PROVINCES.includes(paper[1].slice(0, 2)) && !NATIONAL_PAPER_RE.test(paper[1]) && !knownCities().some((c) => paper[1].startsWith(c.short)))
      papers.add(paper[1] + '市');
    // "某潭市1—3月工业经济运行情况", "(某阳市工信局)": a prefecture city of the table written with 市 in the furniture.
    for (let i = s.indexOf('市', 2); i >= 0; i = s.indexOf('市', i + 1))
      for (const k of [4, 3, 2]) {
        const stem = i >= k ? s.slice(i - k, i) : '';
        if (stem && prefectureCityProvinces().has(stem)) {
          named.add(stem + '市');
          break;
        }
      }
    OTHER_CITY_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = OTHER_CITY_RE.exec(s)); ) {
      const name = m[1].replace(/^[省市区县]/, '') + '市';
      if (!knownCities().some((c) => name.endsWith(c.name))) named.add(name);
    }
  }
  if (!named.size) for (const p of papers) named.add(p);
  const list = [...named];
  return { city: list.length === 1 ? { name: list[0], scope: 'city', city: list[0] } : null, named: list };
}

/**
 * The zone of a county page: a county news page or county portal names its county only in its furniture
 * and says 我县/开发区 in the text. When the furniture names exactly one county and the gazetteer has
 * exactly one zone in it, that zone is who the text's unnamed 开发区 is.
 */
export function pageCountyZone(text: string, title?: string): Subject | null {
  const named = new Set<CountyRow>();
  if (!countyByHead) {
    countyByHead = new Map();
    for (const c of counties()) {
      if (GENERIC_COUNTY.has(c.name)) continue;
      // A one-character short name (盂, 祁) counts only in the full name (盂县, 祁县).
      const form = c.short.length >= 2 ? c.short : c.name;
      const k = form.slice(0, 2);
      countyByHead.set(k, [...(countyByHead.get(k) ?? []), { ...c, short: form }]);
    }
  }
  // One map lookup per position.
  for (const s of furniture(text, title))
    for (let i = 0; i + 2 <= s.length; i++) for (const c of countyByHead.get(s.slice(i, i + 2)) ?? []) if (s.startsWith(c.short, i)) named.add(c);
  if (named.size !== 1) return null;
  const [c] = [...named];
  if (c.zones.length !== 1) return null;
  return { name: c.zones[0].name, scope: 'zone', city: c.zones[0].city, viaCounty: true };
}

/** Title, the furniture lines above the first sentence, and source tags anywhere. */
let furnitureMemo: { text: string; title?: string; spots: string[] } | undefined;
function furniture(text: string, title?: string): string[] {
  if (furnitureMemo && furnitureMemo.text === text && furnitureMemo.title === title) return furnitureMemo.spots;
  const spots: string[] = [];
  if (title) spots.push(title);
  // Line by line from the top, without splitting the whole text.
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const l = text.slice(s, e).trim();
    s = e + 1;
    if (!l) continue;
    if (!isFurniture(l)) {
      // The first sentence's dateline and credit ("某州网讯 (某州日报记者 某某) 2022年,…"): who publishes the page.
      const head = /^[^,，。；;]{0,40}/.exec(l)![0];
      if (/讯|日报/.test(head)) spots.push(head);
      break;
    }
    spots.push(l);
  }
  SOURCE_TAG_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SOURCE_TAG_RE.exec(text)); ) spots.push(m[1]);
  furnitureMemo = { text, title, spots };
  return spots;
}

// ---------------------------------------------------------------- sub-areas named at a sentence's start

interface CountyRow {
  name: string;
  short: string;
  city: string;
  zones: Array<{ name: string; city: string }>;
}
let countyRows: CountyRow[] | undefined;
/** Counties (full names, longest first) with the gazetteer zones that lie in them. */
function counties(): CountyRow[] {
  if (countyRows) return countyRows;
  const g = gazetteer();
  const rows = new Map<string, CountyRow>();
  for (const c of g.counties)
    rows.set(c.adcode, { name: c.name, short: c.name_short, city: g.cityByAdcode.get(c.city_adcode)?.name ?? '', zones: [] });
  for (const z of g.zones) {
    const city = g.cityByAdcode.get(z.city_adcode)?.name ?? '';
    for (const a of z.county_adcodes) rows.get(a)?.zones.push({ name: z.name, city });
  }
  countyRows = [...rows.values()].sort((a, b) => b.name.length - a.name.length);
  return countyRows;
}

let countyHeads: Set<string> | undefined;
const GENERIC_COUNTY = new Set(['城区', '矿区', '郊区']);
let countyByHead: Map<string, CountyRow[]> | undefined;
/** What may stand before a sub-area that opens a sentence: a connective, a date or period, punctuation. */
const AREA_LEAD_RE =
  /^(?:其中|另外|此外|同时|\d{1,2}月\d{1,2}日(?:上午|下午|晚)?|\d{4}年|上半年|前三季度|今年以来|今年|当天|当日|\d{1,2}[-—–~～至]\d{1,2}月份?|[,，:：\s])*/;
/** What a county's short name ("甲乙举行…") must be followed by to name the county: an event or a report. */
const SHORT_COUNTY_VERB_RE = /^(?:举行|举办|召开|集中|现场|成功|签约|共签约|共有|共|累计|新签约|今年|上半年)/;
/** "…片区", "…经济区", "…经济区(太原区)": parts of economic areas that report like zones. */
const AREA_STEM = '[^\\s\\d\\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给]';
// The part (片区) first: "某经济区甲州片区" is the part, not the whole area.
const AREA_NAME_RES = [new RegExp(`^(${AREA_STEM}{2,14}?)片区`, 'u'), new RegExp(`^(${AREA_STEM}{2,14}?)经济区(?:[(（][^()（）\\s]{2,6}[)）])?`, 'u')];

/**
 * A sub-area that opens a sentence and so takes over the subject ("其中甲县签约项目3个",
 * "某某经济区乙州片区共签约35个项目"):
 *  - a county of the gazetteer with exactly one zone in it: that zone (a county speaks through its zone in
 *    开发区 reports); with several zones, or none, the county itself (scope city, its prefecture's city);
 *  - "…片区" whose name holds a city or county of the gazetteer: that area as named, in the place's city.
 * Returns the subject and where its name ends, or null.
 */
export function openingArea(sentence: string): { subject: Subject; at: number; end: number } | null {
  const lead = AREA_LEAD_RE.exec(sentence)?.[0].length ?? 0;
  const s = sentence.slice(lead);
  countyHeads ??= new Set(counties().flatMap((c) => [c.name.slice(0, 2), c.short.slice(0, 2)]));
  for (const c of countyHeads.has(s.slice(0, 2)) ? counties() : []) {
    // 城区/矿区/郊区 are ordinary words too ("城区面积…"): only their city-qualified forms name a county.
    if (GENERIC_COUNTY.has(c.name)) continue;
    // The short name ("广灵举行…") names the county only before an event or a report.
    if (!s.startsWith(c.name)) {
      if (c.short.length < 2 || c.short === c.name || !s.startsWith(c.short) || !SHORT_COUNTY_VERB_RE.test(s.slice(c.short.length))) continue;
      if (c.zones.length !== 1) return { subject: { name: c.name, scope: 'city', city: c.city }, at: lead, end: lead + c.short.length };
      const z = c.zones[0];
      return { subject: { name: z.name, scope: 'zone', city: z.city, viaCounty: true }, at: lead, end: lead + c.short.length };
    }
    // "甲县经济开发区…" is a zone name, which the name finder reads in full.
    if (/^(?:经济|高新|开发区|经开区|工业园|产业园|园区|示范区)/.test(s.slice(c.name.length))) return null;
    // A county with no zone, or several, speaks for itself: named as written, at the city level of the
    // vocabulary (its figures are the county's, no one zone's), in its prefecture city.
    if (c.zones.length !== 1) return { subject: { name: c.name, scope: 'city', city: c.city }, at: lead, end: lead + c.name.length };
    const z = c.zones[0];
    return { subject: { name: z.name, scope: 'zone', city: z.city, viaCounty: true }, at: lead, end: lead + c.name.length };
  }
  const m = s.includes('片区') || s.includes('经济区') ? (AREA_NAME_RES[0].exec(s) ?? AREA_NAME_RES[1].exec(s)) : null;
  if (m) {
    const city = cityIn(m[0]);
    if (city) return { subject: { name: m[0], scope: 'zone', city, unknown: true }, at: lead, end: lead + m[0].length };
  }
  return null;
}

/**
 * The prefecture cities of the gazetteer counties a text names in full ("榆次区", "昔阳县"): a city page that says
 * 我市/全市 and names only its counties is about their city.
 */
export function countyCities(text: string): Set<string> {
  const out = new Set<string>();
  // Speed only: the full names by their last character, so the text is searched once per such character (县, 区,
  // 市 …) instead of once per county, and a name is compared only where it can end.
  const byLast = countiesByLastChar();
  for (const [last, rows] of byLast)
    for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1))
      for (const c of rows) if (i + 1 >= c.name.length && text.startsWith(c.name, i + 1 - c.name.length)) out.add(c.city);
  return out;
}
let countyLast: Map<string, CountyRow[]> | undefined;
/** The counties countyCities reads (full names of 3+ characters with a city, not 城区/矿区/郊区), by last character. */
function countiesByLastChar(): Map<string, CountyRow[]> {
  if (countyLast) return countyLast;
  countyLast = new Map();
  for (const c of counties()) {
    if (GENERIC_COUNTY.has(c.name) || c.name.length < 3 || !c.city) continue;
    const k = c.name[c.name.length - 1];
    const list = countyLast.get(k) ?? [];
    list.push(c);
    countyLast.set(k, list);
  }
  return countyLast;
}

/** The city of the last gazetteer city or county named inside a name ("太忻经济区忻州" → 忻州市). */
function cityIn(name: string): string | null {
  let best = -1;
  let city: string | null = null;
  for (const c of knownCities()) {
    const i = name.lastIndexOf(c.short);
    if (i > best) {
      best = i;
      city = c.name;
    }
  }
  for (const c of counties()) {
    const i = name.lastIndexOf(c.short);
    if (c.short.length >= 2 && !GENERIC_COUNTY.has(c.name) && i > best) {
      best = i;
      city = c.city;
    }
  }
  return city;
}

// ---------------------------------------------------------------- national aggregates

export const NATION: Subject = { name: '全国', scope: 'province', city: '' };
/** Macro-regions that name a sub-group of the national zones ("东部沿海33家国家级开发区"). */
const REGION = '(?:东部沿海|中西部|东中西部|东北|东部|中部|西部|沿海|沿边|沿江)(?:地区)?';
const NATIONAL_ZONE = `国家级${alt(zoneWords('zone'))}`;
const NATIONAL_RE = new RegExp(
  `(?:^|[,，:：;；\\s]|这|这些|全国|中国|我国|今年|上半年|年初以来)(${REGION})?\\d+[个家]${NATIONAL_ZONE}|全国(?:\\d+[个家])?${NATIONAL_ZONE}`,
  'u',
);

/**
 * Who national figures are about: "全国/中国/这49个国家级开发区…" speak for all national zones (subject
 * 全国, the widest scope); "东部沿海33家国家级开发区" is a sub-group, named as written. A bare
 * "341个国家级开发区" is 全国 only in a text that names no province or city of its own (`national`).
 */
/**
 * "国家高新区实现营业收入27万亿元", "全国国家经开区…": 国家高新区/国家经开区 with no place of its own, opening a
 * clause in a text that names no province or city of its own, are the country's zones of that kind together (a
 * zone's own name puts its place first: 某某国家高新区).
 */
const NATIONAL_BARE_RE = /(?:^|[,，:：;；\s])(?:全国|我国)?国家(?:高新区|经开区)(?=的?(?:高新|企业|营业|工业|固定|规上|规模)|实现|完成|共|累计|[,，])/;
export function nationalGroup(sentence: string, national: boolean): Subject | null {
  // (In a province's or city's text, its own national-level zones are meant: a sub-group, left alone.)
  if (!sentence.includes('国家级')) return national && sentence.includes('国家') && NATIONAL_BARE_RE.test(sentence) ? NATION : null;
  const m = NATIONAL_RE.exec(sentence);
  if (!m) return null;
  if (m[1]) {
    const at = m.index + m[0].indexOf(m[1]);
    const name = sentence.slice(at, m.index + m[0].length);
    return { name, scope: 'province', city: '' };
  }
  if (national || /^(?:全国|中国|我国)/.test(m[0])) return NATION;
  return null;
}

// ---------------------------------------------------------------- short forms of known zones

const TYPE_AFTER_CITY_RE = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区)/;
/** Full type words a bare or short type word may stand for, in one family (see SHORT_TYPES). */
const FAMILY: Record<string, string[]> = {
  开发区: ['经济技术开发区', '经济开发区'],
  经开区: ['经济技术开发区', '经济开发区'],
  经济开发区: ['经济技术开发区'],
  经济技术开发区: ['经济开发区'],
};

/**
 * Settles two short forms of gazetteer zones:
 *  - "阳泉市经济技术开发区": the finder reads the city "阳泉市" and stops; with the type word after it the
 *    name is the city's zone of that type, when the gazetteer knows exactly one ("X市开发区" alone stays
 *    the city's zones collectively, as the finder reads it);
 *  - "阳泉开发区" (unknown): a place and a bare or other type word of the same family — the one zone of
 *    the gazetteer it can stand for.
 */
function refineNames(text: string, hits: NameHit[]): NameHit[] {
  let out: NameHit[] | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    let repl: NameHit | null = null;
    if (h.resolution.status === 'city' && h.raw.endsWith('市')) {
      const t = TYPE_AFTER_CITY_RE.exec(text.slice(h.end, h.end + 8))?.[0];
      const next = hits[i + 1];
      if (t && !(next && next.start < h.end + t.length)) {
        const r = resolveNameImpl(h.raw.slice(0, -1) + t);
        if (r.status === 'zone') repl = { start: h.start, end: h.end + t.length, raw: h.raw + t, resolution: r };
      }
    } else if (h.resolution.status === 'unknown') {
      const r = familyZone(h.raw);
      if (r) repl = { ...h, resolution: r };
    }
    if (repl) {
      out ??= hits.slice(0, i);
      out.push(repl);
    } else out?.push(h);
  }
  return out ?? hits;
}

function familyZone(raw: string): NameResolution | null {
  const c = bareName(raw);
  for (const [short, fulls] of Object.entries(FAMILY)) {
    if (!c.endsWith(short) || c.length - short.length < 2) continue;
    const stem = c.slice(0, -short.length);
    // Only a bare place: "阳泉开发区", not "阳泉某某开发区".
    if (!isPlaceAt(stem, 0) || !knownPlace(stem)) continue;
    const found = new Map<string, NameResolution>();
    for (const f of fulls) {
      const r = resolveNameImpl(stem + f);
      if (r.status === 'zone') found.set(r.name, r);
    }
    if (found.size === 1) return [...found.values()][0];
  }
  return null;
}
function knownPlace(stem: string): boolean {
  return knownCities().some((c) => c.short === stem || c.name === stem) || counties().some((c) => c.short === stem || c.name === stem);
}

/**
 * The official form of a shortened type word when the document gives no fuller name: 经开区 is how reports
 * shorten 经济技术开发区, 综保区 综合保税区 (the national and most provincial zones of that name). Null when nothing changes.
 */
export function officialForm(name: string): string | null {
  const m = /^(.{2,})经开区$/.exec(name);
  if (m) return m[1] + '经济技术开发区';
  // 综保区 is only ever 综合保税区 said short (the State Council names every such zone "X综合保税区").
  const z = /^(.{2,})综保区$/.exec(name);
  return z ? z[1] + '综合保税区' : null;
}

/**
 * The zone a city's own page means by a bare type word ("开发区", "高新区"): the gazetteer's one zone of
 * that family in the city, else the word qualified by the city, in its official form. Null for 园区 (a park
 * may be any of the city's parks).
 */
export function cityZone(city: string, word: string): Subject | null {
  if (!zoneWords('zone').includes(word)) return null;
  const short = city.replace(/市$/, '');
  if (short.length < 2) return null;
  const z = familyZone(short + word) ?? resolveNameImpl(short + word);
  if (z.status === 'zone') return { name: z.name, scope: 'zone', city: z.city };
  const name = canonicalUnknown(officialForm(short + word) ?? short + word);
  return { name, scope: 'zone', city, unknown: true };
}

// ---------------------------------------------------------------- cities the gazetteer does not know

/**
 * "X市" with a city's institutions, events or zones after it ("某州市委", "某州市分会场", "某州市产业集聚区"),
 * or its own round or period ("某州市第八期…", "某州市新增…项目", "某州市一季度…"), or its zones of a level ("某州市省级以上开发区…",
 * "某州市省级园区…"), and a word boundary before it: a city of another province, which the gazetteer (Shanxi's) does not know.
 */
export const OTHER_CITY_NAME_RE =
  /(?:^|[^\u4e00-\u9fff]|[省在和与及、的])([\u4e00-\u9fff]{2,3})市(?=委|人民政府|政府|分会场|主会场|会场|日报|融媒体|产业集聚区|经济技术开发区|经济开发区|开发区|高新区|经开区|工业园区|园区|省级以上|省级及以上|省级园区|省级开发区|省级经济开发区|第[一二三四五六七八九十\d]{1,3}期|新增|一季度|上半年|前三季度)/g;
/** Stems that end a word, not a city's name ("城市", "省辖市", "地级市"). */
const NOT_CITY_STEM_RE = /^(?:省辖|地级|县级|副省级|直辖|城|超|门|股|上|全|我|本|该|各|新)$|[城超股门]$|[从照按据向对在经由为与和及的了是到将把被让给者记向往赴各全本我该副月份好用管务委市县区省政府年日季度]/;

/**
 * Speed only. A match of OTHER_CITY_NAME_RE ends in a 市 that the institution words follow, and starts at
 * most one boundary character and STEM_MAX stem characters before it. So the scan goes from each such 市
 * and tries the pattern at those few positions only (in order: the leftmost match, as a global scan finds
 * it). Both the stem bound and the words after 市 are read from the pattern itself, so they stay in step;
 * a pattern of another shape falls back to the plain scan.
 */
const OTHER_CITY_SHAPE = /^\(\?:\^\|[^]*?\]\{\d+,(\d+)\}\)市\(\?=([^()]*)\)$/.exec(OTHER_CITY_NAME_RE.source);
const OTHER_CITY_AT = new RegExp(OTHER_CITY_NAME_RE.source, 'y');
const OTHER_CITY_AFTER_AT = OTHER_CITY_SHAPE ? new RegExp(`(?:${OTHER_CITY_SHAPE[2]})`, 'y') : null;
const STEM_MAX = OTHER_CITY_SHAPE ? Number(OTHER_CITY_SHAPE[1]) : 0;

export function* otherCityMatches(text: string): Generator<RegExpExecArray> {
  if (!OTHER_CITY_AFTER_AT) {
    OTHER_CITY_NAME_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = OTHER_CITY_NAME_RE.exec(text)); ) yield m;
    return;
  }
  let from = 0; // where the last match ended
  for (let k = text.indexOf('市'); k >= 0; k = text.indexOf('市', k + 1)) {
    OTHER_CITY_AFTER_AT.lastIndex = k + 1;
    if (!OTHER_CITY_AFTER_AT.test(text)) continue;
    for (let p = Math.max(from, k - STEM_MAX - 1); p <= k - 2; p++) {
      OTHER_CITY_AT.lastIndex = p;
      const m = OTHER_CITY_AT.exec(text);
      if (!m) continue;
      yield m;
      from = m.index + m[0].length;
      break;
    }
  }
}

/** Cities of other provinces a text names with 市 (short name → full name); empty when none. */
export function otherCities(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (text.includes('市')) {
    for (const m of otherCityMatches(text)) {
      // ("。在许昌市": the stem read may start with the grammar word before the name.)
      const stem = m[1].replace(/^[省市区县在和与及的从向对到赴]/, '');
      if (stem.length < 2 || NOT_CITY_STEM_RE.test(stem) || PROVINCES.includes(stem)) continue;
      if (knownCities().some((c) => c.short === stem || stem.endsWith(c.short)) || counties().some((c) => c.short === stem)) continue;
      out.set(stem, stem + '市');
    }
  }
  // "…项目建设活动某州分会场活动举行": a round's city venue is named without 市 after the activity's name.
  if (text.includes('活动') && text.includes('分会场')) {
    VENUE_CITY_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = VENUE_CITY_RE.exec(text)); ) {
      const stem = m[1];
      if (out.has(stem) || NOT_CITY_STEM_RE.test(stem) || PROVINCES.includes(stem)) continue;
      if (knownCities().some((c) => c.short === stem || stem.endsWith(c.short)) || counties().some((c) => c.short === stem)) continue;
      // (A venue the text also names as a county, district or zone, "丰宁经济开发区", is no city.)
      if (placeAsOther(text, stem)) continue;
      out.set(stem, stem + '市');
    }
  }
  return out;
}
const VENUE_CITY_RE = /活动([\u4e00-\u9fff]{2,3})分会场/g;
function placeAsOther(text: string, stem: string): boolean {
  for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1))
    if (/^(?:县|区|旗|镇|经济|高新|开发|产业|工业|园)/.test(text.slice(i + stem.length, i + stem.length + 2))) return true;
  return false;
}

/** What may follow a city's bare short name when it opens a clause that reports ("某州有25个项目…"). */
const CITY_REPORTS_RE = /^(?:市|有|共|累计|完成|实现|签约|开工|投产|集中|新|全年|今年|上半年|前三季度|一季度|\d)/;

/**
 * A city of another province (see otherCities) that opens a clause of a sentence that reports, before any
 * figure: "本次签约活动,某州有25个项目…", "受…影响,某州市产业集聚区…下降1.2%". Returns the city and where its
 * name starts, or null. (A place in the clause's middle, or after figures, is a place in passing.)
 */
export function clauseCity(sentence: string, cities: Map<string, string>): { subject: Subject; at: number } | null {
  // (Every subject below needs a figure after the name: a sentence without a digit has none. Speed only —
  // this runs for every sentence that names a 市; drop the line if a shape without figures is added.)
  if (!hasDigit(sentence)) return null;
  const provinces = sentence.includes('省') || sentence.includes('自治区');
  if (!cities.size && !provinces && !sentence.includes('市') && !sentence.includes('县')) return null;
  let from = 0;
  for (;;) {
    // The sentence's first figure ends the search: a city after it names no subject.
    const lead = CLAUSE_LEAD_RE.exec(sentence.slice(from))?.[0].length ?? 0;
    const at = from + lead;
    const s = sentence.slice(at, at + 6);
    // "…了解到,河南省共签约项目560个": a province named in full is a province subject (any province).
    const p = provinces ? CLAUSE_PROVINCE_RE.exec(sentence.slice(at, at + 12)) : null;
    if (p && /\d/.test(sentence.slice(at))) return { subject: provinceSubject(p[1]), at };
    // "洛阳市签约项目20个": a city named with 市 that opens the clause and reports, though the text never
    // names its institutions (a Shanxi city is the gazetteer's, read as a name).
    const c = s.includes('市') ? CLAUSE_CITY_RE.exec(sentence.slice(at, at + 8)) : null;
    if (c && !NOT_CITY_STEM_RE.test(c[1]) && !PROVINCES.includes(c[1]) && !knownCities().some((k) => c[1].endsWith(k.short)) && !counties().some((k) => k.short === c[1]) && /\d/.test(sentence.slice(at)))
      return { subject: { name: c[1] + '市', scope: 'city', city: c[1] + '市' }, at };
    // "甲洋县集中签约的10个项目总投资…": a county of another province opening a reporting clause is its subject, as a
    // city is — the clause's own place beats the running subject (a city named in the sentence before).
    const k = s.includes('县') ? CLAUSE_COUNTY_RE.exec(sentence.slice(at, at + 8)) : null;
    if (k && !NOT_CITY_STEM_RE.test(k[1]) && !PROVINCES.includes(k[1]) && foreignPlace(k[1] + '县') && /\d/.test(sentence.slice(at)))
      return { subject: { name: k[1] + '县', scope: 'city', city: '' }, at };
    // "主会场设在某州市,该市共有133个项目参与": 该市 after a city named earlier in the sentence is that city.
    if (s.startsWith('该市') && cities.size && CITY_REPORTS_RE.test(sentence.slice(at + 2, at + 4)) && /\d/.test(sentence.slice(at))) {
      let best: { full: string; i: number } | null = null;
      for (const full of cities.values()) {
        const i = sentence.lastIndexOf(full, at);
        if (i >= 0 && (!best || i > best.i)) best = { full, i };
      }
      if (best) return { subject: { name: best.full, scope: 'city', city: best.full }, at };
    }
    for (const [short, full] of cities)
      // ("某州市经济技术开发区实现…" names the city's one zone of that type, not the city.)
      if (s.startsWith(short) && CITY_REPORTS_RE.test(sentence.slice(at + short.length, at + short.length + 2)) && !ONE_ZONE_AFTER_CITY_RE.test(sentence.slice(at + short.length, at + short.length + 10)) && /\d/.test(sentence.slice(at)))
        return { subject: { name: full, scope: 'city', city: full }, at };
    let next = -1;
    for (let i = at; i < sentence.length; i++) {
      const c = sentence.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) {
        // A date is no figure ("据…发布的2016年1—7月…情况显示,某市…"): digits closed by 年/月/日 (or by a range
        // of months) are skipped.
        let j = i;
        while (j < sentence.length && ((sentence.charCodeAt(j) >= 0x30 && sentence.charCodeAt(j) <= 0x39) || sentence[j] === '.')) j++;
        if (/^(?:年|月|日|[-—–~至]\d{1,2}月)/.test(sentence.slice(j, j + 4))) {
          i = j - 1;
          continue;
        }
        return null;
      }
      if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a) {
        next = i + 1;
        break;
      }
    }
    if (next < 0) return null;
    from = next;
  }
}
/** A province in full before what it did (not before a zone type: "某省高新区" is read as a name). */
const CLAUSE_PROVINCE_RE = new RegExp(`^(${PROVINCE_ALT})(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)(?=共|累计|完成|实现|签约|集中|新签约|今年|上半年|前三季度|一季度|全年|\\d)`);
const ONE_ZONE_AFTER_CITY_RE = /^市?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区)/;
const CLAUSE_CITY_RE = /^([\u4e00-\u9fff]{2,3}?)市(?=签约|新签约|共|累计|完成|实现|集中|增长|上半年|今年|一季度|前三季度|全年|\d)/;
const CLAUSE_COUNTY_RE = /^([\u4e00-\u9fff]{2,3}?)县(?=签约|新签约|共|累计|完成|实现|集中|增长|上半年|今年|一季度|前三季度|全年|\d)/;
const CLAUSE_LEAD_RE = /^(?:其中|另外|此外|同时|\d{1,2}月\d{1,2}日|\d{4}年|上半年|前三季度|一季度|今年以来|今年|\d{1,2}-\d{1,2}月份?|[\s“”"])*/;

// ---------------------------------------------------------------- the document's home region

/**
 * Who 全省/我省/本省 mean: the province the document is from, decided on all its evidence. Title first
 * (documentProvince); a text with evidence of Shanxi (山西, or a city, county or zone of the gazetteer, which
 * is Shanxi's) keeps the old reading. A text without it is read from what it names of its own province:
 * a provincial paper ("河北日报讯"), a province named in full (one only), a region called by the province's
 * abbreviation ("滇中地区", "豫东地区"). When none names a province but the text is plainly from elsewhere
 * (a city of another province with 市, a city paper or county outside the gazetteer), the province is
 * unknown: null, and 全省 figures get no subject rather than Shanxi's.
 */
export function homeProvince(text: string, head: string, names: NameHit[], foreign: () => boolean): Subject | null {
  const t = head.replace(/\s+/g, '');
  const titled = documentProvince(t);
  if (titled !== PROVINCE || /^(?:\d{4}年)?山西/.test(t)) return titled;
  const shanxi = text.includes('山西') || names.some((h) => h.resolution.status === 'city' || h.resolution.status === 'zone');
  // (A province opening sentences is read only in a text naming no Shanxi place: a Shanxi page need not write 山西.)
  if (shanxi) return PROVINCE;
  const own = textProvince(text) ?? namedProvince(text);
  if (own) return own;
  return foreign() ? null : PROVINCE;
}

/**
 * "河北日报讯", "云南日报", "(河南经济报 记者…)", "来源:河南商报": a province's own paper or station (the
 * publisher speaks of its province as 我省). Papers go by more names than 日报; these are the common ones.
 */
const PROVINCE_PAPER_RE = new RegExp(`(${PROVINCE_ALT})(?:日报|晚报|商报|经济报|法治报|法制报|科技报|工人报|青年报|农民报|新闻网|广播电视台|电视台)`, 'g');
/** A province in full; not after words of partnership or travel ("与浙江省…合作", "赴江苏省考察"). */
const FULL_PROVINCE_RE = new RegExp(`(?<![与同和赴到往自])(${PROVINCE_ALT})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)`, 'g');
/** Regions named by a province's one-character abbreviation ("滇中地区", "豫东地区", "苏北地区"). */
const REGION_ABBR: Record<string, string> = { 冀: '河北', 豫: '河南', 鄂: '湖北', 湘: '湖南', 粤: '广东', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东', 黔: '贵州', 滇: '云南', 陇: '甘肃', 琼: '海南', 苏: '江苏', 浙: '浙江', 川: '四川', 桂: '广西', 陕: '陕西', 辽: '辽宁' };
const REGION_ABBR_RE = new RegExp(`([${Object.keys(REGION_ABBR).join('')}])(?:东南|东北|西南|西北|[东西南北中])部?地区`, 'g');

/** The one province a text names as its own (paper, full name, abbreviated region, cities), else null. */
function namedProvince(text: string): Subject | null {
  for (const [re, provinceOf] of provinceEvidence()) {
    const found = new Set<string>();
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const p = provinceOf(m[1]);
      if (!MUNICIPALITIES.has(p) && p !== '山西') found.add(p);
    }
    if (found.size === 1) return provinceSubject([...found][0]);
    if (found.size > 1) return null;
  }
  return null;
}

/**
 * A text's evidence of its own province, strongest first, each a pattern and the province its match names: its paper,
 * a province in full, a region by abbreviation, and last the cities it names with 市 ("成都市…绵阳市" → 四川; not 市场:
 * "东方市场", "中山市场" are markets) — a partner city or a trip is weaker evidence than a province named.
 */
let evidence: Array<[RegExp, (m: string) => string]> | undefined;
function provinceEvidence(): Array<[RegExp, (m: string) => string]> {
  if (!evidence) {
    const cities = prefectureCityProvinces();
    const cityRe = new RegExp(`(${[...cities.keys()].sort((a, b) => b.length - a.length).join('|')})市(?!场)`, 'g');
    evidence = [
      [PROVINCE_PAPER_RE, (m) => m],
      [FULL_PROVINCE_RE, (m) => m],
      [REGION_ABBR_RE, (m) => REGION_ABBR[m]],
      [cityRe, (m) => cities.get(m)!],
    ];
  }
  return evidence;
}

/** Is a city or county name outside the gazetteer (so of another province)? */
export function foreignPlace(name: string): boolean {
  const short = name.replace(/[市县]$/, '');
  return !knownCities().some((c) => c.name === name || c.short === short) && !counties().some((c) => c.name === name || c.short === short);
}

/**
 * The county a page is about, when it lies outside the gazetteer (Shanxi's counties are read by
 * pageCountyZone and openingArea): "X县" opening the title or heading, or after a city or a portal's
 * prefix ("某某讯:甲县与全省同步…", "乙市甲县…"). 全县/本县/我县 mean it.
 */
const HOME_COUNTY_RE = /(?:^|[:：|｜\s]|[\u4e00-\u9fff]{2}市)([\u4e00-\u9fff]{2,3}?县)(?![城委政长域级区])/;
export function homeCountyName(head: string): string | null {
  const m = HOME_COUNTY_RE.exec(head.replace(/^\d{4}年/, ''));
  if (!m) return null;
  const name = m[1];
  if (/^[全本我该各每其]/.test(name) || !foreignPlace(name)) return null;
  return name;
}

/**
 * The district a page is about, when it lies outside the gazetteer: "X区" opening the title or heading (after a period
 * word at most: "前三季度,甲乙港区多项指标…"), or after a city or a portal's prefix ("乙市甲区…"). A district's own
 * report says 全区/我区/本区/该区 of it ("云城区招商引资工作总结…全区共签约…"), as a county's says 全县.
 * Zone words (开发区, 园区, 新区, 示范区 …) and area words (城区, 市区, 景区, 片区 …) name no district; the stem holds no
 * grammar, digit or verb.
 */
const HOME_DISTRICT_RE = new RegExp(
  `(?:^|[:：|｜\s,，]|[\u4e00-\u9fff]{2}市)(?:\d{4}年|前三季度|上半年|一季度|今年以来|[1-9]-\d{1,2}月)?[,，]?(${NAME_CHAR}{2,5}?区)(?![委政长域级内外])`,
  'u',
);
const NOT_DISTRICT_RE = new RegExp(
  `(?:${alt([...zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form'), '保税区'])})$|^(?:主|老|旧|新|中心|核心|重点|[东西南北中]部)?(?:城区|市区|景区|片区|社区|辖区|山区|矿区|厂区|库区|老区|牧区|农区|街区|校区|营区|湾区|学区)$|^(?:国家|省|市|县|全|本|我|该|各|每|其|此|这|两|多|主|郊)`,
);
export function homeDistrictName(head: string): string | null {
  if (head.indexOf('区') < 0) return null;
  const m = HOME_DISTRICT_RE.exec(head);
  if (!m) return null;
  const name = m[1];
  if (NOT_DISTRICT_RE.test(name) || ACTION_STEM_RE.test(name) || LEVEL_STEM_RE.test(name) || !foreignPlace(name)) return null;
  return name;
}

/**
 * Whom "该园区", "该经开区", "该开发区" mean: the zone last named before them at a subject's place (a line's or clause's
 * opening, after a date or a lead word at most), whose type word fits the word (园区 fits any zone or park; 经开区 and
 * 开发区 the development zones; 高新区 the high-tech ones). The name may hold a bracketed part ("甲丰(乙凤)经开区")
 * and be unknown to the gazetteer ("丙丁台湾工业园"). Looked for in the 400 characters before only; null when none fits.
 */
const ANTECEDENT_FITS: Record<string, string[]> = {
  园区: zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form'),
  经开区: ['经济技术开发区', '经济开发区', '经开区'],
  开发区: ['经济技术开发区', '经济开发区', '高新技术产业开发区', '经开区', '高新区', '开发区'],
  高新区: ['高新技术产业开发区', '高新技术开发区', '高新区'],
  工业园区: ['工业园区', '工业园'],
  产业园区: ['产业园区', '产业园'],
};
const ANTECEDENT_RE: Record<string, RegExp> = {};
export function antecedentZone(text: string, pos: number, word: string): Subject | null {
  const fits = ANTECEDENT_FITS[word];
  if (!fits) return null;
  const re = (ANTECEDENT_RE[word] ??= new RegExp(
    `(?:^|[\n。；;，,：:！？!?])(?:\d{4}年|\d{1,2}月(?:\d{1,2}日)?|目前|今年以来|今年|近日|日前|同时|此外|[\s“”"])*((?:${NAME_CHAR}){2,8}?(?:[(（]${NAME_CHAR}{1,6}[)）])?(?:${NAME_CHAR}){0,4}?${alt(fits)})`,
    'gu',
  ));
  const from = Math.max(0, pos - 400);
  const window = text.slice(from, pos);
  let last: string | null = null;
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(window)); ) {
    // (A grammar word glued in front is the clause's, not the name's: "以甲州经开区为例".)
    const name = /^[以在于对从向据]/.test(m[1]) && m[1].length > 4 ? m[1].slice(1) : m[1];
    const stem = name.replace(/[(（][^)）]*[)）]/, '');
    if (/^(?:国家|省|市|县|区|全|各|本|我|该|其|这|此)/.test(stem) || LEVEL_STEM_RE.test(stem) || ACTION_STEM_RE.test(stem)) continue;
    if (!zoneLike(stem) || fits.includes(stem)) continue;
    last = name;
  }
  if (!last) return null;
  const r = resolveName(last);
  return r.status === 'zone' ? { name: r.name, scope: 'zone', city: r.city } : unknownSubject(last);
}

/**
 * A zone the page names with its name blanked out: "XX经济开发区", "xx工业园区", "××高新区", "__经济开发区" — work reports
 * and templates published with the place removed. The page is about that zone (the answer sets keep the blanked name),
 * so its bare 开发区/园区 are it. Only where a subject stands: a line's or clause's opening (after a date at most) —
 * "与xxx经济开发区签订…" is a partner in passing. Searched in the first lines only (the page's own zone is named early).
 */
const PLACEHOLDER_ZONE_RE = new RegExp(
  `(?:^|[\n。；;，,：:])(?:\d{4}年|\d{1,2}月(?:\d{1,2}日)?|今年以来|目前|[\s“”"])*((?:[Xx×＊*]{2,3}|[_＿]{2,6})(?:${alt(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other'))}))(?![\u4e00-\u9fff]{0,3}(?:公司|企业))`,
);
export function placeholderZone(text: string): Subject | null {
  const head = text.length > 600 ? text.slice(0, 600) : text;
  // (Cheap gate: no blanking mark, no placeholder.)
  if (!/[Xx×＊*_＿]/.test(head)) return null;
  const m = PLACEHOLDER_ZONE_RE.exec(head);
  return m ? { name: m[1], scope: 'zone', city: '', unknown: true } : null;
}

/** A zone-like name opening a clause, after a date or a lead word at most ("日前,某某开发区前5月…"). */
const CLAUSE_ZONE_RE = new RegExp(
  `^(?:日前|近日|目前|今年以来|今年|\\d{1,2}月\\d{1,2}日(?:上午|下午|晚)?|\\d{4}年|\\d{1,2}[-—–~～至]\\d{1,2}月份?|前\\d{1,2}个?月|[\\s“”"])*((?:成|${NAME_CHAR})${NAME_CHAR}{1,5}?)(${SUFFIX_ALT})` +
    // What a zone as a subject goes on with: its period, its figures, its office, its report or event ("指导开发区
    // 健全…" opens with a verb, not a name).
    `(?=[^\\u4e00-\\u9fff]|上半年|前三季度|前\\d|今年|全年|\\d|实现|完成|新|签约|累计|共|规上|规模|固定|工业|营业|党工委|管委会|经济运行|召开|举行|举办)`,
  'u',
);
/**
 * The first zone a text names where a subject stands (a clause's opening), as an unknown zone; null if none.
 * `reject`: stems that are no names in the caller's reading (generic words like 工业, 产业).
 */
export function firstClauseZone(text: string, reject?: RegExp): { subject: Subject; at: number } | null {
  for (let s = 0; s < text.length; ) {
    let e = s;
    while (e < text.length && !/[。！？!?；;，,\n]/.test(text[e])) e++;
    if (text.lastIndexOf('区', e) >= s) {
      const m = CLAUSE_ZONE_RE.exec(text.slice(s, e));
      const stem = m?.[1] ?? '';
      if (m && !LEVEL_STEM_RE.test(stem) && !ACTION_STEM_RE.test(stem) && !/^(?:国家|省|市|县|区|全|各|本|我|该|其)/.test(stem) && !reject?.test(stem) && zoneLike(stem + m[2]))
        return { subject: unknownSubject(stem + m[2]), at: s + m[0].length - stem.length - m[2].length };
    }
    s = e + 1;
  }
  return null;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}
