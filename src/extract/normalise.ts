/**
 * Normalisation with provenance.
 *
 * Report texts come from printed two-column pages: lines break mid-word, spaces sit between
 * digits and characters, punctuation is full-width, a few glyphs were mis-decoded, and some
 * pages are in traditional script. Everything downstream works on ONE normalised string, and
 * every normalised character keeps the offset of the original character it came from
 * (`map[i]`), so spans can always be reported in the original file's coordinates.
 *
 * Every step either keeps a character (1:1, possibly replaced) or deletes it; the repair
 * table may also replace a run by a run of another length (each output char then maps to
 * the start of the run it replaced).
 */
// The converters come from opencc-js's core and its t→cn preset, which import the same dictionary modules as the
// key-character scan below (opencc-js/dict/*): the package root ('opencc-js') inlines its own copy of every
// dictionary, and importing it beside these would bundle them twice.
import { ConverterBuilder } from 'opencc-js/core';
import * as T2CN from 'opencc-js/preset/t2cn';
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export interface Normalised {
  /** The normalised text. */
  text: string;
  /** map[i] = offset in the ORIGINAL string of text[i]; map[text.length] = original length. */
  map: Uint32Array;
}

/** Mis-decoded glyphs seen in this genre (GBK/Big5 round-trips of symbols). Reviewable: one row per repair. */
export interface RepairRule {
  /** What the rule fixes, for reviewers. */
  why: string;
  pattern: RegExp; // must be global
  replace: (m: RegExpExecArray) => string;
  /**
   * Speed only: a literal every match contains, or a cheaper pattern (no lookbehind) that matches
   * wherever `pattern` does; a text without it is skipped without running `pattern`.
   */
  needs?: string | RegExp;
}

/** Pinyin vowels with tone marks, and toneless syllables that ruby pages print for neutral-tone characters. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const NEUTRAL = '(?:de|le|me|ne|men|ma|ba|ge|zi|zhe|guo|li|tou|shang|xia)';
const SEP = '(?:承诺制|标准地|全代办|全代建|全代理|领办代办)';
export const REPAIRS: RepairRule[] = [
  // (A pattern opens with its literal and looks behind it afterwards: a leading lookbehind makes the engine try it at
  // every position of the text, the literal first lets it jump from one 伊 to the next. Same matches.)
  { why: '×: 7伊24 (7×24 hours)', pattern: /伊(?=\d)(?<=\d伊)/g, replace: () => '×', needs: '伊' },
  { why: '℃: 2050益 after a temperature', pattern: /益(?=[的左右以下上，,。、)）\s]|$)(?<=\d益)/g, replace: () => '℃', needs: /\d益/ },
  {
    why: '+: 承诺制垣标准地垣全代办 (reform bundles joined by +)',
    pattern: new RegExp(`垣(?=["“‘]?${SEP})(?<=${SEP}["”’]?垣)`, 'g'),
    replace: () => '+',
    needs: '垣',
  },
  // Official documents date themselves in characters ("二〇二三年六月十九日" under a report): the year (and month)
  // become digits so that the text dates itself like "2023年6月". Only a four-character year before 年.
  {
    why: 'year in characters: 二〇二三年六月 → 2023年6月',
    pattern: /(?<![一二三四五六七八九十〇零○OＯ])([一二][〇零○OＯ九][一二三四五六七八九〇零○OＯ]{2})年(?:(十[一二]?|[一二三四五六七八九])月(?:([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?/g,
    replace: (m) => {
      const D = '〇一二三四五六七八九';
      const d = (c: string) => String(Math.max(0, D.indexOf(c)));
      // 十 = 10, 十九 = 19, 二十 = 20, 三十一 = 31, 六 = 6.
      const cn = (s: string) => {
        const t = s.indexOf('十');
        return t < 0 ? D.indexOf(s) : (t === 0 ? 1 : D.indexOf(s[0])) * 10 + (t < s.length - 1 ? D.indexOf(s[t + 1]) : 0);
      };
      const year = [...m[1]].map(d).join('') + '年';
      const full = year + (m[2] ? `${cn(m[2])}月` : '') + (m[3] ? `${cn(m[3])}日` : '');
      // Never longer than what it replaces (十月 → 10月 would be): the map must stay strictly increasing.
      return full.length <= m[0].length ? full : year + m[0].slice(5);
    },
    needs: /[一二][〇零○OＯ九][一二三四五六七八九〇零○OＯ]{2}年/,
  },
  { why: '规规化 → 规范化 (doubled glyph)', pattern: /规规化/g, replace: () => '规范化', needs: '规规化' },
  {
    why: 'date typo 10月31月8时 → 10月31日 (a day written with 月)',
    pattern: /(?<=\d)月(\d{1,2})月(?=\d{1,2}[时点]|[，,。在])/g,
    replace: (m) => '月' + m[1] + '日',
    needs: /\d月\d{1,2}月/,
  },
  { why: 'doubled unit 1.2亿元元', pattern: /亿元元(?<=\d亿元元)/g, replace: () => '亿元', needs: '亿元元' },
  // (A sentence never opens with a bare amount: "…676。4亿元" is a decimal point typed as a full stop.)
  {
    why: 'full stop as decimal point: 676。4亿元 → 676.4亿元',
    pattern: /(?<=\d)。(?=\d{1,2}(?:亿|億|万|萬|%))/g,
    replace: () => '.',
    needs: /\d。\d/,
  },
  // Crawled pages with ruby annotations print the reading after each character: 項(xiàng)目, 開(kāi)發(fā)區(qū).
  {
    why: 'ruby pinyin after a Han character: 項(xiàng)目 → 项目',
    pattern: new RegExp(`(?<=[\\u3400-\\u9fff])\\((?:[a-z]{0,5}[${TONED}][a-z${TONED}]{0,5}|${NEUTRAL})\\)`, 'g'),
    replace: () => '',
    needs: new RegExp(`\\((?:[a-z${TONED}])`),
  },
  {
    why: 'doubled clause punctuation left by crawls: 一批,、开工 / 活动,,',
    pattern: /[,，](?=[,，、。；;])|(?<=、)[,，]/g,
    replace: () => '',
    needs: /[,，][,，、。；;]|、[,，]/,
  },
];

// ---------------------------------------------------------------- character folding

/** Full-width ASCII → ASCII, ideographic space → space; everything else unchanged (1:1). */
function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  if (c === 0x2236) return 0x3a; // ∶ ratio colon
  return c;
}

