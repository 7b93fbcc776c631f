/**
 * Respective lists: "A、B、C分别增长 a%、b%、c%", "实现A 1亿元,B 2亿元,分别比上年同期增长 a%、b%",
 * "A、B等各项指标同比依次增长 a、b". The n-th number belongs to the n-th listed item; an item that is not an
 * indicator of ours (税收收入, 出口额 …) keeps its place in the count but yields nothing. When the counts of
 * items and numbers differ the pairing is unknown, so none of the listed numbers becomes a fact (a wrong
 * indicator on the map is worse than a missing one).
 */
import type { NumberToken } from './numbers';
import { wordDef, type IndicatorDef, type KeywordHit } from './indicators';
import { openingArea, resolveName, unknownSubject, zoneLike, type Subject } from './subjects';
import { alt, zoneWords } from './zone-words';

export interface RespectiveSlot {
  /** The item's indicator; null = an item we do not record, or a list we cannot pair. */
  def: IndicatorDef | null;
  /** Words that say what the numbers are ("比上年同期增长"), for the measure. */
  cue: string;
  /** The list's verb says they fell ("分别下降"). */
  neg: boolean;
  /** Where the item's indicator is named (for quotes and de-duplication). */
  at: number;
  /** A list of subjects ("A区、B区和C区营收分别增长…"): the item's own subject. */
  subject?: Subject;
  /** A list of subjects that names no indicator: the sentence's running indicator is theirs (./facts.ts). */
  inherit?: boolean;
  /** A list of years ("2016年至2018年,分别完成…"): the item's own year. */
  year?: number;
}

const MARK_RE = /分别|依次/g;
/** Between two numbers of one list. */
const LIST_SEP_RE = /^(?:[、,，]|和|及|与|以及|、和)$/;
/** What may stand between 分别 and the first number: a verb phrase, no clause break, no digits. */
const LEAD_RE = /^[\u4e00-\u9fff]{0,10}$/;
/** What may close a noun list before 分别: "等各项指标", "同比", "均". */
// (The measure may close the list too: "A、B增速分别为9%、12%", "A、B占比分别为…".)
// ("等三大主要经济指标": the list's items counted in the tail too.)
/** What a growth rate is compared with (the same period of last year), as written. */
const COMPARED = '比上年同期|比去年同期|较上年同期|较上年|较去年|比上年|比去年';
/** Verbs of a fall: the rates after them are negative. */
const DECLINE_RE = /下降|减少|回落|下滑/;

const LIST_TAIL_RE = new RegExp(`(?:等(?:[一二两三四五六七八九十]+[大项个])?(?:各项|主要|多项)?(?:经济)?指标|等各项|等)?(?:同比)?(?:的)?(?:增速|增幅|增长率|占比|比重)?(?:均|都|同比|${COMPARED})*$`);
const ITEM_SEP_RE = /、|以及|和|及|与/g;
/** A mark's clause that names only what the values measure: "占全市比重", "占比", "增速". */
const MEASURE_ONLY_RE = /^(?:占[\u4e00-\u9fff]{0,6}?(?:的)?(?:比重|比例)?|占比|比重|增速|增幅)?$/;
/** An unmarked list's verb between its last item and its first value: "较同期增长", "同比分别增长". */
const IMPLICIT_VERB_RE = new RegExp(`(?:同比|较同期|${COMPARED})(?:增长|下降|增加|减少)(?:了)?(?:为|达)?$`);

/** The clause before the one at cs, read as an unmarked list of n values (see implicitList). */
function implicitBefore(text: string, from: number, cs: number, nums: NumberToken[], kws: KeywordHit[], n: number): ReturnType<typeof implicitList> {
  if (cs - 1 <= from) return null;
  return implicitList(text, clauseStartBefore(text, from, cs), cs - 1, nums, kws, n);
}

/** Where the clause before the one at cs (which follows its separator at cs - 1) starts, not before `from`. */
function clauseStartBefore(text: string, from: number, cs: number): number {
  let ps = cs - 1;
  while (ps > from && !BREAK_RE.test(text[ps - 1])) ps--;
  return ps;
}

/**
 * [a, b) as "A、B较同期增长x、y": items that are each an indicator word, a growth verb, then exactly n values in a list.
 * Null unless every part fits.
 */
