/**
 * Indicator picker: a native <select> with groups (keyboard and screen-reader friendly for free),
 * the measures the data has for the indicator as a radio group, and the class-break method.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $lang } from '../state/stores';
import { $catalogue, $view } from '../state/view-data';
import { $breaks, $measure, chooseIndicator, parseBreaks } from '../state/view';
import { findIndicator, measureLabel } from '../data/indicators';
import { useT } from './i18n';
import './view-messages';
import './choropleth.css';

export function IndicatorPicker() {
  const t = useT();
  const lang = useStore($lang);
  const catalogue = useStore($catalogue);
  const view = useStore($view);
  if (!view || catalogue.length === 0) return null;
  const ind = findIndicator(catalogue, view.indicator);

  return (
    <div class="vw-picker" data-testid="indicator-picker">
      <label class="vw-field">
        <span class="vw-label">{t('view.indicator')}</span>
        <select
          data-testid="indicator-select"
          value={view.indicator}
          onChange={(e) => chooseIndicator(catalogue, (e.currentTarget as HTMLSelectElement).value, view.measure)}
        >
          {catalogue.map((g) => (
            <optgroup key={g.key} label={g[lang]}>
              {g.indicators.map((i) => (
                <option key={i.key} value={i.key} disabled={i.measures.length === 0}>
                  {i[lang]}
                  {i.measures.length === 0 ? t('view.indicator.nodata') : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {ind && ind.measures.length > 1 && (
        <fieldset class="vw-seg" data-testid="measure-choice">
          <legend class="vw-label">{t('view.measure')}</legend>
          {ind.measures.map((m) => (
            <label key={m} class={m === view.measure ? 'vw-seg-on' : ''}>
              <input
                type="radio"
                name="vw-measure"
                value={m}
                checked={m === view.measure}
                onChange={() => $measure.set(m)}
              />
              {measureLabel(view.indicator, m, lang)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** Class-break method: quantiles (default), equal interval, or manual thresholds. */
export function BreaksPicker() {
  const t = useT();
  const view = useStore($view);
  const breaks = useStore($breaks);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState(false);
  if (!view) return null;
  const manualText = draft ?? (breaks.method === 'manual' ? (breaks.manual ?? []).join(',') : '');

  const applyManual = () => {
    // Accept commas (ASCII or full-width) and spaces between numbers, as people type them.
    const r = parseBreaks(`manual:${manualText.split(/[,，、\s]+/).filter(Boolean).join(',')}`);
    setError(!r.ok);
    if (r.ok) {
      $breaks.set(r.value);
      setDraft(null);
    }
  };

  return (
    <div class="vw-breaks">
      <label class="vw-field">
        <span class="vw-label">{t('view.breaks')}</span>
        <select
          data-testid="breaks-select"
          value={breaks.method}
          onChange={(e) => {
            const m = (e.currentTarget as HTMLSelectElement).value;
            if (m === 'manual') setDraft(manualText);
            else $breaks.set(parseBreaks(m).ok ? { method: m as 'quantile' | 'equal' } : { method: 'quantile' });
          }}
        >
          <option value="quantile">{t('view.breaks.quantile')}</option>
          <option value="equal">{t('view.breaks.equal')}</option>
          <option value="manual">{t('view.breaks.manual')}</option>
        </select>
      </label>
      {(breaks.method === 'manual' || draft !== null) && (
        <form
          class="vw-manual"
          onSubmit={(e) => {
            e.preventDefault();
            applyManual();
          }}
        >
          <input
            aria-label={t('view.breaks.manual.label')}
            data-testid="breaks-manual"
            value={manualText}
            placeholder="0,5,10"
            aria-invalid={error}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('view.breaks.manual.apply')}</button>
          {error && (
            <span class="vw-error" role="alert">
              {t('view.breaks.manual.invalid')}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
