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
import * as OpenCC from 'opencc-js';

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
}

const SEP = '(?:承诺制|标准地|全代办|全代建|全代理|领办代办)';
export const REPAIRS: RepairRule[] = [
  { why: '×: 7伊24 (7×24 hours)', pattern: /(?<=\d)伊(?=\d)/g, replace: () => '×' },
  { why: '℃: 2050益 after a temperature', pattern: /(?<=\d)益(?=[的左右以下上，,。、)）\s]|$)/g, replace: () => '℃' },
  {
    why: '+: 承诺制垣标准地垣全代办 (reform bundles joined by +)',
    pattern: new RegExp(`(?<=${SEP}["”’]?)垣(?=["“‘]?${SEP})`, 'g'),
    replace: () => '+',
  },
  { why: '规规化 → 规范化 (doubled glyph)', pattern: /规规化/g, replace: () => '规范化' },
  {
    why: 'date typo 10月31月8时 → 10月31日 (a day written with 月)',
    pattern: /(?<=\d{1,2}月\d{1,2})月(?=\d{1,2}[时点]|[，,。在])/g,
    replace: () => '日',
  },
  { why: 'doubled unit 1.2亿元元', pattern: /(?<=\d)亿元元/g, replace: () => '亿元' },
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
function toSimplified(s: string): string {
  if (!t2s) {
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    t2s = (x: string) => tw(hk(x));
  }
  return t2s(s);
}

/** Converts traditional → simplified but only accepts outputs of identical length, per line, so offsets survive. */
function simplifyKeepingLength(s: string): string {
  // Cheap pre-check: pure ASCII/whitespace text has nothing to convert.
  if (!/[\u3400-\u9fff]/.test(s)) return s;
  const out = toSimplified(s);
  if (out.length === s.length) return out;
  // A phrase mapping changed the length somewhere: redo line by line, then char by char.
  const lines = s.split('\n');
  return lines
    .map((line) => {
      const c = toSimplified(line);
      if (c.length === line.length) return c;
      let r = '';
      for (const ch of line) {
        const x = toSimplified(ch);
        r += x.length === ch.length ? x : ch;
      }
      return r;
    })
    .join('\n');
}

// ---------------------------------------------------------------- line joining

const TERMINAL = new Set(['。', '！', '？', '!', '?', '；', ';', '】', '」', '』']);
/** A line starting like this opens a new block (heading, list item, credit line). */
const BLOCK_START =
  /^(?:【|供稿|[(（]?供稿|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[、，,]|——|———)/;

function isWs(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\f' || c === '\v';
}
function isAsciiAlnum(c: string | undefined): boolean {
  return !!c && /[A-Za-z0-9]/.test(c);
}

interface Buf {
  chars: string[];
  map: number[];
}

/**
 * One pass of whitespace compaction and line joining over `s` (whose char i maps to `inMap[i]`).
 * Decisions per line break: join (delete), or keep one '\n'.
 */
function compactPass(s: string, inMap: ArrayLike<number>): Buf {
  // Split into lines with their start offsets.
  const lines: Array<{ start: number; end: number; content: string }> = [];
  let ls = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === '\n') {
      lines.push({ start: ls, end: i, content: s.slice(ls, i).replace(/[ \t\u00a0\f\v]+/g, '') });
      ls = i + 1;
    }
  }
  // Column width: a high percentile of the non-empty line lengths (printed columns have a fixed width).
  const lens = lines.map((l) => l.content.length).filter((n) => n > 0).sort((a, b) => a - b);
  const width = lens.length ? lens[Math.min(lens.length - 1, Math.floor(lens.length * 0.8))] : 0;
  // Only a text laid out in columns (many lines of about the same width) has wrapped lines to join.
  // Text already joined (paragraph per line) fails this test, which keeps normalisation idempotent.
  const nearWidth = lens.filter((n) => n >= width * 0.8 && n <= width * 1.2).length;
  const columnar = lens.length >= 3 && nearWidth >= lens.length * 0.3 && width >= 6;

  const out: Buf = { chars: [], map: [] };
  let prevContent = ''; // last non-empty line content
  let pendingBreak: { blank: number; at: number } | null = null;

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.content.length === 0) {
      if (pendingBreak) pendingBreak.blank++;
      continue;
    }
    if (pendingBreak && prevContent) {
      const last = prevContent[prevContent.length - 1];
      const first = line.content[0];
      const terminal = TERMINAL.has(last);
      const blockStart = BLOCK_START.test(line.content) || /供稿[:：]/.test(prevContent) || /^【.*】$/.test(prevContent);
      const fillsColumn = prevContent.length >= Math.max(4, width * 0.75);
      let join: boolean;
      if (blockStart) join = false;
      else if (!columnar)
        // Paragraph-per-line text: only a long line cut off mid-word (no punctuation at its end) continues.
        join = prevContent.length >= 30 && /[\u4e00-\u9fff\d]$/.test(prevContent) && /^[\u4e00-\u9fff\d]/.test(line.content);
      // A single newline inside a block is a wrap unless the previous line is a short title.
      // A line that fills the column continues on the next line even after 。/；: paragraphs are set off by blank lines.
      else if (pendingBreak.blank === 0) join = fillsColumn || (!terminal && prevContent.length >= width * 0.5);
      else join = !terminal && fillsColumn;
      if (!join) {
        // Keep the break; a blank line stays a blank line, so a second pass sees the same layout.
        out.chars.push('\n');
        out.map.push(inMap[pendingBreak.at]);
        if (pendingBreak.blank > 0) {
          // The blank line's own newline, so the map stays strictly increasing.
          out.chars.push('\n');
          out.map.push(inMap[line.start - 1]);
        }
      } else if (isAsciiAlnum(last) && isAsciiAlnum(first)) {
        // Keep a separator between two Latin/digit runs so "PM7\nPM8" does not fuse into one token.
        out.chars.push(' ');
        out.map.push(inMap[pendingBreak.at]);
      }
    }
    // Emit the line, dropping horizontal whitespace except between two ASCII alphanumerics.
    for (let i = line.start; i < line.end; i++) {
      const c = s[i];
      if (isWs(c)) {
        let j = i;
        while (j < line.end && isWs(s[j])) j++;
        const before = out.chars.length ? out.chars[out.chars.length - 1] : undefined;
        const after = j < line.end ? s[j] : undefined;
        if (isAsciiAlnum(before) && isAsciiAlnum(after)) {
          out.chars.push(' ');
          out.map.push(inMap[i]);
        }
        i = j - 1;
        continue;
      }
      out.chars.push(c);
      out.map.push(inMap[i]);
    }
    prevContent = line.content;
    pendingBreak = { blank: 0, at: line.end < s.length ? line.end : line.end - 1 };
  }
  return out;
}
function isDigit(c: string | undefined): boolean {
  return !!c && c >= '0' && c <= '9';
}

