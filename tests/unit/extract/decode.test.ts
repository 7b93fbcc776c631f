import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes } from '../../../src/extract/decode';
import { ExtractResultSchema } from '../../../src/extract/schema';

/** "清徐经济开发区工业投资完成23.03亿元，同比下降21.8%。" in GB18030 (bytes checked against a GB18030 codec). */
const GB_BYTES = Uint8Array.from([
  0xc7, 0xe5, 0xd0, 0xec, 0xbe, 0xad, 0xbc, 0xc3, 0xbf, 0xaa, 0xb7, 0xa2, 0xc7, 0xf8, 0xb9, 0xa4, 0xd2, 0xb5, 0xcd, 0xb6,
  0xd7, 0xca, 0xcd, 0xea, 0xb3, 0xc9, 0x32, 0x33, 0x2e, 0x30, 0x33, 0xd2, 0xda, 0xd4, 0xaa, 0xa3, 0xac, 0xcd, 0xac, 0xb1,
  0xc8, 0xcf, 0xc2, 0xbd, 0xb5, 0x32, 0x31, 0x2e, 0x38, 0x25, 0xa1, 0xa3,
]);

describe('decode', () => {
  it('reads UTF-8 (with or without BOM)', () => {
    const bytes = new TextEncoder().encode('工业投资完成23.03亿元');
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'utf-8', text: '工业投资完成23.03亿元' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeBytes(bom)).toMatchObject({ ok: true, text: '工业投资完成23.03亿元' });
  });

  it('detects GB18030/GBK', () => {
    const r = decodeBytes(GB_BYTES);
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (r.ok) expect(r.text).toBe('清徐经济开发区工业投资完成23.03亿元，同比下降21.8%。');
  });

  it('refuses binary input with a specific reason', () => {
    const r = decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/binary|二进制/);
  });
});

describe('CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  it('prints one schema-valid JSON document for UTF-8 and GB18030 files', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '【上半年工作进展】\n阳曲示范区固定资产投资完成4.03亿元，同比增长146.6%。\n', 'utf8');
    writeFileSync(b, GB_BYTES);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ 'a.txt': { published: '2023-07' }, 'b.txt': { published: '2023-11' } }));
    const out = execFileSync('npx', ['tsx', 'scripts/extract.ts', a, b], { encoding: 'utf8' });
    const r = ExtractResultSchema.parse(JSON.parse(out));
    expect(r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value])).toEqual([
      ['阳曲现代农业产业示范区', 'fixed_asset_investment', 'value', 4.03],
      ['阳曲现代农业产业示范区', 'fixed_asset_investment', 'yoy_pct', 146.6],
      ['清徐经济开发区', 'industrial_investment', 'value', 23.03],
      ['清徐经济开发区', 'industrial_investment', 'yoy_pct', -21.8],
    ]);
    expect(r.warnings.some((w) => w.kind === 'decode' && /gb18030/.test(w.message))).toBe(true);
  }, 60000);

  it('explains a binary or missing file on stderr and still prints the rest', () => {
    const bin = join(dir, 'x.png');
    writeFileSync(bin, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const ok = join(dir, 'a.txt');
    const res = spawnSync('npx', ['tsx', 'scripts/extract.ts', bin, join(dir, 'missing.txt'), ok], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/x\.png: .*binary/);
    expect(res.stderr).toMatch(/missing\.txt.*ENOENT/);
    expect(ExtractResultSchema.parse(JSON.parse(res.stdout)).facts.length).toBe(2);
  }, 60000);
});
