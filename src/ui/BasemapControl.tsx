/** Small select over the map: optional online basemap (default none = fully offline). */
import { useStore } from '@nanostores/preact';
import { $basemap, BASEMAPS, type BasemapId } from '../state/stores';
import { useT } from './i18n';

export function BasemapControl() {
  const t = useT();
  const value = useStore($basemap);
  return (
    <label class="basemap-control">
      <span>{t('basemap.label')}</span>
      <select
        value={value}
        onChange={(e) => $basemap.set((e.currentTarget as HTMLSelectElement).value as BasemapId)}
        data-testid="basemap-select"
      >
        {BASEMAPS.map((id) => (
          <option key={id} value={id}>
            {t(`basemap.${id}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
