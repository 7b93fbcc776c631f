/**
 * A feature's values over all periods as a tiny inline SVG: a line through the periods that have
 * values (gaps stay gaps, not zeros), dots for each value, the selected period ringed.
 */
import { useStore } from '@nanostores/preact';
import { $atlas, $lang } from '../state/stores';
import { $periods, $view } from '../state/view-data';
import { seriesFor, periodLabel, formatValue, dominantUnit, type SeriesPoint } from '../data/selectors';
import { indicatorLabel } from '../data/indicators';
import { useT } from './i18n';
import './view-messages';

export interface SparkGeometry {
  /** x of every period (a tick on the baseline), so gaps read as "no report", not as nothing. */
  ticks: number[];
  points: { x: number; y: number; period: string; value: number }[];
  /** Polyline segments: consecutive periods with values (a missing period breaks the line). */
  segments: string[];
  zeroY: number | null;
}

/** Pure layout of the sparkline, so its shape can be tested without a DOM. */
export function sparkGeometry(series: readonly SeriesPoint[], width: number, height: number, pad = 3): SparkGeometry {
  const vals = series.filter((p) => p.value !== null).map((p) => p.value as number);
  if (vals.length === 0) return { ticks: [], points: [], segments: [], zeroY: null };
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  const span = hi - lo || 1;
  const x = (i: number) => (series.length === 1 ? width / 2 : pad + ((width - 2 * pad) * i) / (series.length - 1));
  const y = (v: number) => (hi === lo ? height / 2 : height - pad - ((height - 2 * pad) * (v - lo)) / span);
  const points: SparkGeometry['points'] = [];
  const segments: string[] = [];
  let cur: string[] = [];
  series.forEach((p, i) => {
    if (p.value === null) {
      if (cur.length > 1) segments.push(cur.join(' '));
      cur = [];
      return;
    }
    const pt = { x: x(i), y: y(p.value), period: p.period, value: p.value };
    points.push(pt);
    cur.push(`${pt.x.toFixed(1)},${pt.y.toFixed(1)}`);
  });
  if (cur.length > 1) segments.push(cur.join(' '));
  return { ticks: series.map((_, i) => x(i)), points, segments, zeroY: lo < 0 && hi > 0 ? y(0) : null };
}

export function Sparkline({
  subjectId,
  name,
  width = 120,
  height = 32,
  showEmpty = false,
}: {
  subjectId: string;
  name: string;
  width?: number;
  height?: number;
  /** Say "no data" instead of drawing nothing (the tooltip already says it). */
  showEmpty?: boolean;
}) {
  const t = useT();
  const lang = useStore($lang);
  const atlas = useStore($atlas);
  const periods = useStore($periods);
  const view = useStore($view);
  if (!atlas || !view) return null;
  const series = seriesFor(atlas.facts, periods, subjectId, view);
  if (series.every((p) => p.value === null)) return showEmpty ? <p class="vw-muted">{t('tooltip.nodata')}</p> : null;
  const unit = dominantUnit(atlas.facts, view.indicator, view.measure);
  const g = sparkGeometry(series, width, height);
  const described = series
    .filter((p) => p.value !== null)
    .map((p) => `${periodLabel(p.period, lang)} ${formatValue(p.value as number, unit, lang, p.approx)}`)
    .join('；');
  return (
    <figure class="vw-spark" data-testid="sparkline">
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`${t('sparkline.label', { name, indicator: indicatorLabel(view.indicator, lang) })}：${described}`}
      >
        {g.ticks.map((x) => (
          <line key={x} x1={x} x2={x} y1={height - 3} y2={height} stroke="#bbb" />
        ))}
        {g.zeroY !== null && <line x1={0} x2={width} y1={g.zeroY} y2={g.zeroY} stroke="#bbb" stroke-dasharray="2 2" />}
        {g.segments.map((s) => (
          <polyline key={s} points={s} fill="none" stroke="#3b6fb6" stroke-width="1.5" />
        ))}
        {g.points.map((p) => (
          <circle
            key={p.period}
            cx={p.x}
            cy={p.y}
            r={p.period === view.period ? 3.5 : 2}
            fill={p.value < 0 ? '#cb181d' : '#3b6fb6'}
            stroke={p.period === view.period ? '#111' : 'none'}
          >
            <title>{`${periodLabel(p.period, lang)}：${formatValue(p.value, unit, lang)}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
