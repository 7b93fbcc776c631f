/**
 * Subject fallback: a figure whose indicator is known is never lost only because no rule of ./facts.ts
 * could say whose it is. Where facts.ts gives up ("无法确定主体的数字"), this chain is tried, in order:
 *
 *  1. the place or zone named at a clause opening of the figure's own sentence, before the figure — including
 *     names outside the gazetteer: X市/X县/X州/X旗/X区 and any zone type (X开发区, X产业集聚区, X工业集中区,
 *     X新区, X产业园 …);
 *  2. the last such name at a clause opening of the earlier sentences of the same chunk (paragraphs of one
 *     section): a report goes on about the place it last named;
 *  3. the document's subject: the place or zone its headline/first line names, else the one its clauses open
 *     with most often;
 *  4. last resort, the unknown convention (unknown: true, kept off the map), chosen by the scope word the
 *     sentence (else the document) uses: 全省 → 某省, 全市/我市 → 某市, 全县 → 某县, 全州 → 某州, 全区/园区/开发区 → 某区
 *     (no scope word anywhere: the figure stays a warning).
 *
 * Gate (precision): a figure is taken only when it is plausibly an area's — the sentence's actor before the figure
 * is not a company (公司, 集团, 该企业 …) nor the country (全国, 我国), and the figure is not a difference from
 * another event ("比上届博览会增加…"). Facts given a subject here are marked, and one that restates a figure the
 * document states elsewhere with its own subject is dropped (see dropRestated).
 *
 * Cost: nothing runs unless facts.ts found no subject; the document-level scan runs at most once per document.
 */
import type { Fact } from './schema';
import { PROVINCE_ALT, resolveName, unknownSubject, zoneLike, type Subject } from './subjects';
import { ALL_WORDS, alt, tails } from './zone-words';

