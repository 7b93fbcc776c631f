/**
 * Report name → zone, city or province. Pure: built from a gazetteer passed in, so the data build can
 * use it on rows that are not yet written to geo/zones.json, and tests can feed synthetic gazetteers.
 * `resolve.ts` binds it to the real gazetteer.
 *
 * Why a table of suffix families: reports shorten names freely (清徐开发区, 运城经开区, 中北高新区,
 * 阳曲示范区, 晋中国家农高区) and sometimes mistype them (高新技术产开发区). Every zone name is split into
 * place stem + type suffix, and the stem is combined with every suffix of the same family. A generated
 * form that two zones share is ambiguous; an explicit alias beats a generated form.
 */
import type { Division, Zone } from './schemas';

export type NameResolution =
  | { status: 'zone'; id: string; name: string; city: string; city_adcode: string }
  | { status: 'city'; name: string; adcode: string }
  | { status: 'province'; name: '山西省'; adcode: '140000' }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'unknown' };

export interface FoundName {
  start: number;
  end: number;
  raw: string;
  resolution: NameResolution;
}

export interface ResolverInput {
  zones: Pick<Zone, 'id' | 'name' | 'aliases' | 'type' | 'city_adcode'>[];
  /** Cities and counties (geo/divisions.json); the province row is ignored. */
  divisions: Pick<Division, 'adcode' | 'name' | 'name_short' | 'level' | 'city_adcode'>[];
}

export interface Resolver {
  resolveName(raw: string, ctx?: { city?: string }): NameResolution;
  findNames(text: string): FoundName[];
}

/**
 * Suffix families: all forms one zone type is written in. Order inside a family does not matter;
 * matching always tries the longest suffix first. `generic` = the bare form is a type word that names
 * no zone by itself (开发区, 高新区 …) and needs a city context.
 */
const SUFFIX_FAMILIES: { family: string; suffixes: string[] }[] = [
  { family: 'econ', suffixes: ['经济技术开发区', '经济开发区', '经开区', '开发区'] },
  {
    family: 'hitech',
    suffixes: ['高新技术产业开发区', '高新技术产开发区', '高新技术开发区', '高新技术产业园区', '高新开发区', '高新区'],
  },
  {
    family: 'agri_hitech',
    suffixes: ['国家农业高新技术产业示范区', '农业高新技术产业示范区', '国家农高区', '农高区'],
  },
  {
    family: 'modern_agri',
    suffixes: ['现代农业产业示范区', '现代农业示范区', '农业产业示范区', '农业示范区', '现代农业开发区', '示范区'],
  },
  {
    family: 'eco_tourism',
    suffixes: ['生态文化旅游示范区', '生态文化旅游开发区', '生态文化旅游区', '生态示范区', '文旅示范区', '示范区'],
  },
  { family: 'reform', suffixes: ['转型综合改革示范区', '转型综改示范区', '综改示范区', '综改区'] },
  { family: 'bonded', suffixes: ['综合保税区', '综保区'] },
  { family: 'industrial_park', suffixes: ['工业园区', '工业园'] },
  { family: 'park', suffixes: ['产业园区', '产业园'] },
];

/** Chinese zone type → suffix family, for bare type words resolved in a city context. */
const TYPE_FAMILY: Record<string, string[]> = {
  经济技术开发区: ['econ'],
  经济开发区: ['econ'],
  高新技术产业开发区: ['hitech'],
  农业高新技术产业示范区: ['agri_hitech'],
  现代农业产业示范区: ['modern_agri'],
  生态文化旅游示范区: ['eco_tourism'],
  转型综合改革示范区: ['reform'],
  综合保税区: ['bonded'],
  工业园区: ['industrial_park'],
  产业园区: ['park'],
};

