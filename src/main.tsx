/**
 * Entry: render the shell, load the data, then start the URL ⇄ store sync (parameters whose
 * validity depends on the data, like ?city=, are applied once the data is there).
 *
 * Test/script API: window.__atlas = { map, stores } — `map` is the MapLibre instance (null until
 * created), `stores` the nanostores by name. Wait for [data-map-ready="true"] before using it.
 */
import { render } from 'preact';
import { App } from './ui/App';
import './ui/app.css';
import * as stores from './state/stores';
import * as notices from './state/notices';
import { loadData } from './state/data';
import { startUrlSync } from './state/url';
import { URL_PARAMS } from './state/url-params';
import { watchUnknownProject } from './state/projects';
import { readParams } from './state/url';
import { $mode, MODE_URL_PARAM } from './state/mode';
import { $compareCities, COMPARE_MIN } from './state/compare';
import { PANEL_TABS } from './ui/panel/tabs';

declare global {
  interface Window {
    __atlas: {
      readonly map: stores.MapInstance | null;
      stores: typeof stores & Pick<typeof notices, '$notices' | '$fatal'>;
    };
  }
}

window.__atlas = {
  get map() {
    return stores.$map.get();
  },
  stores: { ...stores, $notices: notices.$notices, $fatal: notices.$fatal },
};

// The page mode shapes the shell (an embedded view has no header): read it from its table entry
// before the first render instead of after the data has loaded. Invalid values get their notice
// when the sync starts.
$mode.set(readParams(window.location.search, [MODE_URL_PARAM]).values.get('mode') as typeof MODE_URL_PARAM.default);

const root = document.getElementById('app');
if (root) render(<App />, root);

void loadData().then((ok) => {
  // A link with ?compare= and no ?view= opens on the 比较 tab. Done while the URL is first applied
  // (before the sync listens), so it adds no history entry and leaves the address bar as it is.
  const stopCompareOpen = $compareCities.listen((codes) => {
    if (codes.length >= COMPARE_MIN && stores.$panelTab.get() === PANEL_TABS[0].id) stores.$panelTab.set('compare');
  });
  const sync = startUrlSync(URL_PARAMS, { dataReady: ok, replaceOnly: () => $mode.get() === 'embed' });
  stopCompareOpen();
  // The atlas (zones, their names) arrives after the URL was first read: read ?zone= again then, so
  // it is checked against the real zones and a zone's name becomes its id.
  const stopZoneCheck = stores.$atlasSettled.subscribe((settled) => {
    if (!settled) return;
    queueMicrotask(() => stopZoneCheck());
    sync.apply(['zone']);
  });
  watchUnknownProject();
});
