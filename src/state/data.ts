/**
 * Loads what the data build wrote to public/data/ (listed in data/manifest.json), validates it
 * with the same schemas the build used, and fills the stores. A missing or invalid boundary file
 * is fatal (the page says which file and what is wrong); the joined atlas is optional.
 */
import { z } from 'zod';
import { GeoDataError, validateBoundaries } from '../../geo/build/geo-schema';
import { AtlasSchema } from '../data/schemas';
import { $atlas, $atlasSettled, $boundaries, $loadState } from './stores';
import { $fatal, notify } from './notices';

const EmittedFileSchema = z.object({ path: z.string().min(1), bytes: z.number(), sha: z.string() });
export const ManifestSchema = z.object({
  generated: z.string(),
  files: z.record(z.string(), EmittedFileSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

const REQUIRED = ['province', 'cities', 'counties'] as const;

/** A file that could not be fetched or parsed: message names the URL and the problem. */
class LoadError extends Error {}

async function fetchJson(url: string): Promise<unknown> {
  const name = withoutQuery(url);
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new LoadError(`${name}: could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(`${name}: HTTP ${res.status} ${res.statusText}`);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    // Static servers answer unknown paths with index.html; say so instead of a JSON syntax error.
    throw new LoadError(`${name}: not JSON (${text.trimStart().startsWith('<') ? 'got an HTML page — the file is missing' : 'syntax error'})`);
  }
}

/** Messages name the file without the cache-busting query string. */
const withoutQuery = (url: string) => url.split('?')[0];

export function dataUrl(base: string, path: string, sha?: string): string {
  return `${base}data/${path}${sha ? `?v=${sha}` : ''}`;
}

/** Load boundaries (required) and the atlas (when the build emitted one). Never throws. */
export async function loadData(base: string = import.meta.env.BASE_URL): Promise<boolean> {
  $loadState.set('loading');
  try {
    const manifestUrl = dataUrl(base, 'manifest.json');
    const parsed = ManifestSchema.safeParse(await fetchJson(manifestUrl));
    if (!parsed.success) throw new LoadError(`${manifestUrl}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const manifest = parsed.data;
    const missing = REQUIRED.filter((k) => !manifest.files[k]);
    if (missing.length) throw new LoadError(`${manifestUrl}: lists no ${missing.join(', ')} file`);

    const urls = Object.fromEntries(REQUIRED.map((k) => [k, dataUrl(base, manifest.files[k].path, manifest.files[k].sha)])) as Record<
      (typeof REQUIRED)[number],
      string
    >;
    const [province, cities, counties] = await Promise.all(REQUIRED.map((k) => fetchJson(urls[k])));
    const boundaries = validateBoundaries({
      province: { file: withoutQuery(urls.province), json: province },
      cities: { file: withoutQuery(urls.cities), json: cities },
      counties: { file: withoutQuery(urls.counties), json: counties },
    });
    // Fetch the atlas in parallel with the map's start-up; the map waits for $atlasSettled to report ready.
    const atlasFile = manifest.files.atlas;
    if (atlasFile) void loadAtlas(dataUrl(base, atlasFile.path, atlasFile.sha)).finally(() => $atlasSettled.set(true));
    else $atlasSettled.set(true);
    $boundaries.set(boundaries);
    $loadState.set('ready');
    return true;
  } catch (e) {
    const detail = e instanceof GeoDataError || e instanceof LoadError ? e.message : String(e);
    console.error('data load failed:', detail);
    $fatal.set({ key: 'fatal.data', detail, hintKey: 'fatal.data.hint' });
    $loadState.set('error');
    return false;
  }
}

/** The joined dataset is optional: when it fails, the boundary map still works and a notice says why. */
async function loadAtlas(url: string): Promise<void> {
  try {
    const r = AtlasSchema.safeParse(await fetchJson(url));
    if (!r.success) {
      const i = r.error.issues[0];
      throw new LoadError(`${withoutQuery(url)}: ${i ? `${i.path.join('.')}: ${i.message}` : 'invalid'}`);
    }
    $atlas.set(r.data);
  } catch (e) {
    notify({ id: 'atlas', level: 'warn', key: 'notice.atlasFailed', params: { detail: (e as Error).message } });
  }
}