function implicitList(text: string, a: number, b: number, nums: NumberToken[], kws: KeywordHit[], n: number): { items: Array<{ def: IndicatorDef | null; at: number }>; values: NumberToken[]; cue: string } | null {
  const values = nums.filter((t) => t.start >= a && t.end <= b);
  if (values.length !== n) return null;
  for (let i = 1; i < n; i++) if (!LIST_SEP_RE.test(text.slice(values[i - 1].end, values[i].start))) return null;
  if (text.slice(values[n - 1].end, b).trim()) return null;
  const head = text.slice(a, values[0].start);
  const vm = IMPLICIT_VERB_RE.exec(head);
  if (!vm) return null;
  const listText = head.slice(0, vm.index);
  const items: Array<{ def: IndicatorDef | null; at: number }> = [];
  let s = a;
  const bounds: Array<[number, number]> = [];
  ITEM_SEP_RE.lastIndex = 0;
  for (let im: RegExpExecArray | null; (im = ITEM_SEP_RE.exec(listText)); ) {
    bounds.push([s, a + im.index]);
    s = a + im.index + im[0].length;
  }
  bounds.push([s, a + listText.length]);
  if (bounds.length !== n) return null;
  for (const [x, y] of bounds) {
    const k = lastKeywordIn(kws, x, y);
    // (Every item an indicator word ending its part: a place or a sector among them leaves the pairing unknown.)
    if (!k || k.end !== y) return null;
    items.push({ def: keywordDef(text, k), at: k.start });
  }
  return { items, values, cue: vm[0] };
}

/** The clause after a paired list that gives the items' growth rates without a mark of its own. */
const FOLLOW_RATES_RE = new RegExp(`^[,，](?:同比|${COMPARED})(?:分别)?(?:增长|下降|增加|减少)(?:了)?(?:为|达)?`);
/** A date opening a clause: "2018年", "2023年1-6月", "1—9月份". */
const LEAD_DATE_RE = /^(?:(?:19|20)\d{2}年(?:\d{1,2}(?:[—–\-~～至]\d{1,2})?月份?)?|\d{1,2}(?:[—–\-~～至]\d{1,2})?月份?)[,，]?/;
const BREAK_RE = /[，,；;：:。]/;
/** Head nouns a list's items may share: "固定资产、工业投资" = 固定资产投资、工业投资. */
const SHARED_HEAD_RE = /(?:投资|增加值|总产值|产值|收入)$/;

/** What a subject's name in a list ends with: a zone's type word, a base, area or new town, a county, district or city. */
const NAME_END_RE = new RegExp(`(?:${alt(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form'))}|基地|片区|港区|新城|航天城|科学城|科技城|[县市区旗])$`);
const ZONE_END_RE = new RegExp(`(?:${alt(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form'))})$`);
/** Words that open a collective or generic phrase, no one place's name ("全市", "各园区", "重点园区", "城区"). */
const NAME_GENERIC_RE = /^(?:全|各|我|本|该|其|这|此|两|三|四|五|诸|国家|省|市|县|区|园|城区|郊区|矿区|辖区|重点|其他|其余|部分|多数|主要|工业|产业|科技|综合|经济|高新|新区|开发区|经开区|高新区|示范区|片区)/;
/** What opens a list's first item before its first name: a time or a frame ("…年", "其中", "“八园”中"). */
const NAME_LEAD_RE = /^(?:年|月份?|日|季度|期间|其中|中|的|里|内|有|是|为|包括)+/;
const CJK_ONLY_RE = /^[\u4e00-\u9fff]+$/;

/** The subject a list item names, when it is a place's or zone's name as a whole; null for anything else. */
function listName(s: string, at: number, kws: KeywordHit[]): Subject | null {
  if (s.length < 2 || s.length > 16 || !CJK_ONLY_RE.test(s) || NAME_GENERIC_RE.test(s) || !zoneLike(s)) return null;
  // (An indicator's word inside is no name: "工业投资区" is not read, "财政收入" never ends so anyway.)
  for (const k of kws) if (k.start < at + s.length && k.end > at) return null;
  const r = resolveName(s);
  if (r.status === 'zone') return { name: r.name, scope: 'zone', city: r.city };
  if (r.status === 'city') return { name: r.name, scope: 'city', city: r.name };
  const e = NAME_END_RE.exec(s);
  if (!e || s.length - e[0].length < (e[0].length === 1 ? 1 : 2)) return null;
  if (ZONE_END_RE.test(s) || e[0].length > 1) return unknownSubject(s);
  // A county or district: the gazetteer's (its one zone, when it has one), else as written at the city level.
  const area = openingArea(s);
  if (area && area.at === 0 && area.end === s.length) return area.subject;
  return { name: s, scope: 'city', city: e[0] === '市' ? s : '' };
}

