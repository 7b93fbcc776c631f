/**
 * Embedding: the <iframe> snippet for the current view (?mode=embed) and the link from an embedded
 * view back to the full app (same parameters, mode removed). Pure string building, tested in Node.
 */

export const EMBED_MIN = { width: 400, height: 300 } as const;
export const EMBED_DEFAULT = { width: 800, height: 520 } as const;
const EMBED_MAX = 4000;

/** Pure: a size field's text → pixels, at least the minimum the embedded view is made for. */
export function clampSize(raw: string | number, min: number, fallback: number): number {
  const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isFinite(n) || n <= 0) return fallback;
  return Math.min(EMBED_MAX, Math.max(min, Math.round(n)));
}

/** Pure: text safe inside a double-quoted HTML attribute. */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Pure: the snippet a portal editor pastes into a page. */
export function iframeSnippet(src: string, width: number, height: number, title: string): string {
  return (
    `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" title="${escapeAttr(title)}" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>`
  );
}

