/**
 * The prefecture-level city of a zone-like name the gazetteer does not know ("娄烦经济开发区" →
 * 太原市), from the county-level place it starts with. Known zones and cities resolve through the
 * shared gazetteer (src/data/resolve.ts); this table only keeps an unknown zone on the right city.
 */
const CITIES = ['太原', '大同', '阳泉', '长治', '晋城', '朔州', '晋中', '运城', '忻州', '临汾', '吕梁'];

/** County-level places (short names) → their city's short name. */
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

/** A zone-type suffix at the end of a name, stripped before the place is looked up. */
const SUFFIX_END =
  /(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术产开发区|高新技术开发区|农业高新技术产业示范区|高新区|经开区|开发区|农高区|示范区|综合保税区|综保区|工业园区|产业园区|综改区)$/;
const MIDDLE = '(?:国家|现代农业产业|现代农业|农业|生态文化旅游|生态|经济技术|经济|高新技术产业|高新技术|转型综改|杏花村)?';
const PLACES = [...Object.keys(COUNTIES), ...CITIES].sort((a, b) => b.length - a.length);
// (The place may carry its 县/市: "阳曲县经济技术开发区".)
const GENERIC_RE = new RegExp(`^(?:山西)?(${PLACES.join('|')})[县市]?${MIDDLE}$`);

/** City (with 市) of a county-level place that starts a zone-like name, for unknown zones. */
export function cityOfPlace(name: string): string | undefined {
  const m = GENERIC_RE.exec(name.replace(SUFFIX_END, ''));
  if (!m) return undefined;
  const p = m[1];
  return (COUNTIES[p] ?? p) + '市';
}