/** Zone types, longest first (a name's own stem stands before one): every word of ./zone-words.ts. */
const ZONE_TYPES = ALL_WORDS.join('|');
/** Characters a place or zone stem may hold: no grammar, digits, punctuation (words of running text: STEM_WORD_RE). */
const STEM = '[^\\s\\d\\p{P}\\p{S}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给年月日季度半期届会]';
/** Words of running text a stem may not hold ("新增签约…", "开工项目…", "完成…"). */
const STEM_WORD_RE = /新增|签约|开工|投产|项目|企业|完成|实现|累计|今年|当年|近日|以上|以下|以来/;
/** A name at a clause opening: a zone (stem + type) or a place (stem + 市/县/州/旗/区). Sticky: tried at one position. */
const NAME_AT_RE = new RegExp(`(${STEM}{2,8}?)(${ZONE_TYPES})|(${STEM}{2,4}?)(自治州|自治县|市|县|州|旗|区)`, 'uy');
/** Lead words that may stand at a clause's start before its subject (a date, a period, a connective). */
// (Also a news agency's dateline and its reporter aside — "新华社某地4月6日电(记者某某)重庆市…" — and 年初以来.)
const LEAD_RE =
  /(?:[^\s\d，,。；;：:()（）]{1,12}?\d{1,2}月\d{1,2}日电|[(（](?:记者|通讯员|见习记者|特约记者|实习生)[^()（）]{0,30}[)）]|(?:今年)?年初(?:以来|至今)|\d{4}年|\d{1,2}月(?:\d{1,2}日)?(?:上午|下午)?|\d{1,2}[-—–~～至]\d{1,2}月份?|前\d{1,2}个?月|上半年|下半年|前三季度|[一二三四]季度|全年|今年以来|今年|目前|截至目前|截至|截止|另外|此外|同时|据悉|近日|日前|[\s“”"、])*/y;
/** Stems that are no place of their own: levels, kinds, generic words. */
const GENERIC_RE = /^(?:国家级?|省级|市级|县级|区级|国家|工业|产业|科技|物流|农业|化工|现代|重点|其他|其余|部分|多数|主要|新型|特色|综合|经济|高新|省内|市内|县域|城市|沿海|飞地|城|社|景|辖|片|矿|郊|城区|市区|主城|中心城|园)$|^(?:国家|省|市|县|区|全|各|该|本|我)/;
/** After a place: what makes it a person's office or a venue, not the actor of the figures. */
const OFFICE_AFTER_RE = /^(?:委|政府|人民政府|长|党委|党工委|管委会|书记|领导|分会场|会场|招商(?!引资)|日报|电视台|融媒体)/;

const STEM_ONLY_RE = new RegExp(`^${STEM}+$`, 'u');
/** A province's name opening a stem (the stem may be its zones together: unknownSubject decides). */
const PROVINCE_HEAD_RE = new RegExp(`^(?:${PROVINCE_ALT})`);
/** Zone-type words ending in 区 (every word of ./zone-words.ts, and 保税区): a bare one is no district's name. */
const BARE_ZONE_WORDS_LIST = [...ALL_WORDS.filter((w) => w.endsWith('区')), '保税区'];

/** Verbs of running text: a stem holding one is a phrase about zones ("指导开发区"), not a place. */
// (And ranking words: "排名全市第3" is a rank, no place "排名市".)
const ACTION_RE = /排名|排位|位居|位列|名列|居全|指导|推动|支持|引导|鼓励|要求|督促|帮助|组织|协调|服务|加快|推进|建设|打造|提升|优化|加强|围绕|依托|促进|全力|积极|实施|聚焦|健全|完善|深入|开展|召开|举行|举办|出席|参加|调研|落户|入驻|进驻|对接|招引|引进|包联|争创|创建|申报/;

/** What may follow a subject: punctuation, a figure or period, a reporting or acting verb, an office, a figure's name. */
const PREDICATE_RE =
  /^(?:[,，、:：;；\s]|\d|[上下]半年|前三季度|[一二三四]季度|今年|全年|去年|年内|当年|当天|实现|完成|累计|共|新|签约|签订|引进|招引|开工|投产|集中|现场|举行|举办|召开|党工委|管委会|规上|规模|固定|工业|营业|主营|全力|着力|大力|持续|加快|积极|坚持|聚焦|围绕|立足|紧盯|突出|强化|抢抓|抓|推进|推动|按照|通过|深入|不断|始终|充分|认真|牢固|主动|精准|有|已|在|与|和|以|获|达|项目|招商|成功|同比|第|前|截至|全年)/;
const LIST_LEAD_BEFORE_RE = /(?:分别为|分别是|依次为|包括|其中)[：:，,]?$/;

interface NameAt {
  subject: Subject;
  raw: string;
}

/** The place or zone opening the text at `at` (after lead words), or null. */
function nameAt(text: string, at: number, end: number): NameAt | null {
  LEAD_RE.lastIndex = at;
  const lead = LEAD_RE.exec(text);
  const p = lead ? at + lead[0].length : at;
  if (p >= end) return null;
  NAME_AT_RE.lastIndex = p;
  const m = NAME_AT_RE.exec(text);
  if (!m || m.index + m[0].length > end) return null;
  const stem = m[1] ?? m[3];
  const raw = m[0];
  // A province's zones of a level together ("湖南省级以上产业园区实现…", "甲省国家级开发区…"): the province, though the
  // level words (以上, 国家/省) are no place's stem.
  if (m[1] && PROVINCE_HEAD_RE.test(stem) && PREDICATE_RE.test(text.slice(p + raw.length, p + raw.length + 4))) {
    const u = unknownSubject(raw);
    if (u.scope === 'province') return { raw, subject: u };
  }
  if (GENERIC_RE.test(stem) || STEM_WORD_RE.test(stem)) return null;
  // "指导开发区…", "推动园区…": a verb before a type word is a clause about zones, not a zone's name.
  if (ACTION_RE.test(stem) || !zoneLike(raw)) return null;
  const next = text.slice(p + raw.length, p + raw.length + 4);
  if (OFFICE_AFTER_RE.test(next)) return null;
  // A subject is followed by what it does or reports ("松川工业集中区签约…", "甲县,…", "乙新区1-9月…"); a name-like
  // run followed by anything else is a phrase ("解决开发区发展中…", "争取园区发展资金").
  if (!PREDICATE_RE.test(next)) return null;
  // A list's items after 分别为/其中/包括 are parts of the figure before them, not a subject.
  if (LIST_LEAD_BEFORE_RE.test(text.slice(Math.max(0, at - 5), at))) return null;
  const r = resolveName(raw);
  if (r.status === 'zone') return { raw, subject: { name: r.name, scope: 'zone', city: r.city } };
  if (r.status === 'city') return { raw, subject: { name: r.name, scope: 'city', city: r.name } };
  if (m[1]) return { raw, subject: unknownSubject(raw) };
  // A zone-type word read as a place's stem and 区 ("示范区", "保税区", "集聚区"): the bare word a text uses for its own
  // zone, no district — kept as a zone, so that the cleaning step reads it as the zone the page names.
  // (With one character before it, "占开发区", "在园区": a word of running text the cleaning step takes off.)
  if (m[4] === '区' && BARE_ZONE_WORDS_LIST.some((w) => raw.endsWith(w))) return { raw, subject: { name: raw, scope: 'zone', city: '', unknown: true } };
  // A place outside the gazetteer (a county, a district, a city of elsewhere): the city level of the vocabulary.
  return { raw, subject: { name: raw, scope: 'city', city: m[4] === '市' || /州$/.test(m[4]) ? raw : '', unknown: true } };
}

/** Clause openings in [from, to): the start and every position after clause punctuation. */
function* clauseOpenings(text: string, from: number, to: number): Generator<number> {
  yield from;
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    // ，, ；; 。 ：: ！? and line breaks
    if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002 || c === 0xff1a || c === 0x3a || c === 0x0a || c === 0xff01 || c === 0xff1f) yield i + 1;
  }
}

