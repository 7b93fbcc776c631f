/**
 * Name resolution and join benchmark (issue 4). findNames runs over whole reports inside the engine,
 * so it must be linear: measured on the five seeds and on a corpus 100× larger (the seeds repeated),
 * reported in MB/s (UTF-16 code units counted as characters × 3 bytes, like UTF-8 Chinese text) with
 * the 100×/1× time ratio (≤ 110 = linear). Also: resolveName calls per second and the join's time on
 * the engine's output for the seeds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findNames, resolveName } from '../src/data/resolve';
import { gazetteer } from '../src/data/gazetteer';
import { joinAtlas } from '../src/data/join';
import { extractDocuments } from '../src/extract/index';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up: the trie and regexes are built on first use
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

export async function benchNames(): Promise<Record<string, unknown>> {
  const dir = join(root, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const seedText = docs.map((d) => d.text).join('\n');
  const big = Array.from({ length: 100 }, () => seedText).join('\n');
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

  let found = 0;
  const tSmall = time(() => void (found = findNames(seedText).length), 20);
  const tBig = time(() => void findNames(big), 3);

  const names = [...new Set(findNames(seedText).map((f) => f.raw.replace(/\s+/g, '')))];
  const calls = 20_000;
  const tResolve = time(() => {
    for (let i = 0; i < calls; i++) resolveName(names[i % names.length], { city: '太原市' });
  }, 5);

  const extracted = extractDocuments(docs);
  const g = gazetteer();
  const tJoin = time(() => void joinAtlas({ extract: extracted, gazetteer: g, generated: 'bench' }), 10);

  const ratio = tBig / tSmall;
  return {
    seeds_bytes: bytes(seedText),
    names_found_in_seeds: found,
    find_names_ms_seeds: +tSmall.toFixed(2),
    find_names_mb_per_s_seeds: +(bytes(seedText) / 1e6 / (tSmall / 1000)).toFixed(2),
    find_names_ms_100x: +tBig.toFixed(1),
    find_names_mb_per_s_100x: +(bytes(big) / 1e6 / (tBig / 1000)).toFixed(2),
    find_names_time_ratio_100x: +ratio.toFixed(1),
    linear_ok: ratio <= 110,
    resolve_name_calls_per_s: Math.round(calls / (tResolve / 1000)),
    join_facts: extracted.facts.length,
    join_ms: +tJoin.toFixed(2),
  };
}
