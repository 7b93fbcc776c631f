/**
 * The data build's step contract. Each step reads inputs, validates them, and emits files into
 * public/data/ through the context; the runner (build-data.ts) writes data/manifest.json listing
 * what was emitted, so the app loads exactly what this build produced (and nothing stale).
 */
import type { Boundaries } from './geo-schema';

export interface EmittedFile {
  /** Path relative to public/data/ (what the browser fetches as `data/<path>`). */
  path: string;
  bytes: number;
  /** First 12 hex digits of the sha256: used as a cache-busting query string. */
  sha: string;
}

export interface BuildContext {
  /** Repository root (absolute). */
  root: string;
  /** Folder with the boundary inputs (normally <root>/geo). */
  geoDir: string;
  /** Output folder (normally <root>/public/data); emptied at the start of a build. */
  outDir: string;
  /** Set by the boundaries step; later steps (gazetteer, join) read it. */
  boundaries?: Boundaries;
  /** Free-form results for later steps, e.g. the extraction output; key by step name. */
  shared: Map<string, unknown>;
  /** Write `data` as JSON to outDir/path and list it in the manifest under `key`. */
  emit(key: string, path: string, data: unknown): EmittedFile;
  log(message: string): void;
}

export interface BuildStep {
  /** Short name printed in the build log and in error messages. */
  name: string;
  run(ctx: BuildContext): void | Promise<void>;
}

/** What data/manifest.json holds: the files of one build, by key (`cities`, `atlas`, …). */
export interface DataManifest {
  generated: string;
  files: Record<string, EmittedFile>;
}
