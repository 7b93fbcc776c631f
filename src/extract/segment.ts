/**
 * Segmentation: sections (closed by 供稿 lines), chunks (opened by 【…】 headings), paragraphs,
 * sentences, page headers; and each chunk's default subject from the evidence inside it.
 *
 * Printed two-column newsletters put a zone's name as a page header ABOVE unrelated sections,
 * while the 供稿 line FOLLOWS the section it closes; so a section runs from one 供稿 line to the
 * next, and bare name lines count only as weak evidence.
 */
import { headingInfo, type HeadingInfo } from './periods';
import { documentSubject, findNames, resolveName, subjectOfHit, type NameHit, type Subject, sameSubject } from './subjects';

export interface Paragraph {
  start: number;
  end: number;
  /** A bare name line (page/column header): never a source of figures, weak subject evidence. */
  header: boolean;
}

export interface Chunk {
  start: number;
  end: number;
  heading?: string;
  info: HeadingInfo;
  paragraphs: Paragraph[];
  subject: Subject | null;
}

export interface Credit {
  raw: string;
  start: number;
  end: number;
  subject: Subject | null;
}

export interface Section {
  start: number;
  end: number;
  credit?: Credit;
  chunks: Chunk[];
}

export interface Segmented {
  sections: Section[];
  names: NameHit[];
}

const CREDIT_RE = /[(（]?(?:供稿|来源|稿源)[:：]\s*([^\n)）]{2,40}?)\s*[)）]?(?=\n|$|[。;；])/g;
const HEADING_RE = /^【([^】\n]{1,40})】$/;
/**
 * A numbered or bare title line that names a report part ("二、2024年工作计划", "一、上半年工作完成情况",
 * "2025年目标任务").
 * It opens a chunk inside the current 【…】 part and inherits what it does not say itself.
 */
const SUBHEADING_RE =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分[、:：]?)?((?:\d{4}年|上半年|下半年|前三季度|全年|今年|明年|下一步|下步)[^。；;，,\d]{0,16}?(?:工作)?(?:计划|打算|思路|目标|目标任务|主要任务|重点任务|安排|重点|成绩|进展|完成情况|总结|成效))$/;

function lines(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > s && text.slice(s, i).trim()) out.push({ start: s, end: i, header: false });
      s = i + 1;
    }
  }
  return out;
}

/** Evidence for who a stretch of text is about. */
interface Votes {
  zone: Map<string, { n: number; s: Subject }>;
  city: Map<string, number>;
  cityDirect: Map<string, number>;
  total: number;
}