/** The last name at a clause opening in [from, to). */
function lastNameIn(text: string, from: number, to: number): Subject | null {
  let found: Subject | null = null;
  for (const at of clauseOpenings(text, from, to)) {
    const n = nameAt(text, at, to);
    if (n) found = n.subject;
  }
  return found;
}

/** A company, or a single firm, as the figure's actor. */
const COMPANY_RE = /公司|集团|有限|股份|该企业|这家|一家|龙头企业|企业(?:年|的|全年|今年)|厂(?!区|房)/;
/** The country's figures. */
const NATIONAL_RE = /全国|我国|国家级(?:经济技术开发区|高新区|经开区|开发区)(?:共|总|实现|完成)/;
/** A difference from another event or thing ("比第三届博览会增加210亿元"), not a level nor a growth of the period. */
const COMPARE_OTHER_RE = /[比较](?!上年|去年|同期|上一?年|前一?年|\d{4}年|年初|上月|上季|上半年|全省|全市|全国)[^，,。；;]{1,14}?(?:增加|增长|多|提高|减少|下降)/;

/** A bare area word (全市/全州…, no zone word after it) before a figure: the area's whole economy. */
// (Zone words from the one table, ./zone-words.ts: their last words, which any zone word ends in.)
const ZONE_TAIL_ALT = alt(tails(ALL_WORDS));
const BARE_AREA_RE = new RegExp(`(?:全|我|本|该)[市县州旗](?!(?:[\\u4e00-\\u9fff]{0,6}?)${ZONE_TAIL_ALT})`);
const ZONE_WORD_RE = new RegExp(ZONE_TAIL_ALT);
export function wholeEconomy(text: string, senStart: number, tokStart: number): boolean {
  const before = text.slice(senStart, tokStart);
  return BARE_AREA_RE.test(before) && !ZONE_WORD_RE.test(before);
}

/**
 * Scope words for the last resort: an area word (全市, 我县, 全省…), or a bare zone type word standing alone (not the
 * end of a name: "南山工业园区" is no scope word).
 */
// (Not a rank, a round or a comparison: "全省第七期…", "全市平均" say where a figure stands, not whose it is.)
// ("该园区", "本开发区" are the text's own zone.)
// (The bare words: every last word of the table, and 高新区, whose own last word 新区 a bare match would not reach.)
const SCOPE_RE = new RegExp(
  `((?:全|我|本|该)[省市县州旗区](?!第|排名|排位|平均|同期|前列|首位|领先)|(?:(?<=[该本我全这])|(?<![\\u4e00-\\u9fff]))${alt([...tails(ALL_WORDS), '高新区'])})`,
);
const DOC_SCOPE_RE = new RegExp(SCOPE_RE.source.replace('[省市县州旗区]', '[市县州旗区]'));
function unknownByScope(word: string): Subject {
  if (/省$/.test(word)) return { name: '某省', scope: 'province', city: '', unknown: true };
  if (/市$/.test(word)) return { name: '某市', scope: 'city', city: '', unknown: true };
  if (/县$/.test(word)) return { name: '某县', scope: 'city', city: '', unknown: true };
  if (/州$/.test(word)) return { name: '某州', scope: 'city', city: '', unknown: true };
  if (/旗$/.test(word)) return { name: '某旗', scope: 'city', city: '', unknown: true };
  return { name: '某区', scope: 'zone', city: '', unknown: true };
}

/** Does a subject fit the level a scope word names (全市 → a city, 全县 → a county, 园区/全区 → a zone or district)? */
function levelFits(word: string, s: Subject): boolean {
  if (/省$/.test(word)) return s.scope === 'province';
  if (/[市州旗]$/.test(word)) return s.scope === 'city' && /(?:市|州|盟)$/.test(s.name);
  if (/县$/.test(word)) return /县$/.test(s.name) || (s.scope === 'zone' && /县/.test(s.name));
  return s.scope === 'zone' || /区$/.test(s.name);
}

