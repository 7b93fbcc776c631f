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

interface CueRule {
  re: RegExp;
  make: (m: RegExpExecArray) => Omit<PeriodCue, 'start' | 'end'> | null;
}

const Y = '(?:(\\d{4})年|(今年|去年|本年))?';
function yr(m: RegExpExecArray, yi = 1): Pick<PeriodCue, 'year' | 'relYear'> {
  if (m[yi]) return { year: Number(m[yi]) };
  if (m[yi + 1]) return { relYear: m[yi + 1] === '去年' ? -1 : 0 };
  return {};
}

/** Ordered: the first rule matching at a position wins; all rules run over the text. */
const RULES: CueRule[] = [
  { re: new RegExp(`${Y}上半年`, 'g'), make: (m) => ({ ...yr(m), toMonth: 6 }) },
  { re: new RegExp(`${Y}下半年`, 'g'), make: (m) => ({ ...yr(m), fromMonth: 7, toMonth: 12 }) },
  { re: new RegExp(`${Y}前([一二三])季度`, 'g'), make: (m) => ({ ...yr(m), toMonth: CN_NUM[m[3]] * 3 }) },
  { re: new RegExp(`${Y}(?:第?一季度|首季度?)`, 'g'), make: (m) => ({ ...yr(m), toMonth: 3 }) },
  {
    re: new RegExp(`${Y}1月?(?:份)?[-—~～至到](\\d{1,2})月(?:份|底|末)?`, 'g'),
    make: (m) => ({ ...yr(m), toMonth: Number(m[3]) }),
  },
  {
    re: new RegExp(`截[至止](?:到)?${Y}(\\d{1,2})月(?:份)?(?:底|末)?`, 'g'),
    make: (m) => ({ ...yr(m), toMonth: Number(m[3]) }),
  },
  { re: /(?:截[至止]|至)(\d{4})年(?:底|末)/g, make: (m) => ({ year: Number(m[1]), toMonth: 12 }) },
  { re: new RegExp(`${Y}全年`, 'g'), make: (m) => ({ ...yr(m), toMonth: 12 }) },
  { re: /(\d{4})年(?:以来|至今)/g, make: (m) => ({ year: Number(m[1]), since: true }) },
  // A bare year ("2023年“四上”企业营业收入") fixes the year; not a date like 2023年6月29日.
  { re: /(\d{4})年(?!\d|以来|至今|底|末|上半年|下半年|前|全年|第?一季度)/g, make: (m) => ({ year: Number(m[1]) }) },
];

export function findPeriodCues(text: string, from = 0, to = text.length): PeriodCue[] {
  const out: PeriodCue[] = [];
  const seg = text.slice(from, to);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(seg))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((c) => c.start < end && start < c.end)) continue; // an earlier (more specific) rule owns it
      const cue = rule.make(m);
      if (!cue) continue;
      if (cue.year !== undefined && (cue.year < 1990 || cue.year > 2100)) continue;
      if (cue.toMonth !== undefined && (cue.toMonth < 1 || cue.toMonth > 12)) continue;
      out.push({ start, end, ...cue });
    }
  }
  out.sort((a, b) => a.start - b.start);
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
