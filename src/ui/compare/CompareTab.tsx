/**
 * The 比较/Compare tab: toggle buttons for the 11 cities (aria-pressed, 2–6 of them), then the
 * comparison chart and table for the map's current view.
 */
import { useStore } from '@nanostores/preact';
import { $cityIndex, $lang } from '../../state/stores';
import { $compareCities, COMPARE_MAX, COMPARE_MIN, toggleCompareCity } from '../../state/compare';
import { placeName, useT } from '../i18n';
import { CompareChart } from './CompareChart';
import './messages';
import './compare.css';

export function CompareTab() {
  const t = useT();
  const lang = useStore($lang);
  const index = useStore($cityIndex);
  const picked = useStore($compareCities);
  const full = picked.length >= COMPARE_MAX;

  return (
    <div class="cmp-tab" data-testid="compare-tab">
      <fieldset class="cmp-pick">
        <legend>{t('compare.pick')}</legend>
        <div class="cmp-toggles" data-testid="compare-toggles">
          {[...index.values()].map((c) => {
            const on = picked.includes(c.adcode);
            return (
              <button
                key={c.adcode}
                type="button"
                class="cmp-toggle"
                aria-pressed={on}
                disabled={!on && full}
                data-adcode={c.adcode}
                onClick={() => $compareCities.set(toggleCompareCity($compareCities.get(), c.adcode))}
              >
                {placeName(lang, c)}
              </button>
            );
          })}
        </div>
        <p class="cmp-pick-note muted" aria-live="polite">
          {full ? t('compare.full', { n: COMPARE_MAX }) : picked.length < COMPARE_MIN ? t('compare.pickHint', { n: picked.length }) : null}
          {picked.length > 0 && (
            <>
              {' '}
              <button type="button" class="link-button" onClick={() => $compareCities.set([])}>
                {t('compare.clear')}
              </button>
            </>
          )}
        </p>
      </fieldset>
      {picked.length < COMPARE_MIN ? <p class="muted">{t('compare.empty')}</p> : <CompareChart />}
    </div>
  );
}
