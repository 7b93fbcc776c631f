/** Legend for the project badges, shown over the map only while the projects view is open. */
import { useStore } from '@nanostores/preact';
import { PROJECTS_VIEW } from '../../map/layers/project-badges';
import { $projectIndex } from '../../state/projects';
import { $panelTab } from '../../state/stores';
import { useT } from '../i18n';
import './messages';
import './projects.css';

export function BadgeLegend() {
  const t = useT();
  const tab = useStore($panelTab);
  const index = useStore($projectIndex);
  if (tab !== PROJECTS_VIEW || !index || index.rows.length === 0) return null;
  return (
    <section class="badge-legend" aria-label={t('projects.legend')} data-testid="projects-legend">
      <h3>{t('projects.legend')}</h3>
      <ul>
        <li>
          <span class="badge-legend__badge" aria-hidden="true">
            3
          </span>{' '}
          {t('projects.legend.count')}
        </li>
        <li>
          <span class="badge-legend__ring" aria-hidden="true" /> {t('projects.legend.selected')}
        </li>
      </ul>
      <p>{t('projects.legend.note')}</p>
    </section>
  );
}
