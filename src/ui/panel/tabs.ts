/**
 * Tabs of the side panel. Add a tab with ONE entry: id (also the `?view=` value), i18n label key,
 * component. The first tab is the default view.
 */
import type { ComponentType } from 'preact';
import { AboutTab } from './AboutTab';
import { DetailTab } from './DetailTab';
import { ProjectsPanel } from '../ProjectsPanel';
import { QualityPanel } from '../QualityPanel';
import { ImportPanel } from '../ImportPanel';
import { CompareTab } from '../compare/CompareTab';

export interface PanelTab {
  id: string;
  labelKey: string;
  component: ComponentType;
}

export const PANEL_TABS: PanelTab[] = [
  { id: 'detail', labelKey: 'tab.detail', component: DetailTab },
  { id: 'projects', labelKey: 'tab.projects', component: ProjectsPanel },
  { id: 'compare', labelKey: 'tab.compare', component: CompareTab },
  { id: 'quality', labelKey: 'tab.quality', component: QualityPanel },
  { id: 'import', labelKey: 'tab.import', component: ImportPanel },
  { id: 'about', labelKey: 'tab.about', component: AboutTab },
];
