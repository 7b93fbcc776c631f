/**
 * CSV export of the filtered project list.
 *
 * Excel is the target: it only reads a CSV as UTF-8 (and so shows Chinese correctly) when the file
 * starts with a byte-order mark; fields follow RFC 4180 (CRLF, quotes doubled, quoted when they
 * contain a comma, quote or line break). Report text goes into a spreadsheet, so a text cell that
 * starts with = + - @ (or a tab/CR, which Excel strips before looking) is prefixed with an
 * apostrophe: it then shows as text instead of running as a formula (CSV injection).
 */
import { formatPeriod, STATUS_LABELS, type Lang, type ProjectRow } from './projects';

export const BOM = '\uFEFF';
const EOL = '\r\n';

type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula guard for text, RFC 4180 quoting for both. */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  // Numbers we write ourselves are data for Excel to compute with; only text can carry a formula.
  let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

interface Column {
  header: Record<Lang, string>;
  value: (r: ProjectRow, lang: Lang) => Cell;
}

/** A table, not a chain of ifs: add a column here and the header and rows follow. */
export const PROJECT_COLUMNS: readonly Column[] = [
  { header: { zh: '项目名称', en: 'name' }, value: (r) => r.name },
  { header: { zh: '开发区', en: 'zone' }, value: (r, lang) => (lang === 'en' ? r.zoneNameEn : r.zoneName) },
  { header: { zh: '城市', en: 'city' }, value: (r) => r.cityName },
  { header: { zh: '企业', en: 'company' }, value: (r) => r.project.company },
  { header: { zh: '投资_亿元', en: 'investment_亿元' }, value: (r) => r.investment },
  { header: { zh: '状态', en: 'status' }, value: (r, lang) => STATUS_LABELS[lang][r.status] },
  { header: { zh: '时期', en: 'period' }, value: (r, lang) => (r.project.period ? formatPeriod(r.project.period, lang) : '') },
  { header: { zh: '产能', en: 'capacity' }, value: (r) => r.project.capacity },
  { header: { zh: '来源文件', en: 'source_file' }, value: (r) => r.project.source.seed },
  { header: { zh: '原文', en: 'quote' }, value: (r) => r.project.quote },
  { header: { zh: '开发区编号', en: 'zone_id' }, value: (r) => r.zoneId },
  { header: { zh: '城市代码', en: 'city_adcode' }, value: (r) => r.cityAdcode },
  { header: { zh: '项目编号', en: 'id' }, value: (r) => r.id },
];

/** The whole file as a string, BOM first, one row per project in the order given. */
export function projectsToCsv(rows: readonly ProjectRow[], lang: Lang = 'zh'): string {
  const lines = [csvLine(PROJECT_COLUMNS.map((c) => c.header[lang]))];
  for (const r of rows) lines.push(csvLine(PROJECT_COLUMNS.map((c) => c.value(r, lang))));
  return BOM + lines.join(EOL) + EOL;
}

/** File name with the date so repeated exports do not overwrite each other. */
export function csvFileName(now: Date = new Date()): string {
  const d = now.toISOString().slice(0, 10);
  return `shanxi-zone-projects-${d}.csv`;
}

/**
 * Parses RFC 4180 text back into rows (BOM tolerated). Used by tests and by anyone who wants to
 * check an export round-trips; kept next to the writer so both follow the same rules.
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
