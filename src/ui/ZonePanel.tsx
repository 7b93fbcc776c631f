/**
 * The zone panel (a zone selected on the map or through ?zone=ID) and the city's figures and zone
 * list (shown under the city details). Every number comes with its unit, period, actual/target
 * mark and the sentence it was taken from — rendered as text, never as markup.
 */
import { useStore } from '@nanostores/preact';
import { $atlas, $cityIndex, $lang, $selectedCity } from '../state/stores';
import { $selectedZone } from '../state/zones';
import type { AtlasFact, Zone } from '../data/schemas';
import { indicatorLabel, measureLabel } from '../data/indicators';
import { periodLabel, periodYearKnown } from '../data/selectors';
import { factsForCity, factsForZone, formatFactValue, groupByPeriod, type Lang } from './zone-facts';
import { zoneCategory } from '../map/layers/zones';
import { placeName, useT, type Translate } from './i18n';
import './zone-messages';
import './zones.css';

function FactRow({ f, lang, t, zoneNames }: { f: AtlasFact; lang: Lang; t: Translate; zoneNames?: Map<string, string> }) {
  return (
    <li class="zf-fact" data-testid="zone-fact" data-indicator={f.indicator} data-measure={f.measure} data-kind={f.kind} data-period={f.period}>
      <div class="zf-fact-head">
        <span class="zf-indicator">
          {indicatorLabel(f.indicator, lang)}
          <span class="zf-measure"> · {measureLabel(f.indicator, f.measure, lang)}</span>
        </span>
        <span class="zf-value" data-testid="zone-fact-value">
          {formatFactValue(f, lang)}
        </span>
        <span class={`zf-kind zf-kind--${f.kind}`}>{t(`fact.${f.kind}`)}</span>
      </div>
      {f.member_ids && zoneNames && (
        <div class="zf-members">{t('fact.members', { names: f.member_ids.map((id) => zoneNames.get(id) ?? id).join('、') })}</div>
      )}
      <blockquote class="zf-quote" data-testid="zone-fact-quote" title={`${t('fact.source')}: ${f.source.seed}`}>
        {f.quote}
      </blockquote>
    </li>
  );
}

