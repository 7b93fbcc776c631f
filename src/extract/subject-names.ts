/**
 * Subject names: the last check on a subject string before a fact or project is emitted, so that every
 * subject is a real name or a resolved level (facts.md), never a phrase of running text.
 *
 * Sentences are read by patterns that can glue text onto a name, and reports call their zone by its type
 * word. This module repairs the three shapes that recur across reports (table-driven, one pass per document,
 * run only when some subject has the shape):
 *  1. words of running text glued in front of a name: "进X经开区", "签约落户X经济技术开发区", "落户/入驻/位于/在X园区",
 *     and titles ("中国化工园区" as a zone's honour) — stripped, and what is left read as a name again;
 *  2. a bare type word as the subject ("园区", "高新区", "开发区", "经开区", "集中区", "新区") — the zone of that
 *     type the document names (its title or opening, else the zone it names most), else the city the text
 *     speaks for (its zones together), else left as written (the unnamed-zone convention);
 *  3. a count of zones read as a name ("X市九个开发区", "X省16个国家级开发区") — the city's (province's) zones
 *     together, the city (province) level of the vocabulary.
 */
import { withoutMidLevel, PROVINCE_ALT, provinceGroup, provinceSubject, resolveName, subjectOfHit, unknownSubject, zoneLike, zoneLikeNames, type NameHit, type Subject } from './subjects';
import { ALL_WORDS } from './zone-words';

/**
 * Words of running text that stand before a zone's name and are no part of it, longest first. A
 * one-character preposition is stripped only when at least two characters of place stay before the type
 * word ("进贤经济开发区", "于洪经济开发区", "从化经济开发区" are names that start with such a character).
 */
const LEADING_WORDS = [
  // (A clause's own actor glued on: "…,总投资30亿元的甲乙项目落户某某新区" read as one name.)
  '项目落户', '项目入驻', '企业落户', '企业入驻',
  '签约落户', '成功落户', '正式落户', '签约入驻', '成功入驻', '落户于', '落户到', '坐落于', '坐落在', '位于', '地处', '落户', '入驻', '进驻',
  '入园', '走进', '走入', '来到', '深入', '进入', '扎根', '布局', '聚集', '集聚', '引进', '投资', '考察', '调研', '参观',
  '荣获', '获评', '获批', '获得', '评为', '入选',
  // Being put on a list ("被列入省级特色产业园区名单", "纳入…园区"): the list, not a zone's name, follows.
  '被列入', '被纳入', '被认定为', '被确定为', '列入', '纳入', '列为', '认定为', '确定为',
  // Verbs of a clause whose object is the zone ("标志着甲州经开区…", "高度重视园区建设", "助力乙县产业园…"):
  // none starts a place's name.
  '标志着', '意味着', '助力', '推动', '推进', '支持', '依托', '重视', '围绕', '聚焦', '带动', '支撑', '打造', '加快',
  // Time and occasion words before the zone ("本次东湖高新区集中开工", "今年甲州开发区…").
  '本次', '此次', '这次', '该次', '今年', '去年', '上半年', '全年',
  // (The end of a time phrase, "今年以来甲州经开区…", "近年来乙县园区…": the name reader stops at 以/年 and keeps the rest.)
  '以来', '年来',
  // A figure's unit before a headline's next phrase once the spaces are gone ("签约额12.5亿元 甲州新区…").
  '万亿元', '亿美元', '万美元', '亿元', '万元',
  // (The name reader drops 本/此 before a name, 本 being no name's start, and leaves 次: "本次东湖高新区" read as
  // "次东湖高新区".)
  '次',
  // A level before a named zone ("自治区级乙州经济技术开发区", "省级丙县工业园区"): the level is no part of the name
  // (a level before a bare type word, "国家级开发区", leaves no place and stays as written).
  '自治区级', '国家级', '省级', '市级', '县级',
  '在', '于', '到', '赴', '进', '向', '至', '从', '对', '由', '将', '把', '为', '和', '与', '及', '的', '得', '占', '以',
];
/** Ranks of an honour ("省级优秀开发区", "年度先进园区", "十强园区"). */
const HONOUR_RANKS = '优秀|先进|十佳|十强|百强|明星|标杆';
const HONOUR_RE = new RegExp(`^(?:${HONOUR_RANKS})`);
/** Honorary titles a zone carries ("中国化工园区30强", "全国循环化改造示范园区"): no place of their own. */
const TITLE_WORDS = ['中国', '全国', '国家级', '国家', '省级'];

