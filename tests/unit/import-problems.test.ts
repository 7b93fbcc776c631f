/**
 * A report dropped into the browser, from real bytes made here: every kind of bad input gets its
 * own specific message (zh and en), nothing is imported on refusal, and good input in any of the
 * supported encodings yields facts. Runs the same pipeline the import worker runs.
 */
import { describe, expect, it } from 'vitest';
import { runImportPipeline, type ImportOutcome } from '../../src/ui/import/pipeline';
import { MAX_IMPORT_BYTES, messageFor, textProblem, type ImportNote, type ImportProblem } from '../../src/ui/import/problems';
import { translate } from '../../src/ui/i18n';
import '../../src/ui/import/messages';
import { gb18030 } from '../support/gb18030';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
}

const REPORT = '清徐经济开发区2025年上半年经济运行简况\n2025年1-6月，清徐经济开发区规上工业增加值完成65.4亿元，同比增长5.1%。\n';

function refused(o: ImportOutcome) {
  if (o.ok) throw new Error(`expected a refusal, got ${o.doc.join.facts.length} facts`);
  return o;
}
function accepted(o: ImportOutcome) {
  if (!o.ok) throw new Error(`expected an import, got ${o.problem.kind}`);
  return o.doc;
}
const say = (name: string, p: Parameters<typeof messageFor>[1]) => {
  const m = messageFor(name, p);
  return { zh: translate('zh', m.key, m.params), en: translate('en', m.key, m.params), key: m.key };
};

describe('bad input: a specific message, nothing imported', () => {
  it('a file over the limit names its size and the limit, before decoding anything', () => {
    const bytes = new Uint8Array(Math.round(6.5 * 1024 * 1024)).fill(0x41);
    const o = refused(runImportPipeline({ name: 'big.txt', bytes }));
    expect(o.problem).toEqual({ kind: 'too_large', bytes: bytes.length, limit: MAX_IMPORT_BYTES });
    const m = say('big.txt', o.problem);
    expect(m.zh).toContain('6.5 MB');
    expect(m.zh).toContain('上限为 5 MB');
    expect(m.en).toContain('6.5 MB; the limit is 5 MB');
  });

  it('a pasted text over the limit is measured in UTF-8 bytes', () => {
    const text = '开'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 10); // 3 bytes each in UTF-8
    expect(refused(runImportPipeline({ name: 'p', text })).problem.kind).toBe('too_large');
  });

  it('a binary file with NUL bytes (a PNG) is called binary, not "no figures"', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const o = refused(runImportPipeline({ name: 'map.png', bytes: png }));
    expect(o.problem.kind).toBe('binary');
    const m = say('map.png', o.problem);
    expect(m.zh).toContain('“map.png”看起来是二进制文件');
    expect(m.en).toContain('looks like a binary file');
  });

  it('control bytes without NUL are binary too', () => {
    const bytes = new Uint8Array(400);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0x01 + (i % 7) : 0x41;
    expect(refused(runImportPipeline({ name: 'x.dat', bytes })).problem.kind).toBe('binary');
  });

  it('bytes that are neither UTF-8 nor GB18030 are "encoding not recognised"', () => {
    const bytes = Uint8Array.from([...utf8('报告 '), 0xff, 0xff, 0x20, 0x81, 0x20]);
    const o = refused(runImportPipeline({ name: 'odd.txt', bytes }));
    expect(o.problem.kind).toBe('undecodable');
    const m = say('odd.txt', o.problem);
    expect(m.zh).toContain('无法识别“odd.txt”的编码');
    expect(m.en).toContain('encoding of "odd.txt" is not recognised');
  });

  it('an empty file, a whitespace-only file and a BOM-only UTF-16 file are empty', () => {
    expect(refused(runImportPipeline({ name: 'e.txt', bytes: new Uint8Array(0) })).problem.kind).toBe('empty');
    expect(refused(runImportPipeline({ name: 'w.txt', bytes: utf8(' \n\t\u3000\r\n') })).problem.kind).toBe('empty');
    expect(refused(runImportPipeline({ name: 'b.txt', bytes: utf16le('   ') })).problem.kind).toBe('empty');
    expect(refused(runImportPipeline({ name: 'p', text: '' })).problem.kind).toBe('empty');
    expect(textProblem('清徐')).toBeNull();
    expect(say('e.txt', { kind: 'empty' }).zh).toBe('“e.txt”是空的（或只有空白），没有可读取的文字。');
  });

  it('every problem and note has its own message in both languages', () => {
    const all: Array<ImportProblem | ImportNote> = [
      { kind: 'too_large', bytes: 9e6, limit: MAX_IMPORT_BYTES },
      { kind: 'binary', detail: 'd' },
      { kind: 'undecodable', detail: 'd' },
      { kind: 'empty' },
      { kind: 'failed', detail: 'd' },
      { kind: 'no_figures' },
      { kind: 'no_facts' },
      { kind: 'no_year', n: 2 },
      { kind: 'unknown_zones', names: ['甲开发区'] },
      { kind: 'ambiguous_names', names: ['乙开发区'] },
    ];
    const zh = new Set<string>();
    for (const p of all) {
      const m = say('f.txt', p);
      expect(m.zh, m.key).not.toBe(m.key); // defined, not the bare key
      expect(m.en, m.key).not.toBe(m.zh);
      // A refusal stands alone above the list, so it names the file; notes sit in the file's card.
      if (!['unknown_zones', 'ambiguous_names'].includes(p.kind)) expect(m.zh).toContain('f.txt');
      else expect(m.zh).toContain(p.kind === 'unknown_zones' ? '甲开发区' : '乙开发区');
      zh.add(m.zh);
    }
    expect(zh.size).toBe(all.length);
  });
});

