/**
 * Local stand-in for src/data/resolve.ts (the gazetteer), behind the SAME interface
 * (resolveName, findNames). The engine now resolves names through the shared gazetteer (see
 * ./subjects); from this file it only uses cityOfPlace(), the prefecture of a zone-like name the
 * gazetteer does not know. The rest stays as a drop-in fallback behind the same interface.
 *
 * Canonical zone names are the full names reports use, without a leading 山西.
 */
export type NameResolution =
  | { status: 'zone'; id: string; name: string; city: string; city_adcode: string }
  | { status: 'city'; name: string; adcode: string }
  | { status: 'province'; name: '山西省'; adcode: '140000' }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'unknown' };

export interface NameHit {
  start: number;
  end: number;
  raw: string;
  resolution: NameResolution;
}

const CITIES: Record<string, string> = {
  太原: '140100', 大同: '140200', 阳泉: '140300', 长治: '140400', 晋城: '140500', 朔州: '140600',
  晋中: '140700', 运城: '140800', 忻州: '140900', 临汾: '141000', 吕梁: '141100',
};

/** County-level places (short names) → city short name. Used for zones the table below does not know. */
const COUNTIES: Record<string, string> = {};
for (const [city, list] of Object.entries({
  太原: '小店 迎泽 杏花岭 尖草坪 万柏林 晋源 清徐 阳曲 娄烦 古交',
  大同: '新荣 平城 云冈 云州 阳高 天镇 广灵 灵丘 浑源 左云',
  阳泉: '平定 盂县',
  长治: '潞州 上党 屯留 潞城 襄垣 平顺 黎城 壶关 长子 武乡 沁县 沁源',
  晋城: '沁水 阳城 陵川 泽州 高平',
  朔州: '朔城 平鲁 山阴 应县 右玉 怀仁',
  晋中: '榆次 太谷 榆社 左权 和顺 昔阳 寿阳 祁县 平遥 灵石 介休',
  运城: '盐湖 临猗 万荣 闻喜 稷山 新绛 绛县 垣曲 夏县 平陆 芮城 永济 河津 风陵渡',
  忻州: '忻府 定襄 五台 代县 繁峙 宁武 静乐 神池 五寨 岢岚 河曲 保德 偏关 原平',
  临汾: '尧都 曲沃 翼城 襄汾 洪洞 古县 安泽 浮山 吉县 乡宁 大宁 隰县 永和 蒲县 汾西 侯马 霍州',
  吕梁: '离石 文水 交城 兴县 临县 柳林 石楼 岚县 方山 中阳 交口 孝义 汾阳',
})) {
  for (const c of list.split(' ')) COUNTIES[c] = city;
}

type Family = 'econ' | 'hitech' | 'agrihitech' | 'agri' | 'eco' | 'none';
const FAMILY_SUFFIXES: Record<Family, string[]> = {
  econ: ['经济技术开发区', '经济开发区', '经开区', '开发区'],
  hitech: ['高新技术产业开发区', '高新技术产开发区', '高新技术开发区', '高新区'],
  agrihitech: ['国家农业高新技术产业示范区', '农业高新技术产业示范区', '国家农高区', '农高区'],
  agri: ['现代农业产业示范区', '现代农业示范区', '农业示范区', '示范区'],
  eco: ['生态文化旅游示范区', '生态文化旅游开发区', '生态示范区', '示范区'],
  none: [],
};