export function FactsByPeriod({ facts, testid, zoneNames }: { facts: AtlasFact[]; testid: string; zoneNames?: Map<string, string> }) {
  const t = useT();
  const lang = useStore($lang);
  return (
    <div data-testid={testid}>
      {groupByPeriod(facts).map((g) => (
        <section key={g.period} class={periodYearKnown(g.period) ? 'zf-period' : 'zf-period zf-period--undated'} data-period={g.period}>
          <h4 class="zf-period-label">{periodLabel(g.period, lang)}</h4>
          {!periodYearKnown(g.period) && <p class="zf-note muted">{t('zone.undated')}</p>}
          <ul class="zf-facts">
            {g.facts.map((f) => (
              <FactRow key={f.id} f={f} lang={lang} t={t} zoneNames={zoneNames} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function TypeSwatch({ zone }: { zone: Zone }) {
  return <span class="zf-swatch" style={{ background: zoneCategory(zone.type).colour }} aria-hidden="true" />;
}

export function ZonePanel({ id }: { id: string }) {
  const t = useT();
  const lang = useStore($lang);
  const atlas = useStore($atlas);
  const cities = useStore($cityIndex);
  const zone = atlas?.zones.find((z) => z.id === id);
  if (!atlas || !zone) {
    return (
      <div class="zone-panel">
        <p class="muted">{t('zone.unknown', { id })}</p>
      </div>
    );
  }
  const city = cities.get(zone.city_adcode);
  const countyNames = zone.county_adcodes.map((c) => {
    for (const ci of cities.values()) {
      const k = ci.counties.find((x) => x.adcode === c);
      if (k) return placeName(lang, k);
    }
    return c;
  });
  const { own, groups } = factsForZone(atlas, zone.id);
  const zoneNames = new Map(atlas.zones.map((z) => [z.id, z.name]));
  const projects = atlas.projects.filter((p) => p.zone_id === zone.id).length;
  const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');

  return (
    <div class="zone-panel" data-testid="zone-panel" data-zone-id={zone.id}>
      <div class="zf-top">
        <p class="detail-status">{t('zone.selected')}</p>
        <button type="button" class="link-button" onClick={() => $selectedZone.set(null)}>
          {t('zone.close')}
        </button>
      </div>
      <h2 class="detail-name" data-testid="zone-name">
        {lang === 'zh' ? zone.name : zone.name_en}
      </h2>
      <p class="zf-sub">
        <TypeSwatch zone={zone} /> {lang === 'zh' ? zone.name_en : zone.name} · {zone.type} · {t(`zone.level.${zone.level}`)}
      </p>
      <dl class="facts">
        <dt>{t('zone.city')}</dt>
        <dd>
          <button type="button" class="link-button" onClick={() => {
              $selectedZone.set(null);
              $selectedCity.set(zone.city_adcode);
            }}>
            {city ? placeName(lang, city) : zone.city_adcode}
          </button>
        </dd>
        {countyNames.length > 0 && (
          <>
            <dt>{t('zone.county')}</dt>
            <dd>{countyNames.join('、')}</dd>
          </>
        )}
        {zone.established && (
          <>
            <dt>{t('zone.established')}</dt>
            <dd title={zone.established_note}>{zone.established}</dd>
          </>
        )}
        {zone.area_km2 && (
          <>
            <dt>{t('zone.area')}</dt>
            <dd title={zone.area_note}>{t('zone.areaValue', { n: nf.format(zone.area_km2) })}</dd>
          </>
        )}
        <dt>{t('zone.location')}</dt>
        <dd data-testid="zone-precision">{t(`zone.precision.${zone.location_precision}`)}</dd>
      </dl>
      <p class="zf-note" data-testid="zone-location-note">
        {zone.location_note}
      </p>
      {zone.aliases.length > 0 && (
        <p class="zf-note">
          {t('zone.aliases')}：{zone.aliases.join('、')}
        </p>
      )}

      <h3 class="zf-h">{t('zone.facts')}</h3>
      {own.length ? <FactsByPeriod facts={own} testid="zone-facts" /> : <p class="muted">{t('zone.noFacts')}</p>}
      {groups.length > 0 && (
        <>
          <h3 class="zf-h">{t('zone.groupFacts')}</h3>
          <FactsByPeriod facts={groups} testid="zone-group-facts" zoneNames={zoneNames} />
        </>
      )}
      {projects > 0 && <p class="zf-note">{t('zone.projects', { n: projects })}</p>}
      <p class="zf-note muted">
        {t('zone.sources')}：{zone.sources.join('，')}
      </p>
    </div>
  );
}

/** Under the city details: the city's own figures and its zones (click one to open it). */
export function CityZones({ adcode }: { adcode: string }) {
  const t = useT();
  const lang = useStore($lang);
  const atlas = useStore($atlas);
  if (!atlas) return null;
  const facts = factsForCity(atlas, adcode);
  const zones = atlas.zones.filter((z) => z.city_adcode === adcode);
  const counts = new Map<string, number>();
  for (const f of atlas.facts) {
    for (const id of [f.subject_id, ...(f.member_ids ?? [])]) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return (
    <div class="city-zones" data-testid="city-zones">
      <h3 class="zf-h">{t('city.facts')}</h3>
      {facts.length ? <FactsByPeriod facts={facts} testid="city-facts" /> : <p class="muted">{t('city.noFacts')}</p>}
      <h3 class="zf-h">{t('city.zones', { n: zones.length })}</h3>
      <ul class="zf-zone-list">
        {zones.map((z) => (
          <li key={z.id}>
            <TypeSwatch zone={z} />
            <button type="button" class="link-button" data-testid="city-zone-link" onClick={() => $selectedZone.set(z.id)}>
              {placeName(lang, z)}
            </button>{' '}
            <span class="muted">{counts.get(z.id) ? t('city.zoneFacts', { n: counts.get(z.id)! }) : t('city.zoneNoFacts')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
