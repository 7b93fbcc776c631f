/**
 * China's 30 autonomous prefectures (自治州), the prefecture-level divisions whose official names reports
 * almost always shorten to "<place>州" (湘西州, 甘孜州, 恩施州). Gazetteer knowledge, not text knowledge:
 * the engine files a prefecture under its official full name, as it files a city as "<place>市".
 *
 * Source: the PRC administrative divisions list of the Ministry of Civil Affairs (民政部 中华人民共和国行政区划,
 * 县级以上行政区划 — 30 自治州 as of 2023), checked by hand row by row; the short forms are the ones the
 * prefectures' own governments and papers use (州名 without the nationalities and 自治州).
 * Province in the third column only to review the table; the engine uses short → full.
 */
export const AUTONOMOUS_PREFECTURES: ReadonlyArray<readonly [short: string, full: string, province: string]> = [
  ['延边州', '延边朝鲜族自治州', '吉林'],
  ['恩施州', '恩施土家族苗族自治州', '湖北'],
  ['湘西州', '湘西土家族苗族自治州', '湖南'],
  ['阿坝州', '阿坝藏族羌族自治州', '四川'],
  ['甘孜州', '甘孜藏族自治州', '四川'],
  ['凉山州', '凉山彝族自治州', '四川'],
  ['黔西南州', '黔西南布依族苗族自治州', '贵州'],
  ['黔东南州', '黔东南苗族侗族自治州', '贵州'],
  ['黔南州', '黔南布依族苗族自治州', '贵州'],
  ['楚雄州', '楚雄彝族自治州', '云南'],
  ['红河州', '红河哈尼族彝族自治州', '云南'],
  ['文山州', '文山壮族苗族自治州', '云南'],
  ['西双版纳州', '西双版纳傣族自治州', '云南'],
  ['大理州', '大理白族自治州', '云南'],
  ['德宏州', '德宏傣族景颇族自治州', '云南'],
  ['怒江州', '怒江傈僳族自治州', '云南'],
  ['迪庆州', '迪庆藏族自治州', '云南'],
  ['临夏州', '临夏回族自治州', '甘肃'],
  ['甘南州', '甘南藏族自治州', '甘肃'],
  ['海北州', '海北藏族自治州', '青海'],
  ['黄南州', '黄南藏族自治州', '青海'],
  ['海南州', '海南藏族自治州', '青海'],
  ['果洛州', '果洛藏族自治州', '青海'],
  ['玉树州', '玉树藏族自治州', '青海'],
  ['海西州', '海西蒙古族藏族自治州', '青海'],
  ['昌吉州', '昌吉回族自治州', '新疆'],
  ['博州', '博尔塔拉蒙古自治州', '新疆'],
  ['巴州', '巴音郭楞蒙古自治州', '新疆'],
  ['克州', '克孜勒苏柯尔克孜自治州', '新疆'],
  ['伊犁州', '伊犁哈萨克自治州', '新疆'],
];

const BY_SHORT = new Map(AUTONOMOUS_PREFECTURES.map(([s, f]) => [s, f]));

/** The official name of an autonomous prefecture written short ("湘西州" → "湘西土家族苗族自治州"), or null. */
export function prefectureFullName(name: string): string | null {
  return BY_SHORT.get(name) ?? null;
}
