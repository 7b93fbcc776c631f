/**
 * Imported reports on the map: merged into the loaded atlas with distinct ids and an "imported"
 * provenance, a re-import of the same file name replaces (never duplicates), warnings and quality
 * issues are kept, a period only an import reports appears, and removing restores the base.
 * Also the store wiring (src/state/imported.ts) that the map layers see through $atlas.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index';
import { gazetteer } from '../../src/data/gazetteer';
import { joinAtlas } from '../../src/data/join';
import { joinImported } from '../../src/data/join-imported';
import { IMPORTED_SEED_PREFIX, mergeImported, upsertImport } from '../../src/data/merge-imported';
import type { Atlas } from '../../src/data/schemas';
import { $atlas } from '../../src/state/stores';
import { $imports, addImport, removeImport } from '../../src/state/imported';
import { runImportPipeline } from '../../src/ui/import/pipeline';
import { highlightSegments } from '../../src/ui/import/viewer';

const BASE_TEXT = '2023年1-9月，清徐经济开发区规上工业增加值完成112.78亿元，同比增长2.7%。';
const H1_2025 = '2025年1-6月，清徐经济开发区规上工业增加值完成65.4亿元，同比增长5.1%。';
const UNKNOWN = '2025年1-6月，娄烦经济开发区规上工业增加值完成3.2亿元，同比增长4%。';

const g = gazetteer();
/** A base atlas built like the data build builds it, from a "seed" called report.txt. */
const base: Atlas = joinAtlas({ extract: extractDocuments([{ name: 'report.txt', text: BASE_TEXT }]), gazetteer: g, generated: '2026-01-01T00:00:00Z' });
const imp = (name: string, text: string) => joinImported(name, extractDocuments([{ name, text }]), g);

describe('mergeImported', () => {
  it('adds imported facts with distinct ids even when the file has the name of a built report', () => {
    expect(base.facts.length).toBeGreaterThan(0);
    const same = imp('report.txt', BASE_TEXT); // the very same text and file name as the base seed
    const m = mergeImported(base, [same])!;
    expect(m.facts.length).toBe(base.facts.length * 2);
    expect(new Set(m.facts.map((f) => f.id)).size).toBe(m.facts.length);
    const imported = m.facts.filter((f) => f.source.seed.startsWith(IMPORTED_SEED_PREFIX));
    expect(imported.map((f) => f.source.seed)).toEqual(base.facts.map(() => 'imported:report.txt'));
    // The base is untouched: same ids, same seeds.
    expect(m.facts.slice(0, base.facts.length)).toEqual(base.facts);
  });

  it('keeps every id unique even when the base already holds an imported id', () => {
    const a = imp('a.txt', H1_2025);
    const once = mergeImported(base, [a])!;
    const twice = mergeImported(once, [a])!; // a merged atlas used as a base: ids would collide
    const ids = twice.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => /~2$/.test(id))).toBe(true);
  });

  it('adds a period only the import reports, in order', () => {
    expect(base.periods).toEqual(['2023-01/2023-09']);
    const m = mergeImported(base, [imp('h1.txt', H1_2025)])!;
    expect(m.periods).toEqual(['2023-01/2023-09', '2025-01/2025-06']);
    const f = m.facts.find((x) => x.period === '2025-01/2025-06' && x.measure === 'value')!;
    expect(f).toMatchObject({ subject_id: '14201009', value: 65.4 });
  });

  it('keeps the import’s warnings and quality issues next to the base ones', () => {
    const m = mergeImported(base, [imp('u.txt', UNKNOWN)])!;
    expect(m.warnings.filter((w) => w.kind === 'unknown_zone').map((w) => w.source?.seed)).toEqual(['imported:u.txt']);
    expect(m.quality.some((q) => q.kind === 'unknown_subject' && q.seed === 'imported:u.txt' && q.name === '娄烦经济开发区')).toBe(true);
    expect(m.facts.filter((f) => f.subject_id === 'unresolved:娄烦经济开发区').length).toBeGreaterThan(0);
  });

  it('with no imports returns the base itself; with no base uses the gazetteer zones', () => {
    expect(mergeImported(base, [])).toBe(base);
    const m = mergeImported(null, [imp('h1.txt', H1_2025)])!;
    expect(m.zones.length).toBe(g.zones.length);
    expect(m.facts.length).toBeGreaterThan(0);
  });
});

describe('upsertImport', () => {
  it('replaces the import with the same file name in place, appends a new one', () => {
    const a1 = { name: 'a.txt', v: 1 };
    const b = { name: 'b.txt', v: 2 };
    const a2 = { name: 'a.txt', v: 3 };
    expect(upsertImport(upsertImport(upsertImport([], a1), b), a2)).toEqual([a2, b]);
  });
});

describe('the import store and $atlas', () => {
  const doc = (name: string, text: string) => {
    const o = runImportPipeline({ name, text });
    if (!o.ok) throw new Error(o.problem.kind);
    return o.doc;
  };
  beforeEach(() => {
    for (const d of $imports.get()) removeImport(d.name);
    $atlas.set(base);
  });

  it('an import shows in $atlas; a re-import of the same name replaces it; removing restores the base', () => {
    addImport(doc('q.txt', H1_2025));
    const first = $atlas.get()!;
    const mine = () => $atlas.get()!.facts.filter((f) => f.source.seed === 'imported:q.txt');
    expect(mine().map((f) => f.value).sort()).toEqual([5.1, 65.4]);
    expect(first.periods).toContain('2025-01/2025-06');

    addImport(doc('q.txt', H1_2025.replace('65.4', '70.1')));
    expect($imports.get().map((d) => d.name)).toEqual(['q.txt']);
    expect(mine().map((f) => f.value).sort()).toEqual([5.1, 70.1]);

    removeImport('q.txt');
    expect($atlas.get()).toBe(base);
  });

  it('when the built atlas arrives after an import, the import is merged into it', () => {
    $atlas.set(null);
    addImport(doc('q.txt', H1_2025));
    expect($atlas.get()!.facts.every((f) => f.source.seed === 'imported:q.txt')).toBe(true);
    $atlas.set(base); // the loader finishing late
    const a = $atlas.get()!;
    expect(a).not.toBe(base);
    expect(a.facts.length).toBe(base.facts.length + 2);
    removeImport('q.txt');
    expect($atlas.get()).toBe(base);
  });
});

describe('highlightSegments', () => {
  it('covers the text exactly, merging overlapping fact spans into one mark', () => {
    const text = 'abcdefghij';
    const { segments, truncated } = highlightSegments(text.length, [
      { start: 2, end: 5 },
      { start: 4, end: 7 },
      { start: 8, end: 9 },
    ]);
    expect(truncated).toBe(false);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.mark])).toEqual([
      ['ab', false],
      ['cdefg', true],
      ['h', false],
      ['i', true],
      ['j', false],
    ]);
  });

  it('shows only the beginning of a very long text and says so', () => {
    const { segments, truncated } = highlightSegments(1000, [{ start: 990, end: 995 }], 100);
    expect(truncated).toBe(true);
    expect(segments).toEqual([{ start: 0, end: 100, mark: false }]);
  });
});
