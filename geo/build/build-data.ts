/**
 * The data build (`npm run data`; runs before dev, build, start and the tests).
 *
 * A list of steps, run in order; each validates its inputs and emits files into public/data/.
 * To add a step (extraction, gazetteer join, quality report …) add ONE line to STEPS.
 * Any step failing stops the build with a message naming the file and the problem, exit code 1.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeoDataError } from './geo-schema';
import { boundariesStep } from './geo-boundaries';
import { joinStep } from './join-step';
import type { BuildContext, BuildStep, DataManifest, EmittedFile } from './geo-steps';

export const STEPS: BuildStep[] = [
  boundariesStep,
  joinStep,
  // extraction, gazetteer and join steps are added here, one line each.
];

export const MANIFEST_FILE = 'manifest.json';

export interface BuildOptions {
  root: string;
  geoDir?: string;
  outDir?: string;
  steps?: BuildStep[];
  log?: (message: string) => void;
}

/** Run the steps; resolves to the manifest written, rejects with the first step's error. */
export async function buildData(opts: BuildOptions): Promise<DataManifest> {
  const root = resolve(opts.root);
  const outDir = resolve(opts.outDir ?? join(root, 'public', 'data'));
  const log = opts.log ?? ((m: string) => console.log(m));
  // The folder is fully generated: start empty so a removed step never leaves a stale file behind.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const files: Record<string, EmittedFile> = {};
  const ctx: BuildContext = {
    root,
    geoDir: resolve(opts.geoDir ?? join(root, 'geo')),
    outDir,
    shared: new Map(),
    log,
    emit(key, path, data) {
      if (files[key]) throw new Error(`two steps emit the data key "${key}"`);
      const text = JSON.stringify(data);
      const target = join(outDir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      const entry = {
        path,
        bytes: Buffer.byteLength(text),
        sha: createHash('sha256').update(text).digest('hex').slice(0, 12),
      };
      files[key] = entry;
      return entry;
    },
  };

  for (const step of opts.steps ?? STEPS) {
    try {
      await step.run(ctx);
    } catch (e) {
      if (e instanceof GeoDataError) throw e;
      throw new Error(`data step "${step.name}" failed: ${(e as Error).message}`, { cause: e });
    }
  }

  const manifest: DataManifest = { generated: new Date().toISOString(), files };
  writeFileSync(join(outDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1));
  return manifest;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  buildData({ root }).then(
    (m) => console.log(`data: wrote ${Object.keys(m.files).length} files + ${MANIFEST_FILE} to public/data/`),
    (e: Error) => {
      console.error(`\n✗ data build failed\n  ${e instanceof GeoDataError ? `${e.file}\n    - ${e.problems.join('\n    - ')}` : e.message}\n`);
      process.exit(1);
    },
  );
}