/**
 * "甲经开区、乙高新区和丙工业园完成投资…", "“八园”中甲基地、乙工业园、丙经开区发展最快": the subjects a list in
 * [a, b) names, each item one place, the first after a frame, the last before what is said of them; and where the
 * last name ends. "甲县、乙县和丙县经开区" names each county's zone (the type word said once, as in 固定资产、工业投资).
 * Null unless every item is a name.
 */
function subjectItems(text: string, a: number, b: number, kws: KeywordHit[], sepRe: RegExp = ITEM_SEP_RE): { subjects: Subject[]; end: number } | null {
  const seg = text.slice(a, b);
  if (!seg.includes('、') && !/和|及|与/.test(seg)) return null;
  // (和/及/与 open some names — 和顺, 和平, 与城 —: a list that does not read with them as separators is tried with 、 alone.)
  const r = subjectItemsSplit(text, a, b, kws, sepRe);
  return r ?? (sepRe === ITEM_SEP_RE && seg.includes('、') && /和|及|与/.test(seg) ? subjectItemsSplit(text, a, b, kws, /、/g) : null);
}

function subjectItemsSplit(text: string, a: number, b: number, kws: KeywordHit[], sepRe: RegExp): { subjects: Subject[]; end: number } | null {
  const seg = text.slice(a, b);
  const parts: Array<[number, number]> = [];
  let s = a;
  sepRe.lastIndex = 0;
  for (let im: RegExpExecArray | null; (im = sepRe.exec(seg)); ) {
    parts.push([s, a + im.index]);
    s = a + im.index + im[0].length;
  }
  parts.push([s, b]);
  if (parts.length < 2) return null;
  const names: Array<{ raw: string; at: number; subject: Subject }> = [];
  for (let i = 0; i < parts.length; i++) {
    let [ps, pe] = parts[i];
    if (i === 0) {
      // The frame before the first name: up to the last character that is no ideograph, then a time or frame word.
      for (let j = pe - 1; j >= ps; j--) if (!/[\u4e00-\u9fff]/.test(text[j])) { ps = j + 1; break; }
      const lead = NAME_LEAD_RE.exec(text.slice(ps, pe));
      if (lead) ps += lead[0].length;
    }
    let subject: Subject | null = null;
    if (i === parts.length - 1) {
      // The longest name the last item opens with; what follows it is said of them all.
      for (let k = Math.min(pe, ps + 16); k >= ps + 2 && !subject; k--) if ((subject = listName(text.slice(ps, k), ps, kws))) pe = k;
    } else subject = listName(text.slice(ps, pe), ps, kws);
    if (!subject) return null;
    names.push({ raw: text.slice(ps, pe), at: ps, subject });
  }
  // "甲县、乙县和丙县经开区": bare counties before a county's zone share its type word.
  const last = names[names.length - 1].raw;
  const zw = ZONE_END_RE.exec(last);
  if (zw && /[县市区旗]$/.test(last.slice(0, -zw[0].length)) && names.slice(0, -1).every((n) => !ZONE_END_RE.test(n.raw) && /[县市旗]$/.test(n.raw)))
    for (const n of names.slice(0, -1)) n.subject = listName(n.raw + zw[0], n.at, kws) ?? n.subject;
  return { subjects: names.map((n) => n.subject), end: names[names.length - 1].at + last.length };
}

/** Units a list may print once, after its last value. */
const SHARED_UNITS = new Set(['亿元', '万元', '万亿元', '个', '家', '项', '宗', '亩', '万平方米', '平方公里']);
/** "分别为:", "分别是", "依次为：": a list of items each with its own value follows. */
const NAME_VALUE_LEAD_RE = /^(?:为|是)[：:]?/;
/** Between one item's value and the next item's name. */
const ITEM_AFTER_VALUE_RE = /^(?:[、,，;；]|以及|和|及|与)/;