/** Zone type words, longest first (the part of a name after its place): every word of ./zone-words.ts. */
const TYPE_WORDS = ALL_WORDS;
/**
 * Words of kind that may stand before a type word in an honour ("中国化工园区", "江西省绿色园区"). Not a bare type
 * word by themselves: a park called by its sector ("化工园区" after 其中) is a part of the zone, kept as named.
 */
// (And words of an honour's rank: "省级“优秀开发区”称号", "年度先进园区" name a title, not a zone.)
const KIND_WORDS = new RegExp(
  `^(?:${HONOUR_RANKS}|化工|工业类|工业|产业|物流|科技|高新|高新技术|经济|经济技术|农业|现代农业|特色|循环经济|循环化改造|生态|绿色|低碳|智慧|数字|示范|综合|省级及?以上|省级|国家级|以上|重点|各类?|全部|所有)*$`,
);
/** Level words that may stand before a bare type word ("国家级开发区", "省级以上园区"): still no name. */
const LEVEL_WORDS = /^(?:国家级|省级及?以上|省级|市级|县级|以上)*$/;
/** A province before a kind of park is an honour it awards ("湖南省绿色园区", "江苏省智慧园区"), not a place. */
const PROVINCE_TITLE_RE = new RegExp(`^(?:${PROVINCE_ALT})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)`);

/** The type word a name ends with, or ''. */
function typeOf(name: string): string {
  return TYPE_WORDS.find((t) => name.endsWith(t)) ?? '';
}
/** Is the name only a type word, perhaps with level words ("园区", "高新区", "国家级开发区")? */
export function isGenericName(name: string): boolean {
  const t = typeOf(name);
  return !!t && LEVEL_WORDS.test(name.slice(0, name.length - t.length));
}
/** A type word with words of kind only ("化工园区", "绿色园区"): what an honour names. */
function isKindName(name: string): boolean {
  const t = typeOf(name);
  return !!t && KIND_WORDS.test(name.slice(0, name.length - t.length));
}

/**
 * Which named zones a bare type word may stand for. 园区 is what reports call any zone ("高新区…园区实现…"); the
 * other words keep to their family (开发区 covers 经开区 and 高新区, which are 开发区 too).
 */
function familyFits(word: string, name: string): boolean {
  const t = typeOf(word);
  if (/园区$/.test(t)) return true;
  if (t === '高新区' || /^高新技术|^高技术/.test(t)) return /高新区$|高新技术产业开发区$|高技术产业开发区$|高新技术开发区$/.test(name);
  if (t === '经开区' || t === '经济技术开发区' || t === '经济开发区') return /经济技术开发区$|经济开发区$|经开区$|(?<!高新技术产业|高技术产业|高新技术)开发区$/.test(name);
  if (t === '开发区') return /开发区$|经开区$|高新区$/.test(name);
  return name.endsWith(t);
}

/**
 * Page furniture glued to a name once the spaces are gone: a table's or glossary's label before a bar or a colon
 * ("释义|某某高新区", "词条：…"), and a photo credit's verb before a place ("某某网发 甲市经开区供图" read as
 * "发甲市经开区"; 发 never starts a province's or municipality's name). What follows the label is the name.
 */
const LABEL_RE = /^[^|｜:：]*[|｜:：]/;
const CREDIT_GLUE_RE = new RegExp(`^[发摄](?=(?:${PROVINCE_ALT}))`);
/**
 * A list or a plan's programme in front of a type word ("省十二五特色产业园区", "十四五重点园区"): a programme's
 * parks, no zone's name. The bare type word is left, which the page's zone resolves.
 */
const PROGRAMME_STEM_RE = /^(?:省级?|市级?|县级?|国家级?)?“?十[一二三四五六七八九]五”?/;
/**
 * Words of manner or share before a type word ("专业园区运营机构", "相关园区"): no place and no kind of its own — the
 * bare type word, which the page's zone resolves.
 */
const NO_NAME_STEM_RE = /^(?:专业|相关|有关|周边|其他|其余|所在)$/;
/**
 * Words of a page's furniture inside a stem ("…投资促进部 发布开发区:某某高新区" read as "部发布开发区" once the spaces
 * are gone): a field's label, no name. The bare type word is left, which the page resolves.
 */
const FURNITURE_STEM_RE = /发布|供图|供稿|来源|记者|编辑|通讯员/;

