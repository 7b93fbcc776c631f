/**
 * Numbers with units in normalised text: value, unit, approximation, sign, and why a number
 * must NOT become a fact (dates, ranges, thresholds, percentage-point differences …).
 */

export interface NumberToken {
  /** Span of the digits (and sign/unit) in the normalised text. */
  start: number;
  end: number;
  /** Span of the digits only. */
  numStart: number;
  numEnd: number;
  value: number;
  /** Unit as printed after normalisation (亿元, 万元, %, 个, 家 …); '' if none. */
  unit: string;
  approx: boolean;
  /** Why this number cannot be a fact on its own, if it cannot. */
  skip?: string;
}

// Longest units first: the alternation is ordered.
const UNITS = [
  // (亿美元/万美元: foreign-funded signings and trade, kept as printed.)
  '万元/亩', '万元/公顷', '亿元/平方公里', '万亿元', '亿元', '万元', '亿美元', '万美元', '元', '万平方米', '平方公里', '平方米', '万吨', '万亩', '万户', '万家', '万人', '万名',
  '个百分点', '百分点', '%', '个', '家', '件', '宗', '亩', '户', '项', '次', '人', '名', '吨', '公里', '米',
  '年', '月份', '月', '日', '号', '时', '批', '倍', '条', '支', '所', '届', '天', '位', '座', '栋', '台', '架', '期', '版', '类',
  '亿', '万',
];
const UNIT_ALT = UNITS.map((u) => u.replace(/[/]/g, '\\/')).join('|');

/** approx-before? sign? digits (余|多)? unit? */
const NUM_RE = new RegExp(
  `(约|近|超过|超|多达)?(-)?(\\d+(?:\\.\\d+)?)(余|多)?(${UNIT_ALT})?`,
  'g',
);

/** A growth word right before a number (with 了/为/达 at most between). */
const LOST_PCT_BEFORE_RE = /(?:增长|增幅|增速|下降)(?:了|为|达|是)?$/;

/** 均 ("each") right before a figure, with at most a verb between: 均在, 均达到, 均超过. */
const SHARED_BOUND_BEFORE_RE = /(?<![年平人户亩企日月])均(?:在|达到|达|超过|超|为|是|保持在|高于)?$/;