/** The indicator a keyword names; a word another owner's figure holds elsewhere ("某县完成投资") is still its word here. */
function keywordDef(text: string, k: KeywordHit | null): IndicatorDef | null {
  if (!k) return null;
  return wordDef(text.slice(k.start, k.end)) ?? k.def;
}

/** "2016年至2018年", "2019—2021年", "2020年、2021年和2022年": the years a statement lists, in order. */
const YEAR_RANGE_RE = /((?:19|20)\d{2})年?(?:至|到|—|–|-|~|～)((?:19|20)\d{2})年/g;
const YEAR_LIST_RE = /(?:(?:19|20)\d{2}年?(?:、|和|及|与)){1,}(?:19|20)\d{2}年/g;
/** "近三年", "三年来", "连续3年": several years, none printed — values listed over them have no year each. */
const YEARS_UNPRINTED_RE = /(?:近|连续|过去|最近)[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年(?:来|间|中|里)/;

function yearsBefore(text: string, stmt: number, markAt: number): number[] | null | 'unprinted' {
  const span = text.slice(stmt, markAt);
  if (!/(?:19|20)\d{2}/.test(span)) return YEARS_UNPRINTED_RE.test(span) ? 'unprinted' : null;
  let years: number[] | null = null;
  let endAt = -1;
  YEAR_RANGE_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_RANGE_RE.exec(span)); ) {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    if (y2 > y1 && y2 - y1 < 10) {
      years = [];
      for (let y = y1; y <= y2; y++) years.push(y);
      endAt = m.index + m[0].length;
    }
  }
  YEAR_LIST_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_LIST_RE.exec(span)); ) {
    if (m.index + m[0].length > endAt) {
      years = m[0].match(/(?:19|20)\d{2}/g)!.map(Number);
      endAt = m.index + m[0].length;
    }
  }
  // (Only when no other year is printed after the list: "2016年至2018年…,2018年分别…" speaks of 2018.)
  if (!years || /(?:19|20)\d{2}/.test(span.slice(endAt))) return null;
  return years;
}

function lastKeywordIn(kws: KeywordHit[], from: number, to: number): KeywordHit | null {
  let best: KeywordHit | null = null;
  for (const k of kws) if (k.start >= from && k.end <= to) best = k;
  return best;
}

