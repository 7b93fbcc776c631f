/**
 * The projects view (side-panel tab `view=projects`): every project the extraction found,
 * filtered, searched, sorted and totalled through src/data/projects.ts, exported as CSV, and
 * tied to the map (the map's city/zone selection filters the list; selecting a project flies to
 * its zone — see src/map/layers/project-badges.ts).
 */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import { csvFileName, projectsToCsv } from '../data/csv';
import { formatCount, projectFacets } from '../data/projects';
import { $projectIndex, $projectResult, $selectedProject } from '../state/projects';
import { $atlas, $cityIndex, $lang, $selectedCity } from '../state/stores';
import { $selectedZone } from '../state/zones';
import { placeName, useT } from './i18n';
import { downloadText } from './projects/download';
import './projects/messages';
import { ProjectFilters } from './projects/ProjectFilters';
import { ProjectList } from './projects/ProjectList';
import { ProjectTotals } from './projects/ProjectTotals';
import './projects/projects.css';

export function ProjectsPanel() {
  const t = useT();
  const lang = useStore($lang);
  const index = useStore($projectIndex);
  const result = useStore($projectResult);
  const selected = useStore($selectedProject);
  const city = useStore($selectedCity);
  const zone = useStore($selectedZone);
  const cities = useStore($cityIndex);
  const atlas = useStore($atlas);
  const facets = useMemo(() => (index ? projectFacets(index) : null), [index]);

  if (!index || !result || !facets || index.rows.length === 0) {
    return (
      <section class="projects" aria-label={t('projects.label')} data-testid="projects-panel">
        <p class="muted">{t('projects.none')}</p>
      </section>
    );
  }

  const mapFilter = zone
    ? (atlas?.zones.find((z) => z.id === zone)?.name ?? zone)
    : city
      ? (cities.has(city) ? placeName(lang, cities.get(city)!) : city)
      : null;

  return (
    <section class="projects" aria-label={t('projects.label')} data-testid="projects-panel">
      <ProjectFilters facets={facets} lang={lang} t={t} />
      {mapFilter && (
        <p class="projects-mapfilter" data-testid="projects-mapfilter">
          {t('projects.filteredBy', { name: mapFilter })}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              $selectedZone.set(null);
              $selectedCity.set(null);
            }}
          >
            {t('projects.filteredBy.clear')}
          </button>
        </p>
      )}
      <div class="projects-bar">
        <ProjectTotals totals={result.totals} lang={lang} t={t} />
        <button
          type="button"
          class="export-button"
          data-testid="projects-export"
          disabled={result.rows.length === 0}
          title={t('projects.export.label', { n: formatCount(result.rows.length) })}
          onClick={() => downloadText(projectsToCsv(result.rows, lang), csvFileName())}
        >
          {t('projects.export')}
        </button>
      </div>
      {result.rows.length === 0 ? (
        <p class="muted" data-testid="projects-empty">
          {t('projects.empty')}
        </p>
      ) : (
        <ProjectList rows={result.rows} selected={selected} lang={lang} t={t} />
      )}
    </section>
  );
}