/** Words of running text in front of a name: the name without them, or null when nothing is stripped. */
export function stripLeading(name: string): string | null {
  let s = name;
  const label = s.includes('|') || s.includes('｜') || s.includes(':') || s.includes('：') ? LABEL_RE.exec(s) : null;
  if (label && typeOf(s.slice(label[0].length))) s = s.slice(label[0].length);
  if (CREDIT_GLUE_RE.test(s) && typeOf(s)) s = s.slice(1);
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING_WORDS) {
      if (!s.startsWith(w) || s.length <= w.length) continue;
      const rest = s.slice(w.length);
      const t = typeOf(rest);
      // At least two characters of place stay (a one-character lead may start a real name: 进贤, 于洪, 从化).
      const stem = rest.length - t.length;
      // (A lead before a bare type word of two or more characters, "在园区", "占开发区", "重视园区", leaves the
      // type word: no place is one character long.)
      const bare = stem === 0 && t.length >= 2;
      if (!t || (!bare && stem < (w.length === 1 ? 2 : 1))) continue;
      // A one-character lead before a name the gazetteer knows whole ("于洪…") is the name's own.
      if (w.length === 1 && resolveName(s).status === 'zone') continue;
      s = rest;
      changed = true;
      break;
    }
  }
  // "中国化工园区": a title before a generic word is the title, not a place.
  // The honour names no zone of its own: what is left is the bare type word, which the page's zone resolves.
  for (const w of TITLE_WORDS) if (s.startsWith(w) && s.length > w.length && isKindName(s.slice(w.length))) s = typeOf(s);
  // "省十二五特色产业园区", "专业园区": a programme's or a manner's parks, no place.
  {
    const t = typeOf(s);
    const stem = s.slice(0, s.length - t.length);
    const pg = t && stem ? PROGRAMME_STEM_RE.exec(stem) : null;
    if (pg && isKindName(stem.slice(pg[0].length) + t)) s = t;
    else if (t && (NO_NAME_STEM_RE.test(stem) || FURNITURE_STEM_RE.test(stem))) s = t;
  }
  // "优秀开发区", "先进园区": an honour's rank before a type word (and kinds) is the honour, no place either.
  if (HONOUR_RE.test(s) && isKindName(s)) s = typeOf(s);
  // (Only before a kind: "河北省开发区" with nothing between is the province's zones, read elsewhere.)
  const pt = PROVINCE_TITLE_RE.exec(s);
  if (pt) {
    const rest = s.slice(pt[0].length);
    if (isKindName(rest) && rest !== typeOf(rest)) s = typeOf(rest);
  }
  return s === name ? null : s;
}

/** A count of zones after a city or province ("X市九个开发区", "X省16个国家级开发区"): that level, else null. */
const COUNT_RE = /^(.{2,8}?)(?:全市|全省|全区)?(?:共有|共)?(?:\d+|[一二三四五六七八九十两]{1,3})[个家](.+)$/;
const PROVINCE_NAME_RE = new RegExp(`^(${PROVINCE_ALT})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?$`);
export function countLevel(name: string): Subject | null {
  if (!/[\d一二三四五六七八九十两][个家]/.test(name)) return null;
  const t = typeOf(name);
  if (!t) return null;
  const m = COUNT_RE.exec(name);
  if (!m || !isKindName(m[2])) return null;
  const place = m[1];
  const p = PROVINCE_NAME_RE.exec(place);
  if (p) return provinceSubject(p[1]);
  if (!place.endsWith('市')) return null;
  const r = resolveName(place);
  if (r.status === 'city') return { name: r.name, scope: 'city', city: r.name };
  return { name: place, scope: 'city', city: place };
}

/**
 * "X区开发区" that the text never writes: a district (X区) glued to the next type word by the sentence reader —
 * the figures are the district's (a district is at the county level, the city scope, as counties are).
 * (A text that writes "X区开发区" itself names the district's zone so; a zone-type word before 区 is no district:
 * "高新区开发区", "新区园区".)
 */
const DISTRICT_GLUE_RE = /^([\u4e00-\u9fff]{2,3}区)(?:经济技术开发区|经济开发区|开发区|经开区|高新区|工业园区|产业园区|园区)$/;
export function districtGlue(name: string, text: string): string | null {
  const m = DISTRICT_GLUE_RE.exec(name);
  if (!m || typeOf(m[1]) || /^(?:全|我|本|该|各|城|矿|郊|园|片|社|景|厂|保税|综合|示范|集聚|开发|功能|核心|新)|[园片]区$/.test(m[1]) || text.includes(name)) return null;
  return text.includes(m[1]) ? m[1] : null;
}

