// Sentence shapes that name projects, written with invented names (a probe of the engine's recall on shapes seen across
// the excerpt sets: lists after 签约/开工/投产/竣工/落地, numbered 一是/二是, 总投资…的…项目, 以…为代表, 投资建设的,
// 年产…项目, quoted names, names joined by 和/及/、). The one list scanner (projects-lists.ts) reads every list shape.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const names = (text: string) =>
  extractDocument({ name: 't.txt', text, meta: { published: '2023-12', title: '柳河经济开发区动态' } }).projects.map((p) => p.name.replace(/项目$/, ''));
const rows = (text: string) =>
  extractDocument({ name: 't.txt', text, meta: { published: '2023-12', title: '柳河经济开发区动态' } }).projects.map((p) => [p.name.replace(/项目$/, ''), p.status ?? null]);

describe('lists closed by the verb of their building (the old scanner’s shapes, now in projects-lists.ts)', () => {
  it('推进A、B、C建设 with a governing verb before the list', () => {
    expect(names('柳河经济开发区同步加快推进甲乙数据中心、丙丁智能装备基地、戊己挂车专用车建设,带动产业集聚。')).toEqual([
      '甲乙数据中心',
      '丙丁智能装备基地',
      '戊己挂车专用车',
    ]);
  });
  it('a list sharing its plant word: 推动A、B、C生产线建设 (no 项目 in the sentence)', () => {
    expect(names('柳河经济开发区推动20万吨瓦楞纸、6万吨特种纸、3万吨卫生纸生产线建设,力争全年投产。')).toEqual([
      '20万吨瓦楞纸',
      '6万吨特种纸',
      '3万吨卫生纸',
    ]);
  });
  it('an activity item in such a list is no project; 建设 inside a name (三期建设项目) closes nothing', () => {
    expect(names('柳河经济开发区加快推进甲乙物流园、科技创新体系建设。')).toEqual(['甲乙物流园']);
    expect(names('柳河经济开发区在甲乙产业园、丙丁新材料三期建设项目现场设分会场。')).toEqual(['丙丁新材料三期建设']);
  });
  it('a count with its kind (十大标杆项目) closes a list, an item joined by 和 counting as one more', () => {
    expect(names('柳河经济开发区打造甲乙牛肉全产业链、丙丁交易市场和戊己番茄小镇三大标杆项目。')).toEqual([
      '甲乙牛肉全产业链',
      '丙丁交易市场',
      '戊己番茄小镇',
    ]);
  });
  it('no verb governing the list: a list of qualities or industries names nothing', () => {
    expect(names('柳河经济开发区新能源、新材料、生物医药建设成效明显。')).toEqual([]);
  });
});

describe('a list closed by 项目 and the verb after it', () => {
  it('A、B项目建成投产 / 相继投产, with the state the verb gives', () => {
    expect(rows('柳河经济开发区甲乙锂电隔膜、丙丁生物降解材料项目建成投产。')).toEqual([
      ['甲乙锂电隔膜', 'commissioned'],
      ['丙丁生物降解材料', 'commissioned'],
    ]);
    expect(names('柳河经济开发区甲乙建材、丙丁钢构、戊己门窗项目相继投产。')).toEqual(['甲乙建材', '丙丁钢构', '戊己门窗']);
  });
  it('以A、B项目为代表', () => {
    expect(names('以甲乙氢燃料电池、丙丁特种钢材项目为代表的一批项目在柳河经济开发区落地。')).toEqual(['甲乙氢燃料电池', '丙丁特种钢材']);
  });
  it('people before a ceremony, a project’s site, one name cut at 、 are not lists of projects', () => {
    expect(names('市委副书记、市长某某宣布柳河经济开发区甲乙光伏玻璃项目开工。')).toEqual(['甲乙光伏玻璃']);
    expect(names('柳河经济开发区在甲乙园区、丙丁新材料项目开工现场设置分会场。')).toEqual(['丙丁新材料']);
    expect(names('柳河经济开发区甲乙幕墙研发、生产基地项目签约落地。')).not.toContain('甲乙幕墙研发');
  });
});

describe('a name quoted before its 项目', () => {
  it('签约“X”项目 names X; a quoted slogan before 项目 names nothing', () => {
    expect(names('柳河经济开发区签约“甲乙智慧物流港”项目。')).toEqual(['甲乙智慧物流港']);
    expect(names('柳河经济开发区签约“三个一批”项目。')).toEqual([]);
  });
});

describe('probe: other shapes already read (kept as a guard)', () => {
  const cases: Array<[string, string[]]> = [
    ['柳河经济开发区集中签约了甲乙新能源电池、丙丁光电材料、戊己冷链物流园等5个项目。', ['甲乙新能源电池', '丙丁光电材料', '戊己冷链物流园']],
    ['柳河经济开发区落地甲乙半导体封装、丙丁光伏组件、戊己储能电站3个项目。', ['甲乙半导体封装', '丙丁光伏组件', '戊己储能电站']],
    ['项目名称：甲乙高端装备制造基地项目。建设地点：柳河经济开发区。', ['甲乙高端装备制造基地']],
    ['柳河经济开发区重点抓好三个项目：一是甲乙氢能装备项目，二是丙丁新型建材项目，三是戊己数据中心项目。', ['甲乙氢能装备', '丙丁新型建材', '戊己数据中心']],
    ['柳河经济开发区总投资15亿元的甲乙碳纤维项目已开工建设。', ['甲乙碳纤维']],
    ['安平甲乙有限公司在柳河经济开发区投资建设的甲乙新材料产业园项目已竣工。', ['甲乙新材料产业园']],
    ['柳河经济开发区年产5万吨甲乙可降解塑料项目投产。', ['年产5万吨甲乙可降解塑料']],
    ['柳河经济开发区甲乙电子元件项目和丙丁精细化工项目同时开工。', ['甲乙电子元件', '丙丁精细化工']],
    ['柳河经济开发区推进甲乙轴承、丙丁电机、戊己齿轮等项目建设。', ['甲乙轴承', '丙丁电机', '戊己齿轮']],
    ['柳河经济开发区开工项目包括甲乙电缆、丙丁纺织、戊己家具等。', ['甲乙电缆', '丙丁纺织', '戊己家具']],
    ['柳河经济开发区投资8亿元的甲乙生物医药项目和投资3亿元的丙丁医疗器械项目签约。', ['甲乙生物医药', '丙丁医疗器械']],
    ['柳河经济开发区签约项目有：甲乙光电、丙丁机械、戊己药业。', ['甲乙光电', '丙丁机械', '戊己药业']],
    ['柳河经济开发区开工建设甲乙锻造、丙丁铸管等项目8个,总投资30亿元。', ['甲乙锻造', '丙丁铸管']],
  ];
  for (const [t, want] of cases) it(t.slice(6, 26), () => expect(names(t)).toEqual(want));
});
