/** Totals of the current filter: count, summed investment (and how many projects it covers), by status. */
import { formatCount, formatInvestment, STATUS_KEYS, STATUS_LABELS, type Lang, type ProjectTotals as Totals } from '../../data/projects';
import type { Translate } from '../i18n';

export function ProjectTotals({ totals, lang, t }: { totals: Totals; lang: Lang; t: Translate }) {
  const partial = totals.withInvestment < totals.count;
  return (
    <div class="projects-totals" data-testid="projects-totals" role="status" aria-live="polite">
      <p>
        <strong data-testid="projects-count" data-value={totals.count}>
          {t('projects.count', { n: formatCount(totals.count) })}
        </strong>
        {' · '}
        <span class="nowrap" data-testid="projects-investment" data-value={totals.withInvestment > 0 ? totals.investment : ''}>
          {/* No stated figure at all is "not stated", never 0 亿元. */}
          {t('projects.investment', { v: formatInvestment(totals.withInvestment > 0 ? totals.investment : null) })}
        </span>
        {partial && (
          <span class="muted small block">
            {totals.withInvestment > 0 ? t('projects.investment.partial', { k: formatCount(totals.withInvestment) }) : t('projects.investment.none')}
          </span>
        )}
      </p>
      <ul class="projects-totals__status">
        {STATUS_KEYS.filter((s) => totals.byStatus[s].count > 0).map((s) => (
          <li key={s} data-status={s}>
            {STATUS_LABELS[lang][s]} {formatCount(totals.byStatus[s].count)}
            {totals.byStatus[s].investment > 0 && <span class="muted"> · {formatInvestment(totals.byStatus[s].investment)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
