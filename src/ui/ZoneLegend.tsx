/** Legend of the zones layer: the type colours, what a hollow circle means, and how precise the points are. */
import { useStore } from '@nanostores/preact';
import { $atlas, $lang } from '../state/stores';
import { ZONE_CATEGORIES } from '../map/layers/zones';
import { useT } from './i18n';
import './zone-messages';
import './zones.css';

export function ZoneLegend() {
  const t = useT();
  const lang = useStore($lang);
  const atlas = useStore($atlas);
  if (!atlas || atlas.zones.length === 0) return null;
  // Only the categories present on the map, in table order.
  const present = new Set(atlas.zones.map((z) => z.type));
  const cats = ZONE_CATEGORIES.filter((c) => c.types.some((ty) => present.has(ty)));
  return (
    <section class="zone-legend" aria-label={t('legend.zones')} data-testid="zone-legend">
      <h3>{t('legend.zones')}</h3>
      <ul>
        {cats.map((c) => (
          <li key={c.key}>
            <span class="zf-swatch" style={{ background: c.colour }} aria-hidden="true" /> {c[lang]}
          </li>
        ))}
        <li>
          <span class="zf-swatch zf-swatch--hollow" aria-hidden="true" /> {t('legend.noFacts')}
        </li>
      </ul>
      <p>{t('legend.location')}</p>
    </section>
  );
}
