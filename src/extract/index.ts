/**
 * Public entry of the extraction engine: text → facts, projects, warnings.
 * Pure TypeScript, no DOM: the same code runs in Node (CLI, data build) and in the browser.
 *
 * CONTRACT (stable):
 *   extractDocument({ name, text, meta }) → ExtractResult for one report
 *   extractDocuments(docs)               → merged ExtractResult, plus cross-document conflict warnings
 */
import type { DocumentMeta, ExtractResult, ExtractWarning, Fact } from './schema';
import { normalise, toOriginalSpan } from './normalise';
import { segment } from './segment';
import { atSubjectPosition, extractFacts, prepare, type DocContext } from './facts';
import { extractProjects } from './projects';
import { UNKNOWN_YEAR, ym, yearAfterReportedYear, yearAfterReviewedYear, yearEvidence } from './periods';
import { countyCities, documentSubject, findNames, firstClauseZone, officeZone, foreignPlace, homeCountyName, homeDistrictName, homeProvince, otherCities, cityZone, fullerName, officialForm, pageCity, pageCountyZone, placeholderZone, zoneLike, resolveName, unknownSubject, zoneLikeNames, type NameHit, type Subject } from './subjects';
import { alt, NAMED_WORDS, OWN_WORDS } from './zone-words';
import { prefectureFullName } from '../data/autonomous-prefectures';
import { onePlaceOfLevel } from './subject-fallback';
import { cleanSubject, cleanSubjects, documentNames, isGenericName, stripLeading } from './subject-names';

export interface InputDocument {
  /** File name, used as `source.seed` (e.g. `000_ef21bc58c00ca203.txt`). */
  name: string;
  /** The original text, already decoded to a JavaScript string. */
  text: string;
  meta?: DocumentMeta;
}

/** Year and publication month: from the metadata, else from the text's own latest dated evidence. */
export function documentContext(name: string, normalisedText: string, meta?: DocumentMeta, fallbackYear?: number): DocContext {
  if (meta?.published) {
    const [y, m] = meta.published.split('-').map(Number);
    return { seed: name, year: y, pubYear: y, pubMonth: m, published: ym(y, m), dated: true };
  }
  // The page's own date stamp ("时间:2021-09-14 15:14", "来源:某某报 2019-06-19"): a copied web page keeps
  // its publication date in numeric form, which says the same as the metadata would.
  const stamp = pageStamp(normalisedText);
  if (stamp) return { seed: name, year: stamp.year, pubYear: stamp.year, pubMonth: stamp.month, published: ym(stamp.year, stamp.month), dated: true };
  // No metadata: the latest year the text reports on — not a comparison base ("较2023年末", "比2022年"),
  // nor the start of a running total ("2021年以来"), nor a zone's founding, nor a plan's year (see yearRole).
  // A horizon ("到2020年,…达到…", "2024年工作打算") is a plan's year, not the year written in — unless it is
  // the only year.
  const ev = yearEvidence(normalisedText);
  let year = ev.report;
  const baseEnd = ev.baseEnd;
  const horizon = ev.planMax;
  // "2016北京山西商会项目推介会", "吕梁市2020第二季…恳谈会": an event named with its year, the text's only year.
  // (A lower bound besides the years reported on: "在2019年实现…" beside "公布了“2020中国化工园区30强”" is a text of
  // 2020 reviewing 2019 — an event or a ranking is told about in its own year or later.)
  const named = eventNameYear(normalisedText);
  if (named > year && !(baseEnd > named)) year = named;
  if (!year) year = baseEnd || horizon;
  // "一、2022年以来工作开展情况" beside "2021年县经开区在考核中位列第33名": a total running up to the text's time
  // since a year says the text is of that year at least, whatever earlier year it also reports.
  // (And when it is the only year the text writes — "2022年以来,共落地项目247个。…今年,…" — the text is of that year at
  // least: the lower bound is the best reading, a total since a year being mostly told within it or the next.)
  if (ev.sinceNow > year) year = ev.sinceNow;
  // Nothing dates the text: never the clock. A year the caller knows for this document (fallbackYear),
  // else the document is undated — its figures become unknown_period warnings (see extractDocument).
  const undated = !year && !fallbackYear;
  const assumedYear = !year && !!fallbackYear;
  if (!year) year = fallbackYear ?? UNDATED_YEAR;
  let month = latestMonth(normalisedText, year);
  // A text whose only year is the one its work plan is for ("【2024年工作计划】") and that reports figures
  // through September or later ("1-11月") reports on the year before: a whole-year plan is drawn up around
  // the year's start, not in its last quarter.
  if (!ev.report && !baseEnd && year === ev.planHeading && month >= 9) {
    year -= 1;
    month = latestMonth(normalisedText, year);
  }
  // "截至2011年底…累计完成": figures stated as of that year's end were written after it, whatever day-month
  // the dateline gives ("北京1月9日电" is January of the next year).
  if (new RegExp(`(?:截至|截止|至)${year}年(?:底|末)`).test(normalisedText)) month = 12;
  // "2023年,全市共签约…。今年一季度,…": 今年 is the year after the one just reported.
  // (Not past a plan's year: "2024年,示范区承担…重点项目39项" followed by "抓好2024年的各项工作" and 今年 is
  // about 2024 still — nobody plans for a year that is over.)
  // "全市2022年经济社会发展成就发布会…去年,高新区完成…": the reviewed year is the text's 去年.
  const reviewed = !undated && !assumedYear && !(ev.planMin && ev.planMin <= year) ? yearAfterReviewedYear(normalisedText, year) : null;
  if (reviewed) {
    // (No month of the new year written: a review is published in the new year's first weeks, and its figures
    // without a period of their own are the reviewed year's — see the usual period in extractFacts.)
    const m = latestMonth(normalisedText, reviewed) || 1;
    return { seed: name, year: reviewed, pubYear: reviewed, pubMonth: m, published: ym(reviewed, m) };
  }
  const next = !undated ? yearAfterReportedYear(normalisedText, year) : null;
  if (next && !(ev.planMin && next.year > ev.planMin)) return { seed: name, year: next.year, pubYear: next.year, pubMonth: next.month, published: ym(next.year, next.month) };
  if (!month) month = 12;
  return { seed: name, year, pubYear: year, pubMonth: month, published: ym(year, month), ...(undated ? { undated } : {}), ...(assumedYear ? { assumedYear } : {}) };
}