describe('good input in every supported encoding', () => {
  it('a GB18030 report about 清徐 for a new period yields its 规上工业增加值, marked as imported', () => {
    const bytes = gb18030(REPORT);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const doc = accepted(runImportPipeline({ name: 'qingxu-2025h1.txt', bytes }));
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(REPORT);
    const value = doc.join.facts.find((f) => f.measure === 'value');
    expect(value).toMatchObject({
      subject_id: '14201009',
      period: '2025-01/2025-06',
      indicator: 'industrial_value_added',
      value: 65.4,
      unit: '亿元',
      source: { seed: 'imported:qingxu-2025h1.txt' },
    });
    expect(doc.text.slice(value!.source.start, value!.source.end)).toContain('65.4亿元');
    expect(doc.notes).toEqual([]);
  });

  it('UTF-16 with a BOM and UTF-8 give the same facts', () => {
    const a = accepted(runImportPipeline({ name: 'a.txt', bytes: utf16le(REPORT) }));
    const b = accepted(runImportPipeline({ name: 'a.txt', bytes: utf8(REPORT) }));
    expect(a.encoding).toBe('utf-16le');
    expect(b.encoding).toBe('utf-8');
    expect(a.join.facts.map((f) => [f.id, f.value])).toEqual(b.join.facts.map((f) => [f.id, f.value]));
    expect(a.join.facts.length).toBeGreaterThan(0);
  });

  it('a text with no figures is imported with 0 facts, the no-figures note and its text kept', () => {
    const text = '开发区建设稳步推进，营商环境持续优化，各项工作取得积极成效。';
    const doc = accepted(runImportPipeline({ name: 'words.txt', bytes: utf8(text) }));
    expect(doc.join.facts).toEqual([]);
    // First the no-figures note (other notes may follow, e.g. the bare word 开发区 names no zone).
    expect(doc.notes[0].kind).toBe('no_figures');
    expect(doc.notes.some((n) => n.kind === 'no_facts')).toBe(false);
    expect(doc.text).toBe(text);
    expect(say('words.txt', doc.notes[0]).zh).toContain('没有可识别的数字');
  });

  it('numbers that fit no indicator give 0 facts and the no-facts note (not no-figures)', () => {
    const doc = accepted(runImportPipeline({ name: 'n.txt', text: '2025年6月30日，清徐经济开发区在3号楼召开会议，共有120人参加。' }));
    expect(doc.join.facts).toEqual([]);
    expect(doc.notes.map((n) => n.kind)).toEqual(['no_facts']);
  });

  it('zone names the gazetteer does not know are listed, and their facts stay off the map', () => {
    const doc = accepted(runImportPipeline({ name: 'u.txt', text: '2025年1-6月，娄烦经济开发区规上工业增加值完成3.2亿元，同比增长4%。' }));
    expect(doc.notes).toEqual([{ kind: 'unknown_zones', names: ['娄烦经济开发区'] }]);
    expect(doc.warnings.some((w) => w.kind === 'unknown_zone')).toBe(true);
    expect(doc.join.facts.every((f) => f.subject_id === 'unresolved:娄烦经济开发区')).toBe(true);
    const m = say('u.txt', doc.notes[0]);
    expect(m.zh).toContain('以下 1 个名称不在开发区名录中');
    expect(m.zh).toContain('娄烦经济开发区');
  });
});