export interface FallbackState {
  text: string;
  bodyStart: number;
  /** Computed on first need. */
  doc?: Subject | null;
  docScope?: Subject | null;
  /** Sentence start → its subject (or null), so a sentence's figures are decided once. */
  bySentence: Map<number, Subject | null>;
}

export function fallbackState(text: string, bodyStart: number): FallbackState {
  return { text, bodyStart, bySentence: new Map() };
}

/** The document's subject: its headline's place or zone, else the name its clauses open with most. */
export function documentFallback(st: FallbackState): Subject | null {
  if (st.doc !== undefined) return st.doc;
  const t = st.text;
  // Headline: the lines above the body, else the first line.
  const headEnd = st.bodyStart > 0 ? st.bodyStart : Math.max(0, t.indexOf('\n'));
  const counts = new Map<string, { s: Subject; n: number; first: number }>();
  for (const at of clauseOpenings(t, 0, t.length)) {
    const n = nameAt(t, at, t.length);
    if (!n) continue;
    const c = counts.get(n.subject.name);
    if (c) c.n++;
    else counts.set(n.subject.name, { s: n.subject, n: 1, first: at });
  }
  // A place the headline names anywhere in it ("…开封市分会场活动举行", "…博览会孝义市吸金…"): its stem is the
  // two characters before 市/县/州 (most places), or three when the text also writes those three on their own.
  for (let i = 2; i < headEnd; i++) {
    const c = t[i];
    if (c !== '市' && c !== '县' && c !== '州') continue;
    // ("开州市", "通州区": 州 inside a name is no suffix when 市/县/区 follows.)
    if (c === '州' && /[市县区]/.test(t[i + 1] ?? '')) continue;
    let stem = t.slice(i - 2, i);
    if (!STEM_ONLY_RE.test(stem) || GENERIC_RE.test(stem) || STEM_WORD_RE.test(stem)) continue;
    const s3 = i >= 3 ? t.slice(i - 3, i) : '';
    // ("3个中心城市": the two characters before 市 are the tail of a common word, 中心城, not a place.)
    if (s3 && GENERIC_RE.test(s3)) continue;
    if (s3 && STEM_ONLY_RE.test(s3) && new RegExp(`(?:^|[^\\u4e00-\\u9fff])${s3}`).test(t)) stem = s3;
    // ("推动城市更新": a verb before 城市 is running text, not a place.)
    if (ACTION_RE.test(stem)) continue;
    const name = stem + c;
    const r = resolveName(name);
    const s: Subject = r.status === 'city' ? { name: r.name, scope: 'city', city: r.name } : { name, scope: 'city', city: c === '县' ? '' : name, unknown: true };
    const had = counts.get(s.name);
    if (had) had.n++;
    else counts.set(s.name, { s, n: 1, first: i });
  }
  let best: { s: Subject; n: number; first: number } | null = null;
  // A name the headline holds (anywhere in it) wins; a short headline form counts for its full name.
  const head = t.slice(0, headEnd);
  for (const c of counts.values()) {
    const inHead = head.includes(c.s.name) || head.includes(c.s.name.replace(/(?:市|县|州)$/, ''));
    const score = c.n + (inHead ? 100 : 0);
    const bs = best ? best.n + (head.includes(best.s.name) || head.includes(best.s.name.replace(/(?:市|县|州)$/, '')) ? 100 : 0) : -1;
    if (score > bs || (score === bs && best && c.first < best.first)) best = c;
  }
  st.doc = best?.s ?? null;
  return st.doc;
}

/**
 * Is the figure at `tokStart` plausibly an area's? Not when a company or the country acts in the sentence
 * before it, nor when it is a difference from another event.
 */
export function areaFigure(text: string, senStart: number, tokStart: number): boolean {
  const before = text.slice(senStart, tokStart);
  if (COMPANY_RE.test(before) || NATIONAL_RE.test(before) || COMPARE_OTHER_RE.test(before)) return false;
  return true;
}

/**
 * The subject for a figure facts.ts could not attribute, or null when the figure is not an area's.
 * `chunkStart`: where the figure's section (chunk) begins — names before it are another section's.
 */