/**
 * A numeric date stamp (2021-09-14, 2019/06/19, 2021.08.06): on a copied web page, the date it was published.
 * Prose writes dates in characters (6月19日); digits joined by - / . with a valid month and day are the page's.
 * The first one is taken: the article's own stamp comes before any related-links list.
 */
// ("2020/10/28/ 10:07": a page's path-like stamp may end in its separator, before a time (the space between
// may be compacted away) or a line's end.)
const STAMP_RE = /(?<![\d.\-/])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-]|\/(?![\s\d]{0,2}:|\s|$))/;
/**
 * The same stamp day first, as some sites print it ("03.11.2014 23:05"): only with a time after it, which a
 * figure never has. When day and month could be swapped, the later month (a report's figures are at or before it).
 */
const DMY_STAMP_RE = /(?<![\d.\-/])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})\s+\d{1,2}:\d{2}/;
/** "2016\n07/19": a page's year on a line of its own above its month/day. */
const SPLIT_STAMP_RE = /(?:^|\n)[ \t]*((?:19|20)\d{2})[ \t]*\n[ \t]*(\d{1,2})[-/.](\d{1,2})[ \t]*(?:\n|$)/;
export function pageStamp(text: string): { year: number; month: number } | null {
  const ok = (year: number, month: number, day: number) => year >= 1990 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const m = STAMP_RE.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    return ok(year, month, Number(m[4])) ? { year, month } : null;
  }
  // (Gated on a colon, a time's: most pages have none.)
  const d = text.includes(':') ? DMY_STAMP_RE.exec(text) : null;
  if (d) {
    const year = Number(d[4]);
    const a = Number(d[1]);
    const b = Number(d[3]);
    const month = ok(year, b, a) && ok(year, a, b) ? Math.max(a, b) : ok(year, b, a) ? b : ok(year, a, b) ? a : 0;
    return month ? { year, month } : null;
  }
  const s = SPLIT_STAMP_RE.exec(text);
  if (s) {
    const year = Number(s[1]);
    const month = Number(s[2]);
    return ok(year, month, Number(s[3])) ? { year, month } : null;
  }
  return null;
}

/**
 * The zone a text names in full and then abbreviates to a bare type word: "甲州乙县经济技术开发区(以下简称
 * “经开区”)", "…高新技术产业开发区(简称高新区)". Null when the text defines no such abbreviation for word.
 * (The full name starts after punctuation or a dash: "某区国家级开发区——甲州乙县经济技术开发区(以下简称…".)
 */
const DEFINED_ABBR_RE = new RegExp(String.raw`(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,20}?${alt([...NAMED_WORDS, '示范区'])})[(（](?:以下简称|以下称|下称|简称)[“"‘]?([\u4e00-\u9fff]{2,5})[”"’]?[)）]`, 'g');
/** A bare type word a text uses for its own zone, opening a clause (after at most a short lead-in). */
const OWN_WORD_RE = new RegExp(`(?:^|[\\n。；;，,：:])(?:[^\\n。；;，,]{0,12}[,，])?(${OWN_WORDS.join('|')})`);
function definedAbbreviation(text: string, word: string): Subject | null {
  DEFINED_ABBR_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DEFINED_ABBR_RE.exec(text)); ) {
    if (m[2] !== word || m[1].length <= word.length + 1 || !zoneLike(m[1])) continue;
    // (A zone of the gazetteer keeps its own name and city.)
    const r = resolveName(m[1]);
    return r.status === 'zone' ? { name: r.name, scope: 'zone', city: r.city } : unknownSubject(m[1]);
  }
  return null;
}

/**
 * A year written as the first word of an event's name ("2016北京山西商会项目推介会", "2020第二季“以商招商”项目恳谈会"):
 * four digits with no 年, followed (within the name) by a gathering's word. Not a quantity: "2020亩", "2016万元".
 */
