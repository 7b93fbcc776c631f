/**
 * Page mode: `normal`, `present` (projector: big type, no side panel, keyboard stepping) or
 * `embed` (map, legend, period slider and attribution only, for an <iframe> on another site).
 * Round-trips as `?mode=present` / `?mode=embed`.
 */
import { atom } from 'nanostores';
import { urlParam, writeParams, type AnyUrlParam } from './url';

export type PageMode = 'normal' | 'present' | 'embed';
export const PAGE_MODES: readonly PageMode[] = ['normal', 'present', 'embed'];

export const $mode = atom<PageMode>('normal');

export const MODE_URL_PARAM = urlParam<PageMode>({
  key: 'mode',
  store: $mode,
  default: 'normal',
  parse: (r) => ((PAGE_MODES as readonly string[]).includes(r) ? (r as PageMode) : undefined),
  format: (v) => v,
  hintKey: 'url.mode.hint',
});

/**
 * Pure: the query string of the current view in another mode — every parameter of the table as
 * the stores hold it now, parameters outside the table kept, `mode` replaced ('normal' drops it).
 */
export function searchInMode(search: string, table: readonly AnyUrlParam[], mode: PageMode): string {
  const values = new Map<string, unknown>(table.map((p) => [p.key, p.store.get()] as const));
  values.set('mode', mode);
  return writeParams(search, table.some((p) => p.key === 'mode') ? table : [...table, MODE_URL_PARAM], values);
}