/** Bare type words: which families they can stand for ("开发区" is any development zone). */
const GENERIC_WORDS: Record<string, string[] | 'any'> = {
  开发区: 'any',
  经开区: ['econ'],
  经济开发区: ['econ'],
  经济技术开发区: ['econ'],
  高新区: ['hitech'],
  高新技术产业开发区: ['hitech'],
  示范区: ['modern_agri', 'eco_tourism', 'agri_hitech', 'reform'],
  园区: 'any',
  工业园区: ['industrial_park', 'park'],
  产业园区: ['industrial_park', 'park'],
  综保区: ['bonded'],
  综合保税区: ['bonded'],
};

const PROVINCE_WORDS = new Set(['山西省', '山西', '全省', '我省', '本省']);
const CITY_CONTEXT_WORDS = new Set(['全市', '我市', '本市', '该市']);

/** Suffixes that make a name zone-like when no gazetteer entry matches (for 'unknown' mentions). */
const ZONE_LIKE_SUFFIXES = [
  '经济技术开发区', '经济开发区', '高新技术产业开发区', '高新技术产业园区', '工业综合开发区', '开发区', '经开区', '高新区',
  '示范区', '农高区', '工业园区', '产业园区', '园区', '产业集聚区',
];
/** Other provinces: their zones are named in reports (partnerships) and are not on this map. */
const OTHER_PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市', '河北', '内蒙古', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建',
  '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '四川', '贵州', '云南', '西藏', '陕西', '甘肃',
  '青海', '宁夏', '新疆', '北京', '天津', '上海', '重庆',
];
/**
 * Sub-county place names that appear in front of zone suffixes in reports (historic names, towns).
 * Only used to recognise *unknown* zone-like names; a known zone never depends on this list.
 */
const EXTRA_PLACES = ['晋阳', '大寨', '潇河', '学府', '甘亭', '武宿', '夏家营'];
/** Characters that end a list or a clause: never inside the middle part of an unknown zone name. */
const NOT_IN_NAME =
  '和与及的等或在对向把将从为是了并且、，。；：,.;:（）()“”"【】 \n\r\t' +
  // verbs and words of administration that sit between a place and 开发区 in running text
  // ("昔阳县申报省级开发区", "古交设立经济开发区", "祁县创新开发区运营管理体制")
  '设立申报做好推进建设加快打造落实创新寻求级强展促抓谋划组织指导到入各全本我该这其有共已将要由被让使向给';

/** Traditional → simplified for the characters of zone names (the engine converts whole texts; this is a safety net). */
const TRAD: Record<string, string> = {
  區: '区', 開: '开', 發: '发', 經: '经', 濟: '济', 術: '术', 業: '业', 範: '范', 園: '园', 農: '农', 設: '设',
  試: '试', 驗: '验', 綜: '综', 改: '改', 革: '革', 態: '态', 遊: '游', 陽: '阳', 陰: '阴', 晉: '晋', 長: '长',
  運: '运', 臨: '临', 縣: '县', 岡: '冈', 鹽: '盐', 襄: '襄', 陵: '陵', 渡: '渡', 鄉: '乡', 寧: '宁', 沁: '沁',
  東: '东', 呂: '吕', 梁: '梁', 門: '门', 關: '关', 靜: '静', 樂: '乐', 權: '权', 順: '顺', 壽: '寿', 遙: '遥',
  靈: '灵', 興: '兴', 漢: '汉', 產: '产', 國: '国', 際: '际', 時: '时', 專: '专', 鎮: '镇', 蘭: '兰', 龍: '龙',
  華: '华', 鐵: '铁', 應: '应', 廣: '广', 豐: '丰', 雲: '云', 現: '现', 轉: '转', 型: '型', 稅: '税', 鏽: '锈',
  鋼: '钢', 義: '义', 馬: '马', 絳: '绛', 壺: '壶', 孝: '孝', 汾: '汾', 祁: '祁', 盂: '盂', 隰: '隰',
};