let t2s: ((s: string) => string) | null = null;
export function toSimplified(s: string): string {
  if (!t2s) {
    const Converter = ConverterBuilder(T2CN);
    const hk = Converter({ from: 'hk', to: 'cn' });
    const tw = Converter({ from: 'tw', to: 'cn' });
    t2s = (x: string) => tw(hk(x));
  }
  return t2s(s);
}

/**
 * Per code unit: 0 = not yet known, 1 = unchanged by t→s on its own, 2 = changed. Shared across
 * documents, so the (slow) phrase converter only ever sees lines that hold a traditional character.
 */
const CHANGES = new Uint8Array(0x10000);
function changesUnderT2S(code: number): boolean {
  let v = CHANGES[code];
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = toSimplified(ch) === ch ? 1 : 2;
    CHANGES[code] = v;
  }
  return v === 2;
}

/** Converts traditional → simplified but only accepts outputs of identical length, per line, so offsets survive. */
function simplifyKeepingLength(s: string): string {
  // Most reports are simplified already: find the first traditional character before building anything.
  let first = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0xffff && !(c >= 0xd800 && c <= 0xdfff) && changesUnderT2S(c)) {
      first = i;
      break;
    }
  }
  if (first < 0) return s;
  const head = s.lastIndexOf('\n', first) + 1;
  return s.slice(0, head) + simplifyFrom(s.slice(head));
}

function simplifyFrom(s: string): string {
  let out = '';
  let lineStart = 0;
  let dirty = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      const line = s.slice(lineStart, i);
      out += dirty ? simplifyLine(line) : line;
      if (i < s.length) out += '\n';
      lineStart = i + 1;
      dirty = false;
    } else if (!dirty && c >= 0x3400 && c <= 0xffff && !(c >= 0xd800 && c <= 0xdfff) && changesUnderT2S(c)) dirty = true;
  }
  return out;
}

/**
 * The converters (hk→cn, then tw→cn) are chains of greedy longest-match passes over these dictionaries
 * (opencc-js presets hk2s/tw2s: normalisation, segmentation by phrases, variants, then characters).
 */
