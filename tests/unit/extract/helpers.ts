import { readFileSync } from 'node:fs';
import { extractDocument } from '../../../src/extract/index';
import type { ExtractResult, Fact } from '../../../src/extract/schema';

export const SEEDS = [
  '000_ef21bc58c00ca203.txt',
  '001_1e2cc7a44f7504cb.txt',
  '002_ed3d0e73480986bf.txt',
  '003_e671e53cb4eb8727.txt',
  '004_e76593b7a0d0a53c.txt',
];

export function seedText(name: string): string {
  return readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
}

/** Runs the engine on a small text written for the test. */
export function run(text: string, published = '2023-11'): ExtractResult {
  return extractDocument({ name: 'test.txt', text, meta: { published } });
}

export function find(r: ExtractResult, q: Partial<Fact>): Fact[] {
  return r.facts.filter((f) => Object.entries(q).every(([k, v]) => JSON.stringify((f as never)[k]) === JSON.stringify(v)));
}

/** Full-width digits folded, so "１２" in an original span counts as "12". */
export function foldDigits(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
