/**
 * Periods: cumulative year-to-date month intervals (`2023-01/2023-09`) from the cues reports use.
 * A cue may carry its own year ("2023年上半年"); otherwise the year comes from the enclosing
 * heading, the document's own text, or the document's publication date (seeds/manifest.json).
 */

export interface PeriodCue {
  start: number;
  end: number;
  /** Explicit year in the cue, if any. */
  year?: number;
  /** Cumulative months 1..to; absent for a year-only cue ("2023年"). */
  toMonth?: number;
  /** First month when it is not January (a non-cumulative interval such as 下半年). */
  fromMonth?: number;
  /** "今年" / "去年" / "明年": relative year. */
  relYear?: 0 | -1 | 1;
  /** "2023年以来": open interval running up to publication. */
  since?: boolean;
  /** "二季度", "5月份": one quarter or month of the year, dated to its end from January but not the year so far. */
  part?: boolean;
  /** "2月22日": the date of a one-day event, not a reporting period (not the document's usual period). */
  event?: boolean;
  /** "2023年以来至今年6月": where a running total ends, when the sentence says so. */
  endCue?: PeriodCue;
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 元: 1 };

/** A month or count written in digits or in Chinese numerals up to 十二 ("十", "十一", "八"). */
function monthNum(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.startsWith('十')) return 10 + (s.length > 1 ? CN_NUM[s[1]] ?? NaN : 0);
  return CN_NUM[s] ?? NaN;
}

/**
 * The cue forms reports use, one table row each (order matters only where one form starts another:
 * 前三季度 before 三季度). Each row turns its match into months; the year written before a cue
 * ("2023年上半年", "今年1-9月") is read by looking back, so the regex stays anchored on the cue word.
 */
type CueBody = Omit<PeriodCue, 'start' | 'end'>;
/**
 * Not a quarter that names an event's round ("4月16日,某市举行2024年一季度重大项目签约开工投产活动",
 * "二季度招商引资项目“三集中”活动"): the round is held on its own date, often after the quarter has ended, and
 * its figures are of the year up to that date (the event's date, else the document's month), not the quarter's.
 */