const T2S_DICTS = [CJK_Compatibility_Ideographs, TSPhrases, TSCharacters, HKVariantsRevPhrases, HKVariantsRev, TWVariantsRevPhrases, TWVariantsRev];
/**
 * Speed only. Per code unit: 0 = inert, in no dictionary key, so no match of any pass starts, ends or passes
 * there: a line converts as its stretches between inert characters, each on its own. 1 = in some key.
 * 2 = in a key that converts to something else although each of its characters alone is unchanged (a phrase
 * like 乾燥 → 干燥): a stretch holding one may change though no character of it changes on its own.
 */
let KEY_CHARS: Uint8Array | null = null;
function keyChars(): Uint8Array {
  if (KEY_CHARS) return KEY_CHARS;
  const k = new Uint8Array(0x10000);
  const entries = T2S_DICTS.flatMap((d) => d.split('|').map((e) => e.split(' ')));
  for (const [l] of entries) for (let i = 0; i < l.length; i++) k[l.charCodeAt(i)] = 1;
  // Ideographic description characters make the converters skip a whole sequence: never a boundary.
  for (let c = 0x2ff0; c <= 0x2fff; c++) k[c] = 1;
  // Which key characters change on their own, all in one conversion: a newline is inert, so each converts alone.
  const codes = [...new Set(entries.flatMap(([l]) => [...l]))].filter((ch) => ch.length === 1 && !(ch >= '\u2ff0' && ch <= '\u2fff'));
  const conv = toSimplified(codes.join('\n')).split('\n');
  if (conv.length === codes.length) for (let i = 0; i < codes.length; i++) CHANGES[codes[i].charCodeAt(0)] = conv[i] === codes[i] ? 1 : 2;
  // Keys that change though each of their characters alone does not: one character of each marks where such a
  // match may lie (the one in fewest such keys, so common characters rarely mark a stretch).
  const alone = entries.filter(([l, r]) => {
    if (l === r) return false;
    for (let i = 0; i < l.length; i++) if (isTraditional(l.charCodeAt(i))) return false;
    return true;
  });
  const uses = new Map<number, number>();
  for (const [l] of alone) for (let i = 0; i < l.length; i++) uses.set(l.charCodeAt(i), (uses.get(l.charCodeAt(i)) ?? 0) + 1);
  for (const [l] of alone) {
    let best = 0;
    for (let i = 1; i < l.length; i++) if (uses.get(l.charCodeAt(i))! <= uses.get(l.charCodeAt(best))!) best = i;
    k[l.charCodeAt(best)] = 2;
  }
  KEY_CHARS = k;
  return k;
}
/** A character that changes under t→s on its own (what marks a line for conversion). */
function isTraditional(c: number): boolean {
  return c >= 0x3400 && c <= 0xffff && !(c >= 0xd800 && c <= 0xdfff) && changesUnderT2S(c);
}

/**
 * Speed only. Stretches are short and recur (显著, 著名, 乾), and a converter call costs tens of microseconds
 * whatever its length: conversions are kept, up to a bound.
 */
const STRETCHES = new Map<string, string>();
function stretchToSimplified(s: string): string {
  let v = STRETCHES.get(s);
  if (v === undefined) {
    if (STRETCHES.size >= 4096) STRETCHES.clear();
    v = toSimplified(s);
    STRETCHES.set(s, v);
  }
  return v;
}

/**
 * The line converted as a whole, computed by converting only its stretches of dictionary characters that
 * can change (a traditional character, or a phrase's): the same string, without running the converters
 * over the rest of the line.
 */
export function convertLine(line: string): string {
  const k = keyChars();
  let out = '';
  let last = 0;
  let runs = 0;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    if (k[c] === 0) {
      i++;
      continue;
    }
    const a = i;
    let change = false;
    for (; i < line.length; i++) {
      const d = line.charCodeAt(i);
      const v = k[d];
      if (v === 0) break;
      // (An ideographic description sequence may run past an inert character: convert the whole line.)
      if (d >= 0x2ff0 && d <= 0x2fff) return toSimplified(line);
      if (!change && (v === 2 || isTraditional(d))) change = true;
    }
    if (change) {
      // (A line in traditional script changes in many places: one pass over it is cheaper.)
      if (++runs > 4) return toSimplified(line);
      out += line.slice(last, a) + stretchToSimplified(line.slice(a, i));
      last = i;
    }
  }
  return last === 0 ? line : out + line.slice(last);
}