export function fallbackSubject(st: FallbackState, senStart: number, senEnd: number, chunkStart: number, tokStart: number): { subject: Subject; via: 'sentence' | 'carried' | 'document' | 'scope' } | null {
  const t = st.text;
  if (!areaFigure(t, senStart, tokStart)) return null;
  // 1. The sentence's own name, before the figure.
  const own = lastNameIn(t, senStart, tokStart);
  if (own) return { subject: own, via: 'sentence' };
  // A scope word in the sentence says what level its figures are of: "全市…" is no county carried from a list before
  // ("分别为:甲县34个、…。全市5亿元以上项目23个"), nor a zone; a name from elsewhere must be of that level.
  const sw = SCOPE_RE.exec(t.slice(senStart, tokStart))?.[1];
  const fits = (s: Subject): boolean => !sw || levelFits(sw, s);
  // 2. Carried from the earlier sentences of the section (bounded: at most 1500 characters back).
  const from = Math.max(chunkStart, senStart - 1500, st.bodyStart);
  if (from < senStart) {
    const carried = lastNameIn(t, from, senStart);
    if (carried && fits(carried)) return { subject: carried, via: 'carried' };
  }
  // 3. The document's subject.
  const doc = documentFallback(st);
  if (doc && fits(doc)) return { subject: doc, via: 'document' };
  // 4. The unknown convention, by the scope word of the sentence, else of the document.
  const w = SCOPE_RE.exec(t.slice(senStart, senEnd))?.[1];
  if (w) return { subject: unknownByScope(w), via: 'scope' };
  if (st.docScope === undefined) {
    // (Not 全省: a province's figures are said so in their own sentence; the document's level is below it.)
    const dw = DOC_SCOPE_RE.exec(t)?.[1];
    st.docScope = dw ? unknownByScope(dw) : null;
  }
  // (A text that names no place and no scope word at all says nothing of whose its figures are: they stay warnings.)
  return st.docScope ? { subject: st.docScope, via: 'scope' } : null;
}

/**
 * A figure given a subject by the fallback that the document also states with a subject of its own (a headline
 * or lede restating the body) is that one: the fallback copy is dropped.
 */
export function dropRestated(facts: Fact[], viaFallback: Set<Fact>): Fact[] {
  if (!viaFallback.size) return facts;
  const stated = new Set<string>();
  for (const f of facts) if (!viaFallback.has(f)) stated.add(`${f.indicator}|${f.measure}|${f.value}`);
  return facts.filter((f) => !viaFallback.has(f) || !stated.has(`${f.indicator}|${f.measure}|${f.value}`));
}

/**
 * The one place of a level (市, 县 or 区) a text names as a name of its own: at the start of a line or clause, after a
 * date or a dateline ("10日某某市同步举行", "本网讯 某某县招商引资…", "日前,某某区举办…"), or glued to its own area word
 * ("某某全市工业…"). A local report says 全县/我市/全区 of the one county, city or district it names; a text naming two
 * (a city and its county-level cities, two districts) names none this way. Zone words (开发区, 集聚区…) and running
 * text ("推动城市…" — 城市 after a verb) are no places.
 */
// (Scanned only when a figure was left to an unnamed place, 某市/某县/某区: once per such document.)
const PLACE_OPEN_RE = /(?:^|[^\u4e00-\u9fff]|日前|近日|[日讯])([\u4e00-\u9fff]{2,3}?)(全)?([市县区])/gmu;
const NOT_PLACE_STEM_RE = /(?:开发|集聚|集中|示范|经开|高新|保税|园|片|景|社|辖)$|^(?:[个家]|开发|集聚|集中|示范|经开|高新|保税|产业|工业|园|新|城|市|县|区|郊|矿|辖|片|全|我|本|该|各|每|本县|全县|县城|市区|城区|社区|园区|景区|辖区|片区|厂区|矿区|库区|山区|老区|新区|农区|牧区)/;
export function onePlaceOfLevel(text: string, level: '市' | '县' | '区'): Subject | null {
  let found: string | null = null;
  PLACE_OPEN_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLACE_OPEN_RE.exec(text)); ) {
    // (A refused read is retried one character on: "10日某某市" first reads 日某某 after the digit.)
    const next = m.index + 1;
    if (m[3] !== level) {
      PLACE_OPEN_RE.lastIndex = next;
      continue;
    }
    const stem = m[1];
    const after = text.slice(PLACE_OPEN_RE.lastIndex, PLACE_OPEN_RE.lastIndex + 1);
    PLACE_OPEN_RE.lastIndex = next;
    if (/[委政长场级属直里内外中民]/.test(after)) continue;
    if (NOT_PLACE_STEM_RE.test(stem) || /[于占按照别比较至达到]/.test(stem) || GENERIC_RE.test(stem) || STEM_WORD_RE.test(stem) || !STEM_ONLY_RE.test(stem) || ACTION_RE.test(stem)) continue;
    const name = stem + level;
    if (found && found !== name) return null;
    found = name;
  }
  if (!found) return null;
  const r = resolveName(found);
  if (r.status === 'city') return { name: r.name, scope: 'city', city: r.name };
  return { name: found, scope: 'city', city: level === '市' ? found : '', unknown: true };
}
