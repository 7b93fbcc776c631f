/**
 * Zone selection shared by the map and the panels. Round-trips as `?zone=ID` (gazetteer id).
 *
 * Created by the projects view (issue 6) so the list can follow the map's zone selection; the
 * zones layer and zone panel (issue 4) own what a selection shows. One store, one source of truth.
 */
import { atom } from 'nanostores';
import { notify } from './notices';
import { $atlas } from './stores';
import { urlParam } from './url';

/** Selected zone id (GB/T 37028 code or `SX-…`), or null. */
export const $selectedZone = atom<string | null>(null);

/**
 * Pure, shape only: the atlas (which lists the zones) loads after the URL is first read, so
 * whether the zone exists is checked when it arrives (watchUnknownZone).
 */
export function parseZoneParam(raw: string): string | undefined {
  const id = raw.trim();
  return /^(\d{8}|SX-[A-Za-z0-9-]+)$/.test(id) ? id : undefined;
}

export const ZONE_URL_PARAM = urlParam<string | null>({
  key: 'zone',
  store: $selectedZone,
  default: null,
  parse: parseZoneParam,
  format: (v) => v ?? '',
  hintKey: 'url.zone.hint',
});

/** Drops a `?zone=` that names no zone of the loaded atlas, with the usual bad-parameter notice. */
export function watchUnknownZone(): () => void {
  return $atlas.subscribe((atlas) => {
    const id = $selectedZone.get();
    if (!atlas || !id || atlas.zones.some((z) => z.id === id)) return;
    $selectedZone.set(null);
    notify({ id: 'url-zone', level: 'warn', key: 'notice.badParam', params: { key: 'zone', value: id, hint: 'url.zone.hint' } });
  });
}