/** Items and their numbers for each respective list in the sentence [from, to); keyed by number start. */
export function respectiveLists(text: string, from: number, to: number, nums: NumberToken[], kws: KeywordHit[]): Map<number, RespectiveSlot> {
  const out = new Map<number, RespectiveSlot>();
  const sen = text.slice(from, to);
  if (!sen.includes('分别') && !sen.includes('依次')) return out;
  // The items of the sentence's previous paired list: "A、B、C分别完成x、y、z,分别增长a、b、c" names them once.
  let lastItems: Array<{ def: IndicatorDef | null; at: number }> | null = null;
  let lastList: NumberToken[] | null = null;
  MARK_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MARK_RE.exec(sen)); ) {
    const markAt = from + m.index;
    const markEnd = markAt + m[0].length;
    // The list of numbers right after the mark.
    const first = nums.findIndex((t) => t.start >= markEnd);
    // "签约项目60个,分别为:甲经开区24个、乙高新区22个、丙工业园14个", "增速前三位分别是甲经开区25%、乙高新区22%…":
    // each value right after its subject's name; the indicator is the one named before the mark.
    const nv = first >= 0 ? NAME_VALUE_LEAD_RE.exec(text.slice(markEnd, markEnd + 3)) : null;
    if (nv) {
      const pairs: Array<{ t: NumberToken; subject: Subject }> = [];
      let p = markEnd + nv[0].length;
      for (let i = first; i < nums.length && nums[i].start < to; i++) {
        const t = nums[i];
        const subject = t.start > p ? listName(text.slice(p, t.start), p, kws) : null;
        if (!subject) break;
        pairs.push({ t, subject });
        const sep = ITEM_AFTER_VALUE_RE.exec(text.slice(t.end, t.end + 3));
        if (!sep) break;
        p = t.end + sep[0].length;
      }
      const k = pairs.length >= 2 ? lastKeywordIn(kws, from, markAt) : null;
      // (With no indicator named before it in the sentence the list is left to the ranking reader, which carries one.)
      if (k) {
        const def = keywordDef(text, k);
        const cue = k ? text.slice(k.end, markAt) : '';
        // (A county's or city's own figure is no zone's: it keeps its place and yields nothing.)
        for (const { t, subject } of pairs) out.set(t.start, { def: subject.scope === 'city' ? null : def, cue, neg: false, at: k ? k.start : markAt, subject });
        continue;
      }
    }
    if (first < 0 || !LEAD_RE.test(text.slice(markEnd, nums[first].start))) continue;
    const list: NumberToken[] = [nums[first]];
    // "分别增长36.8、25、33.3%": a page that prints % only once (or loses it on some) — bare numbers of a list
    // whose other members are percentages are percentages too.
    const bare = (t: NumberToken) => t.unit === '' && t.skip === 'no_unit';
    let pct = nums[first].unit === '%';
    let anyBare = bare(nums[first]);
    for (let i = first + 1; i < nums.length; i++) {
      const t = nums[i];
      if (!LIST_SEP_RE.test(text.slice(list[list.length - 1].end, t.start))) break;
      if (bare(t) && (pct || anyBare)) anyBare = true;
      else if (t.unit === '%' && !pct && list.every(bare)) pct = true;
      else if ((t.unit === '%') !== pct) break;
      list.push(t);
    }
    if (pct && anyBare) {
      for (const t of list) if (bare(t)) {
        t.unit = '%';
        t.skip = undefined;
      }
    } else if (list.some(bare)) {
      // "分别为40、29个", "分别完成10、12亿元": the unit printed once, on the last — when every value that has a unit
      // has that one (an amount or a count; never a year or a date).
      const last = list[list.length - 1];
      if (!bare(last) && !last.skip && SHARED_UNITS.has(last.unit) && list.every((t) => bare(t) || t.unit === last.unit))
        for (const t of list) if (bare(t)) {
          t.unit = last.unit;
          t.skip = undefined;
        }
    }
    // One number for several names ("A和B数量分别增长20%") is read elsewhere.
    if (list.length < 2) continue;
    // The clause holding the mark, up to it.
    let cs = markAt;
    while (cs > from && !BREAK_RE.test(text[cs - 1])) cs--;
    let head = text.slice(cs, markAt);
    // "A、B、C等三大指标,分别完成x、y、z": the mark opens its own clause after a comma; the list is the clause
    // before it when that clause is a list of nouns (no figure of its own).
    if (!head && cs - 1 > from && /[,，]/.test(text[cs - 1])) {
      const ps = clauseStartBefore(text, from, cs);
      const prev = text.slice(ps, cs - 1);
      if (prev.includes('、') && !/\d/.test(prev.replace(LEAD_DATE_RE, ''))) {
        head = prev;
        cs = ps;
      }
    }
    // (A date opening the list's clause is not its first item's: "2018年甲区营收、产值分别…".)
    const lead = LEAD_DATE_RE.exec(head)?.[0];
    if (lead && /、/.test(head)) {
      cs += lead.length;
      head = head.slice(lead.length);
    }
    const tail = LIST_TAIL_RE.exec(head)![0];
    const listText = head.slice(0, head.length - tail.length);
    const verb = tail + text.slice(markAt, list[0].start);
    const neg = DECLINE_RE.test(verb);
    const items: Array<{ def: IndicatorDef | null; at: number; subject?: Subject; year?: number; inherit?: boolean }> = [];
    let implicit: ReturnType<typeof implicitList> = null;
    const hasSeps = /、|和|及|与/.test(listText);
    // The statement the list closes: back over "；" (one statement may list its years once for several lists).
    let stmt = cs;
    while (stmt > 0 && markAt - stmt < 200 && !/[。！？\n]/.test(text[stmt - 1])) stmt--;
    // (Years only when the clause lists nothing else: "2022年和2023年开发区营收、税收分别…" lists indicators.)
    const years = !/、|和|及|与/.test(listText.replace(/(?:19|20)\d{2}年?(?:至|到|—|–|-|~|～|、|和|及|与)?/g, '')) ? yearsBefore(text, stmt, markAt) : null;
    // What the values are, when the list names it once: right after the mark ("分别完成工业投资…") or before it.
    const leadDef = () => keywordDef(text, lastKeywordIn(kws, markEnd, list[0].start)) ?? (hasSeps ? null : keywordDef(text, lastKeywordIn(kws, cs, markAt)));
    const subjectList = hasSeps && !/\d/.test(listText) ? subjectItems(text, cs, cs + listText.length, kws) : null;
    if (Array.isArray(years) && years.length === list.length) {
      // "2016年至2018年,分别完成工业投资70亿元、94亿元、106亿元": one value per year, in order.
      const def = leadDef();
      for (const y of years) items.push({ def, at: markEnd, year: y });
    } else if (years === 'unprinted' && !hasSeps) {
      // "近三年分别完成…": one value per year, but the years are not printed — no value has a known period.
    } else if (subjectList) {
      // "甲经开区、乙高新区和丙园区完成投资分别增长a、b、c": one subject per value, the indicator said once after them.
      const def = keywordDef(text, lastKeywordIn(kws, subjectList.end, markAt)) ?? leadDef();
      // (A county's or city's own figure is its economy's, no zone's: it keeps its place and yields nothing.)
      for (const subject of subjectList.subjects) items.push({ def: subject.scope === 'city' ? null : def, at: cs, subject, inherit: !def && subject.scope !== 'city' });
    } else if (!hasSeps && /[\u4e00-\u9fff]/.test(listText) && lastKeywordIn(kws, cs, markAt)) {
      // "甲基地、乙工业园、丙经开区发展最快,完成规模工业产值分别增长a、b、c": the subjects in the clause before.
      const ps = clauseStartBefore(text, from, cs);
      const prev = cs - 1 > ps ? subjectItems(text, ps, cs - 1, kws) : null;
      if (!prev) continue;
      const def = keywordDef(text, lastKeywordIn(kws, cs, markAt));
      for (const subject of prev.subjects) items.push({ def: subject.scope === 'city' ? null : def, at: cs, subject });
    } else if (hasSeps && !/\d/.test(listText)) {
      // "A、B和C分别…": the names before the mark, in order.
      let s = cs;
      ITEM_SEP_RE.lastIndex = 0;
      const bounds: Array<[number, number]> = [];
      for (let im: RegExpExecArray | null; (im = ITEM_SEP_RE.exec(listText)); ) {
        bounds.push([s, cs + im.index]);
        s = cs + im.index + im[0].length;
      }
      bounds.push([s, cs + listText.length]);
      // "固定资产、工业技改投资分别增长…": the items share the last one's head noun (投资), said once.
      const head = SHARED_HEAD_RE.exec(text.slice(bounds[bounds.length - 1][0], bounds[bounds.length - 1][1]))?.[0];
      let refuse = false;
      for (const [a, b] of bounds) {
        const k = lastKeywordIn(kws, a, b);
        // (The first item may follow its subject: "某某园区固定资产、…" — the longest tail that makes a word.)
        let whole: IndicatorDef | undefined;
        if (!k && head) for (let i = a; i <= b - 2 && !whole; i++) whole = wordDef(text.slice(i, b) + head);
        items.push({ def: k ? k.def : whole ?? null, at: k ? k.start : a });
        // An item that is a place's name, not an indicator ("甲县、乙县营收分别…" not read as subjects): the
        // pairing of names and values is not known, so no value is taken.
        if (!k && !whole && listName(text.slice(a, b), a, kws)) refuse = true;
      }
      if (refuse) items.length = 0;
    } else if ((implicit = !lastItems && listText && MEASURE_ONLY_RE.test(listText) ? implicitBefore(text, from, cs, nums, kws, list.length) : null)) {
      // "A、B较同期增长a%、b%,占全市比重分别达到c%、d%": the clause with the mark names only a measure; the clause
      // before lists the items with as many values and no mark of its own — both lists are the same items, in order.
      const prev = implicit;
      prev.values.forEach((t, i) => out.set(t.start, { def: prev.items[i].def, cue: prev.cue, neg: DECLINE_RE.test(prev.cue), at: prev.items[i].at }));
      items.push(...prev.items);
    } else if (!listText.replace(/[^\u4e00-\u9fff]/g, '') && lastItems && lastItems.length === list.length && (list[0].unit === '%') !== (lastList?.[0].unit === '%')) {
      // The second list of the same items (amounts, then their growth rates).
      items.push(...lastItems);
    } else if (!listText.replace(/[^\u4e00-\u9fff]/g, '')) {
      // "实现A 1亿元,B 2亿元,分别增长…": each earlier clause of the sentence that states an amount is an item
      // (and each 、-part: "完成A 25亿元、B 45亿元,分别增长…").
      let a = from;
      for (let i = from; i <= cs; i++) {
        if (i === cs || BREAK_RE.test(text[i]) || text[i] === '、') {
          const amount = [...nums].reverse().find((t) => t.start >= a && t.end <= i && !t.skip && (t.unit === '%') !== true);
          if (amount && i > a) {
            const k = lastKeywordIn(kws, a, amount.start);
            items.push({ def: k ? k.def : null, at: k ? k.start : a });
          }
          a = i + 1;
        }
      }
    } else continue;
    const paired = items.length === list.length;
    lastItems = paired ? items : null;
    lastList = list;
    list.forEach((t, i) => out.set(t.start, paired ? { def: items[i].def, cue: verb, neg, at: items[i].at, subject: items[i].subject, year: items[i].year, inherit: items[i].inherit } : { def: null, cue: verb, neg, at: markAt }));
    // "A、B、C分别完成x、y、z,同比增长a、b、c": the next clause lists as many growth rates with no mark of its own —
    // the same items' rates, in order. (Exactly as many, then the clause ends; a mark there is read by the loop.)
    if (paired && list[0].unit !== '%') {
      const last = list[list.length - 1];
      const fol = FOLLOW_RATES_RE.exec(text.slice(last.end, Math.min(to, last.end + 14)));
      const j = fol ? nums.findIndex((t) => t.start === last.end + fol[0].length) : -1;
      if (j >= 0 && nums[j].unit === '%') {
        const rates = [nums[j]];
        for (let i = j + 1; i < nums.length && nums[i].unit === '%' && LIST_SEP_RE.test(text.slice(rates[rates.length - 1].end, nums[i].start)); i++) rates.push(nums[i]);
        const endOk = rates.length === list.length && !/^\s*(?:[、和及与]|以及)/.test(text.slice(rates[rates.length - 1].end, rates[rates.length - 1].end + 2));
        if (endOk) {
          const cue = fol![0].replace(/^[,，]/, '');
          const fneg = DECLINE_RE.test(cue);
          rates.forEach((t, i) => out.set(t.start, { def: items[i].def, cue, neg: fneg, at: items[i].at, subject: items[i].subject, year: items[i].year }));
        }
      }
    }
  }
  return out;
}