/** What the document says of itself, for resolving a bare type word. */
export interface DocumentNames {
  /** The document's own subject (title, heading, opening), if any. */
  subject?: Subject | null;
  /** The city the text speaks for (我市/全市 on a city's page), if any. */
  homeCity?: Subject | null;
  /** Zones the text names, in text order, one entry per mention (repeats count), with the head's mentions marked. */
  zones: Array<{ subject: Subject; head: boolean }>;
}

/** The zone a bare type word stands for in this document, else the city it speaks for, else null. */
export function resolveGeneric(word: string, doc: DocumentNames): Subject | null {
  if (doc.subject?.scope === 'zone' && !isGenericName(doc.subject.name) && familyFits(word, doc.subject.name)) return doc.subject;
  const score = new Map<string, { s: Subject; n: number }>();
  for (const z of doc.zones) {
    if (z.subject.scope !== 'zone' || isGenericName(z.subject.name) || !familyFits(word, z.subject.name)) continue;
    const e = score.get(z.subject.name) ?? { s: z.subject, n: 0 };
    // (The title and the opening sentence say whom the page is about: they outweigh mentions in passing.)
    e.n += z.head ? 3 : 1;
    score.set(z.subject.name, e);
  }
  const ranked = [...score.values()].sort((a, b) => b.n - a.n);
  // The one zone named, or the one named clearly most: a tie names no one.
  if (ranked.length === 1 || (ranked.length > 1 && ranked[0].n > ranked[1].n && ranked[0].n >= 2)) return ranked[0].s;
  if (doc.subject?.scope === 'city') return doc.subject;
  if (doc.homeCity) return doc.homeCity;
  return null;
}

type Subjected = { subject: string; scope: Subject['scope']; city: string; members?: string[] };

/** Re-read a stripped name: the gazetteer's zone, else a zone it does not know. */
function reread(name: string, city: string): Subject {
  const r = resolveName(name);
  if (r.status === 'zone') return { name: r.name, scope: 'zone', city: r.city };
  if (r.status === 'city') return { name: r.name, scope: 'city', city: r.name };
  const u = unknownSubject(name);
  if (!u.city) u.city = city;
  return u;
}

function assign(x: Subjected, s: Subject): void {
  x.subject = s.name;
  x.scope = s.scope;
  x.city = s.city;
  if (s.members) x.members = s.members;
  else delete x.members;
}

/** One subject with glued words off and a count at its level (the document's own subject, before it is used). */
export function cleanSubject<T extends Subject | null | undefined>(s: T): T | Subject {
  if (!s || s.scope !== 'zone') return s;
  const c = countLevel(s.name) ?? provinceGroup(s.name);
  if (c) return c;
  const t = stripLeading(s.name);
  if (!t) return s;
  return isGenericName(t) ? { ...s, name: t } : reread(t, s.city);
}

/** Does any subject need this pass? (Cheap: most documents have none.) */
function needsCleaning(name: string): boolean {
  return isGenericName(name) || stripLeading(name) !== null || countLevel(name) !== null || provinceGroup(name) !== null;
}

/**
 * The one cleaning step for a document's subjects (facts and projects, in place). `names` is read only when
 * some subject is a bare type word.
 */
export function cleanSubjects(items: Subjected[], text: string, names: () => DocumentNames): void {
  // Many items share a subject: each distinct name is asked once (both tests read only the name and the text).
  const asked = new Map<string, boolean>();
  const needs = (name: string, glue: boolean): boolean => {
    const k = (glue ? 'z' : 'm') + name;
    let v = asked.get(k);
    if (v === undefined) asked.set(k, (v = needsCleaning(name) || (glue && districtGlue(name, text) !== null)));
    return v;
  };
  if (!items.some((x) => (x.scope === 'zone' && needs(x.subject, true)) || (x.members?.some((m) => needs(m, false)) ?? false))) return;
  // 1. Glued words off, and counts to their level.
  for (const x of items) {
    if (x.scope === 'group' && x.members) {
      const m = x.members.map((n) => stripLeading(n) ?? n);
      if (m.some((n, i) => n !== x.members![i])) {
        x.members = m;
        x.subject = m.join('、');
      }
      continue;
    }
    if (x.scope !== 'zone') continue;
    // (A province's zones together, named by no name of their own: the province level.)
    const c = countLevel(x.subject) ?? provinceGroup(x.subject);
    if (c) {
      assign(x, c);
      continue;
    }
    const s = stripLeading(x.subject);
    if (s) assign(x, isGenericName(s) ? { name: s, scope: 'zone', city: x.city } : reread(s, x.city));
    const d = districtGlue(x.subject, text);
    if (d) assign(x, { name: d, scope: 'city', city: x.city });
  }
  // 2. Bare type words to the document's zone (or its city).
  if (!items.some((x) => x.scope === 'zone' && isGenericName(x.subject))) return;
  const doc = names();
  // (The document's own zones include those its figures are already filed under.)
  for (const x of items) if (x.scope === 'zone' && !isGenericName(x.subject)) doc.zones.push({ subject: { name: x.subject, scope: 'zone', city: x.city }, head: false });
  const memo = new Map<string, Subject | null>();
  for (const x of items) {
    if (x.scope !== 'zone' || !isGenericName(x.subject)) continue;
    if (!memo.has(x.subject)) memo.set(x.subject, resolveGeneric(x.subject, doc));
    const r = memo.get(x.subject);
    // (The page's zones together, "自贸港重点园区", are their province: documentNames keeps them as zones to be found.)
    if (r) assign(x, (r.scope === 'zone' && provinceGroup(r.name)) || r);
  }
}