function simplifyLine(line: string): string {
  const c = convertLine(line);
  if (c.length === line.length) return c;
  // A phrase mapping changed the length: fall back to character by character.
  let r = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    const x = toSimplified(ch);
    r += x.length === 1 ? x : ch;
  }
  return r;
}

// ---------------------------------------------------------------- line joining

const TERMINAL = new Set(['。', '！', '？', '!', '?', '；', ';', '】', '」', '』']);
/** TERMINAL by char code (a line's last character is read as a code: no one-character string per line). */
const TERMINAL_CODE = new Uint8Array(0x10000);
for (const t of TERMINAL) TERMINAL_CODE[t.charCodeAt(0)] = 1;
/** A line starting like this opens a new block (heading, list item, credit line). */
const BLOCK_START =
  /^(?:【|供稿|[(（]?供稿|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[、，,]|——|———)/;

/** Speed only: the characters a BLOCK_START match can begin with (a line starting otherwise is not tested; keep in step). */
const BLOCK_FIRST = new Uint8Array(0x10000);
for (const ch of '【供(（一二三四五六七八九十第—') BLOCK_FIRST[ch.charCodeAt(0)] = 1;

/** A caption's credit at a line's end: a space, full stop or bracket (or 记者) a few characters before 摄/供图. */
const CAPTION_END_RE = /(?:[\s。(（][^\s。(（)）]{0,16}|记者\S{0,6}|記者\S{0,6})(?:供图|供圖|摄|攝)[)）]?$/;

function isWsCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0c || c === 0x0b || c === 0x0d;
}
function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
const WS_RE = /[ \t\u00a0\f\v\r]+/g;
/** One horizontal whitespace character (the isWsCode set). */
const ONE_WS_RE = /[ \t\u00a0\f\v\r]/g;
/** Whitespace the compaction would remove (anything but a single space between two Latin/digit characters). */
const REMOVABLE_WS_RE = /[\t\u00a0\f\v\r]| {2}|(?<![A-Za-z0-9]) | (?![A-Za-z0-9])/;

interface Compacted {
  text: string;
  /** map[i] = original offset of text[i] (length text.length; no sentinel). */
  map: Uint32Array;
}

/** 0, 1, 2, …: runs of an identity map are copied from it (one native copy, not a loop per character). */
let IDENTITY = new Uint32Array(0);
function identity(n: number): Uint32Array {
  if (IDENTITY.length < n) {
    IDENTITY = new Uint32Array(Math.max(n, 2 * IDENTITY.length, 1 << 16));
    for (let i = 0; i < IDENTITY.length; i++) IDENTITY[i] = i;
  }
  return IDENTITY;
}

/**
 * One pass of whitespace compaction and line joining over `s` (whose char i maps to `inMap[i]`,
 * or to i when inMap is null). Decisions per line break: join (delete), or keep it.
 * Output is built from slices and a typed map: no per-character strings.
 */
