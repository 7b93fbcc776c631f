/**
 * Embedding and presentation, the pure parts: the iframe snippet (escaped, sized), the size
 * fields, stepping periods with the arrow keys, and that no source reaches into an embedding page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampSize, escapeAttr, iframeSnippet, EMBED_MIN } from '../../src/ui/embed/embed';
import { stepPeriod } from '../../src/data/selectors';

describe('iframe snippet', () => {
  it('puts the view URL, size and title in escaped attributes', () => {
    const s = iframeSnippet('https://atlas.example/?city=140100&mode=embed', 800, 520, 'A "map" <here>');
    expect(s).toBe(
      '<iframe src="https://atlas.example/?city=140100&amp;mode=embed" width="800" height="520" title="A &quot;map&quot; &lt;here&gt;" style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>',
    );
  });
  it('escapeAttr leaves plain text alone', () => {
    expect(escapeAttr('山西开发区图谱 · 地图')).toBe('山西开发区图谱 · 地图');
  });
  it('size fields: at least 400×300, numbers only, rounded', () => {
    expect(clampSize('640', EMBED_MIN.width, 800)).toBe(640);
    expect(clampSize('120', EMBED_MIN.width, 800)).toBe(400);
    expect(clampSize(' 333.6 ', EMBED_MIN.height, 520)).toBe(334);
    expect(clampSize('abc', EMBED_MIN.height, 520)).toBe(520);
    expect(clampSize('', EMBED_MIN.height, 520)).toBe(520);
    expect(clampSize('99999', EMBED_MIN.width, 800)).toBe(4000);
  });
});

describe('stepPeriod', () => {
  const P = ['2023-01/2023-06', '2023-01/2023-09', '2023-01/2023-12'];
  it('steps forward and back and stops at the ends', () => {
    expect(stepPeriod(P, P[1], 1)).toBe(P[2]);
    expect(stepPeriod(P, P[1], -1)).toBe(P[0]);
    expect(stepPeriod(P, P[2], 1)).toBeNull();
    expect(stepPeriod(P, P[0], -1)).toBeNull();
  });
  it('an unknown current period enters the list from the side it is stepped into, like a deck not yet started', () => {
    // → (and play) starts at the first period, ← at the last; an empty list has nowhere to go.
    expect(stepPeriod(P, 'x', 1)).toBe(P[0]);
    expect(stepPeriod(P, 'x', -1)).toBe(P[2]);
    expect(stepPeriod(P, '', 1)).toBe(P[0]);
    expect(stepPeriod([], 'x', 1)).toBeNull();
    expect(stepPeriod([], 'x', -1)).toBeNull();
  });
  it('the slider play and the presenter keys are the same function', async () => {
    // Neither module keeps a second copy of the stepping rule.
    const slider = await import('../../src/ui/PeriodSlider');
    const present = await import('../../src/ui/present/present');
    expect('nextPeriod' in slider).toBe(false);
    expect('stepPeriod' in present).toBe(false);
  });
});

describe('an embedded view never reaches into the page that embeds it', () => {
  it('no source file touches window.top / window.parent / opener', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(f)) files.push(p);
      }
    };
    walk(join(__dirname, '../../src'));
    const bad = files.filter((f) => /\b(window|self|globalThis)\s*\.\s*(top|parent|opener)\b|\bparent\.postMessage\b/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
