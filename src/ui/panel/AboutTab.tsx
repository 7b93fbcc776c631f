/** Where the data comes from and what may be done with it (geo/PROVENANCE.md, in short). */
import { useStore } from '@nanostores/preact';
import { $atlas } from '../../state/stores';
import { useT } from '../i18n';

export function AboutTab() {
  const t = useT();
  const atlas = useStore($atlas);
  return (
    <div class="about">
      <h2>{t('about.boundaries')}</h2>
      <p>{t('about.source')}</p>
      <p>{t('about.licence')}</p>
      <p>{t('about.crs')}</p>
      <h2>{t('about.atlas')}</h2>
      <p>
        {atlas
          ? t('about.atlas.loaded', { zones: atlas.zones.length, facts: atlas.facts.length, projects: atlas.projects.length })
          : t('about.atlas.none')}
      </p>
      <p class="muted">{t('about.offline')}</p>
    </div>
  );
}