/** 均/都 closing what is said of a list ("…营业收入均增长"), not an average (年均, 平均, 人均 …). */
const SHARED_MARK_RE = /(?<![年平人户亩企日月])[均都][\u4e00-\u9fff]{0,8}$/;
/**
 * "甲经开区、乙高新区营业收入均增长15%": one figure said of several named subjects together is no one subject's
 * (the running subject would otherwise take it); the number is marked shared, as "均在/均达到…" bounds are.
 */
export function sharedBySubjects(text: string, from: number, to: number, nums: NumberToken[], kws: KeywordHit[]): void {
  for (const t of nums) {
    if (t.skip || t.start < from || t.start >= to) continue;
    // (SHARED_MARK_RE needs 均/都 at most 8 characters before the number: without one there, skip the scan back.)
    const near = text.slice(Math.max(from, t.start - 9), t.start);
    if (!near.includes('均') && !near.includes('都')) continue;
    let cs = t.start;
    while (cs > from && !BREAK_RE.test(text[cs - 1])) cs--;
    const clause = text.slice(cs, t.start);
    const m = clause.includes('均') || clause.includes('都') ? SHARED_MARK_RE.exec(clause) : null;
    if (!m) continue;
    const sl = subjectItems(text, cs, cs + m.index, kws);
    if (sl && sl.subjects.length >= 2) t.skip = 'shared';
  }
}
