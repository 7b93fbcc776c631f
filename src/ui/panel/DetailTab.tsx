/**
 * Details of the hovered or selected city: name, division code, its county-level divisions.
 * With nothing selected: the province summary and the 11 cities as buttons (keyboard access).
 */
import { useStore } from '@nanostores/preact';
import { $cityIndex, $focusCity, $hoverCity, $lang, $selectedCity } from '../../state/stores';
import { formatNumber, placeName, useT } from '../i18n';
import { $selectedZone } from '../../state/zones';
import { CityZones, ZonePanel } from '../ZonePanel';

export function DetailTab() {
  const t = useT();
  const lang = useStore($lang);
  const city = useStore($focusCity);
  const selected = useStore($selectedCity);
  const hover = useStore($hoverCity);
  const index = useStore($cityIndex);
  const zone = useStore($selectedZone);

  if (zone) return <ZonePanel id={zone} />;
  if (!city) {
    return (
      <div class="detail detail--empty">
        <p class="muted">{t('detail.empty')}</p>
        <p>{t('detail.province')}</p>
        <ul class="city-list">
          {[...index.values()].map((c) => (
            <li key={c.adcode}>
              <button type="button" class="link-button" onClick={() => $selectedCity.set(c.adcode)}>
                {placeName(lang, c)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const isSelected = city.adcode === selected && (hover === null || hover === selected);
  return (
    <div class="detail" data-testid="city-detail" data-adcode={city.adcode}>
      <p class="detail-status">{t(isSelected ? 'detail.selected' : 'detail.hover')}</p>
      <h2 class="detail-name">
        {placeName(lang, city)}
        {lang === 'en' && city.nameEn && (
          <span class="muted" lang="zh-CN">
            {' '}
            {city.name}
          </span>
        )}
      </h2>
      <dl class="facts">
        <dt>{t('detail.adcode')}</dt>
        <dd data-testid="detail-adcode">{city.adcode}</dd>
        <dt>{t('detail.counties')}</dt>
        <dd data-testid="detail-county-count">{t('detail.countiesCount', { n: formatNumber(lang, city.counties.length) })}</dd>
      </dl>
      <ul class="county-list">
        {city.counties.map((k) => (
          <li key={k.adcode}>
            <span>{placeName(lang, k)}</span>
            {/* English names already carry the kind (… County, … District). */}
            {!(lang === 'en' && k.name_en) && <span class="muted"> {t(`kind.${k.kind}`)}</span>}
          </li>
        ))}
      </ul>
      {selected && (
        <button type="button" class="link-button" onClick={() => $selectedCity.set(null)}>
          {t('detail.clear')}
        </button>
      )}
      {isSelected && <CityZones adcode={city.adcode} />}
    </div>
  );
}