/** [canonical, city short, prefixes, family, extra aliases] */
const ZONES: Array<[string, string, string[], Family, string[]?]> = [
  ['太原经济技术开发区', '太原', ['太原'], 'econ'],
  ['太原高新技术产业开发区', '太原', ['太原'], 'hitech'],
  ['太原中北高新技术产业开发区', '太原', ['中北', '太原中北'], 'hitech'],
  ['清徐经济开发区', '太原', ['清徐'], 'econ'],
  ['阳曲现代农业产业示范区', '太原', ['阳曲'], 'agri'],
  ['西山生态文化旅游示范区', '太原', ['西山', '太原西山'], 'eco'],
  ['古交经济技术开发区', '太原', ['古交'], 'econ'],
  ['太原武宿综合保税区', '太原', [], 'none', ['武宿综合保税区', '武宿综保区']],
  ['太原不锈钢产业园区', '太原', [], 'none', ['不锈钢产业园区']],
  ['山西转型综合改革示范区', '太原', [], 'none', ['转型综合改革示范区', '转型综改示范区', '综改示范区', '综改区']],
  ['晋中经济技术开发区', '晋中', ['晋中', '综改区晋中'], 'econ'],
  ['晋中国家农业高新技术产业示范区', '晋中', ['晋中'], 'agrihitech', ['太谷国家农高区']],
  ['祁县经济开发区', '晋中', ['祁县'], 'econ'],
  ['寿阳经济技术开发区', '晋中', ['寿阳'], 'econ'],
  ['左权生态文化旅游示范区', '晋中', ['左权'], 'eco'],
  ['太谷经济技术开发区', '晋中', ['太谷'], 'econ'],
  ['介休经济技术开发区', '晋中', ['介休'], 'econ'],
  ['榆社经济技术开发区', '晋中', ['榆社'], 'econ'],
  ['和顺经济技术开发区', '晋中', ['和顺'], 'econ'],
  ['平遥经济技术开发区', '晋中', ['平遥'], 'econ'],
  ['灵石经济技术开发区', '晋中', ['灵石'], 'econ'],
  ['山西榆次工业园区', '晋中', [], 'none', ['榆次工业园区']],
  ['阳泉高新技术产业开发区', '阳泉', ['阳泉'], 'hitech'],
  ['阳泉经济开发区', '阳泉', ['阳泉'], 'econ'],
  ['盂县经济技术开发区', '阳泉', ['盂县'], 'econ'],
  ['长治高新技术产业开发区', '长治', ['长治'], 'hitech'],
  ['壶关经济开发区', '长治', ['壶关'], 'econ'],
  ['上党经济技术开发区', '长治', ['上党'], 'econ'],
  ['襄垣经济技术开发区', '长治', ['襄垣'], 'econ'],
  ['沁县现代农业产业示范区', '长治', ['沁县'], 'agri'],
  ['晋城经济技术开发区', '晋城', ['晋城'], 'econ'],
  ['阳城经济技术开发区', '晋城', ['阳城'], 'econ'],
  ['高平经济技术开发区', '晋城', ['高平'], 'econ'],
  ['运城经济技术开发区', '运城', ['运城'], 'econ'],
  ['风陵渡经济开发区', '运城', ['风陵渡'], 'econ'],
  ['绛县经济开发区', '运城', ['绛县'], 'econ'],
  ['临猗现代农业产业示范区', '运城', ['临猗'], 'agri'],
  ['盐湖高新技术产业开发区', '运城', ['盐湖'], 'hitech'],
  ['山西运城盐湖工业园区', '运城', [], 'none', ['运城盐湖工业园区']],
  ['临汾经济开发区', '临汾', ['临汾'], 'econ'],
  ['侯马经济开发区', '临汾', ['侯马'], 'econ'],
  ['古县经济技术开发区', '临汾', ['古县'], 'econ'],
  ['洪洞经济技术开发区', '临汾', ['洪洞'], 'econ'],
  ['襄汾经济技术开发区', '临汾', ['襄汾'], 'econ'],
  ['安泽经济技术开发区', '临汾', ['安泽'], 'econ'],
  ['霍州经济技术开发区', '临汾', ['霍州'], 'econ'],
  ['尧都高新技术产业开发区', '临汾', ['尧都'], 'hitech'],
  ['曲沃经济技术开发区', '临汾', ['曲沃'], 'econ'],
  ['隰县现代农业产业示范区', '临汾', ['隰县'], 'agri'],
  ['乡宁生态文化旅游示范区', '临汾', ['乡宁'], 'eco'],
  ['大同经济技术开发区', '大同', ['大同'], 'econ'],
  ['云冈经济技术开发区', '大同', ['云冈'], 'econ'],
  ['朔州经济开发区', '朔州', ['朔州'], 'econ'],
  ['山阴经济技术开发区', '朔州', ['山阴'], 'econ'],
  ['忻州经济开发区', '忻州', ['忻州'], 'econ'],
  ['原平经济技术开发区', '忻州', ['原平'], 'econ'],
  ['静乐现代农业产业示范区', '忻州', ['静乐'], 'agri'],
  ['定襄经济技术开发区', '忻州', ['定襄'], 'econ'],
  ['孝义经济开发区', '吕梁', ['孝义'], 'econ'],
  ['文水经济开发区', '吕梁', ['文水'], 'econ'],
  ['交城经济开发区', '吕梁', ['交城'], 'econ'],
  ['汾阳杏花村经济技术开发区', '吕梁', ['汾阳', '杏花村', '汾阳杏花村'], 'econ'],
];