// (Also a ceremony's or a campaign's — "2018中国(某地)文化节项目签约仪式" — and a ranking's: "2020中国化工园区30强",
// "位列2023中国某某十大园区榜首", "2023中国省级开发区高质量发展百强": published in the year it names.)
// (And a part of the year glued to its year, "2020上半年,全省开发区…": the year reported on.)
const EVENT_YEAR_RE = /(?<![\d.])((?:19|20)\d{2})(?:(?=上半年|下半年|前[一二两三]个?季度|第?[一二三四]季度|首季)|(?=[\u4e00-\u9fff“"《])(?![年月日号万亿元个家项宗亩户人次件平公吨台套米千百届多余])[^，,。；;！？!?\n]{0,24}?(?:推介会|洽谈会|恳谈会|博览会|交易会|论坛|峰会|大会|招商会|签约会|年会|仪式|活动|[十百]强|\d+强|十大|榜))/g;
function eventNameYear(text: string): number {
  let y = 0;
  for (const m of text.matchAll(EVENT_YEAR_RE)) y = Math.max(y, Number(m[1]));
  return y >= 1990 ? y : 0;
}

/**
 * A month a text reports up to ("1-9月", "截至6月"), or a dated day ("6月29日"), with its year when written;
 * or a part of the year opening a statement of results ("前三季度,全区…", "2023年上半年,…"; not "确保上半年完成").
 */
const MONTH_RE = /(?:(20\d{2})年)?(?:(?:1-|至|截至|截止)(\d{1,2})月|(\d{1,2})月(?:\d{1,2}日)|(?<=(?:^|[。；;\n])(?:20\d{2}年)?)(前三季度|上半年|一季度|第一季度)(?=[,，]))/g;
const PART_MONTH: Record<string, number> = { 前三季度: 9, 上半年: 6, 一季度: 3, 第一季度: 3 };

/** The latest month a text states without a year or with this year (0 if none); a date under another year says nothing. */
function latestMonth(text: string, year: number): number {
  let month = 0;
  for (const m of text.matchAll(MONTH_RE)) {
    if (m[1] && Number(m[1]) !== year) continue;
    const mo = m[4] ? 1 : Number(m[2] ?? m[3]);
    if (mo >= 1 && mo <= 12) month = Math.max(month, pubAfter(m));
  }
  return month;
}
/**
 * The earliest month a text can be published in, given a month it names (a MONTH_RE match): figures through
 * a month ("1-10月", "截至6月底") are counted after it has ended, so the text is of the month after (up to
 * December); a dated day ("10月31日") may be of the same month.
 */
function pubAfter(m: RegExpMatchArray): number {
  if (m[4] !== undefined) return PART_MONTH[m[4]] + 1;
  return m[2] !== undefined ? Math.min(12, Number(m[2]) + 1) : Number(m[3]);
}

/** A stand-in year for an undated text, so cue arithmetic works; facts dated with it are emitted with XXXX. */
const UNDATED_YEAR = 2000;

/** Zone-like names the gazetteer does not know, or that fit several zones: once per distinct spelling. */
function nameWarnings(seed: string, n: ReturnType<typeof normalise>, seg: ReturnType<typeof segment>): ExtractWarning[] {
  const out: ExtractWarning[] = [];
  const seen = new Set<string>();
  for (const h of seg.names) {
    const st = h.resolution.status;
    if ((st !== 'unknown' && st !== 'ambiguous') || seen.has(h.raw)) continue;
    // "甲县召开开发区…" is running text, not a name the gazetteer lacks.
    if (st === 'unknown' && !zoneLike(h.raw)) continue;
    seen.add(h.raw);
    out.push({
      kind: st === 'unknown' ? 'unknown_zone' : 'ambiguous_name',
      message: st === 'unknown' ? `未知开发区名称: ${h.raw}` : `名称对应多个开发区: ${h.raw}`,
      source: { seed, ...toOriginalSpan(n, h.start, h.end) },
      detail: h.resolution.status === 'ambiguous' ? { raw: h.raw, candidates: h.resolution.candidates } : { raw: h.raw },
    });
  }
  return out;
}

/**
 * "县经开区" where no county is named (a clause start, a date, or a grammar word before 县): the qualified
 * word, else null.
 */
function qualifiedPlaceholder(text: string, word: string): string | null {
  if (!/区$/.test(word) || /^[我本全]/.test(word)) return null;
  for (let at = text.indexOf(word, 1); at > 0; at = text.indexOf(word, at + word.length)) {
    const q = text[at - 1];
    if (q !== '县' && q !== '市') continue;
    const before = text.charCodeAt(at - 2);
    if (!(before >= 0x4e00 && before <= 0x9fff) || /[年的在和与及对全]/.test(text[at - 2])) return q + word;
  }
  return null;
}

/**
 * Who an area word means in a text that names no subject of its own in its title or heading:
 *  - 全区/本区/我区: the autonomous region the text is from (广西, 内蒙古… call themselves 全区); else the zone
 *    the text names where a subject stands ("日前,某某开发区前5月经济运行数据出炉…"); else an unnamed
 *    district, 某区;
 *  - 全县/本县/我县: the county the page is about, else an unnamed county, 某县.
 * Never the area word itself: "全区" on a map names nothing.
 */
function areaHome(word: string, text: string, names: NameHit[], province: Subject | null | undefined, county: Subject | null, district: Subject | null): Subject {
  if (word.endsWith('县')) return county ?? { name: '某县', scope: 'city', city: '', unknown: true };
  if (province && /自治区$/.test(province.name)) return province;
  // (A district the title or heading names is whom its 全区/我区 mean: "甲区2023年招商引资工作总结…全区共签约…".)
  if (district) return district;
  // (A zone of the gazetteer at a subject's place, or a name it does not know opening a clause: the earlier.)
  const other = firstClauseZone(text);
  for (const h of names) {
    if (other && h.start > other.at) break;
    const st = h.resolution.status;
    if (st !== 'zone' && !(st === 'unknown' && zoneLike(h.raw))) continue;
    let cs = h.start;
    while (cs > 0 && !/[。！？!?；;，,\n]/.test(text[cs - 1])) cs--;
    if (!atSubjectPosition(text, cs, h.start, h.end)) continue;
    if (st === 'zone') return { name: h.resolution.name, scope: 'zone', city: h.resolution.city };
    return unknownSubject(h.raw);
  }
  // (Else the zone whose office the text reports from: "…这是记者从某某高新区管委会了解到的".)
  return other?.subject ?? (text.includes('管') ? officeZone(text) : null) ?? { name: '某区', scope: 'zone', city: '', unknown: true };
}

/** The district a page's head names (outside the gazetteer), as a subject of the city level, as counties are. */
function districtOf(head: string): Subject | null {
  const d = homeDistrictName(head);
  return d ? { name: d, scope: 'city', city: '', unknown: true } : null;
}

/** "来源:某某开发区管委会", "供稿:某某高新区", "信息来源:…": the page's source line (or the metadata's source). */
const SOURCE_LINE_RE = /(?:^|\n)\s*(?:信息来源|来源|稿源|供稿|发布机构|发布单位)\s*[:：]\s*([^\s\n:：|]{4,40})/g;
/** Source lines as spans of the text (their names are the publisher's, not the text's). */
const SOURCE_SPAN_RE = /(?:信息来源|来源|稿源|供稿|发布机构|发布单位)\s*[:：][^\n]*/g;
/** A zone's own office or the zone itself, at the end of a source: "…开发区管委会", "…高新区管理委员会". */
const SOURCE_ZONE_RE = /^(.{2,30}?(?:经济技术开发区|经济开发区|高新技术产业开发区|技术产业开发区|开发区|经开区|高新区|示范区|产业园区|工业园区|产业集聚区))(?:管委会|管理委员会|办公室|党工委)?$/;

/** The zone a source line (or the metadata's source) names, when it names one; null for a paper, a bureau, a site. */
export function sourceZone(text: string, metaSource?: string): Subject | null {
  const lines: string[] = [];
  // (Only the page's furniture: its first and last lines.)
  // (A bulletin whose sections each close with a 供稿 line speaks for several zones: segment.ts reads those lines.)
  const sectioned = text.indexOf('供稿') >= 0 && text.indexOf('供稿', text.indexOf('供稿') + 2) >= 0;
  if (!sectioned && (text.includes('来源') || text.includes('供稿') || text.includes('稿源') || text.includes('发布'))) {
    const furniture = text.length > 1200 ? text.slice(0, 600) + '\n' + text.slice(-600) : text;
    SOURCE_LINE_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = SOURCE_LINE_RE.exec(furniture)); ) lines.push(m[1]);
  }
  if (metaSource) lines.push(metaSource.trim());
  for (const l of lines) {
    // "某某经济技术开发区管委会 2018-09-19", "来源:某某高新区发布时间:…": the name ends before a date or a label.
    const name = l.replace(/(?:发布时间|发布日期|时间|作者|编辑|浏览|点击).*$|[\d-]{4,}.*$|[(（].*$/, '').replace(/(?:管委会|管理委员会|办公室|党工委)$/, '');
    const z = SOURCE_ZONE_RE.exec(name);
    if (!z) continue;
    const s = documentSubject(z[1]);
    if (s && s.scope === 'zone') return s;
  }
  return null;
}

/** Full names a bare type word may stand for. */
const OFFICE_FITS: Record<string, RegExp> = {
  高新区: /(?:高新技术产业开发区|高新区)$/,
  经开区: /(?:经济技术开发区|经济开发区|经开区)$/,
  开发区: /(?:经济技术开发区|经济开发区|开发区|经开区)$/,
  经济技术开发区: /经济技术开发区$/,
  经济开发区: /经济开发区$/,
  高新技术产业开发区: /高新技术产业开发区$/,
};

export function extractDocument(doc: InputDocument, fallbackYear?: number): ExtractResult {
  const warnings: ExtractWarning[] = [];
  if (typeof doc.text !== 'string' || doc.text.length === 0) {
    return { facts: [], projects: [], warnings: [{ kind: 'no_figures', message: `${doc.name}: 空文本，没有可提取的数字` }] };
  }
  const n = normalise(doc.text);
  const ctx = documentContext(doc.name, n.text, doc.meta, fallbackYear);
  if (ctx.undated)
    warnings.push({
      kind: 'unknown_period',
      message: `${doc.name}: 文本和元数据都没有给出年份，数字按月份定期、年份记为 XXXX / no year in the text or metadata; figures keep their months under an unknown year (XXXX)`,
    });
  else if (!doc.meta?.published && !/20\d{2}年/.test(n.text) && ctx.assumedYear)
    warnings.push({
      kind: 'unknown_period',
      message: `${doc.name}: 文本和元数据都没有给出年份，按同批文件的 ${ctx.year} 年处理 / no year in the text or metadata; assumed ${ctx.year} from the other documents`,
    });
  // Who the document is about when its text only says 经开区/我区/全省: its title, else its own heading line.
  const title = doc.meta?.title ? normalise(doc.meta.title).text : '';
  const heading = /^[^\n。；;，,]{4,40}(?=\n)/.exec(n.text)?.[0] ?? '';
  // Else the zone its opening sentence names ("1月30日,某某开发区召开…").
  // (A park named after 其中 is a part of the subject, not the subject.)
  const opening = (/^[^。！？!?\n]{0,80}/.exec(n.text)?.[0] ?? '').split('其中')[0];
  // (A zone named with its name blanked out, "XX经济开发区…工作总结", is the page's own before a title or heading that
  // holds only a bare type word: "工业园区管委会工作汇报" says only the kind of the zone the text names as "xx工业园区".)
  const titled = documentSubject(title);
  ctx.subject = cleanSubject(
    (titled && !isGenericName(titled.name) ? titled : null) ?? placeholderZone(n.text) ?? titled ?? documentSubject(heading) ?? documentSubject(opening, false) ?? pageCountyZone(n.text, title),
  );
  const seg = segment(n.text);
  // A page that never names its zone in its text, only in its source line ("来源:某某经济技术开发区管委会") or
  // its metadata's source: that zone is whom the page speaks for. Only a line naming a zone (or its 管委会) counts —
  // a newspaper or a bureau is the publisher, not the subject — and only when no zone is named in the text.
  if (!ctx.subject) {
    const src = sourceZone(n.text, doc.meta?.source);
    if (src) {
      // (The source line's own name does not count as the text naming a zone: names inside it are skipped, and the
      // costlier scan for zones outside the gazetteer reads the text without it — only once the known names agree.)
      const lines: Array<[number, number]> = [];
      for (const m of n.text.matchAll(SOURCE_SPAN_RE)) lines.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      const inLine = (at: number): boolean => lines.some(([a, b]) => at >= a && at < b);
      const zoneNamed = seg.names.some((h) => !inLine(h.start) && (h.resolution.status === 'zone' || (h.resolution.status === 'unknown' && zoneLike(h.raw))));
      if (!zoneNamed && zoneLikeNames(n.text.replace(SOURCE_SPAN_RE, '')).length === 0) ctx.subject = src;
    }
  }
  ctx.otherCities = otherCities(n.text);
  // The county a page is about when it lies outside the gazetteer ("甲县与全省同步举行…"): 全县/本县 mean it.
  // (A headline joined with its date line by normalisation still opens the text: its first 60 characters.)
  const county = homeCountyName(title || heading || n.text.slice(0, Math.min(60, (n.text.indexOf('\n') + 1 || 61) - 1)));
  // The province 全省/我省 mean: the title's, else the one the text's evidence names; unknown (null) for a
  // text plainly from elsewhere that names no province — never Shanxi by default there.
  // (The page's furniture is read only when the question arises: most texts settle on Shanxi evidence first.)
  let page: ReturnType<typeof pageCity> | undefined;
  const foreign = () => !!county || ctx.otherCities!.size > 0 || (page ??= pageCity(n.text, title)).named.some(foreignPlace);
  ctx.province = homeProvince(n.text, title || heading, seg.names, foreign);
  // The county speaks through its zone when the text has one it does not name ("县开发区", "该县产业集聚区").
  if (county) {
    const zone = /(?:该县|县)(经济技术开发区|经济开发区|高新技术产业开发区|产业集聚区|经开区|高新区|开发区|工业园区)/.exec(n.text)?.[1];
    const city = (page ??= pageCity(n.text, title)).city?.name ?? '';
    ctx.homeCounty = { name: county, subject: zone ? { name: county + zone, scope: 'zone', city, unknown: true } : { name: county, scope: 'city', city } };
  }
  // "我市…" on a city paper's or portal's page: the one city its furniture names (title, header, 来源).
  // (Three plain searches, asked once: a regex of the three alternatives is tried at every position of the text.)
  const speaksAsCity = n.text.includes('我市') || n.text.includes('本市') || n.text.includes('全市');
  if (speaksAsCity) {
    const pc = pageCity(n.text, title);
    ctx.homeCity = pc.city;
    if (!pc.city && pc.named.length > 1)
      warnings.push({
        kind: 'ambiguous_name',
        message: `${doc.name}: 文中称“我市”，页面列出多个城市 (${pc.named.join('、')}) / the page names several cities for 我市`,
        detail: { candidates: pc.named },
      });
  }
  // A text that calls its zone only "高新区"/"经开区": its projects are kept under that word (facts do the same).
  if (!ctx.subject) {
    // (On a district's page — its title or heading names it — 我区/全区 are that district, before any bare zone word:
    // "专业园区运营机构" later in the text is no zone of its own.)
    const district = districtOf(title || heading || n.text.slice(0, Math.min(60, (n.text.indexOf('\n') + 1 || 61) - 1)));
    const w =
      (district ? /(?:^|[\n。；;，,：:])(?:[^\n。；;，,]{0,12}[,，])?(我区|本区|全区)/.exec(n.text)?.[1] : undefined) ??
      OWN_WORD_RE.exec(n.text)?.[1] ??
      // "我区/全县…": the text speaks of its own district or county without naming it.
      /(?:^|[\n。；;，,：:])(?:[^\n。；;，,]{0,12}[,，])?(我区|本区|全区|我县|本县|全县)/.exec(n.text)?.[1];
    if (w) {
      // A city paper's or portal's "开发区" is its city's: the gazetteer's one zone of that kind there, else
      // the word qualified by the city ("某州开发区"), so the figures say whose they are.
      const pc = /区$/.test(w) && !/^[我本全]/.test(w) ? pageCity(n.text, title).city : null;
      // "县经开区"/"市高新区" with no place named: the text's zone is a county's (city's); the name keeps the
      // qualifier it is written with, so the figures say what kind of zone they are about.
      const q = pc ? null : qualifiedPlaceholder(n.text, w);
      // "我区/全县" are no names: an unnamed district or county is labelled as such (某区/某县, "a district"),
      // a county at the city level of the vocabulary as named counties are.
      const own = /^[我本全]/.test(w) ? (w.endsWith('县') ? '某县' : '某区') : null;
      // "某州某某经济技术开发区(以下简称“经开区”)": the text itself says who its bare word is; that name wins
      // over a guess from the page's city.
      const defined = n.text.includes('简称') ? definedAbbreviation(n.text, w) : null;
      // The zone whose office the text reports from, when its type fits the bare word ("…从某某高新区管委会获悉").
      const office = !/^[我本全]/.test(w) && n.text.includes('管') ? officeZone(n.text) : null;
      const officeFits = !!office && OFFICE_FITS[w]?.test(office.name);
      ctx.placeholder =
        defined ??
        (pc && cityZone(pc.name, w)) ??
        (officeFits ? office : null) ??
        (own ? { name: own, scope: own === '某县' ? 'city' : 'zone', city: '', unknown: true } : { name: q ?? w, scope: 'zone', city: '', unknown: true });
      // "县开发区" on a page about a county: that county's zone ("甲县开发区"), the county-with-one-zone reading.
      if (ctx.homeCounty && q?.startsWith('县')) ctx.placeholder = ctx.homeCounty.subject;
      // An area word is never a subject's name: 全区/我区 are the zone the text names where a subject stands, or the
      // autonomous region it is from; 全县/本县 its county; else an unnamed district or county (某区/某县).
      else if (/^[我本全]/.test(w)) ctx.placeholder = areaHome(w, n.text, seg.names, ctx.province, ctx.homeCounty?.subject ?? null, district);
      const at = n.text.indexOf(w);
      warnings.push({
        kind: 'unknown_zone',
        message: `${doc.name}: 文中只称“${w}”，未给出开发区名称 / the text never names its zone; figures kept under “${ctx.placeholder.name}”`,
        source: { seed: doc.name, ...toOriginalSpan(n, at, at + w.length) },
        detail: { raw: w },
      });
    }
  }
  // No city in the furniture: a text whose names all lie in one city speaks of that city as 我市.
  if (speaksAsCity && !ctx.homeCity && !warnings.some((w) => w.kind === 'ambiguous_name')) {
    const cities = new Set<string>();
    for (const h of seg.names) {
      const r = h.resolution;
      if (r.status === 'city') cities.add(r.name);
      else if (r.status === 'zone') cities.add(r.city);
    }
    // (And the counties it names in full: "榆次区…昔阳县…" on a page that says 全市.)
    for (const c of countyCities(n.text)) cities.add(c);
    if (cities.size === 1) {
      const [c] = [...cities];
      ctx.homeCity = { name: c, scope: 'city', city: c };
    }
  }
  // A text that speaks as its city from its first paragraph ("今年以来,我市持续优化营商环境,…推动开发区…") and has
  // no title naming anyone: the city is the document's subject, so its bare 开发区 are the city's zones together,
  // not the zone last named in passing.
  // (The first paragraph: a lede may open with a general sentence before the city speaks.)
  if (!ctx.subject && ctx.homeCity && /我市|本市/.test(/^[^\n]{0,200}/.exec(n.text)?.[0] ?? '')) ctx.subject = ctx.homeCity;
  // A text about the country's zones: it names no province, city or zone of its own.
  ctx.national =
    !ctx.subject && !ctx.placeholder && !ctx.homeCity && !/[全我本该][省市县区]/.test(n.text) && !seg.names.some((h) => h.resolution.status !== 'unknown');
  const prep = prepare(n.text);
  const f = extractFacts(n, seg, prep, ctx);
  const p = extractProjects(n, seg, prep, ctx);
  warnings.push(...f.warnings, ...p.warnings, ...nameWarnings(doc.name, n, seg));
  if (!prep.numbers.some((t) => !t.skip)) {
    warnings.push({ kind: 'no_figures', message: `${doc.name}: 文本中没有可识别的数字` });
  }
  // A figure restated in the same report ("132个项目签约落地" in the lead, again in the detail) is one fact:
  // the first statement is kept.
  const seenFacts = new Set<string>();
  // (Targets are left as stated: a plan repeats its goals in several places on purpose, and the answer sets list each.)
  const facts = f.facts.filter((x) => {
    if (x.kind !== 'actual') return true;
    // (A count is the same whatever its classifier: "投资协议12项" and "12个项目…签约".)
    // Template instead of [..].join('|') (no array per fact); `?? ''` keeps join's null/undefined → ''.
    const k = `${x.subject ?? ''}|${x.period ?? ''}|${x.indicator ?? ''}|${x.measure ?? ''}|${x.value ?? ''}|${(x.measure === 'count' ? '' : x.unit) ?? ''}|${x.kind ?? ''}`;
    if (seenFacts.has(k)) return false;
    seenFacts.add(k);
    return true;
  });
  // Every subject a name or a level: glued verbs off, bare type words to the document's zone (or city), counts of
  // zones to their city or province (see subject-names.ts).
  cleanSubjects([...facts, ...p.projects], n.text, () => documentNames(n.text, ctx.subject, ctx.homeCity, seg.names));
  // One zone, one name: a short form of a zone the gazetteer does not know ("火炬开发区") takes the
  // fuller form the same document gives elsewhere ("中山火炬开发区" in its title or text).
  {
    // The fuller names are gathered only when some subject is unknown to the gazetteer (the text scan costs).
    let fullerSet: Set<string> | null = null;
    const fuller = (): Set<string> => {
      if (fullerSet) return fullerSet;
      fullerSet = new Set<string>();
      if (ctx.subject?.scope === 'zone' && ctx.subject.unknown) fullerSet.add(ctx.subject.name);
      for (const h of seg.names) if (h.resolution.status === 'unknown') {
        // (Without words of running text glued in front: "落户甲州开发区" is no fuller form of 甲州开发区.)
        const u = unknownSubject(stripLeading(h.raw) ?? h.raw);
        if (u.scope === 'zone') fullerSet.add(u.name);
      }
      for (const x of [...facts, ...p.projects]) if (x.scope === 'zone') fullerSet.add(x.subject);
      for (const z of zoneLikeNames(n.text)) fullerSet.add(stripLeading(z) ?? z);
      return fullerSet;
    };
    const rename = new Map<string, string | null>();
    const to = (name: string): string | null => {
      if (!rename.has(name)) rename.set(name, resolveName(name).status === 'unknown' ? fullerName(name, fuller()) ?? officialForm(name) : null);
      return rename.get(name)!;
    };
    // A zone outside the gazetteer has no city; the page's city fits when the zone is named after it
    // ("襄阳高新技术产业开发区" on a page whose source is 襄阳日报).
    let pc: string | null | undefined;
    for (const x of [...facts, ...p.projects]) {
      if (x.scope !== 'zone') continue;
      const full = to(x.subject);
      if (full) x.subject = full;
      if (x.city) continue;
      pc ??= pageCity(n.text, title).city?.name ?? null;
      if (pc && x.subject.startsWith(pc.replace(/市$/, ''))) x.city = pc;
    }
  }
  // A figure left to an unnamed place (某市/某县/某区: the text said only 全市/我县/全区) is the one place of that level
  // the text names as a name of its own, if it names exactly one ("漳浦县招商引资…:…全县…项目集中签约").
  {
    const byLevel = new Map<string, Subject | null>();
    for (const x of [...facts, ...p.projects]) {
      const m = /^某([市县区])$/.exec(x.subject);
      if (!m) continue;
      if (!byLevel.has(m[1])) {
        let one = onePlaceOfLevel(n.text, m[1] as '市' | '县' | '区');
        // An unnamed zone (某区 of the zone scope: the text said only 全区/园区/开发区) on a page that names exactly one
        // zone: that zone (a page naming two names neither).
        if (!one && m[1] === '区' && x.scope === 'zone') {
          const zs = documentNames(n.text, null, null, seg.names).zones.filter((z) => z.subject.scope === 'zone' && !isGenericName(z.subject.name));
          if (zs.length && zs.every((z) => z.subject.name === zs[0].subject.name)) one = zs[0].subject;
          // A page whose name reader found no zone ("甲丰(乙凤)经开区…。该经开区新签约…" — the name holds a bracket) but
          // whose other figures all went to one zone (该经开区 read back to it): that zone.
          else if (!zs.length) {
            const others = new Map<string, Subject>();
            for (const y of facts) if (y.scope === 'zone' && !/^某/.test(y.subject)) others.set(y.subject, { name: y.subject, scope: 'zone', city: y.city });
            if (others.size === 1) one = [...others.values()][0];
          }
        }
        byLevel.set(m[1], one);
      }
      const s = byLevel.get(m[1]);
      if (!s) continue;
      x.subject = s.name;
      x.scope = s.scope;
      x.city = s.city;
    }
  }
  // An autonomous prefecture is filed under its official name, however the text shortens it ("湘西州" →
  // 湘西土家族苗族自治州), as a city is filed as "<place>市": one prefecture, one name on the map.
  for (const x of [...facts, ...p.projects]) {
    if (x.subject.endsWith('州')) x.subject = prefectureFullName(x.subject) ?? x.subject;
    if (x.city.endsWith('州')) x.city = prefectureFullName(x.city) ?? x.city;
  }
  dropRoundedRepeats(facts);
  if (ctx.undated) {
    // No year anywhere: a figure whose year cannot be known is still a figure. Its months are known
    // (前三季度 → 01/09) and its year is written unspecified (XXXX-01/XXXX-09, ISO 8601-2); the document's
    // warning above says so once. A figure dated relative to the unknown year (去年, 明年) or by some other
    // year has no such form: it stays a warning with its indicator, value and quote (nothing lost).
    // Projects carry no period.
    const dated: Fact[] = [];
    const stand = String(UNDATED_YEAR);
    for (const x of facts) {
      const [a, b] = x.period.split('/');
      if (a.slice(0, 4) === stand && b.slice(0, 4) === stand) {
        x.period = `${UNKNOWN_YEAR}${a.slice(4)}/${UNKNOWN_YEAR}${b.slice(4)}`;
        dated.push(x);
        continue;
      }
      warnings.push({
        kind: 'unknown_period',
        message: `${x.subject} ${x.indicator}/${x.measure} = ${x.value}${x.unit}: 无法确定年份 / undated figure`,
        source: x.source,
        detail: { subject: x.subject, scope: x.scope, indicator: x.indicator, measure: x.measure, value: x.value, unit: x.unit, kind: x.kind, quote: x.quote },
      });
    }
    return { facts: dated, projects: p.projects.map(({ period: _p, ...rest }) => rest), warnings };
  }
  return { facts, projects: p.projects, warnings };
}

/** Decimal places a value is printed with (18246.43 → 2). */
function decimals(v: number): number {
  const t = String(v);
  const dot = t.indexOf('.');
  return dot < 0 ? 0 : t.length - dot - 1;
}
/**
 * A headline that rounds a figure the body states exactly ("园区去年实现营业收入18246亿元" over "…累计实现营业收入18246.43亿元")
 * is the same fact said twice: the rounded repeat is dropped, the exact figure kept. Only amounts of one subject, period,
 * indicator, measure and kind, where one is the other rounded (or cut) to fewer decimals.
 */
function dropRoundedRepeats(facts: Fact[]): void {
  let groups: Map<string, Fact[]> | null = null;
  for (const x of facts) {
    if (x.kind !== 'actual' || (x.measure !== 'value' && x.measure !== 'investment')) continue;
    const k = `${x.subject}|${x.period}|${x.indicator}|${x.measure}|${x.unit}`;
    groups ??= new Map();
    const g = groups.get(k);
    if (g) g.push(x);
    else groups.set(k, [x]);
  }
  if (!groups) return;
  const drop = new Set<Fact>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    for (const b of g) {
      const d = decimals(b.value);
      for (const a of g) {
        if (a === b || decimals(a.value) <= d) continue;
        const f = 10 ** d;
        if (Number(a.value.toFixed(d)) === b.value || Math.floor(a.value * f + 1e-9) / f === b.value) {
          drop.add(b);
          break;
        }
      }
    }
  }
  if (!drop.size) return;
  const kept = facts.filter((x) => !drop.has(x));
  facts.splice(0, facts.length, ...kept);
}

/** Same subject, period, indicator, measure and kind but different values across documents. */
export function conflictWarnings(facts: Fact[]): ExtractWarning[] {
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    // (Two texts that never say their year may be of different years: no conflict can be told.)
    if (f.period?.startsWith(UNKNOWN_YEAR)) continue;
    const k = `${f.subject ?? ''}|${f.period ?? ''}|${f.indicator ?? ''}|${f.measure ?? ''}|${f.kind ?? ''}|${f.unit ?? ''}`;
    const list = byKey.get(k);
    if (list) list.push(f);
    else byKey.set(k, [f]);
  }
  const out: ExtractWarning[] = [];
  for (const [k, list] of byKey) {
    if (list.length < 2) continue; // (most keys hold one fact: no sets built for them)
    const seeds = new Set(list.map((f) => f.source.seed));
    if (seeds.size < 2) continue;
    const values = new Set(list.map((f) => f.value));
    if (values.size < 2) continue;
    const [subject, period, indicator, measure, kind] = k.split('|');
    out.push({
      kind: 'conflict',
      message: `${subject} ${period} ${indicator}/${measure} 在不同文件中数值不一致: ${[...values].join(' / ')}`,
      source: list[0].source,
      detail: {
        subject,
        period,
        indicator,
        measure,
        kind,
        values: list.map((f) => ({ value: f.value, seed: f.source.seed, start: f.source.start, end: f.source.end })),
      },
    });
  }
  return out;
}

export function extractDocuments(docs: InputDocument[]): ExtractResult {
  const out: ExtractResult = { facts: [], projects: [], warnings: [] };
  // Each document is dated by its own text or metadata only: an unrelated report's year is no evidence.
  for (const d of docs) {
    const r = extractDocument(d);
    out.facts.push(...r.facts);
    out.projects.push(...r.projects);
    out.warnings.push(...r.warnings);
  }
  out.warnings.push(...conflictWarnings(out.facts));
  return out;
}