// ---------------------------------------------------------------- repairs

function applyRepairs(text: string, map: number[]): { text: string; map: number[] } {
  for (const rule of REPAIRS) {
    rule.pattern.lastIndex = 0;
    if (!rule.pattern.test(text)) continue;
    rule.pattern.lastIndex = 0;
    let out = '';
    const outMap: number[] = [];
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(text))) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      out += text.slice(last, m.index);
      for (let i = last; i < m.index; i++) outMap.push(map[i]);
      const rep = rule.replace(m);
      for (let k = 0; k < rep.length; k++) outMap.push(map[m.index + Math.min(k, m[0].length - 1)]);
      out += rep;
      last = m.index + m[0].length;
    }
    out += text.slice(last);
    for (let i = last; i < text.length; i++) outMap.push(map[i]);
    text = out;
    map = outMap;
  }
  return { text, map };
}

// ---------------------------------------------------------------- entry

export function normalise(original: string): Normalised {
  // 1. Fold characters 1:1, drop \r, convert traditional → simplified (length-preserving).
  let folded = '';
  const map0: number[] = [];
  {
    const parts: string[] = [];
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i);
      if (c === 0x0d) continue; // \r of CRLF
      const f = foldChar(c);
      parts.push(f === c ? original[i] : String.fromCharCode(f));
      map0.push(i);
    }
    folded = simplifyKeepingLength(parts.join(''));
  }
  // 2. Compact whitespace and join wrapped lines, to a fixed point (joins only ever remove breaks).
  let text = folded;
  let map: number[] = map0;
  for (let iter = 0; iter < 6; iter++) {
    const b = compactPass(text, map);
    const next = b.chars.join('');
    const changed = next !== text;
    text = next;
    map = b.map;
    if (!changed) break;
  }
  // 3. Glyph repairs.
  const r = applyRepairs(text, map);
  const out = new Uint32Array(r.text.length + 1);
  for (let i = 0; i < r.text.length; i++) out[i] = r.map[i];
  out[r.text.length] = original.length;
  return { text: r.text, map: out };
}

/** Normalised span [start, end) → original span. */
export function toOriginalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  const s = n.map[start];
  const e = end > start ? n.map[end - 1] + 1 : s + 1;
  return { start: s, end: Math.max(e, s + 1) };
}
