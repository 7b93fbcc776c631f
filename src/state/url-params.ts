/**
 * THE TABLE of URL parameters. To make a new piece of state bookmarkable, add one entry here
 * (key, store, default, parse, format). Parsers return undefined for invalid input; the user
 * then gets the default plus a notice naming the parameter (see url.ts).
 */
import { PANEL_TABS } from '../ui/panel/tabs';
import {
  $basemap,
  $cityIndex,
  $lang,
  $panelTab,
  $selectedCity,
  $tiandituKey,
  BASEMAPS,
  LANGS,
  type BasemapId,
  type CityInfo,
  type Lang,
} from './stores';
import { foldLinkName, urlParam, type AnyUrlParam } from './url';
import { VIEW_URL_PARAMS } from './view-url';
import { PROJECT_URL_PARAMS } from './projects';
import { ZONE_URL_PARAM } from './zones';
import { COMPARE_URL_PARAM } from './compare';
import { MODE_URL_PARAM } from './mode';

/**
 * Pure: a city adcode is valid when it is one of the known prefecture-level cities. With the city
 * index (a Map), a link may also name the city — 太原市, 太原 or Taiyuan — which is then rewritten
 * to its code (url.ts canonicalises).
 */
export function parseCityParam(raw: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
  const code = raw.trim();
  if (/^14\d{2}00$/.test(code)) return known.has(code) ? code : undefined;
  if (!(known instanceof Map)) return undefined;
  const key = foldLinkName(code);
  for (const [adcode, info] of known as ReadonlyMap<string, Partial<CityInfo>>) {
    const names = [info.name, info.nameShort, info.nameEn].filter((n): n is string => !!n);
    if (names.some((n) => foldLinkName(n) === key)) return adcode;
  }
  return undefined;
}

/** Pure: one value of a closed list. */
export function parseEnum<T extends string>(raw: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

const identity = (v: string) => v;

export const URL_PARAMS: AnyUrlParam[] = [
  urlParam<Lang>({ key: 'lang', store: $lang, default: 'zh', parse: (r) => parseEnum(r, LANGS), format: identity, history: 'replace', hintKey: 'url.lang.hint' }),
  urlParam<string | null>({
    key: 'city',
    store: $selectedCity,
    default: null,
    parse: (r) => parseCityParam(r, $cityIndex.get()),
    format: (v) => v ?? '',
    hintKey: 'url.city.hint',
    needsData: true,
  }),
  urlParam<string>({
    key: 'view',
    store: $panelTab,
    default: PANEL_TABS[0].id,
    parse: (r) => parseEnum(r, PANEL_TABS.map((t) => t.id)),
    format: identity,
    hintKey: 'url.view.hint',
  }),
  urlParam<BasemapId>({ key: 'basemap', store: $basemap, default: 'none', parse: (r) => parseEnum(r, BASEMAPS), format: identity, history: 'replace', hintKey: 'url.basemap.hint' }),
  // A Tianditu browser key is 32 hex digits; it is the user's own and only used with basemap=tianditu.
  urlParam<string>({ key: 'tk', store: $tiandituKey, default: '', parse: (r) => (/^[0-9a-f]{32}$/i.test(r) ? r : undefined), format: identity, history: 'replace', hintKey: 'url.tk.hint' }),
  ZONE_URL_PARAM,
  ...PROJECT_URL_PARAMS,
  ...VIEW_URL_PARAMS,
  COMPARE_URL_PARAM,
  MODE_URL_PARAM,
];