interface ZoneRec {
  id: string;
  name: string;
  city: string;
  city_adcode: string;
}
const ALIAS = new Map<string, ZoneRec | 'ambiguous'>();
const CANDIDATES = new Map<string, string[]>();
function addAlias(a: string, z: ZoneRec, exact: boolean): void {
  const prev = ALIAS.get(a);
  if (prev && prev !== 'ambiguous' && prev.name !== z.name) {
    // The canonical full name always wins over a generated short alias.
    if (prev.name === a) return;
    if (exact) {
      ALIAS.set(a, z);
      return;
    }
    ALIAS.set(a, 'ambiguous');
    CANDIDATES.set(a, [prev.name, z.name]);
    return;
  }
  if (prev === 'ambiguous') {
    if (exact) ALIAS.set(a, z);
    else CANDIDATES.get(a)!.push(z.name);
    return;
  }
  ALIAS.set(a, z);
}
ZONES.forEach(([name, city, prefixes, family, extra], i) => {
  const z: ZoneRec = { id: `z${String(i + 1).padStart(3, '0')}`, name, city: city + '市', city_adcode: CITIES[city] };
  addAlias(name, z, true);
  addAlias('山西' + name, z, true);
  for (const p of prefixes) {
    for (const suf of FAMILY_SUFFIXES[family]) {
      // "晋中开发区" is the 经开区, but a bare "X示范区" for agri/eco may be either: leave to ambiguity.
      addAlias(p + suf, z, false);
      addAlias('山西' + p + suf, z, false);
    }
  }
  for (const a of extra ?? []) {
    addAlias(a, z, false);
    addAlias('山西' + a, z, false);
  }
});
// Generic "X开发区" for a zone whose family is not econ should not steal it: resolved by the order above.

const SUFFIX_RE =
  /(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术产开发区|高新技术开发区|农业高新技术产业示范区|高新区|经开区|开发区|农高区|示范区|综合保税区|综保区|工业园区|产业园区|综改区)/g;
const MIDDLE = '(?:国家|现代农业产业|现代农业|农业|生态文化旅游|生态|经济技术|经济|高新技术产业|高新技术|转型综改|杏花村)?';
const PLACES = [...Object.keys(COUNTIES), ...Object.keys(CITIES)].sort((a, b) => b.length - a.length);
const GENERIC_RE = new RegExp(`^(?:山西)?(${PLACES.join('|')})${MIDDLE}$`);
const CITY_RE = new RegExp(`(${Object.keys(CITIES).join('|')})市`, 'g');

function cityRes(short: string): NameResolution {
  return { status: 'city', name: short + '市', adcode: CITIES[short] };
}

function zoneRes(z: ZoneRec): NameResolution {
  return { status: 'zone', id: z.id, name: z.name, city: z.city, city_adcode: z.city_adcode };
}