/**
 * A zone-like name as a zone the page may speak of: a province's zones together ("自贸港重点园区") stay a zone here, so
 * that the page's bare 园区 finds them (cleanSubjects then files them under their province).
 */
// (Not a province and a type word alone, "某省经济开发区综合考评": that is the province's contest, no zones the page is about.)
const PLAIN_PROVINCE_ZONES_RE = new RegExp(`^(?:${PROVINCE_ALT})(?:省|市|自治区)?(?:${TYPE_WORDS.join('|')})$`);
function asZone(name: string): Subject {
  return provinceGroup(name) && !PLAIN_PROVINCE_ZONES_RE.test(name) ? { name, scope: 'zone', city: '' } : unknownSubject(name);
}

/** Stems of zone-like phrases that name no place: counts and levels, time words, kinds of development. */
const NO_PLACE_STEM_RE = /^[个家\d一二三四五六七八九十两]|国家级|省级|市级|县级|以上|^(?:目前|当前|今年|去年|整个|整体|全|各|本|我|该|其|这|此|每|原)|(?:数字|智能|国际|现代|信息|标准|市场|法治|绿色|规范|一体)化$/;

/**
 * The zones a document names, one entry per mention, for resolving its bare type words: the names the text
 * resolves (gazetteer zones, zone-like names it does not know) and the zone-like phrases it writes
 * (without glued words, counts, levels or time words), marked when in its first line or sentence.
 */
export function documentNames(text: string, subject: Subject | null | undefined, homeCity: Subject | null | undefined, names: NameHit[]): DocumentNames {
  const first = /^[^\n]{0,80}/.exec(text)![0];
  const headEnd = Math.max(first.length, /^[^。！？!?]*/.exec(text)![0].length);
  const zones: DocumentNames['zones'] = [];
  const seen = new Set<string>();
  for (const h of names) {
    const st = h.resolution.status;
    let s: Subject | null = null;
    if (st === 'zone') s = subjectOfHit(h);
    else if (st === 'unknown' && zoneLike(h.raw)) {
      const name = stripLeading(h.raw) ?? h.raw;
      const t = typeOf(name);
      // (The same stems as below name no place: "整个开发区", "各园区".)
      if (t && NO_PLACE_STEM_RE.test(name.slice(0, name.length - t.length))) continue;
      s = asZone(name);
    }
    // (A kind of park, "绿色园区" of an honour, names no place.)
    if (s?.scope !== 'zone' || isKindName(s.name)) continue;
    seen.add(s.name);
    zones.push({ subject: s, head: h.start < headEnd });
  }
  // Zone-like phrases the name reader leaves to the figures (zones of other provinces): one entry per mention.
  for (const raw of zoneLikeNames(text)) {
    const written = stripLeading(raw) ?? raw;
    // (The level between a place and its type word is no part of the name: "甲州国家级经济技术开发区" is 甲州经济技术开发区.)
    const name = withoutMidLevel(written);
    const t = typeOf(name);
    const stem = name.slice(0, name.length - t.length);
    if (!t || stem.length < 2 || isKindName(name) || NO_PLACE_STEM_RE.test(stem) || seen.has(name) || !zoneLike(name)) continue;
    const s = asZone(name);
    if (s.scope !== 'zone') continue;
    // (A canonical form the text does not write, "X高新技术产业开发区" for "X高新区", counts once.)
    let count = 0;
    let head = false;
    for (let i = text.indexOf(written); i >= 0; i = text.indexOf(written, i + written.length)) {
      count++;
      if (i < headEnd) head = true;
    }
    for (let k = 0; k < Math.max(1, count); k++) zones.push({ subject: s, head: head && k === 0 });
  }
  return { subject, homeCity, zones };
}