/** First index whose start >= pos (arrays sorted by start). */
export function lowerBound(arr: Array<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tally(names: NameHit[], from: number, to: number, headers: Paragraph[], into?: Votes): Votes {
  const v: Votes = into ?? { zone: new Map(), city: new Map(), cityDirect: new Map(), total: 0 };
  for (let i = lowerBound(names, from); i < names.length && names[i].start < to; i++) {
    const h = names[i];
    if (h.end > to) continue;
    const s = subjectOfHit(h);
    if (!s) continue;
    const w = headers.some((p) => h.start >= p.start && h.end <= p.end) ? 0.5 : 1;
    if (s.scope === 'zone') {
      const e = v.zone.get(s.name) ?? { n: 0, s };
      e.n += w;
      v.zone.set(s.name, e);
      v.city.set(s.city, (v.city.get(s.city) ?? 0) + w);
    } else if (s.scope === 'city') {
      v.city.set(s.name, (v.city.get(s.name) ?? 0) + w);
      v.cityDirect.set(s.name, (v.cityDirect.get(s.name) ?? 0) + w);
    }
    v.total += w;
  }
  return v;
}

function top<K>(m: Map<K, number>): [K, number] | null {
  let best: [K, number] | null = null;
  for (const [k, n] of m) if (!best || n > best[1]) best = [k, n];
  return best;
}

/** The subject the evidence points to, or null when it is weak or split. */
function inTextSubject(v: Votes, requireDominance: boolean): Subject | null {
  if (v.total === 0) return null;
  const zones = [...v.zone.values()].sort((a, b) => b.n - a.n);
  const zoneTotal = zones.reduce((s, z) => s + z.n, 0);
  const c = top(v.cityDirect);
  const topCity = top(v.city);
  // Without a credit line a city owns the chunk only when it is named repeatedly and dominates; one
  // mention in passing ("落户太原市") says nothing about who the text is about.
  if (c && (!zones.length || c[1] >= zones[0].n) && (!requireDominance || (c[1] >= 2 && c[1] >= 0.6 * v.total))) {
    return { name: c[0], scope: 'city', city: c[0] };
  }
  if (zones.length) {
    const z = zones[0];
    if (!requireDominance || (z.n >= 3 && z.n >= 0.6 * zoneTotal)) return z.s;
    if (!requireDominance && topCity) return { name: topCity[0], scope: 'city', city: topCity[0] };
  }
  return null;
}

/** Does the chunk's evidence agree with the credit line? Silence counts as agreement. */
function consistent(credit: Subject, v: Votes, sectionVotes: Votes): boolean {
  if (v.total === 0) return true;
  if (credit.scope === 'zone') {
    if ((sectionVotes.zone.get(credit.name)?.n ?? 0) > 0) return true;
    const cityShare = (v.city.get(credit.city) ?? 0) / v.total;
    return cityShare >= 0.5;
  }
  if (credit.scope === 'city') {
    const cityShare = (v.city.get(credit.name) ?? 0) / v.total;
    return cityShare >= 0.3;
  }
  return true;
}

export function segment(text: string): Segmented {
  const names = findNames(text);
  const paras = lines(text);
  // Page headers: short lines made only of names, no digits.
  let ni = 0;
  for (const p of paras) {
    const line = text.slice(p.start, p.end);
    if (line.length > 48 || /\d/.test(line) || /[。，,；;：:]/.test(line)) continue;
    while (ni < names.length && names[ni].end <= p.start) ni++;
    let covered = 0;
    for (let k = ni; k < names.length && names[k].start < p.end; k++) covered += names[k].end - names[k].start;
    if (covered > 0 && covered >= line.replace(/\s/g, '').length * 0.7) p.header = true;
  }

  // Credits close sections.
  const credits: Credit[] = [];
  CREDIT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CREDIT_RE.exec(text))) {
    const raw = m[1].trim();
    const res = resolveName(raw);
    let subject: Subject | null = null;
    if (res.status !== 'ambiguous' && res.status !== 'unknown') {
      subject = subjectOfHit({ start: 0, end: raw.length, raw, resolution: res });
    } else {
      // "太原市商务局" or an unknown zone: take the first name inside it.
      const inner = findNames(raw);
      if (inner.length) subject = subjectOfHit(inner[0]);
      // A zone the gazetteer does not know ("某某县经济开发区管委会"): the section is about it, as named.
      if (!subject) subject = documentSubject(raw.replace(/(?:管理委员会|管委会|办公室|服务中心)$/, ''));
    }
    // "来源:某某报 2019-06-19": a newspaper dateline names no section owner and closes nothing.
    if (!subject && !/供稿/.test(m[0])) continue;
    credits.push({ raw, start: m.index, end: m.index + m[0].length, subject });
  }

  const sections: Section[] = [];
  let secStart = 0;
  const bounds = credits.map((c) => ({ end: c.end, credit: c as Credit | undefined }));
  if (secStart < text.length) bounds.push({ end: text.length, credit: undefined });
  for (const b of bounds) {
    if (b.end <= secStart && b.credit === undefined) continue;
    const sec: Section = { start: secStart, end: b.end, credit: b.credit, chunks: [] };
    // Chunks by headings.
    const secParas: Paragraph[] = [];
    for (let i = lowerBound(paras, sec.start); i < paras.length && paras[i].start < sec.end; i++) secParas.push(paras[i]);
    let cur: Chunk = { start: sec.start, end: sec.end, info: headingInfo(''), paragraphs: [], subject: null };
    let partInfo = headingInfo('');
    for (const p of secParas) {
      const line = text.slice(p.start, p.end).trim();
      const h = HEADING_RE.exec(line);
      const sub = h ? null : SUBHEADING_RE.exec(line);
      if (sub) {
        if (cur.paragraphs.length || cur.heading) {
          cur.end = p.start;
          sec.chunks.push(cur);
        }
        const own = headingInfo(sub[1]);
        const parent = partInfo;
        const info = {
          plan: own.plan || (parent.plan && !/进展|成绩|完成情况|成效/.test(sub[1])),
          year: own.year ?? parent.year,
          toMonth: own.toMonth ?? (own.year === undefined ? parent.toMonth : undefined),
          fromMonth: own.fromMonth ?? (own.year === undefined ? parent.fromMonth : undefined),
        };
        if (info.toMonth === undefined && /上半年/.test(sub[1])) info.toMonth = 6;
        cur = { start: p.start, end: sec.end, heading: sub[1], info, paragraphs: [], subject: null };
        continue;
      }
      if (h) {
        partInfo = headingInfo(h[1]);
        if (cur.paragraphs.length || cur.heading) {
          cur.end = p.start;
          sec.chunks.push(cur);
        }
        cur = { start: p.start, end: sec.end, heading: h[1], info: headingInfo(h[1]), paragraphs: [], subject: null };
        continue;
      }
      cur.paragraphs.push(p);
    }
    sec.chunks.push(cur);
    sections.push(sec);
    secStart = b.end;
  }

  // Subjects per chunk.
  for (const sec of sections) {
    const headers: Paragraph[] = [];
    for (let i = lowerBound(paras, sec.start); i < paras.length && paras[i].start < sec.end; i++) if (paras[i].header) headers.push(paras[i]);
    const secVotes = tally(names, sec.start, sec.end, headers);
    const credit = sec.credit?.subject ?? null;
    let prev: Subject | null = null;
    for (const ch of sec.chunks) {
      const v = tally(names, ch.start, ch.end, headers);
      // "全市…开发区" / "我市" say the chunk speaks for a city.
      if (credit) {
        if (consistent(credit, v, secVotes)) ch.subject = credit;
        else ch.subject = inTextSubject(v, false) ?? prev ?? credit;
      } else {
        ch.subject = inTextSubject(v, true) ?? (v.total === 0 ? prev : null);
      }
      // A chunk with no evidence continues the previous chunk of the same section.
      if (credit && v.total === 0 && prev && !sameSubject(prev, credit)) ch.subject = prev;
      prev = ch.subject;
    }
  }
  return { sections, names };
}

/** Sentences inside [from, to): split after 。！？；; and line ends. */
/** ” 」 』 " by char code. */
function isClosingQuote(c: number): boolean {
  return c === 0x201d || c === 0x300d || c === 0x300f || c === 0x22;
}

export function sentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let s = from;
  // (By char code: this loop visits every character of every paragraph.)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // 。！？!?；;\n
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x0a) {
      // Keep a closing quote (”」』") with its sentence.
      let e = i + 1;
      while (e < to && isClosingQuote(text.charCodeAt(e))) e++;
      if (e > s) out.push({ start: s, end: e });
      s = e;
      i = e - 1;
    }
  }
  if (s < to) out.push({ start: s, end: to });
  return out;
}
