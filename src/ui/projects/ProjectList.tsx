/**
 * The list, paginated: the first page renders at once and "show more" adds pages, so 10,000
 * projects never mean 10,000 DOM rows. The source sentence is a disclosure rendered as TEXT.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatInvestment, formatPeriod, type Lang, type ProjectRow } from '../../data/projects';
import { $selectedProject } from '../../state/projects';
import type { Translate } from '../i18n';
import { StatusBadge } from './StatusBadge';

export const PAGE_SIZE = 50;

export function ProjectList({ rows, selected, lang, t }: { rows: ProjectRow[]; selected: string | null; lang: Lang; t: Translate }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  // A new result starts on the first page again (but keeps the selected project visible).
  useEffect(() => {
    const at = selected ? rows.findIndex((r) => r.id === selected) : -1;
    setLimit(Math.max(PAGE_SIZE, Math.ceil((at + 1) / PAGE_SIZE) * PAGE_SIZE));
  }, [rows]);

  const shown = rows.slice(0, limit);
  const rest = rows.length - shown.length;
  return (
    <div class="projects-list-wrap">
      <ol class="projects-list" data-testid="projects-list">
        {shown.map((r) => (
          <ProjectItem key={r.id} row={r} selected={r.id === selected} lang={lang} t={t} />
        ))}
      </ol>
      {rest > 0 && (
        <button type="button" class="more-button" data-testid="projects-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t('projects.more', { n: Math.min(rest, PAGE_SIZE), total: rows.length })}
        </button>
      )}
    </div>
  );
}

function ProjectItem({ row, selected, lang, t }: { row: ProjectRow; selected: boolean; lang: Lang; t: Translate }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const p = row.project;
  const zone = lang === 'en' ? row.zoneNameEn : row.zoneName;
  const where = [zone || (p.scope === 'city' ? t('projects.scope.city') : ''), row.cityName].filter(Boolean).join(' · ');
  return (
    <li ref={ref} class={selected ? 'project project--selected' : 'project'} data-testid="project-item" data-id={row.id}>
      <button
        type="button"
        class="project__main"
        aria-pressed={selected}
        onClick={() => $selectedProject.set(selected ? null : row.id)}
      >
        <span class="project__head">
          <span class="project__name">{row.name}</span>
          <StatusBadge status={row.status} lang={lang} t={t} />
        </span>
        <span class="project__meta">
          <span class="project__where">{where}</span>
          <span class={row.investment === null ? 'project__inv project__inv--missing' : 'project__inv'}>
            {row.investment === null ? t('projects.noInvestment') : formatInvestment(row.investment)}
          </span>
        </span>
        {(p.company || p.period) && (
          <span class="project__meta muted">
            {p.company && <span>{p.company}</span>}
            {p.period && <span>{formatPeriod(p.period, lang)}</span>}
          </span>
        )}
      </button>
      <details class="project__quote">
        <summary>{t('projects.quote')}</summary>
        {/* Report text is data: rendered as a text node, never as markup. */}
        <blockquote data-testid="project-quote">{p.quote}</blockquote>
        <p class="muted small">{t('projects.source', { seed: p.source.seed })}</p>
      </details>
    </li>
  );
}
