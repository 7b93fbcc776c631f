/**
 * Zone selection shared by the map and the panels. Round-trips as `?zone=ID` (gazetteer id); a
 * link may also name the zone (`?zone=中北高新区`, an alias or the English name): it is read once
 * the atlas is loaded and rewritten to the id in place (url.ts canonicalises).
 *
 * Created by the projects view (issue 6) so the list can follow the map's zone selection; the
 * zones layer and zone panel (issue 4) own what a selection shows. One store, one source of truth.
 */
import { atom } from 'nanostores';
import type { Zone } from '../data/schemas';
import { $atlas } from './stores';
import { foldLinkName, urlParam } from './url';

/** Selected zone id (GB/T 37028 code or `SX-…`), or null. */
export const $selectedZone = atom<string | null>(null);

/** What a zone link may be matched by besides its id: its name, aliases and English name. */
type ZoneNames = Pick<Zone, 'id' | 'name' | 'aliases' | 'name_en'>;

/**
 * Pure: `raw` is a zone id of `zones`, or a name, alias or English name of exactly one of them →
 * its id; undefined otherwise, and for a name two zones share (a link must never open a zone its
 * author did not mean). Without `zones` — the atlas loads after the URL is first read — an id or a
 * name is kept as typed; once the atlas arrives the URL is applied again (main.tsx) and this
 * decides.
 */
export function parseZoneParam(raw: string, zones?: readonly ZoneNames[]): string | undefined {
  const id = raw.trim();
  const isId = /^(\d{8}|SX-[A-Za-z0-9-]+)$/.test(id);
  if (!zones) return isId || PLAUSIBLE_NAME.test(id) ? id : undefined;
  if (isId) return zones.some((z) => z.id === id) ? id : undefined;
  const key = foldLinkName(id);
  if (!key) return undefined;
  const hits = zones.filter((z) => [z.name, z.name_en, ...z.aliases].some((n) => n !== '' && foldLinkName(n) === key));
  return hits.length === 1 ? hits[0].id : undefined;
}

// A name someone could have typed: letters (any script), digits, spaces and the joiners zone
// names use; no markup, no control characters, not longer than any real zone name.
const PLAUSIBLE_NAME = /^[\p{L}\p{N} ·()（）&'-]{2,60}$/u;

export const ZONE_URL_PARAM = urlParam<string | null>({
  key: 'zone',
  store: $selectedZone,
  default: null,
  parse: (raw) => parseZoneParam(raw, $atlas.get()?.zones),
  format: (v) => v ?? '',
  hintKey: 'url.zone.hint',
});
