/**
 * CLI: npm run -s extract -- FILE...
 * Prints ONE JSON document {facts, projects, warnings} (validated by ExtractResultSchema).
 * Input: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK — detected per file.
 * A seeds/manifest.json (or manifest.json) next to a file supplies its publication date.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeBytes } from '../src/extract/decode';
import { extractDocuments, type InputDocument } from '../src/extract/index';
import { ExtractResultSchema, ManifestSchema, type Manifest } from '../src/extract/schema';

function loadManifest(dir: string): Manifest {
  const p = join(dir, 'manifest.json');
  if (!existsSync(p)) return {};
  try {
    return ManifestSchema.parse(JSON.parse(readFileSync(p, 'utf8')));
  } catch (e) {
    process.stderr.write(`extract: ignoring ${p}: ${(e as Error).message}\n`);
    return {};
  }
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    process.stderr.write('usage: npm run -s extract -- FILE...\n');
    return 2;
  }
  const docs: InputDocument[] = [];
  const early: Array<{ kind: 'decode'; message: string }> = [];
  let failed = 0;
  const manifests = new Map<string, Manifest>();
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f);
    } catch (e) {
      process.stderr.write(`extract: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      failed++;
      continue;
    }
    const dec = decodeBytes(bytes);
    if (!dec.ok) {
      process.stderr.write(`extract: ${f}: ${dec.error}\n`);
      failed++;
      continue;
    }
    if (dec.encoding !== 'utf-8') early.push({ kind: 'decode', message: `${basename(f)}: decoded as ${dec.encoding}` });
    const dir = dirname(f);
    if (!manifests.has(dir)) manifests.set(dir, loadManifest(dir));
    const meta = manifests.get(dir)![basename(f)];
    docs.push({ name: basename(f), text: dec.text, meta });
  }
  const result = extractDocuments(docs);
  result.warnings.unshift(...early);
  const checked = ExtractResultSchema.safeParse(result);
  if (!checked.success) {
    process.stderr.write(`extract: internal error, output failed the schema: ${checked.error.message}\n`);
    return 3;
  }
  process.stdout.write(JSON.stringify(checked.data, null, 2) + '\n');
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
