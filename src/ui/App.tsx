/**
 * The shell: header, notices, map (or the fatal error in its place), side panel with tabs,
 * and the bottom-bar slot. Regions are CSS grid areas in app.css.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { $lang } from '../state/stores';
import { $fatal } from '../state/notices';
import { MapView } from '../map/MapView';
import { Header } from './Header';
import { FatalError, Notices } from './Notices';
import { SidePanel } from './panel/SidePanel';
import { BOTTOM_BAR_SLOTS } from './slots';
import { useT } from './i18n';

export function App() {
  const fatal = useStore($fatal);
  const lang = useStore($lang);
  const t = useT();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div class="app">
      <Header />
      <main class="app-main">
        <div class="map-column">
          <Notices />
          {fatal ? <FatalError /> : <MapView />}
          {BOTTOM_BAR_SLOTS.length > 0 && (
            <div class="bottom-bar">
              {BOTTOM_BAR_SLOTS.map((Slot, i) => (
                <Slot key={i} />
              ))}
            </div>
          )}
        </div>
        <SidePanel />
      </main>
    </div>
  );
}