const DATE_UNITS = new Set(['年', '月份', '月', '日', '号', '时', '届', '期', '版']);

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function findNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  NUM_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = NUM_RE.exec(text)) && m.index < to) {
    const [all0, pre0, minus, digits, post, unitRaw] = m;
    // "签约233个", "节约30%": 约 ends a word there, it does not make the number approximate.
    const wordEnd = pre0 === '约' && /[签节制合预契条缔违履特大]/.test(text[m.index - 1] ?? '');
    const pre = wordEnd ? undefined : pre0;
    const all = wordEnd ? all0.slice(1) : all0;
    const mIndex = wordEnd ? m.index + 1 : m.index;
    const numStart = mIndex + (pre?.length ?? 0) + (minus?.length ?? 0);
    const numEnd = numStart + digits.length;
    // (The characters around the number are read as codes: no one-character string per number.)
    const prevC = mIndex > 0 ? text.charCodeAt(mIndex - 1) : -1;
    const prevDigit = isDigitCode(prevC);
    // Part of a longer alphanumeric token ("PM7", "C42E", "5G", "3D"): not a quantity.
    if (isLatinCode(prevC) || prevC === 0x5f || prevC === 0x2e || isLatinCode(numEnd < text.length ? text.charCodeAt(numEnd) : -1)) {
      if (!unitRaw) continue;
    }
    let unit = unitRaw ?? '';
    // "总投资120亿," / "签约金额超50亿的项目": 亿 standing alone before punctuation or 的 is 亿元 (亿度, 亿美元,
    // 亿立方米 go on with their own unit word and stay as they are).
    if (unit === '亿' && /^(?:$|[\s,，。；;、:：)）!！?？]|的|左右)/.test(text.slice(mIndex + all.length, mIndex + all.length + 2))) unit = '亿元';
    let value = Number(digits);
    // "1.58万亿元" (province and national totals) stays as printed (facts.md: units as printed); the map
    // converts between money units (src/data/selectors.ts).
    // 亿/万 written without 元 ("30亿", "5000万"): scale words, keep as printed units.
    let skip: string | undefined;
    const after = text.slice(mIndex + all.length, mIndex + all.length + 4);
    const negativeSign = !!minus && !prevDigit;
    if (minus && prevDigit) skip = 'range';
    if (negativeSign) value = -value;
    // (The tests on the text after the number run only when it starts with their first character.)
    const a0 = after.charCodeAt(0);
    if (((a0 === 0x2d || a0 === 0x7e || a0 === 0xff5e || a0 === 0x81f3 || a0 === 0x5230) && /^[-~～至到]\d/.test(after)) || ((prevC === 0x2d || prevC === 0x7e || prevC === 0xff5e || prevC === 0x81f3) && mIndex >= 2 && isDigitCode(text.charCodeAt(mIndex - 2)))) skip = 'range';
    if (prevC === 0x7b2c || (prevC === 0x524d && /^[次个]/.test(unit))) skip = 'ordinal';
    // "投资总额.1亿元": digits lost before the point (a scraped page): the number as printed is not the figure.
    if (prevC === 0x2e && !isDigitCode(mIndex >= 2 ? text.charCodeAt(mIndex - 2) : -1)) skip = skip ?? 'broken';
    // "投资总额.1亿元": a figure whose leading digits were lost in the source; what is left is no value.
    if (prevC === 0x2e && !(mIndex >= 2 && isDigitCode(text.charCodeAt(mIndex - 2)))) skip = 'garbled';
    if (DATE_UNITS.has(unit)) skip = 'date';
    if (unit === '个百分点' || unit === '百分点') skip = 'percentage_points';
    // "增长42。", "同比增长26.1,": a growth rate whose % the page lost (copied from a PDF or a reprint). Only right
    // after a growth word and closed by clause punctuation: a bare number anywhere else stays unitless.
    if (!unit && !skip && !pre && /^(?:$|[，,。；;])/.test(after) && LOST_PCT_BEFORE_RE.test(text.slice(Math.max(0, mIndex - 8), mIndex))) unit = '%';
    if (!unit) skip = skip ?? 'no_unit';
    // "5亿元以上重大项目", "95%以上审批事项": a threshold describing something else.
    if (a0 === 0x4ee5 && /^以上[的\u4e00-\u9fff]/.test(after) && !/^以上(?:[。；;，,]|$)/.test(after)) skip = skip ?? 'threshold';
    // "甲、乙、丙三市增长均在24%以上", "各园区均超200亿元": one bound shared by several named before it, no one
    // subject's figure. (年均/平均/人均… are averages of their own: "年均增长13%" stays.)
    if (mIndex >= 1) {
      const b4 = text.slice(Math.max(0, mIndex - 5), mIndex);
      if (b4.includes('均') && SHARED_BOUND_BEFORE_RE.test(b4)) skip = skip ?? 'shared';
    }
    // "109个项目中": a denominator.
    if ((a0 === 0x9879 || a0 === 0x4f01 || a0 === 0x4e8b || a0 === 0x4e2d) && /^(?:项目|企业|事项)?中[,，]/.test(after)) skip = skip ?? 'denominator';
    out.push({
      start: mIndex + (minus && !negativeSign ? 1 : 0) + 0,
      end: mIndex + all.length,
      numStart: negativeSign ? numStart - 1 : numStart,
      numEnd,
      value,
      unit,
      // 超/超过 ("more than") is a lower bound, like 以上 and 余: approximate. 多达 states the figure.
      approx: !!pre && pre !== '多达' ? true : !!post,
      skip,
    });
    if (all.length === 0) NUM_RE.lastIndex++;
  }
  return out;
}
