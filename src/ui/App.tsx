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
import { $mode } from '../state/mode';
import { PresentCompare, PresentTitle } from './present/PresentOverlay';
import { EmbedLink } from './embed/EmbedLink';
import { EmbedDialog } from './embed/EmbedDialog';

export function App() {
  const fatal = useStore($fatal);
  const lang = useStore($lang);
  const t = useT();
  const mode = useStore($mode);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  }, [lang, t]);

  return (
    // Presentation and embedded modes are the same shell with parts left out (present.css, embed.css).
    <div class={`app app--${mode}`} data-mode={mode}>
      {mode !== 'embed' && <Header />}
      <main class="app-main">
        <div class="map-column">
          <Notices />
          {mode === 'present' && <PresentTitle />}
          <div class="map-row">
            {fatal ? <FatalError /> : <MapView />}
            {mode === 'present' && <PresentCompare />}
          </div>
          {mode === 'embed' && <EmbedLink />}
          {BOTTOM_BAR_SLOTS.length > 0 && (
            <div class="bottom-bar">
              {BOTTOM_BAR_SLOTS.map((Slot, i) => (
                <Slot key={i} />
              ))}
            </div>
          )}
        </div>
        {mode === 'normal' && <SidePanel />}
      </main>
      {mode === 'normal' && <EmbedDialog />}
    </div>
  );
}