const ROUND = '(?![^，,。；;：:\\n]{0,20}?(?:活动|仪式|大会|推进会|观摩会))';
const M = '(\\d{1,2}|十[一二]?|[一二两三四五六七八九])';
const CUE_FORMS: Array<{ re: string; read: (g: string[]) => CueBody | null; yearBefore?: boolean; cond?: 'noDigitBefore' | 'standaloneMonthEnd' | 'noMonthBefore' | 'singleMonth' | 'eventDate' | 'relativeYear' }> = [
  { re: '上半年', read: () => ({ toMonth: 6 }), yearBefore: true },
  { re: '下半年', read: () => ({ fromMonth: 7, toMonth: 12 }), yearBefore: true },
  // 前三季度, 前两个季度, 前2个季度
  { re: '前([一二两三]|[1-3])个?季度', read: (g) => ({ toMonth: monthNum(g[0]) * 3 }), yearBefore: true },
  // 一至三季度, 1-3季度
  { re: '[一1][-—~～至到]([二三四]|[2-4])季度', read: (g) => ({ toMonth: monthNum(g[0]) * 3 }), yearBefore: true },
  { re: `(?:第?[一1]季度|首季度?)${ROUND}`, read: () => ({ toMonth: 3 }), yearBefore: true, cond: 'noDigitBefore' },
  // "…实现1055亿元,到三季度达到1199亿元", "截至三季度": a running figure up to that quarter's end, from the year's start.
  { re: '(?:截[至止]|到)第?([二三四2-4])季度(?:末|底)?', read: (g) => ({ toMonth: monthNum(g[0]) * 3 }), yearBefore: true },
  // "三季度末,市场主体达…": the state at the quarter's end, as of that month.
  { re: '第?([二三四2-4])季度末', read: (g) => ({ toMonth: monthNum(g[0]) * 3 }), yearBefore: true, cond: 'noDigitBefore' },
  // A later single quarter's figures ("二季度完成…", "二季度签约项目152个") are dated as facts.md dates every period,
  // cumulative from January to the quarter's end (2023-01/2023-06), as the annotated sets file them; `part` keeps
  // such a cue out of the document's usual period (the quarter is not the year so far). (Not a round named for its quarter,
  // "举行第四季度重点项目集中开工仪式": held at the quarter's start, its figures are of the year so far.)
  { re: `第?([二三四2-4])季度(?!(?:重点|重大)?项目集中)${ROUND}`, read: (g) => ({ toMonth: monthNum(g[0]) * 3, part: true }), yearBefore: true, cond: 'noDigitBefore' },
  { re: `前${M}个?月(?!份?[底末])`, read: (g) => ({ toMonth: monthNum(g[0]) }), yearBefore: true },
  // 1-10月, 1—10月份, 1至10月, 一至十月, 元至8月, 1到5月底
  // (Also with a double dash, the 破折号 some pages write: "2022年1月——12月".)
  { re: `(?:1|一|元)月?(?:份)?(?:——|[-—~～至到])${M}月(?:份|底|末)?`, read: (g) => ({ toMonth: monthNum(g[0]) }), yearBefore: true, cond: 'noDigitBefore' },
  // 截至6月底, 截至今年6月, 截止到2023年9月末
  { re: '截[至止]到?(?:(\\d{4})年|(今年|去年|本年))?(\\d{1,2})月(?:份)?(?:底|末)?', read: (g) => ({ toMonth: Number(g[2]), ...(g[0] ? { year: Number(g[0]) } : g[1] ? { relYear: g[1] === '去年' ? -1 : 0 } : {}) }) },
  { re: '(?:截[至止]|至)(\\d{4})年(?:底|末)', read: (g) => ({ year: Number(g[0]), toMonth: 12 }) },
  // "…以来至今年6月", "至9月底": the end of a running total (not "2月至6月", a span read elsewhere).
  { re: '(?:至|到)(?:(\\d{4})年|(今年|本年))?(\\d{1,2})月(?:份)?(?:底|末)?', read: (g) => ({ toMonth: Number(g[2]), ...(g[0] ? { year: Number(g[0]) } : g[1] ? { relYear: 0 as const } : {}) }), cond: 'noMonthBefore' },
  // "6月底,全区…" / "9月末时": the state at a month's end opening a statement (not "于6月底前建成").
  { re: '(\\d{1,2})月(?:底|末)(?=[,，时])', read: (g) => ({ toMonth: Number(g[0]) }), yearBefore: true, cond: 'standaloneMonthEnd' },
  // "5月份,园区新签约…": one month's figures, dated like a quarter's (cumulative to the month's end; see above).
  { re: `${M}月份(?=[,，])`, read: (g) => ({ toMonth: monthNum(g[0]), part: true }), yearBefore: true, cond: 'singleMonth' },
  // "2月22日,某某开发区20个项目集中签约": a one-day event (a signing, a 三个一批 round) reported with its date
  // belongs to the year up to that month. Not a deadline or the start of a span ("6月30日前", "3月1日起"),
  // nor a wire dateline ("4月29日电", the day it was filed, before figures of the quarter).
  { re: '(\\d{1,2})月(\\d{1,2})日(?!前|之前|起|以来|开始|至|到|[-—~～电讯])', read: (g) => (Number(g[1]) >= 1 && Number(g[1]) <= 31 ? { toMonth: Number(g[0]), event: true } : null), yearBefore: true, cond: 'eventDate' },
  // "2021年6月,某某开发区被评为…", "2023年9月,…集中签约": a dated event's month, with its year (the month alone is
  // read above only as 月份/月底; "9月," without a year is left to the document's period).
  { re: '(\\d{4})年(\\d{1,2})月(?![份底末\\d日号]|[-—~～至到])', read: (g) => ({ year: Number(g[0]), toMonth: Number(g[1]), event: true }) },
  { re: '全年', read: () => ({ toMonth: 12 }), yearBefore: true },
  // 今年以来, 年初以来, 今年来, 年初至今: the current year up to the document's month.
  { re: '(?:今年|本年|年初)(?:以来|来|至今)', read: () => ({ relYear: 0, since: true }) },
  { re: '去年以来', read: () => ({ relYear: -1, since: true }) },
  // "去年,全区完成…", "去年底,…": last year, whole (its parts — 去年上半年, 去年全年 — are read by the rows above
  // through the year before them; comparisons 去年同期/较去年 are no period of the figures).
  { re: '(?:去年|上年)(?:年?[底末])?(?!同期|同比|同月|以来|的|[\\d上下前全第首一二三四元]|[1-9]?\\d?月)', read: () => ({ relYear: -1, toMonth: 12 }), cond: 'relativeYear' },
  // "过去的一年,我们…": a review of last year, whole.
  { re: '过去(?:的)?一年', read: () => ({ relYear: -1, toMonth: 12 }) },
  // "到“十四五”末", "十四五期末": the plan's last year (十四五 = 2021–2025), whole — a horizon, so a goal.
  { re: '十([一二三四五六七八九])五[”"’]?(?:期)?末', read: (g) => ({ year: 1966 + 5 * (10 + CN_NUM[g[0]] - 3) + 4, toMonth: 12 }) },
  // "明年,力争…": next year, whole (its parts, 明年上半年, through the year before them).
  { re: '明年(?![上下前全第首一二三四元\\d])', read: () => ({ relYear: 1, toMonth: 12 }) },
  // "“十四五”以来": since the first year of that five-year plan (十三五 = 2016, 十四五 = 2021, …).
  { re: '十([一二三四五六七八九])五[”"’]?(?:以来|期间以来)', read: (g) => ({ year: 1966 + 5 * (10 + CN_NUM[g[0]] - 3), since: true }) },
  { re: '(\\d{4})年(以来|至今)?', read: (g) => (g[1] ? { year: Number(g[0]), since: true } : { year: Number(g[0]) }) },
];
const FORM_GROUPS: number[] = [];
const CUE_RE = new RegExp(
  CUE_FORMS.map((f) => {
    FORM_GROUPS.push(new RegExp(`(?:${f.re})|`).exec('')!.length - 1);
    return `(${f.re})`;
  }).join('|'),
  'g',
);
const YEAR_BEFORE_RE = /(?:(\d{4})年|(今年|去年|上年|本年|明年))$/;
/** After a bare year: a date or a cue that will be read on its own. */
const NOT_BARE_YEAR_RE = /^(?:\d|底|末|上半年|下半年|前|全年|第?[一二三四1-4]季度|首季|[一元][-—~～至到])/;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A year of four digits (19xx, 20xx) ending at `end`, not the tail of a longer number, a decimal or a percentage; 0 if none. */
function gluedYear(text: string, end: number): number {
  const m = /(?:^|[^\d.%])((?:19|20)\d{2})$/.exec(text.slice(Math.max(0, end - 5), end));
  return m ? Number(m[1]) : 0;
}

