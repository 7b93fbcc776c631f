/**
 * The map region: creates the map once the boundaries are loaded, shows a loading note until the
 * first frame with data, and hosts the map-corner slot (legends) over the map.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $boundaries, $mapReady } from '../state/stores';
import { $fatal } from '../state/notices';
import { useT } from '../ui/i18n';
import { MAP_CORNER_SLOTS } from '../ui/slots';
import { BasemapControl } from '../ui/BasemapControl';
import { createMap } from './createMap';

export function MapView() {
  const ref = useRef<HTMLDivElement>(null);
  const boundaries = useStore($boundaries);
  const ready = useStore($mapReady);
  const fatal = useStore($fatal);
  const t = useT();

  useEffect(() => {
    if (!boundaries || !ref.current) return;
    const handle = createMap(ref.current, boundaries);
    return () => handle?.destroy();
  }, [boundaries]);

  return (
    <div class="map-region">
      <div ref={ref} id="map" class="map" role="region" aria-label={t('map.label')} />
      {!ready && !fatal && (
        <div class="map-loading" role="status">
          {t('map.loading')}
        </div>
      )}
      {ready && (
        <div class="map-corner map-corner--top-left">
          <BasemapControl />
        </div>
      )}
      {ready && MAP_CORNER_SLOTS.length > 0 && (
        <div class="map-corner map-corner--bottom-left">
          {MAP_CORNER_SLOTS.map((Slot, i) => (
            <Slot key={i} />
          ))}
        </div>
      )}
    </div>
  );
}
