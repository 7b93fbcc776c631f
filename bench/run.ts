/**
 * `npm run bench`: runs every benchmark suite and writes one JSON report
 * (stdout and bench/report.json). Speed and size are measured here, never in timed tests.
 *
 * Each suite is a module exporting one async function that returns its measurements; a suite
 * may report `budget_ok: false` when it misses the budget its issue names. The runner exits
 * non-zero when any suite fails to run, so a broken benchmark is never mistaken for a fast one.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

interface Suite {
  name: string;
  module: string;
  fn: string;
}

const SUITES: Suite[] = [
  { name: 'extract', module: './extract.ts', fn: 'benchExtract' },
  { name: 'projects', module: './projects.ts', fn: 'benchProjects' },
  { name: 'map', module: './map.ts', fn: 'benchMap' },
  { name: 'names', module: './names.ts', fn: 'benchNames' },
];

const only = process.argv.slice(2);

async function main(): Promise<void> {
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    suites: {} as Record<string, unknown>,
  };
  const suites = report.suites as Record<string, unknown>;
  let failed = 0;
  for (const s of SUITES) {
    if (only.length && !only.includes(s.name)) continue;
    process.stderr.write(`bench: ${s.name} …\n`);
    try {
      const mod = (await import(s.module)) as Record<string, () => Promise<Record<string, unknown>>>;
      const fn = mod[s.fn];
      if (typeof fn !== 'function') throw new Error(`${s.module} does not export ${s.fn}()`);
      suites[s.name] = await fn();
    } catch (err) {
      failed++;
      suites[s.name] = { error: err instanceof Error ? err.message : String(err) };
    }
  }
  const json = JSON.stringify(report, null, 2);
  writeFileSync(new URL('./report.json', import.meta.url), json + '\n');
  process.stdout.write(json + '\n');
  if (failed) {
    process.stderr.write(`bench: ${failed} suite(s) failed to run\n`);
    process.exitCode = 1;
  }
}

void main();