export function compactPass(s: string, inMap: Uint32Array | null): Compacted {
  const n = s.length;
  // Lines: start, end, content (without horizontal whitespace).
  const starts: number[] = [];
  const ends: number[] = [];
  const contents: string[] = [];
  /** Whether each line holds horizontal whitespace (most lines of a compacted text hold none). */
  const hasWs: boolean[] = [];
  // The next whitespace character at or after the current line, found by one forward scan.
  let nextWs = -1;
  for (let ls = 0; ls <= n; ) {
    let e = s.indexOf('\n', ls);
    if (e < 0) e = n;
    starts.push(ls);
    ends.push(e);
    const raw = s.slice(ls, e);
    if (nextWs < ls) {
      ONE_WS_RE.lastIndex = ls;
      nextWs = ONE_WS_RE.exec(s)?.index ?? n;
    }
    const ws = nextWs < e;
    hasWs.push(ws);
    contents.push(ws ? raw.replace(WS_RE, '') : raw);
    ls = e + 1;
    if (e === n) break;
  }
  // Column width: a high percentile of the non-empty line lengths (printed columns have a fixed width).
  // (A typed array sorts numerically without a comparator call per comparison.)
  let nonEmpty = 0;
  for (const c of contents) if (c.length > 0) nonEmpty++;
  const lens = new Uint32Array(nonEmpty);
  for (let k = 0, j = 0; k < contents.length; k++) if (contents[k].length > 0) lens[j++] = contents[k].length;
  lens.sort();
  const width = lens.length ? lens[Math.min(lens.length - 1, Math.floor(lens.length * 0.8))] : 0;
  // Only a text laid out in columns (many lines of about the same width) has wrapped lines to join.
  // Text already joined (paragraph per line) fails this test, which keeps normalisation idempotent.
  let nearWidth = 0;
  for (const x of lens) if (x >= width * 0.8 && x <= width * 1.2) nearWidth++;
  const columnar = lens.length >= 3 && nearWidth >= lens.length * 0.3 && width >= 6;

  // Decide every break first; a pass that joins nothing and removes nothing returns its input.
  const joinAfter: boolean[] = new Array(contents.length).fill(false);
  // Whether each line opens a block: every line is tested as a line and again as the line before the next.
  const opensBlock = contents.map((c) => c.length > 0 && BLOCK_FIRST[c.charCodeAt(0)] === 1 && BLOCK_START.test(c));
  let anyJoin = false;
  {
    let prev = -1;
    let blank = 0;
    for (let li = 0; li < contents.length; li++) {
      const content = contents[li];
      if (content.length === 0) {
        if (prev >= 0) blank++;
        continue;
      }
      if (prev >= 0) {
        const prevContent = contents[prev];
        const terminal = TERMINAL_CODE[prevContent.charCodeAt(prevContent.length - 1)] === 1;
        // A numbered title line without punctuation ("一、2023年工作完成情况") ends where it ends.
        const titleLine = opensBlock[prev] && !/[。；;，,！？!?]/.test(prevContent) && prevContent.length < Math.max(width, 8);
        // A dateline ("来源:某报 2021-09-14 15:14:52") ends where it ends, in any layout.
        // (The time pattern ends the line, so a line not ending in a digit is not tested.)
        const lastCode = prevContent.charCodeAt(prevContent.length - 1);
        const dateline = (lastCode >= 0x30 && lastCode <= 0x39 && /\d{1,2}:\d{2}(?::\d{2})?$/.test(prevContent)) || ((prevContent.charCodeAt(0) === 0x6765 || prevContent.charCodeAt(0) === 0x7a3f) && /^(?:来源|稿源)[:：]/.test(prevContent));
        // A photo caption's credit ("…生产基地(央广网发 某某供图)", "…现场。记者 某某 摄") ends its line: the figures on
        // the next line are not the pictured company's or scene's.
        const caption = (lastCode === 0x6444 || lastCode === 0x651d || lastCode === 0x56fe || lastCode === 0x5716 || lastCode === 0x29 || lastCode === 0xff09) && CAPTION_END_RE.test(prevContent);
        const blockStart = titleLine || dateline || caption || opensBlock[li] || (prevContent.includes('供稿') && /供稿[:：]/.test(prevContent)) || (prevContent.charCodeAt(0) === 0x3010 && /^【.*】$/.test(prevContent));
        const fillsColumn = prevContent.length >= Math.max(4, width * 0.75);
        let join: boolean;
        if (blockStart) join = false;
        else if (!columnar)
          // Paragraph-per-line text: only a long line cut off mid-word (no punctuation at its end) continues.
          // A dateline ("来源:某报 2021-09-14 15:14:52") ends where it ends.
          join = prevContent.length >= 30 && /[\u4e00-\u9fff\d]$/.test(prevContent) && /^[\u4e00-\u9fff\d]/.test(content) && !/\d{1,2}:\d{2}(?::\d{2})?$|^(?:来源|稿源|發布|发布)|时间[:：]\s*\d/.test(prevContent);
        // A line that fills the column continues on the next line even after 。/；: paragraphs are set off by blank lines.
        else if (blank === 0) join = fillsColumn || (!terminal && prevContent.length >= width * 0.5);
        else join = !terminal && fillsColumn;
        joinAfter[prev] = join;
        if (join) anyJoin = true;
      }
      prev = li;
      blank = 0;
    }
  }
  // (Without any horizontal whitespace in the text, the patterns reduce to plain newline tests.)
  const anyWs = hasWs.includes(true);
  const hasBlankRuns = anyWs
    ? /\n[ \t\u00a0\f\v\r]*\n[ \t\u00a0\f\v\r]*\n/.test(s) || /^[ \t\u00a0\f\v\r]*\n|\n[ \t\u00a0\f\v\r]*$/.test(s)
    : s.includes('\n\n\n') || s.charCodeAt(0) === 0x0a || s.charCodeAt(n - 1) === 0x0a;
  if (!anyJoin && !hasBlankRuns && !(anyWs && REMOVABLE_WS_RE.test(s))) {
    // Nothing to do: hand the map back as it is (no copy of a map as long as the text).
    if (inMap) return { text: s, map: inMap };
    const map = new Uint32Array(n + 1);
    map.set(identity(n).subarray(0, n));
    return { text: s, map: map.subarray(0, n) };
  }

  const pieces: string[] = [];
  const map = new Uint32Array(n + 1);
  let o = 0;
  let lastOut = -1; // last emitted char code
  const at = (i: number) => (inMap ? inMap[i] : i);
  const emitRun = (a: number, b: number) => {
    if (b <= a) return;
    pieces.push(s.slice(a, b));
    if (inMap) {
      map.set(inMap.subarray(a, b), o);
      o += b - a;
    } else if (b - a < 256) for (let i = a; i < b; i++) map[o++] = i;
    else {
      // (A long run: one native copy; a short one is cheaper by hand than a view object.)
      map.set(identity(b).subarray(a, b), o);
      o += b - a;
    }
    lastOut = s.charCodeAt(b - 1);
  };
  let prev = -1;
  let blank = 0;
  for (let li = 0; li < contents.length; li++) {
    if (contents[li].length === 0) {
      if (prev >= 0) blank++;
      continue;
    }
    const ls = starts[li];
    const le = ends[li];
    if (prev >= 0) {
      const brk = ends[prev]; // the newline after the previous content line
      if (!joinAfter[prev]) {
        // Keep the break; a blank line stays a blank line, so a second pass sees the same layout.
        pieces.push('\n');
        map[o++] = at(brk);
        if (blank > 0) {
          // The blank line's own newline, so the map stays strictly increasing.
          pieces.push('\n');
          map[o++] = at(ls - 1);
        }
        lastOut = 0x0a;
      } else {
        // Keep a separator between two Latin/digit runs so "PM7\nPM8" does not fuse into one token.
        let f = ls;
        while (f < le && isWsCode(s.charCodeAt(f))) f++;
        if (isAsciiAlnumCode(lastOut) && isAsciiAlnumCode(s.charCodeAt(f))) {
          pieces.push(' ');
          map[o++] = at(brk);
          lastOut = 0x20;
        }
      }
    }
    // Emit the line, dropping horizontal whitespace except between two ASCII alphanumerics.
    if (!hasWs[li]) {
      emitRun(ls, le);
      prev = li;
      blank = 0;
      continue;
    }
    let runStart = ls;
    for (let i = ls; i < le; i++) {
      if (!isWsCode(s.charCodeAt(i))) continue;
      emitRun(runStart, i);
      let j = i;
      while (j < le && isWsCode(s.charCodeAt(j))) j++;
      const after = j < le ? s.charCodeAt(j) : -1;
      if (o > 0 && isAsciiAlnumCode(lastOut) && isAsciiAlnumCode(after)) {
        pieces.push(' ');
        map[o++] = at(i);
        lastOut = 0x20;
      }
      runStart = j;
      i = j - 1;
    }
    emitRun(runStart, le);
    prev = li;
    blank = 0;
  }
  return { text: pieces.join(''), map: map.subarray(0, o) };
}

