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
  /** "今年" / "去年": relative year. */
  relYear?: 0 | -1;
  /** "2023年以来": open interval running up to publication. */
  since?: boolean;
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4 };

/**
 * One pass, anchored on the cue words (a leading optional year would make the regex try every
 * position); the year written before a cue ("2023年上半年", "今年1-9月") is read by looking back.
 */
const CUE_RE =
  /上半年|下半年|前([一二三])季度|第?一季度|首季度?|前(\d{1,2})个月|一至([二三])季度|1月?(?:份)?[-—~～至到](\d{1,2})月(?:份|底|末)?|截[至止]到?(?:(\d{4})年|(今年|去年|本年))?(\d{1,2})月(?:份)?(?:底|末)?|(?:截[至止]|至)(\d{4})年(?:底|末)|全年|(\d{4})年(以来|至今)?/g;
const YEAR_BEFORE_RE = /(?:(\d{4})年|(今年|去年|本年))$/;
/** After a bare year: a date or a cue that will be read on its own. */
const NOT_BARE_YEAR_RE = /^(?:\d|底|末|上半年|下半年|前|全年|第?一季度|首季)/;

export function findPeriodCues(text: string, from = 0, to = text.length): PeriodCue[] {
  const out: PeriodCue[] = [];
  CUE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text)) && m.index < to) {
    const w = m[0];
    let start = m.index;
    const end = start + w.length;
    let cue: Omit<PeriodCue, 'start' | 'end'> | null = null;
    const yearBefore = (): Pick<PeriodCue, 'year' | 'relYear'> => {
      const yb = YEAR_BEFORE_RE.exec(text.slice(Math.max(0, start - 5), start));
      if (!yb) return {};
      start -= yb[0].length;
      return yb[1] ? { year: Number(yb[1]) } : { relYear: yb[2] === '去年' ? -1 : 0 };
    };
    if (w === '上半年') cue = { ...yearBefore(), toMonth: 6 };
    else if (w === '下半年') cue = { ...yearBefore(), fromMonth: 7, toMonth: 12 };
    else if (m[1]) cue = { ...yearBefore(), toMonth: CN_NUM[m[1]] * 3 };
    else if (/^(?:第?一季度|首季度?)$/.test(w)) cue = { ...yearBefore(), toMonth: 3 };
    else if (m[2]) cue = { ...yearBefore(), toMonth: Number(m[2]) };
    else if (m[3]) cue = { ...yearBefore(), toMonth: CN_NUM[m[3]] * 3 };
    else if (m[4]) {
      if (/\d/.test(text[start - 1] ?? '')) continue;
      cue = { ...yearBefore(), toMonth: Number(m[4]) };
    } else if (m[7]) {
      cue = { toMonth: Number(m[7]), ...(m[5] ? { year: Number(m[5]) } : m[6] ? { relYear: m[6] === '去年' ? -1 : 0 } : {}) };
    } else if (m[8]) cue = { year: Number(m[8]), toMonth: 12 };
    else if (w === '全年') cue = { ...yearBefore(), toMonth: 12 };
    else if (m[9]) {
      if (m[10]) cue = { year: Number(m[9]), since: true };
      else {
        if (NOT_BARE_YEAR_RE.test(text.slice(end, end + 4))) continue;
        cue = { year: Number(m[9]) };
      }
    }
    if (!cue) continue;
    if (cue.year !== undefined && (cue.year < 1990 || cue.year > 2100)) continue;
    if (cue.toMonth !== undefined && (cue.toMonth < 1 || cue.toMonth > 12)) continue;
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
  const plan = /计划|打算|下一步|重点工作|工作重点|思路|目标|安排/.test(heading) && !/进展|成绩|完成情况|成效/.test(heading);
  const ym = /(\d{4})年/.exec(heading);
  const info: HeadingInfo = { plan };
  if (ym) info.year = Number(ym[1]);
  if (/上半年/.test(heading)) info.toMonth = 6;
  else if (/下半年/.test(heading)) {
    info.fromMonth = 7;
    info.toMonth = 12;
  } else if (/前三季度/.test(heading)) info.toMonth = 9;
  else if (/全年|年度|工作成绩|年工作|年计划|总结/.test(heading) && (ym || plan)) info.toMonth = 12;
  else if (plan) info.toMonth = 12;
  return info;
}

export function formatPeriod(year: number, toMonth: number, fromMonth = 1, fromYear = year): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${fromYear}-${p(fromMonth)}/${year}-${p(toMonth)}`;
}

/** Compares YYYY-MM (as year*12+month). */
export function ym(year: number, month: number): number {
  return year * 12 + month;
}
