/**
 * The indicator view's pieces placed into the shell's slots (src/ui/slots.ts):
 * controls under the map (picker + period slider), legend and tooltip over the map.
 */
import { useStore } from '@nanostores/preact';
import { $view } from '../state/view-data';
import { BreaksPicker, IndicatorPicker } from './IndicatorPicker';
import { $encoding } from '../state/view-data';
import { PeriodSlider } from './PeriodSlider';
import { Legend } from './Legend';
import { Tooltip } from './Tooltip';
import { useT } from './i18n';
import './view-messages';
import './choropleth.css';

export function ViewControls() {
  const t = useT();
  const view = useStore($view);
  const enc = useStore($encoding);
  // Hold the bar's height before the data arrives, so the map does not shrink under a fitted view.
  if (!view) return <div class="vw-controls-placeholder" aria-hidden="true" />;
  return (
    <section class="vw-controls vw-controls--bar" aria-label={t('view.controls')} data-testid="view-controls">
      <IndicatorPicker />
      <PeriodSlider />
      {/* Class breaks only matter where colours encode values (intensive measures). */}
      {enc?.nature === 'intensive' && <BreaksPicker />}
    </section>
  );
}

export function ViewOverlay() {
  return (
    <>
      <Legend />
      <Tooltip />
    </>
  );
}