// ---------------------------------------------------------------- repairs

function applyRepairs(text: string, map: Uint32Array): { text: string; map: Uint32Array } {
  for (const rule of REPAIRS) {
    if (rule.needs !== undefined && !(typeof rule.needs === 'string' ? text.includes(rule.needs) : rule.needs.test(text))) continue;
    rule.pattern.lastIndex = 0;
    // (The first match starts the loop below: the text is scanned once, not once to test and again to replace.)
    let m: RegExpExecArray | null = rule.pattern.exec(text);
    if (!m) continue;
    const pieces: string[] = [];
    // Runs of the old map to copy, and the offsets for replacement characters.
    const outMap = new Uint32Array(text.length + 1);
    let o = 0;
    let last = 0;
    for (; m; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      pieces.push(text.slice(last, m.index));
      outMap.set(map.subarray(last, m.index), o);
      o += m.index - last;
      const rep = rule.replace(m);
      // Each replacement character maps to the original character at the same place in the run (or its last).
      for (let k = 0; k < rep.length; k++) outMap[o++] = map[m.index + Math.min(k, m[0].length - 1)];
      pieces.push(rep);
      last = m.index + m[0].length;
    }
    pieces.push(text.slice(last));
    outMap.set(map.subarray(last, text.length), o);
    o += text.length - last;
    text = pieces.join('');
    map = outMap.subarray(0, o);
  }
  return { text, map };
}

