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
 * Per pass: wall time and the process's CPU time (user + system). Throughput is taken from the
 * best pass's CPU time: on a shared two-core machine wall time mostly measures the neighbours.
 */
function time(docs: InputDocument[], runs: number, warm: number): { best: number; bestWall: number; median: number; facts: number; projects: number } {
  let out = extractDocuments(docs);
  for (let i = 1; i < warm; i++) out = extractDocuments(docs);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    out = extractDocuments(docs);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  return { best: cpu[0], bestWall: wall[0], median: cpu[Math.floor(cpu.length / 2)], facts: out.facts.length, projects: out.projects.length };
}

export async function benchExtract(): Promise<Record<string, unknown>> {
  const seeds = loadSeeds();
  const big = seeds.map((d) => ({ ...d, text: (d.text.endsWith('\n') ? d.text : d.text + '\n').repeat(100) }));
  const seedBytes = bytesOf(seeds);
  const bigBytes = bytesOf(big);

  const one = time(seeds, 60, 30);
  const hundred = time(big, 5, 1);
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
      best_cpu_ms: r1(one.best),
      median_cpu_ms: r1(one.median),
      best_wall_ms: r1(one.bestWall),
      mb_per_s: seedsMBps,
      mb_per_s_median: mbps(seedBytes, one.median),
      facts: one.facts,
      projects: one.projects,
    },
    corpus_100x: {
      documents: big.length,
      bytes: bigBytes,
      best_cpu_ms: Math.round(hundred.best),
      median_cpu_ms: Math.round(hundred.median),
      best_wall_ms: Math.round(hundred.bestWall),
      mb_per_s: bigMBps,
      facts: hundred.facts,
      projects: hundred.projects,
    },
    /** best CPU time(100×) / (100 × best CPU time(1×)): 1.0 is perfectly linear; the budget allows 1.10. */
    linearity_ratio: ratio,
    budget: { min_mb_per_s: 5, max_linearity_ratio: 1.1 },
    budget_ok: Math.min(seedsMBps, bigMBps) >= 5 && ratio <= 1.1,
  };
}

// Run on its own: `npx tsx bench/extract.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchExtract().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