/** Resolves a raw name (a 供稿 line, a heading, a mention) to a zone, city or the province. */
export function resolveName(raw: string, ctx?: { city?: string }): NameResolution {
  let s = raw.replace(/[\s"“”'‘’《》()（）]/g, '');
  s = s.replace(/(管理委员会|管委会|商务局|商务厅|办公室|综合办|招商局)$/, '');
  if (s === '山西省' || s === '山西' || s === '全省' || s === '我省') return { status: 'province', name: '山西省', adcode: '140000' };
  const hit = ALIAS.get(s);
  if (hit === 'ambiguous') {
    const cands = CANDIDATES.get(s) ?? [];
    if (ctx?.city) {
      const inCity = cands.filter((c) => {
        const r = ALIAS.get(c);
        return r && r !== 'ambiguous' && r.city === ctx.city;
      });
      if (inCity.length === 1) return zoneRes(ALIAS.get(inCity[0]) as ZoneRec);
    }
    return { status: 'ambiguous', candidates: cands };
  }
  if (hit) return zoneRes(hit);
  const cm = /^(?:山西省?)?(太原|大同|阳泉|长治|晋城|朔州|晋中|运城|忻州|临汾|吕梁)市?(?:各?开发区|开发区办公室)?$/.exec(s);
  if (cm) return cityRes(cm[1]);
  return { status: 'unknown' };
}

/** City (with 市) of a county-level place that starts a zone-like name, for unknown zones. */
export function cityOfPlace(name: string): string | undefined {
  const m = GENERIC_RE.exec(name.replace(SUFFIX_END, ''));
  if (!m) return undefined;
  const p = m[1];
  return (COUNTIES[p] ?? p) + '市';
}
const SUFFIX_END = new RegExp(`(?:${SUFFIX_RE.source})$`);

/**
 * Every zone or city name in `text`. Zones are found from their suffix (开发区, 高新区, 示范区 …)
 * by looking back for the longest known alias, else a Shanxi place name; cities as "X市".
 * Unknown zone-like names are returned with status 'unknown' so callers can warn.
 */
export function findNames(text: string): NameHit[] {
  const hits: NameHit[] = [];
  SUFFIX_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUFFIX_RE.exec(text))) {
    const end = m.index + m[0].length;
    let found: NameHit | null = null;
    for (let k = Math.min(18, end); k >= m[0].length; k--) {
      const cand = text.slice(end - k, end);
      if (/[\s,，。、；;:：()（）“”"]/.test(cand)) continue;
      if (ALIAS.has(cand)) {
        found = { start: end - k, end, raw: cand, resolution: resolveName(cand) };
        break;
      }
    }
    if (!found) {
      for (let k = Math.min(16, end); k > m[0].length; k--) {
        const cand = text.slice(end - k, end);
        if (/[\s,，。、；;:：()（）“”"]/.test(cand)) continue;
        const head = cand.slice(0, cand.length - m[0].length);
        // "太原市开发区", "晋中市各开发区": the city's zones collectively.
        const cityPhrase = /^(?:山西省?)?(太原|大同|阳泉|长治|晋城|朔州|晋中|运城|忻州|临汾|吕梁)市各?$/.exec(head);
        if (cityPhrase && m[0] === '开发区') {
          found = { start: end - k, end, raw: cand, resolution: cityRes(cityPhrase[1]) };
          break;
        }
        if (GENERIC_RE.test(head)) {
          found = { start: end - k, end, raw: cand, resolution: { status: 'unknown' } };
          break;
        }
      }
    }
    if (found) {
      // Drop a shorter earlier hit that this one contains.
      while (hits.length && hits[hits.length - 1].start >= found.start) hits.pop();
      hits.push(found);
    }
  }
  // Cities written out ("晋中市"), unless inside a zone hit.
  CITY_RE.lastIndex = 0;
  const zoneHits = hits.slice();
  let zi = 0;
  while ((m = CITY_RE.exec(text))) {
    const s = m.index;
    const e = s + m[0].length;
    while (zi < zoneHits.length && zoneHits[zi].end <= s) zi++;
    if (zi < zoneHits.length && zoneHits[zi].start <= s) continue;
    hits.push({ start: s, end: e, raw: m[0], resolution: cityRes(m[1]) });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}