/** Code units that TRAD really changes: a name holding none of them is returned as it is (the usual case). */
const TRAD_CHANGES = new Uint8Array(0x10000);
for (const [k, v] of Object.entries(TRAD)) if (k !== v) TRAD_CHANGES[k.charCodeAt(0)] = 1;

function simplify(s: string): string {
  let i = 0;
  while (i < s.length && TRAD_CHANGES[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  let out = '';
  for (const ch of s) out += TRAD[ch] ?? ch;
  return out;
}

/** Trim decoration a name may carry when cut out of a report: whitespace, quotes, 供稿：, 管委会. */
function clean(raw: string): string {
  let s = simplify(raw).replace(/[\s\u3000]+/g, '');
  s = s.replace(/^(供稿|来源|稿件来源)[：:]/, '');
  s = s.replace(/^[“”"'‘’《》〈〉【】\[\]（）()]+|[“”"'‘’《》〈〉【】\[\]（）()]+$/g, '');
  s = s.replace(/(管理委员会|管委会)$/, '');
  return s;
}

/** Lookup key: 山西 prefix dropped so that 山西清徐经济开发区 and 清徐经济开发区 meet. */
function key(s: string): string {
  const c = clean(s);
  const stripped = c.replace(/^山西省?/, '');
  return stripped.length >= 2 ? stripped : c;
}

function splitSuffix(name: string): { stem: string; family: string; suffix: string } | null {
  let best: { stem: string; family: string; suffix: string } | null = null;
  for (const f of SUFFIX_FAMILIES) {
    for (const suf of f.suffixes) {
      if (name.length > suf.length && name.endsWith(suf) && (!best || suf.length > best.suffix.length)) {
        best = { stem: name.slice(0, -suf.length), family: f.family, suffix: suf };
      }
    }
  }
  return best;
}

interface ZoneEntry {
  id: string;
  name: string;
  city: string;
  city_adcode: string;
  families: string[];
}

/**
 * Character trie for findNames: one walk per start position, longest match wins. Keyed by UTF-16
 * code unit (numbers, not one-character strings: indexing a Chinese text by string allocates).
 */
interface TrieNode {
  next: Map<number, TrieNode>;
  value?: NameResolution;
}

function makeTrie(): TrieNode {
  return { next: new Map() };
}

function trieInsert(root: TrieNode, word: string, value: NameResolution, overwrite: boolean): void {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let nxt = node.next.get(code);
    if (!nxt) {
      nxt = makeTrie();
      node.next.set(code, nxt);
    }
    node = nxt;
  }
  if (overwrite || !node.value) node.value = value;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createResolver(input: ResolverInput): Resolver {
  const cities = input.divisions.filter((d) => d.level === 'city');
  const counties = input.divisions.filter((d) => d.level === 'county');
  const cityByAdcode = new Map(cities.map((c) => [c.adcode, c]));

  const entries = new Map<string, ZoneEntry>();
  for (const z of input.zones) {
    const city = cityByAdcode.get(z.city_adcode);
    entries.set(z.id, {
      id: z.id,
      name: z.name,
      city: city?.name ?? '',
      city_adcode: z.city_adcode,
      families: TYPE_FAMILY[z.type] ?? [],
    });
  }

  // ── Zone keys: explicit names first (they win), then generated variants (shared ones are ambiguous).
  const explicit = new Map<string, Set<string>>();
  const generated = new Map<string, Set<string>>();
  /** Display forms for the text trie (the key plus forms with 山西 in front). */
  const textForms = new Map<string, string>(); // form → key
  const add = (m: Map<string, Set<string>>, k: string, id: string) => {
    if (k.length < 2) return;
    let set = m.get(k);
    if (!set) m.set(k, (set = new Set()));
    set.add(id);
  };
  const cityShorts = new Set(cities.map((c) => c.name_short));
  const countyByShort = new Map<string, Division[]>();
  for (const c of counties) {
    for (const n of new Set([c.name_short, c.name])) {
      const list = countyByShort.get(n) ?? [];
      list.push(c as Division);
      countyByShort.set(n, list);
    }
  }

  for (const z of input.zones) {
    const names = [z.name, ...z.aliases];
    for (const n of names) add(explicit, key(n), z.id);
    for (const n of names) {
      const k = key(n);
      const split = splitSuffix(k);
      if (!split) continue;
      const fam = SUFFIX_FAMILIES.find((f) => f.family === split.family)!;
      // The stem as written, plus the county's full name when the stem is a county's short name
      // (襄垣 → 襄垣县经济开发区) — and the reverse.
      const stems = new Set([split.stem]);
      const counts = countyByShort.get(split.stem);
      if (counts) for (const c of counts) stems.add(c.name).add(c.name_short);
      // "<city><county>…" is also written without the city ("阳泉城区经济开发区" → "城区经济开发区"): such a
      // form is ambiguous across cities (城区 exists in 阳泉 and 晋城) and is settled by the city context.
      const zc = cityByAdcode.get(z.city_adcode);
      for (const prefix of zc ? [zc.name, zc.name_short] : []) {
        if (!split.stem.startsWith(prefix)) continue;
        for (const c of countyByShort.get(split.stem.slice(prefix.length)) ?? []) {
          if (c.city_adcode === z.city_adcode) stems.add(c.name).add(c.name_short);
        }
      }
      for (const stem of stems) {
        for (const suf of fam.suffixes) {
          // "<city>开发区" means a city's zones collectively, and "<place>示范区" alone is too loose for a
          // city stem; keep those out of the generated forms (explicit aliases may still say so).
          if (cityShorts.has(stem) && (suf === '开发区' || suf === '示范区')) continue;
          add(generated, stem + suf, z.id);
        }
      }
    }
  }
  const zoneKeys = new Map<string, string[]>();
  for (const [k, ids] of generated) zoneKeys.set(k, [...ids]);
  for (const [k, ids] of explicit) zoneKeys.set(k, [...ids]); // explicit overrides generated

  // ── Cities: 太原市 / 太原 / 太原市开发区 (the city's zones collectively).
  const cityKeys = new Map<string, Division>();
  for (const c of cities) {
    cityKeys.set(c.name, c as Division);
    cityKeys.set(c.name_short, c as Division);
    for (const form of [c.name + '开发区', c.name + '各开发区']) {
      if (!zoneKeys.has(form)) cityKeys.set(form, c as Division);
    }
  }

  const zoneRes = (id: string): NameResolution => {
    const e = entries.get(id)!;
    return { status: 'zone', id: e.id, name: e.name, city: e.city, city_adcode: e.city_adcode };
  };
  const cityRes = (c: Pick<Division, 'name' | 'adcode'>): NameResolution => ({
    status: 'city',
    name: c.name,
    adcode: c.adcode,
  });
  const PROVINCE: NameResolution = { status: 'province', name: '山西省', adcode: '140000' };

  const ctxCity = (ctx?: { city?: string }): Division | undefined => {
    const c = ctx?.city ? clean(ctx.city) : '';
    if (!c) return undefined;
    return (cityByAdcode.get(c) as Division | undefined) ?? cities.find((d) => d.name === c || d.name_short === c) as Division | undefined;
  };

  const pick = (ids: string[], ctx?: { city?: string }): NameResolution => {
    if (ids.length === 1) return zoneRes(ids[0]);
    const city = ctxCity(ctx);
    if (city) {
      const inCity = ids.filter((id) => entries.get(id)!.city_adcode === city.adcode);
      if (inCity.length === 1) return zoneRes(inCity[0]);
      if (inCity.length > 1) return { status: 'ambiguous', candidates: inCity.map((id) => entries.get(id)!.name) };
    }
    if (ids.length === 0) return { status: 'unknown' };
    return { status: 'ambiguous', candidates: ids.map((id) => entries.get(id)!.name) };
  };

  // ── Text trie: every zone form (with and without 山西 prefix), city full names, 山西省.
  const trie = makeTrie();
  /** Bitmap of code units that start some name: most positions of a text are skipped on one array read. */
  const firstChars = new Uint8Array(0x10000);
  const insertText = (form: string, value: NameResolution, overwrite = false) => {
    trieInsert(trie, form, value, overwrite);
    firstChars[form.charCodeAt(0)] = 1;
  };
  for (const [k, ids] of zoneKeys) {
    const value =
      ids.length === 1 ? zoneRes(ids[0]) : { status: 'ambiguous' as const, candidates: ids.map((id) => entries.get(id)!.name) };
    for (const form of [k, '山西' + k, '山西省' + k]) insertText(form, value, true);
  }
  for (const c of cities) {
    insertText(c.name, cityRes(c));
    for (const form of [c.name + '开发区', c.name + '各开发区']) if (!zoneKeys.has(form)) insertText(form, cityRes(c));
  }
  insertText('山西省', PROVINCE);

  // ── Unknown zone-like names: a place (Shanxi county/city, other province, known sub-county place),
  // up to four name characters, then a zone suffix. Runs only in the gaps between known names.
  const places = new Set<string>();
  for (const c of counties) {
    // 城区/矿区/郊区 are ordinary words too ("城区", "郊区"): only their city-qualified forms count.
    if (['城区', '矿区', '郊区'].includes(c.name)) continue;
    places.add(c.name);
    if (c.name_short.length >= 2) places.add(c.name_short);
  }
  for (const c of cities) places.add(c.name).add(c.name_short);
  for (const p of OTHER_PROVINCES) places.add(p);
  for (const p of EXTRA_PLACES) places.add(p);
  const placeAlt = [...places].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const suffixAlt = [...ZONE_LIKE_SUFFIXES].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
  const middle = `[^${escapeRe(NOT_IN_NAME)}\\d\\p{P}A-Za-z]{0,4}?`;
  const unknownRe = new RegExp(`(?:山西省?)?(?:${placeAlt})${middle}(?:${suffixAlt})`, 'gu');
  // The same pattern tried at one position only, and the characters a match can start with (山 of
  // 山西, or a place's first character): the positions in between are skipped by one array read
  // instead of the pattern's many alternatives (this scan dominated name finding).
  const unknownAt = new RegExp(unknownRe.source, 'uy');
  const unknownFirst = new Uint8Array(0x10000);
  unknownFirst['山'.charCodeAt(0)] = 1;
  for (const p of places) unknownFirst[p.charCodeAt(0)] = 1;
  /** The first two characters a match can start with (null if some place had a single character). */
  const unknownPairs = [...places].every((p) => p.length >= 2)
    ? new Set<number>(['山西', ...places].map((p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1)))
    : null;

  // A match is bounded: 山西省 + a place + at most four middle code points (two units each at most) + a
  // suffix, and the pattern has no lookaround, so it reads nothing beyond WINDOW units from its start.
  const WINDOW =
    3 + Math.max(...[...places].map((p) => p.length)) + 8 + Math.max(...ZONE_LIKE_SUFFIXES.map((x) => x.length));

  /** Line breaks and blanks that a name may be printed across (skipped as if absent). */
  const isGapCode = (c: number): boolean => c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000;

  function findUnknown(text: string, from: number, to: number, out: FoundName[]): void {
    if (to - from < 3) return;
    // Names broken across lines are still found: the pattern runs on the text without its line breaks
    // and blanks. Only at a position where a match can start, and only on the WINDOW units after it (a
    // slice when they hold no break, else a copy without them): no whitespace-free copy of every gap.
    // Leftmost matches in order, as a global scan finds them: the first position where the pattern
    // matches, then on from the match's end.
    for (let p = from; p < to; ) {
      if (unknownFirst[text.charCodeAt(p)] === 0) {
        p++;
        continue;
      }
      // …and whose second character (past any break) continues 山西 or a place: most first characters are common.
      let q = p + 1;
      while (q < to && isGapCode(text.charCodeAt(q))) q++;
      if (unknownPairs && (q >= to || !unknownPairs.has(text.charCodeAt(p) * 0x10000 + text.charCodeAt(q)))) {
        p++;
        continue;
      }
      let e = p;
      let kept = 0;
      let clean = true;
      while (e < to && kept < WINDOW) {
        if (isGapCode(text.charCodeAt(e))) clean = false;
        else kept++;
        e++;
      }
      let win: string;
      let offsets: number[] | null = null;
      if (clean) win = text.slice(p, e);
      else {
        offsets = [];
        let w = '';
        for (let i = p; i < e; i++) {
          const c = text.charCodeAt(i);
          if (isGapCode(c)) continue;
          offsets.push(i);
          w += text[i];
        }
        win = w;
      }
      unknownAt.lastIndex = 0;
      const m = unknownAt.exec(win);
      if (!m) {
        p++;
        continue;
      }
      const len = m[0].length;
      const end = offsets ? offsets[len - 1] + 1 : p + len;
      out.push({ start: p, end, raw: text.slice(p, end), resolution: { status: 'unknown' } });
      p = end;
    }
  }

  /** All family suffixes, longest first: to find which suffix a matched zone name ends with. */
  const allSuffixes = [...new Set(SUFFIX_FAMILIES.flatMap((f) => f.suffixes))].sort((a, b) => b.length - a.length);
  const LIST_SEPARATORS = '、和及与';

  /**
   * "灵石、太谷、平遥经开区" and "祁县和太谷经开区": stems listed before one shared suffix. Each listed stem
   * that forms a known zone name with that suffix is a mention of that zone.
   */
  function listedStems(text: string, match: FoundName, floor: number): FoundName[] {
    if (match.resolution.status !== 'zone') return [];
    const compactRaw = match.raw.replace(/[\s\u3000]+/g, '');
    const suffix = allSuffixes.find((suf) => compactRaw.endsWith(suf) && compactRaw.length > suf.length);
    if (!suffix) return [];
    const out: FoundName[] = [];
    let pos = match.start; // the separator must sit right before this position
    while (pos - 1 >= floor && LIST_SEPARATORS.includes(text[pos - 1])) {
      const sepAt = pos - 1;
      let found: FoundName | undefined;
      for (let len = 2; len <= 5 && sepAt - len >= floor; len++) {
        const stem = text.slice(sepAt - len, sepAt);
        if (!/^[\u4e00-\u9fa5]+$/.test(stem)) break;
        const ids = zoneKeys.get(key(stem + suffix));
        if (ids && ids.length === 1) {
          found = { start: sepAt - len, end: sepAt, raw: stem, resolution: zoneRes(ids[0]) };
          break;
        }
      }
      if (!found) break;
      out.push(found);
      pos = found.start;
    }
    return out;
  }

  function findKnown(text: string): FoundName[] {
    const out: FoundName[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (firstChars[text.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = trie;
      let j = i;
      let bestEnd = -1;
      let bestValue: NameResolution | undefined;
      while (j < n && node) {
        const c = text.charCodeAt(j);
        if (j > i && (c === 10 || c === 13 || c === 32 || c === 0x3000)) {
          j++; // names broken across printed lines
          continue;
        }
        node = node.next.get(c);
        j++;
        if (node?.value) {
          bestEnd = j;
          bestValue = node.value;
        }
      }
      if (bestValue) {
        out.push({ start: i, end: bestEnd, raw: text.slice(i, bestEnd), resolution: bestValue });
        i = bestEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  function findNames(text: string): FoundName[] {
    const known = findKnown(text);
    const withLists: FoundName[] = [];
    let floor = 0;
    for (const m of known) {
      withLists.push(...listedStems(text, m, floor).reverse(), m);
      floor = m.end;
    }
    const out: FoundName[] = [];
    let gapStart = 0;
    for (const m of withLists) {
      findUnknown(text, gapStart, m.start, out);
      out.push(m);
      gapStart = m.end;
    }
    findUnknown(text, gapStart, text.length, out);
    return out;
  }

  function resolveName(raw: string, ctx?: { city?: string }): NameResolution {
    const s = clean(raw);
    if (!s) return { status: 'unknown' };
    if (PROVINCE_WORDS.has(s)) return PROVINCE;
    if (CITY_CONTEXT_WORDS.has(s)) {
      const city = ctxCity(ctx);
      return city ? cityRes(city) : { status: 'ambiguous', candidates: cities.map((c) => c.name) };
    }
    const k = key(s);
    const ids = zoneKeys.get(k);
    if (ids) return pick(ids, ctx);
    const city = cityKeys.get(k) ?? cityKeys.get(s);
    if (city) return cityRes(city);
    const generic = GENERIC_WORDS[k];
    if (generic) {
      const fams = generic;
      const ids2 = [...entries.values()]
        .filter((e) => fams === 'any' || e.families.some((f) => fams.includes(f)))
        .map((e) => e.id);
      const r = pick(ids2, ctx);
      // A bare type word resolves only when the city context leaves exactly one zone.
      return r;
    }
    // Names with decoration or several names in one string (displaced headers run together).
    const found = findNames(s);
    const zoneIds = new Set<string>();
    const cityHits = new Map<string, NameResolution>();
    let ambiguous: NameResolution | undefined;
    let unknown = false;
    for (const f of found) {
      const r = f.resolution;
      if (r.status === 'zone') zoneIds.add(r.id);
      else if (r.status === 'city') cityHits.set(r.adcode, r);
      else if (r.status === 'ambiguous') ambiguous = r;
      else if (r.status === 'unknown') unknown = true;
    }
    if (zoneIds.size === 1 && !ambiguous && !unknown) return zoneRes([...zoneIds][0]);
    if (zoneIds.size > 1) return { status: 'ambiguous', candidates: [...zoneIds].map((id) => entries.get(id)!.name) };
    if (ambiguous) return pick(ambiguous.status === 'ambiguous' ? idsByNames(ambiguous.candidates) : [], ctx);
    if (unknown) return { status: 'unknown' };
    if (cityHits.size === 1) return [...cityHits.values()][0];
    if (cityHits.size > 1) return { status: 'ambiguous', candidates: [...cityHits.values()].map((c) => (c as { name: string }).name) };
    return { status: 'unknown' };
  }

  const idByName = new Map([...entries.values()].map((e) => [e.name, e.id]));
  function idsByNames(names: string[]): string[] {
    return names.map((n) => idByName.get(n)).filter((x): x is string => !!x);
  }

  return { resolveName, findNames };
}

/** Host county by name within a city: 城区 exists in 阳泉 (140302) and 晋城 (140502). */
export function resolveCounty(
  divisions: Pick<Division, 'adcode' | 'name' | 'name_short' | 'level' | 'city_adcode'>[],
  name: string,
  city?: string,
): { status: 'county'; adcode: string; name: string; city_adcode: string } | { status: 'ambiguous'; candidates: string[] } | { status: 'unknown' } {
  const n = clean(name);
  const cityRow = city
    ? divisions.find((d) => d.level === 'city' && (d.adcode === city || d.name === city || d.name_short === city))
    : undefined;
  const hits = divisions.filter(
    (d) => d.level === 'county' && (d.name === n || d.name_short === n) && (!cityRow || d.city_adcode === cityRow.adcode),
  );
  if (hits.length === 1) return { status: 'county', adcode: hits[0].adcode, name: hits[0].name, city_adcode: hits[0].city_adcode };
  if (hits.length > 1) return { status: 'ambiguous', candidates: hits.map((h) => h.adcode) };
  return { status: 'unknown' };
}
