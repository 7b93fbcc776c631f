/**
 * Project status as a badge: the word itself (签约, 开工 …) plus pips showing how far along the
 * lifecycle the project is, so the status never relies on colour alone.
 */
import { STATUS_LABELS, STATUS_ORDER, type Lang, type StatusKey } from '../../data/projects';
import type { Translate } from '../i18n';

export function StatusBadge({ status, lang, t }: { status: StatusKey; lang: Lang; t: Translate }) {
  const stage = status === 'unknown' ? 0 : STATUS_ORDER.indexOf(status) + 1;
  const label = STATUS_LABELS[lang][status];
  const title = stage ? `${label} · ${t('projects.stage', { i: stage, n: STATUS_ORDER.length })}` : label;
  return (
    <span class={`status-badge status-badge--${status}`} title={title} data-status={status}>
      <span class="status-badge__text">{label}</span>
      {stage > 0 && (
        <span class="status-badge__pips" aria-hidden="true">
          {STATUS_ORDER.map((_, i) => (
            <span key={i} class={i < stage ? 'pip pip--on' : 'pip'} />
          ))}
        </span>
      )}
    </span>
  );
}