// ---------------------------------------------------------------- entry

/**
 * Japanese-style and other variant forms that crawled pages mix into Chinese text and that the
 * traditional→simplified tables leave alone (増长, 総投資, 経済). One character for one: offsets keep.
 */
const VARIANTS: Record<string, string> = {
  増: '增', 総: '总', 経: '经', 発: '发', 実: '实', 団: '团', 関: '关', 対: '对', 広: '广', 県: '县',
  転: '转', 価: '价', 営: '营', 収: '收', 拡: '扩', 権: '权', 観: '观', 鉄: '铁', 労: '劳',
  // Corner quotes of traditional pages: the indicator table spells quoted names with “”.
  '「': '“', '」': '”', '『': '‘', '』': '’',
  歩: '步', 査: '查', 続: '续', 単: '单', 円: '圆', 戦: '战', 圧: '压', 効: '效', 応: '应',
};
/**
 * Code unit → its folded code unit (full-width ASCII, ideographic space, ∶, the variants above);
 * every other unit maps to itself. A table lookup per unit: a regexp replace with a callback per
 * match costs several times more on Chinese text, where every comma and parenthesis is full-width.
 */
const FOLD = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = foldChar(c);
  for (const [from, to] of Object.entries(VARIANTS)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  return t;
})();

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Folds every code unit of `s` 1:1 through FOLD (lone surrogates pass through unchanged). */
function foldChars(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && FOLD[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === n) return s;
  const codes = new Uint16Array(n);
  let surrogate = false;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
    codes[k] = FOLD[c];
  }
  // A decoder turns the units back into a string in one native call; it would replace a lone
  // surrogate by U+FFFD, so a text with any surrogate takes the exact path below. (ignoreBOM keeps a U+FEFF.)
  if (!surrogate) return UTF16.decode(codes);
  // In chunks: String.fromCharCode takes its units as arguments.
  const parts: string[] = [];
  for (let k = 0; k < n; k += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]));
  return parts.join('');
}

export function normalise(original: string): Normalised {
  // 1. Fold characters 1:1 and convert traditional → simplified (length-preserving): offsets unchanged.
  let text = simplifyKeepingLength(foldChars(original));
  // 2. Compact whitespace and join wrapped lines, to a fixed point (joins only ever remove breaks).
  let map: Uint32Array | null = null;
  for (let iter = 0; iter < 6; iter++) {
    const b = compactPass(text, map);
    const changed = b.text !== text;
    text = b.text;
    map = b.map;
    if (!changed) break;
  }
  // 3. Glyph repairs.
  const r = applyRepairs(text, map ?? new Uint32Array(1));
  // Every map above is a view on a buffer with one spare slot: add the sentinel without copying.
  const len = r.text.length;
  let out: Uint32Array;
  if (r.map.byteOffset === 0 && r.map.buffer.byteLength >= (len + 1) * 4) out = new Uint32Array(r.map.buffer, 0, len + 1);
  else {
    out = new Uint32Array(len + 1);
    out.set(r.map.subarray(0, len));
  }
  out[len] = original.length;
  return { text: r.text, map: out };
}

/** Normalised span [start, end) → original span. */
export function toOriginalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  const s = n.map[start];
  const e = end > start ? n.map[end - 1] + 1 : s + 1;
  return { start: s, end: Math.max(e, s + 1) };
}
