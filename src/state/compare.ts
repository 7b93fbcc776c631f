/**
 * Cities compared side by side (the 比较/Compare tab and, in presentation mode, the large chart).
 * Round-trips as `?compare=140100,140700`: 2–6 known prefecture adcodes, no duplicates.
 * A single pick lives in the session only (one city is not a comparison), so it is not written.
 */
import { atom } from 'nanostores';
import { $cityIndex } from './stores';
import { urlParam } from './url';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/** Adcodes in the order the user picked them. */
export const $compareCities = atom<string[]>([]);

/**
 * Pure: `140100,140700` → ['140100', '140700']; undefined (invalid) when a code is not a known
 * prefecture-level city, appears twice, or there are fewer than 2 or more than 6.
 */
export function parseCompareParam(raw: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string[] | undefined {
  const codes = raw.split(',').map((s) => s.trim());
  if (codes.length < COMPARE_MIN || codes.length > COMPARE_MAX) return undefined;
  if (new Set(codes).size !== codes.length) return undefined;
  return codes.every((c) => /^14\d{2}00$/.test(c) && known.has(c)) ? codes : undefined;
}

/** Pure: only a real comparison (2–6 cities) goes into the URL; '' leaves the parameter out. */
export function formatCompareParam(codes: readonly string[]): string {
  return codes.length >= COMPARE_MIN ? codes.join(',') : '';
}

/** Pure: add or remove a city; adding beyond the maximum leaves the list unchanged. */
export function toggleCompareCity(codes: readonly string[], code: string, max = COMPARE_MAX): string[] {
  if (codes.includes(code)) return codes.filter((c) => c !== code);
  return codes.length >= max ? [...codes] : [...codes, code];
}

export const COMPARE_URL_PARAM = urlParam<string[]>({
  key: 'compare',
  store: $compareCities,
  default: [],
  parse: (r) => parseCompareParam(r, $cityIndex.get()),
  format: formatCompareParam,
  hintKey: 'url.compare.hint',
  needsData: true,
});
