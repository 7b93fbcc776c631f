/** The side panel: an ARIA tab list over the registered tabs (tabs.ts); the active tab is in the URL. */
import { useStore } from '@nanostores/preact';
import { $panelTab } from '../../state/stores';
import { useT } from '../i18n';
import { PANEL_TABS } from './tabs';

export function SidePanel() {
  const t = useT();
  const active = useStore($panelTab);
  const current = PANEL_TABS.find((x) => x.id === active) ?? PANEL_TABS[0];
  const Body = current.component;

  const onKey = (e: KeyboardEvent) => {
    const i = PANEL_TABS.indexOf(current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = PANEL_TABS[(i + step + PANEL_TABS.length) % PANEL_TABS.length];
    $panelTab.set(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <aside class="side-panel" aria-label={t('panel.label')}>
      <div class="tabs" role="tablist" onKeyDown={onKey}>
        {PANEL_TABS.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === current.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            class={tab.id === current.id ? 'tab tab--active' : 'tab'}
            onClick={() => $panelTab.set(tab.id)}
          >
            {t(tab.labelKey)}
          </button>
        ))}
      </div>
      <div class="tab-body" role="tabpanel" id={`tabpanel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        <Body />
      </div>
    </aside>
  );
}
