/**
 * The list's filter controls: search, status toggles, city/zone (= the map selection), period,
 * investment range and sort. Every control writes a store; nothing here filters by itself.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import {
  formatCount,
  formatPeriod,
  STATUS_KEYS,
  STATUS_LABELS,
  type Lang,
  type ProjectFacets,
} from '../../data/projects';
import {
  $projectInv,
  $projectPeriod,
  $projectQuery,
  $projectSort,
  $projectStatus,
  $projectStatusCounts,
  clearProjectFilters,
  FOLLOW_MAP,
  formatSortParam,
  parseSortParam,
  toggleStatus,
} from '../../state/projects';
import { $atlas, $selectedCity } from '../../state/stores';
import { $view } from '../../state/view-data';
import { $selectedZone } from '../../state/zones';
import type { Translate } from '../i18n';

const SORT_OPTIONS = ['investment-desc', 'investment-asc', 'name-asc', 'name-desc', 'status-asc', 'status-desc'];

export function ProjectFilters({ facets, lang, t }: { facets: ProjectFacets; lang: Lang; t: Translate }) {
  const q = useStore($projectQuery);
  const status = useStore($projectStatus);
  const period = useStore($projectPeriod);
  const sort = useStore($projectSort);
  const city = useStore($selectedCity);
  const zone = useStore($selectedZone);
  const statusCounts = useStore($projectStatusCounts);
  const atlas = useStore($atlas);
  const view = useStore($view);
  // A zone picked on the map may have no projects; it still shows as the current choice (count 0).
  const zoneOptions =
    zone && !facets.zones.some((z) => z.value === zone)
      ? [{ value: zone, label: atlas?.zones.find((z) => z.id === zone)?.name ?? zone, count: 0 }, ...facets.zones]
      : facets.zones;
  const inv = useStore($projectInv);
  const active = q !== '' || status.length > 0 || period !== null || inv.min !== null || inv.max !== null;

  return (
    <div class="projects-filters">
      <label class="projects-search">
        <span class="visually-hidden">{t('projects.search')}</span>
        <input
          type="search"
          data-testid="projects-search"
          value={q}
          placeholder={t('projects.search.placeholder')}
          maxLength={100}
          onInput={(e) => $projectQuery.set((e.currentTarget as HTMLInputElement).value)}
        />
      </label>

      <fieldset class="projects-status" data-testid="projects-status">
        <legend>{t('projects.status')}</legend>
        {STATUS_KEYS.map((s) => {
          const on = status.includes(s);
          return (
            <button
              key={s}
              type="button"
              class={on ? 'chip chip--on' : 'chip'}
              aria-pressed={on}
              data-status={s}
              onClick={() => toggleStatus(s)}
            >
              {STATUS_LABELS[lang][s]}
              {/* count under every other filter: what this toggle would show */}
              <span class="chip__count">{formatCount(statusCounts?.[s].count ?? 0)}</span>
            </button>
          );
        })}
      </fieldset>

      <div class="projects-selects">
        <label>
          <span>{t('projects.city')}</span>
          <select
            data-testid="projects-city"
            value={city ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value || null;
              $selectedZone.set(null);
              $selectedCity.set(v);
            }}
          >
            <option value="">{t('projects.city.all')}</option>
            {facets.cities.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label} ({formatCount(c.count)})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('projects.zone')}</span>
          <select
            data-testid="projects-zone"
            value={zone ?? ''}
            onChange={(e) => $selectedZone.set((e.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">{t('projects.zone.all')}</option>
            {zoneOptions.map((z) => (
              <option key={z.value} value={z.value}>
                {z.label} ({formatCount(z.count)})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('projects.period')}</span>
          <select
            data-testid="projects-period"
            value={period ?? ''}
            onChange={(e) => $projectPeriod.set((e.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">{t('projects.period.all')}</option>
            <option value={FOLLOW_MAP}>{t('projects.period.map', { p: view?.period ? formatPeriod(view.period, lang) : '—' })}</option>
            {facets.periods.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('projects.sort')}</span>
          <select
            data-testid="projects-sort"
            value={formatSortParam(sort)}
            onChange={(e) => {
              const s = parseSortParam((e.currentTarget as HTMLSelectElement).value);
              if (s) $projectSort.set(s);
            }}
          >
            {SORT_OPTIONS.map((o) => (
              <option key={o} value={o}>
                {t(`projects.sort.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div class="projects-inv-row">
        <InvestmentRange max={facets.maxInvestment} t={t} />
        {active && (
          <button type="button" class="link-button" data-testid="projects-clear" onClick={clearProjectFilters}>
            {t('projects.clear')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Two number fields; the store only takes a valid range, the fields keep what the user typed. */
function InvestmentRange({ max, t }: { max: number; t: Translate }) {
  const inv = useStore($projectInv);
  const [minText, setMinText] = useState(inv.min === null ? '' : String(inv.min));
  const [maxText, setMaxText] = useState(inv.max === null ? '' : String(inv.max));
  // Follow the store when it changes from outside (URL, back/forward, "clear filters").
  useEffect(() => {
    setMinText(inv.min === null ? '' : String(inv.min));
    setMaxText(inv.max === null ? '' : String(inv.max));
  }, [inv.min, inv.max]);

  const parse = (s: string) => (s.trim() === '' ? null : Number(s));
  const lo = parse(minText);
  const hi = parse(maxText);
  const bad = lo !== null && hi !== null && lo > hi;

  const commit = (a: string, b: string) => {
    const x = parse(a);
    const y = parse(b);
    if ((x !== null && !(x >= 0)) || (y !== null && !(y >= 0))) return;
    if (x !== null && y !== null && x > y) return;
    $projectInv.set({ min: x, max: y });
  };

  return (
    <fieldset class="projects-inv">
      <legend>{t('projects.inv')}</legend>
      <label>
        <span class="visually-hidden">{t('projects.inv.min')}</span>
        <input
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          data-testid="projects-inv-min"
          value={minText}
          placeholder={t('projects.inv.min')}
          aria-invalid={bad}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            setMinText(v);
            commit(v, maxText);
          }}
        />
      </label>
      <span aria-hidden="true">–</span>
      <label>
        <span class="visually-hidden">{t('projects.inv.max')}</span>
        <input
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          data-testid="projects-inv-max"
          value={maxText}
          placeholder={max ? `${t('projects.inv.max')} ${Math.ceil(max)}` : t('projects.inv.max')}
          aria-invalid={bad}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            setMaxText(v);
            commit(minText, v);
          }}
        />
      </label>
      {bad && (
        <p class="field-error" role="alert">
          {t('projects.inv.bad')}
        </p>
      )}
      {(inv.min !== null || inv.max !== null) && <p class="muted small">{t('projects.inv.note')}</p>}
    </fieldset>
  );
}
