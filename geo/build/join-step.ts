/**
 * Data-build step: report texts → extraction engine → join with the gazetteer → public/data/atlas.json
 * and public/data/quality.json (both validated with their zod schemas before they are written).
 *
 * Registered in build-data.ts's STEPS. Also runnable alone: `npx tsx geo/build/join-step.ts` writes the
 * two files into public/data/ and prints the quality summary.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocuments, type InputDocument } from '../../src/extract/index';
import { ExtractResultSchema, ManifestSchema } from '../../src/extract/schema';
import { gazetteer } from '../../src/data/gazetteer';
import { joinAtlas, qualitySummary } from '../../src/data/join';
import { AtlasSchema, QualityReportSchema, type Atlas, type QualityReport } from '../../src/data/schemas';
import type { BuildStep } from './geo-steps';

function issuesText(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** seeds/*.txt with their metadata from seeds/manifest.json (when present). */
export function readSeeds(root: string): InputDocument[] {
  const dir = join(root, 'seeds');
  const manifestPath = join(dir, 'manifest.json');
  let meta: Record<string, InputDocument['meta']> = {};
  if (existsSync(manifestPath)) {
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!parsed.success) throw new Error(`seeds/manifest.json is invalid: ${issuesText(parsed.error.issues)}`);
    meta = parsed.data;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (!files.length) throw new Error(`seeds/: no .txt report found`);
  return files.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8'), ...(meta[name] ? { meta: meta[name] } : {}) }));
}

/** Pure-ish core: documents → validated atlas and quality report. */
export function buildAtlas(docs: InputDocument[], generated: string): { atlas: Atlas; quality: QualityReport } {
  const extracted = ExtractResultSchema.safeParse(extractDocuments(docs));
  if (!extracted.success) throw new Error(`extraction output does not match the fact schema: ${issuesText(extracted.error.issues)}`);
  const atlas = joinAtlas({ extract: extracted.data, gazetteer: gazetteer(), generated });
  const a = AtlasSchema.safeParse(atlas);
  if (!a.success) throw new Error(`atlas.json would be invalid: ${issuesText(a.error.issues)}`);
  const quality = QualityReportSchema.parse({ generated, summary: qualitySummary(a.data), issues: a.data.quality });
  return { atlas: a.data, quality };
}

export const joinStep: BuildStep = {
  name: 'extract + join (atlas.json, quality.json)',
  run(ctx) {
    // No reports at all (a boundaries-only checkout): the map still works, the atlas is optional for the app.
    if (!existsSync(join(ctx.root, 'seeds'))) {
      ctx.log(`atlas: skipped — no seeds/ folder under ${ctx.root}, so there are no reports to extract`);
      return;
    }
    const docs = readSeeds(ctx.root);
    const { atlas, quality } = buildAtlas(docs, new Date().toISOString());
    ctx.shared.set('atlas', atlas);
    ctx.emit('atlas', 'atlas.json', atlas);
    ctx.emit('quality', 'quality.json', quality);
    const s = quality.summary;
    ctx.log(
      `atlas: ${docs.length} reports → ${s.facts} facts (${s.facts_unresolved} unresolved), ${s.projects} projects, ` +
        `${s.zones_with_facts}/${s.zones} zones with facts, ${s.quality_issues} quality issues`,
    );
  },
};

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { atlas, quality } = buildAtlas(readSeeds(root), new Date().toISOString());
  const out = join(root, 'public', 'data');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'atlas.json'), JSON.stringify(atlas));
  writeFileSync(join(out, 'quality.json'), JSON.stringify(quality, null, 1));
  console.log(JSON.stringify(quality.summary, null, 1));
}
