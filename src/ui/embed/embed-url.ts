/**
 * URLs of the current view, from the app's URL table (kept apart from embed.ts so the pure
 * snippet code is testable without the app's components).
 */
import { computed } from 'nanostores';
import { URL_PARAMS } from '../../state/url-params';
import { searchInMode } from '../../state/mode';

/** Absolute URL of the current view in `mode`, from the stores (what the address bar will say). */
export function viewUrl(mode: 'embed' | 'normal', loc: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'> = window.location): string {
  const search = searchInMode(loc.search, URL_PARAMS, mode);
  return `${loc.origin}${loc.pathname}${search}${mode === 'normal' ? loc.hash : ''}`;
}

/** Re-evaluates whenever any bookmarkable store changes, so links follow the view as it moves. */
export const $urlStateVersion = computed(
  URL_PARAMS.map((p) => p.store),
  (...values: unknown[]) => values,
);