export function findPeriodCues(text: string, from = 0, to = text.length): PeriodCue[] {
  const out: PeriodCue[] = [];
  CUE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text)) && m.index < to) {
    let start = m.index;
    const end = start + m[0].length;
    // Which row matched, and its own groups.
    let gi = 1;
    let fi = 0;
    for (; fi < CUE_FORMS.length; fi++) {
      if (m[gi] !== undefined) break;
      gi += FORM_GROUPS[fi] + 1;
    }
    const form = CUE_FORMS[fi];
    const groups = m.slice(gi + 1, gi + 1 + FORM_GROUPS[fi]) as string[];
    // "2020上半年", "2023一季度": a year written without 年, glued to a part of the year it names (not to a month
    // written in digits, "20201-6月", which no one can read).
    const glued = form.yearBefore && isDigit(text.charCodeAt(start - 1)) && !isDigit(m[0].charCodeAt(0)) ? gluedYear(text, start) : 0;
    if (form.cond === 'noDigitBefore' && !glued && /\d/.test(text[start - 1] ?? '')) continue;
    if (form.cond === 'noMonthBefore' && /[\d月日]/.test(text[start - 1] ?? '')) continue;
    // (A date's month stands alone: "1-2月3日" is no date, "至6月30日" ends a span read elsewhere.)
    if (form.cond === 'eventDate' && /[\d\-—~～至到]/.test(text[start - 1] ?? '')) continue;
    // "比去年", "较上年", "与去年相比", "同去年": a comparison base.
    if (form.cond === 'relativeYear' && /[比较与同超于]/.test(text[start - 1] ?? '')) continue;
    if (form.cond === 'singleMonth' && /[\d月日至到\-—~～前]/.test(text[start - 1] ?? '')) continue;
    if (form.cond === 'standaloneMonthEnd' && /[\d年至止到于在前]/.test(text[start - 1] ?? '') && !/\d{4}年$/.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (/^\d{4}年/.test(m[0]) && !/以来|至今/.test(m[0]) && NOT_BARE_YEAR_RE.test(text.slice(end, end + 4))) continue;
    // "实现首季“开门红”", "一季度开门红": a slogan for a good start, not the period of the figures around it.
    if (text.charCodeAt(end) === 0x5f00 /* 开 */ || text.charCodeAt(end + 1) === 0x5f00) {
      if (/^[“"‘]?开门红/.test(text.slice(end, end + 4))) continue;
    }
    const body = form.read(groups);
    if (!body) continue;
    let cue: CueBody = body;
    if (form.yearBefore) {
      const yb = YEAR_BEFORE_RE.exec(text.slice(Math.max(0, start - 5), start));
      if (yb) {
        start -= yb[0].length;
        cue = { ...(yb[1] ? { year: Number(yb[1]) } : { relYear: yb[2] === '去年' || yb[2] === '上年' ? -1 : yb[2] === '明年' ? 1 : 0 }), ...body };
      } else if (glued) {
        start -= 4;
        cue = { year: glued, ...body };
      }
    }
    if (cue.year !== undefined && (cue.year < 1990 || cue.year > 2100)) continue;
    if (cue.toMonth !== undefined && !(cue.toMonth >= 1 && cue.toMonth <= 12)) continue;
    out.push({ start, end, ...cue });
  }
  return out;
}

export interface HeadingInfo {
  /** Plans, targets, next steps: figures here are targets unless stated as achieved. */
  plan: boolean;
  year?: number;
  toMonth?: number;
  fromMonth?: number;
}

/** 【2023年工作成绩】, 【上半年工作进展】, 【2024年工作计划】, 【下一步工作计划】 … */
export function headingInfo(heading: string): HeadingInfo {
  const plan = /计划|打算|下一步|重点工作|工作重点|思路|目标|安排|主要任务|重点任务/.test(heading) && !/进展|成绩|完成情况|成效/.test(heading);
  const ym = /(\d{4})年/.exec(heading);
  const info: HeadingInfo = { plan };
  if (ym) info.year = Number(ym[1]);
  if (/上半年/.test(heading)) info.toMonth = 6;
  else if (/下半年/.test(heading)) {
    info.fromMonth = 7;
    info.toMonth = 12;
  } else if (/前三季度/.test(heading)) info.toMonth = 9;
  else if (/全年|年度|工作成绩|年工作|年计划|总结|回顾/.test(heading) && (ym || plan)) info.toMonth = 12;
  else if (plan) info.toMonth = 12;
  return info;
}

export function formatPeriod(year: number, toMonth: number, fromMonth = 1, fromYear = year): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${fromYear}-${p(fromMonth)}/${year}-${p(toMonth)}`;
}

// The period string's readers live in ./period-string.ts, a module with no imports that the app shares.
export { UNKNOWN_YEAR, periodMonths, periodYearKnown } from './period-string';

/** Compares YYYY-MM (as year*12+month). */
export function ym(year: number, month: number): number {
  return year * 12 + month;
}

/**
 * An undated text that reports a whole year and then "今年" ("2023年,全市共签约…。今年一季度,…") is written in
 * the year after: 今年 never means a year the text has just reported as complete. Returns that next year
 * and the month its 今年-period reaches, or null when the text does not read so.
 */
export function yearAfterReportedYear(text: string, year: number): { year: number; month: number } | null {
  // The reported year opening a statement on its own ("2023年,…"), not "2023年上半年" or "2023年以来".
  // ("…一大来源,2017年实现财政收入…": a whole year's result stated with its verb is as complete.)
  const full = new RegExp(`(?:(?:^|[。！？\\n；;])[\\s]*${year}年[,，]|[,，]${year}年(?:全年)?(?:实现|完成))`).exec(text);
  if (!full) return null;
  const after = text.slice(full.index + full[0].length);
  const jin = after.indexOf('今年');
  if (jin < 0) return null;
  const cue = findPeriodCues(after, jin, jin + 8).find((c) => c.start === jin);
  if (!cue || cue.relYear !== 0 || cue.toMonth === undefined) return null;
  return { year: year + 1, month: cue.toMonth };
}

/**
 * An undated text that names a year as the one under review ("全市2022年经济社会发展成就新闻发布会",
 * "2020年度综合考核工作总结大会", "2023年工作回顾") and states figures as 去年's ("去年,高新区完成…") is
 * written in the year after: its 去年 is the reviewed year, not the one before it. Returns that next year, or
 * null when the text does not read so (no review word after the year, or no 去年 of a whole year).
 */
// (Not a part of the year: "2023年上半年工作总结" is written in the year.)
// ("2022年“双招双引”圆满收官": the year's work closed.)
const REVIEW_AFTER_RE = /^度?(?![上下]半年|前?[一二三四]季度)[^，,。；;！？\n\d]{0,10}?(?:成就|总结|回顾|圆满收官)/;
export function yearAfterReviewedYear(text: string, year: number): number | null {
  let reviewed = false;
  for (let i = text.indexOf(`${year}年`); i >= 0 && !reviewed; i = text.indexOf(`${year}年`, i + 5))
    reviewed = REVIEW_AFTER_RE.test(text.slice(i + 5, i + 20));
  if (!reviewed) return null;
  // A 去年 of a whole year stating figures (not "比去年", "去年同期": the cue table leaves those out).
  for (let j = text.indexOf('去年'); j >= 0; j = text.indexOf('去年', j + 2)) {
    const cue = findPeriodCues(text, j, j + 6).find((c) => c.start === j);
    if (cue && cue.relYear === -1 && cue.toMonth === 12 && !cue.since) return year + 1;
  }
  // "2022年,经开区多项经济指标增速均居…。这是记者从2月23日在全市2022年经济社会发展成就发布会上获悉的": the reviewed
  // year's whole-year figures, told at the review, after that year has ended.
  // (Also right after a dateline's credit: "某某网讯 (某某日报记者 某某) 2022年,…".)
  if (new RegExp(`(?:^|[。！？\\n；;)）])[\\s]*${year}年(?:全年)?[,，]`).test(text)) return year + 1;
  return null;
}

/**
 * What a year written in a text says about the year the text reports on (its report year R), from the words
 * right around it — one row each, the first that fits wins. A text without metadata is dated by these roles
 * (index.ts documentContext):
 *  - report: a year the text reports on ("2023年6月29日,…举行", "2023年,全区完成…"): a candidate for R;
 *  - plan: a target's or a plan's date ("预计2024年6月建成", "确保2024年…", "到2025年底"): nobody plans
 *    for a time that is over, so R ≤ Y; a far horizon says no more than that;
 *  - planYear: the year a plan is FOR ("2024年工作计划", "2024年,该区将…"): R ≤ Y too, and a whole-year plan
 *    is written in the months around that year's start (R = Y − 1 late in the year, R = Y early on);
 *  - since: where a running total or a stretch starts ("2023年以来", "2023年至今", "从2022年起"): R ≥ Y;
 *  - base / baseEnd: a comparison base ("较2022年", "比2021年同期"; "较2023年末" → R ≥ Y + 1);
 *  - history: a zone's founding ("始建于2005年", "2016年8月经省政府批准设立"): R ≥ Y, not a year reported on;
 *  - asof: "到2023年6月": a date some state is reached by, past or planned — it says nothing.
 */
export type YearRole = 'report' | 'plan' | 'planYear' | 'since' | 'base' | 'baseEnd' | 'history' | 'asof';

/** Founding words before ("始建于", "成立于") or right after ("…年8月经省政府批准设立", "…年正式挂牌") a year. */
export const FOUNDED_BEFORE_RE = /(?:始建|创建|组建|设立|成立|建立|挂牌|获批|批准|升级|升格|晋升)于?$/;
// (Also "1991年3月经国务院批准为首批…", "2021年6月国务院批复同意成立的…", "2000年升格为国家级…": an approval by
// a named authority, with or without 经.)
const FOUNDED_AFTER_RE = /^(?:\d{1,2}月(?:底)?)?(?:\d{1,2}日)?[,，]?(?:经[^，,。]{0,8}|[^，,。\d]{0,14}?(?:国务院|政府))?(?:正式)?(?:始建|创建|组建|设立|成立|建立|挂牌|获批|批准设立|批准成立|批准为|批复(?:同意)?(?:设立|成立)|升级为|升格为|晋升为)/;
/**
 * Words of a plan or intention, and of a reported result (a sentence after a year: which it states). A
 * project's 计划总投资 is what it costs, no plan. Targets are stated with the result words too ("力争…增长7%",
 * "将实现…"): a sentence states intentions when a plan word comes first; 已/了/同比/累计 only tell of results.
 */
const PLAN_SENTENCE_RE = /将|要求|目标|计划(?!总?投资)|力争|打算|思路|确保|争取/;
const ACHIEVED_RE = /完成|实现|增长|达到/;
const PAST_RE = /同比|累计|已|了/;

const YEAR_ROLES: Array<{ role: YearRole | ((after: string) => YearRole); before?: RegExp; after?: RegExp; sentence?: boolean; spanFrom?: boolean }> = [
  // "较2022年", "比2021年同期", "与2020年相比": compared with; "较2023年末净增…" is stated after that year ended.
  // ("较2014年年底新增…": the year-end written out again.)
  { before: /(?:较|比|同|与)$/, role: (after) => (/^年?[末底]/.test(after) ? 'baseEnd' : 'base') },
  // "从2020年2月底开始", "自2019年起", "2023年以来", "2023年至今": a stretch running up to the text's time.
  { before: /(?:从|自)$/, role: 'since' },
  { after: /^(?:\d{1,2}月(?:份|底|末)?)?(?:以来|开始|起|至今)/, role: 'since' },
  // "预计2024年6月份建成", "确保2024年6月份前", "力争2025年", "要在2024年底前", "抓好2024年的各项工作",
  // "预计到2025年底": a plan's date, whatever month it names.
  { before: /(?:预计|计划|力争|确保|争取|目标|预期|有望|拟|将于|将|要在|要|抓好|做好|谋划|部署)(?:在|到|至|于)?$/, role: 'plan' },
  // "为2023年精彩开局奠定基础", "为2025年打下坚实基础": the year a result prepares for is ahead.
  { before: /为$/, after: /^[^，,。；;]{0,10}?(?:奠定|打下|打好|开好局|开局)/, role: 'plan' },
  // "从2011年实施…到2013年年底的三年时间里": the end of a span that starts at a year, past or planned — it says nothing;
  // "由2015年的571亿元提高到2020年的895亿元": a value the span ends with is a year reported on, unless planned
  // ("力争由…提高到2025年的…").
  { before: /到$/, spanFrom: true, role: 'asof' },
  // "到2025年,…", "到2025年底": a horizon; "到2023年6月" is a date a state is reached by, past or planned.
  { before: /到$/, role: (after) => (/^\d/.test(after) ? 'asof' : 'plan') },
  // "2024年工作计划", "2023年度工作打算", "2024年目标": what a plan is for.
  { after: /^度?(?:工作)?(?:打算|计划|思路|安排|要点|目标)/, role: 'planYear' },
  // "获评“全省2016年度先进工业园区”", "2018年度综合考核评价居前": a year's awards and ratings are given after it
  // has ended (R ≥ Y + 1). (Not a rating's targets: "2024年度考核目标".)
  { after: /^度[^，,。；;“”"]{0,10}?(?:先进|优秀|十佳|十强|表彰|考核评价|考评)(?!目标|任务|指标)/, role: 'baseEnd' },
  { before: FOUNDED_BEFORE_RE, role: 'history' },
  { after: FOUNDED_AFTER_RE, role: 'history' },
  // "2024年,经开区工作的总体要求是…", "2025年,该区将…": a year whose sentence only states intentions.
  { sentence: true, role: 'planYear' },
];

/**
 * yearRole's answers for the last text asked about, by position: extractFacts asks again for the same year at
 * every sentence whose cue it is (and documentContext has asked for each already), and each answer runs up to a
 * dozen regexes. The role depends only on the text and the span, so a one-text cache cannot change an answer.
 */
let roleText: string | null = null;
const roleCache = new Map<number, YearRole>();

/** The role of the year written at text[start, end) ("2023年"), see YearRole. */
export function yearRole(text: string, start: number, end: number): YearRole {
  if (text !== roleText) {
    roleText = text;
    roleCache.clear();
  }
  // (A key for every span a caller passes: start and length, the length under 64.)
  const key = end - start < 64 && end >= start ? start * 64 + (end - start) : -1;
  if (key >= 0) {
    const hit = roleCache.get(key);
    if (hit !== undefined) return hit;
    const role = yearRoleOf(text, start, end);
    roleCache.set(key, role);
    return role;
  }
  return yearRoleOf(text, start, end);
}

/** A span's start earlier in the clause: "从2011年实施“区政合一”到" (the year after 到 ends it). */
const SPAN_FROM_RE = /(?:从|自|由)(?:19|20)\d{2}年[^。；;！？\n]{0,24}到$/;
function yearRoleOf(text: string, start: number, end: number): YearRole {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 16);
  for (const r of YEAR_ROLES) {
    if (r.before && !r.before.test(before)) continue;
    if (r.after && !r.after.test(after)) continue;
    if (r.spanFrom) {
      const from = SPAN_FROM_RE.exec(text.slice(Math.max(0, start - 30), start));
      if (!from) continue;
      if (PLAN_SENTENCE_RE.test(/[^。；;！？\n]*$/.exec(text.slice(Math.max(0, start - 60), start))![0])) continue;
      if (/^的\d/.test(after)) return 'report';
    }
    if (r.sentence) {
      if (/^\d/.test(after)) continue;
      const sentence = /^[^。！？\n]{0,80}/.exec(text.slice(end, end + 80))![0];
      const plan = PLAN_SENTENCE_RE.exec(sentence);
      if (!plan || PAST_RE.test(sentence)) continue;
      const done = ACHIEVED_RE.exec(sentence);
      if (done && done.index < plan.index) continue;
    }
    return typeof r.role === 'function' ? r.role(after) : r.role;
  }
  return 'report';
}

export interface YearEvidence {
  /** Latest year the text reports on (0: none). */
  report: number;
  /** Earliest plan year (R ≤ it; 0: none), and the latest, used when nothing else dates the text. */
  planMin: number;
  planMax: number;
  /** Latest year a whole-year plan is for (0: none). */
  planYear: number;
  /** Latest year a work plan is headed with ("2024年工作计划", "2024年度工作打算"; 0: none). */
  planHeading: number;
  /** Latest start of a running total (R ≥ it; 0: none). */
  since: number;
  /** Year after the latest year-end a figure is compared with (0: none). */
  baseEnd: number;
  /** Latest start of a total running up to the text's own time ("2022年以来", "2022年至今"; 0: none): R ≥ it. */
  sinceNow: number;
}

/** A heading that closes a plan's section: bracketed (【2023年工作成绩】) or numbered at the top level (二、…). */
const PLAN_SECTION_END_RE = /【|\n\s*[一二三四五六七八九十]+、/;

/** The years a text writes, by role (see yearRole): what documentContext dates an undated text by. */
export function yearEvidence(text: string): YearEvidence {
  const ev: YearEvidence = { report: 0, planMin: 0, planMax: 0, planYear: 0, planHeading: 0, since: 0, baseEnd: 0, sinceNow: 0 };
  // The work plan whose section the text is in ("【2024年工作计划】\n\n2024年,规上工业增加值增长10%,…": the
  // figures under it are that year's targets, stated as results), until a next bracketed or numbered heading.
  let section: { year: number; end: number } | null = null;
  for (const m of text.matchAll(/20\d{2}年/g)) {
    const y = Number(m[0].slice(0, 4));
    let role = yearRole(text, m.index!, m.index! + m[0].length);
    if (role === 'planYear' && /^度?工作(?:计划|打算|思路|安排|要点)/.test(text.slice(m.index! + 5, m.index! + 12))) {
      ev.planHeading = Math.max(ev.planHeading, y);
      section = { year: y, end: m.index! + 5 };
    } else if (role === 'report' && section?.year === y && !PLAN_SECTION_END_RE.test(text.slice(section.end, m.index!))) role = 'planYear';
    // "较2019年同期增长107.9%,两年平均增长44.2%": a growth averaged over the two (three) years since that
    // base is stated two (three) years after it — the year the text reports on.
    if (role === 'base' && text.startsWith('同期', m.index! + 5)) {
      const avg = /^[^。；;！？\n]{0,30}?([两三])年平均/.exec(text.slice(m.index! + 7, m.index! + 50));
      if (avg) ev.report = Math.max(ev.report, y + (avg[1] === '两' ? 2 : 3));
    }
    if (role === 'report') ev.report = Math.max(ev.report, y);
    else if (role === 'plan' || role === 'planYear') {
      ev.planMin = ev.planMin ? Math.min(ev.planMin, y) : y;
      ev.planMax = Math.max(ev.planMax, y);
      if (role === 'planYear') ev.planYear = Math.max(ev.planYear, y);
    } else if (role === 'since') {
      ev.since = Math.max(ev.since, y);
      // (Not "从2025年起实施", a rule's start that may be ahead.)
      if (/^(?:以来|至今)/.test(text.slice(m.index! + 5, m.index! + 7))) ev.sinceNow = Math.max(ev.sinceNow, y);
    }
    else if (role === 'baseEnd') ev.baseEnd = Math.max(ev.baseEnd, y + 1);
  }
  return ev;
}
