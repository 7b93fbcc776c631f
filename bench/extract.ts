/**
 * Extraction throughput (issue 3): MB/s of UTF-8 input on the five seeds, and on a corpus 100×
 * larger made by repeating each seed 100 times inside ONE document (the stricter test: any
 * scan that is quadratic in a document's length shows up), with the linearity ratio
 * time(100×) / (100 · time(1×)); the budget is ≥ 5 MB/s and a ratio ≤ 1.10.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extractDocuments, type InputDocument } from '../src/extract/index';
import { ManifestSchema } from '../src/extract/schema';

const SEEDS_DIR = new URL('../seeds/', import.meta.url);

function loadSeeds(): InputDocument[] {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(new URL('manifest.json', SEEDS_DIR), 'utf8')));
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, SEEDS_DIR), 'utf8'), meta: manifest[name] }));
}

function bytesOf(docs: InputDocument[]): number {
  return docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
}

/**
 * Best and median wall time of `runs` passes after `warm` warm-up passes. Throughput is taken
 * from the best pass: on a shared machine the median mostly measures the neighbours' load.
 */
function time(docs: InputDocument[], runs: number, warm: number): { best: number; median: number; facts: number; projects: number } {
  let out = extractDocuments(docs);
  for (let i = 1; i < warm; i++) out = extractDocuments(docs);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = extractDocuments(docs);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)], facts: out.facts.length, projects: out.projects.length };
}

export async function benchExtract(): Promise<Record<string, unknown>> {
  const seeds = loadSeeds();
  const big = seeds.map((d) => ({ ...d, text: (d.text.endsWith('\n') ? d.text : d.text + '\n').repeat(100) }));
  const seedBytes = bytesOf(seeds);
  const bigBytes = bytesOf(big);

  const one = time(seeds, 40, 10);
  const hundred = time(big, 3, 1);
  const mbps = (bytes: number, ms: number) => Math.round((bytes / 1e6 / (ms / 1000)) * 100) / 100;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const ratio = Math.round((hundred.best / (100 * one.best)) * 1000) / 1000;
  const seedsMBps = mbps(seedBytes, one.best);
  const bigMBps = mbps(bigBytes, hundred.best);
  return {
    load_average_1m: Math.round(loadavg()[0] * 100) / 100,
    seeds: {
      documents: seeds.length,
      bytes: seedBytes,
      best_ms: r1(one.best),
      median_ms: r1(one.median),
      mb_per_s: seedsMBps,
      mb_per_s_median: mbps(seedBytes, one.median),
      facts: one.facts,
      projects: one.projects,
    },
    corpus_100x: {
      documents: big.length,
      bytes: bigBytes,
      best_ms: Math.round(hundred.best),
      median_ms: Math.round(hundred.median),
      mb_per_s: bigMBps,
      facts: hundred.facts,
      projects: hundred.projects,
    },
    /** best time(100×) / (100 × best time(1×)): 1.0 is perfectly linear; the budget allows 1.10. */
    linearity_ratio: ratio,
    budget: { min_mb_per_s: 5, max_linearity_ratio: 1.1 },
    budget_ok: Math.min(seedsMBps, bigMBps) >= 5 && ratio <= 1.1,
  };
}

// Run on its own: `npx tsx bench/extract.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchExtract().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
