import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvCell, parseCsv, projectsToCsv, PROJECT_COLUMNS } from '../../src/data/csv';
import { buildProjectIndex, EMPTY_FILTER, filterProjects } from '../../src/data/projects';
import { CITY_NAMES, PROJECTS, ZONES } from './fixtures/projects';

const index = buildProjectIndex(PROJECTS, { zones: ZONES, cityNames: CITY_NAMES });

describe('csv cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('清徐，开发区')).toBe('清徐，开发区'); // a full-width comma is not a separator
  });

  it('writes missing values as empty cells and numbers as plain numbers', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(2.3)).toBe('2.3');
    expect(csvCell(1234.5)).toBe('1234.5'); // no grouping: Excel must read it as a number
  });

  it('defuses formulas in text cells with an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('项目=1')).toBe('项目=1'); // only the first character matters
  });

  it('round-trips any text through the parser (apart from the formula guard)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map(csvCell).join(',') + '\r\n';
        const back = parseCsv(line)[0];
        const expected = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c));
        expect(back).toEqual(expected);
      }),
    );
  });
});

describe('project export', () => {
  const rows = filterProjects(index, { ...EMPTY_FILTER, city: '140100' });
  const csv = projectsToCsv(rows);

  it('starts with a UTF-8 byte-order mark so Excel reads Chinese', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('ends every record with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(rows.length + 2); // header + rows + trailing empty
  });

  it('has exactly the given rows, in order, with the named columns', () => {
    const table = parseCsv(csv);
    expect(table[0]).toEqual(PROJECT_COLUMNS.map((c) => c.header.zh));
    expect(table).toHaveLength(rows.length + 1);
    const col = (h: string) => table[0].indexOf(h);
    expect(table.slice(1).map((r) => r[col('项目编号')])).toEqual(rows.map((r) => r.id));
    const p1 = table.find((r) => r[col('项目编号')] === 'p1')!;
    expect(p1[col('项目名称')]).toBe('年产450吨第三代半导体SiC单晶用高纯碳基材料项目');
    expect(p1[col('开发区')]).toBe('清徐经济开发区');
    expect(p1[col('城市')]).toBe('太原市');
    expect(p1[col('企业')]).toBe('湖南顶立科技股份有限公司');
    expect(p1[col('投资_亿元')]).toBe('2.3');
    expect(p1[col('状态')]).toBe('签约');
    expect(p1[col('时期')]).toBe('2023年1—9月');
    expect(p1[col('来源文件')]).toBe('000_ef21bc58c00ca203.txt');
    expect(p1[col('原文')]).toBe(PROJECTS[0].quote);
  });

  it('leaves a missing investment empty, not 0', () => {
    const table = parseCsv(projectsToCsv(index.rows, 'en'));
    const inv = table[0].indexOf('investment_亿元');
    const p7 = table.find((r) => r.at(-1) === 'p7')!;
    expect(p7[inv]).toBe('');
    expect(table[0]).toContain('source_file');
    // The English export names zones in English where the gazetteer has a name (fixture: none, so Chinese).
    expect(p7[table[0].indexOf('zone')]).toBe('长治高新技术产业开发区');
    expect(table[0]).toContain('quote');
  });

  it('keeps a quote with commas, quotes and a newline intact', () => {
    const tricky = { ...PROJECTS[1], id: 'tricky', quote: '投资15亿元，"聚全堂"项目,\n=开工' };
    const idx = buildProjectIndex([tricky], { zones: ZONES, cityNames: CITY_NAMES });
    const table = parseCsv(projectsToCsv(idx.rows));
    expect(table).toHaveLength(2);
    expect(table[1][table[0].indexOf('原文')]).toBe(tricky.quote);
  });

  it('defuses a project name that looks like a formula', () => {
    const evil = { ...PROJECTS[0], id: 'evil', name: '=cmd|" /C calc"!A0' };
    const idx = buildProjectIndex([evil], { zones: ZONES, cityNames: CITY_NAMES });
    const table = parseCsv(projectsToCsv(idx.rows));
    expect(table[1][0]).toBe(`'=cmd|" /C calc"!A0`);
  });
});
