/**
 * Respective lists: "A、B、C分别增长 a%、b%、c%", "实现A 1亿元,B 2亿元,分别比上年同期增长 a%、b%",
 * "A、B等各项指标同比依次增长 a、b". The n-th number belongs to the n-th listed item; an item that is not an
 * indicator of ours (税收收入, 出口额 …) keeps its place in the count but yields nothing. When the counts of
 * items and numbers differ the pairing is unknown, so none of the listed numbers becomes a fact (a wrong
 * indicator on the map is worse than a missing one).
 */
import type { NumberToken } from './numbers';
import { wordDef, type IndicatorDef, type KeywordHit } from './indicators';

export interface RespectiveSlot {
  /** The item's indicator; null = an item we do not record, or a list we cannot pair. */
  def: IndicatorDef | null;
  /** Words that say what the numbers are ("比上年同期增长"), for the measure. */
  cue: string;
  /** The list's verb says they fell ("分别下降"). */
  neg: boolean;
  /** Where the item's indicator is named (for quotes and de-duplication). */
  at: number;
}

const MARK_RE = /分别|依次/g;
/** Between two numbers of one list. */
const LIST_SEP_RE = /^(?:[、,，]|和|及|与|以及|、和)$/;
/** What may stand between 分别 and the first number: a verb phrase, no clause break, no digits. */
const LEAD_RE = /^[\u4e00-\u9fff]{0,10}$/;
/** What may close a noun list before 分别: "等各项指标", "同比", "均". */
// (The measure may close the list too: "A、B增速分别为9%、12%", "A、B占比分别为…".)
const LIST_TAIL_RE = /(?:等(?:各项|主要|多项)?(?:经济)?指标|等各项|等)?(?:同比)?(?:的)?(?:增速|增幅|增长率|占比|比重)?(?:均|都|同比|比上年同期|比去年同期|较上年同期|较上年|较去年|比上年|比去年)*$/;
const ITEM_SEP_RE = /、|以及|和|及|与/g;
const BREAK_RE = /[，,；;：:。]/;
/** Head nouns a list's items may share: "固定资产、工业投资" = 固定资产投资、工业投资. */
const SHARED_HEAD_RE = /(?:投资|增加值|总产值|产值|收入)$/;

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
    if (first < 0 || !LEAD_RE.test(text.slice(markEnd, nums[first].start))) continue;
    const list: NumberToken[] = [nums[first]];
    const pct = nums[first].unit === '%';
    for (let i = first + 1; i < nums.length; i++) {
      const t = nums[i];
      if ((t.unit === '%') !== pct || !LIST_SEP_RE.test(text.slice(list[list.length - 1].end, t.start))) break;
      list.push(t);
    }
    // One number for several names ("A和B数量分别增长20%") is read elsewhere.
    if (list.length < 2) continue;
    // The clause holding the mark, up to it.
    let cs = markAt;
    while (cs > from && !BREAK_RE.test(text[cs - 1])) cs--;
    const head = text.slice(cs, markAt);
    const tail = LIST_TAIL_RE.exec(head)![0];
    const listText = head.slice(0, head.length - tail.length);
    const verb = tail + text.slice(markAt, list[0].start);
    const neg = /下降|减少|回落|下滑/.test(verb);
    const items: Array<{ def: IndicatorDef | null; at: number }> = [];
    if (/、|和|及|与/.test(listText) && !/\d/.test(listText)) {
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
      for (const [a, b] of bounds) {
        const k = lastKeywordIn(kws, a, b);
        // (The first item may follow its subject: "某某园区固定资产、…" — the longest tail that makes a word.)
        let whole: IndicatorDef | undefined;
        if (!k && head) for (let i = a; i <= b - 2 && !whole; i++) whole = wordDef(text.slice(i, b) + head);
        items.push({ def: k ? k.def : whole ?? null, at: k ? k.start : a });
      }
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
    list.forEach((t, i) => out.set(t.start, paired ? { def: items[i].def, cue: verb, neg, at: items[i].at } : { def: null, cue: verb, neg, at: markAt }));
  }
  return out;
}
