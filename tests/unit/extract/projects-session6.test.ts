// Named projects in pages the engine was never tuned on (session 6): list layouts and name boundaries that recur
// across sets, and phrases shaped like names that name nothing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string) => extractDocument({ name: 't.txt', text, meta: { published: '2024-07', title: '清徐经济开发区动态' } });
const names = (text: string) => doc(text).projects.map((p) => p.name);
const rows = (text: string) => doc(text).projects.map((p) => [p.name, p.status ?? null, p.investment ?? null, p.company ?? null]);

describe('short brand-like names in lists the text calls projects', () => {
  it('two characters in a counted list, three in a kind-closed one', () => {
    expect(names('清徐经济开发区推动禾丰、景川、明德光电等12个项目开工建设。')).toEqual(['禾丰', '景川', '明德光电']);
    expect(names('清徐经济开发区丰川科技、乐多宝、嘉和电子等项目正加紧建设。')).toEqual(['丰川科技', '乐多宝', '嘉和电子']);
  });
  it('"等三大…项目" counts its items when the number agrees', () => {
    expect(rows('清徐经济开发区华能新材、晋泰、永和等三大百亿级项目已全部实现投产。')).toEqual([
      ['华能新材', 'commissioned', null, null],
      ['晋泰', 'commissioned', null, null],
      ['永和', 'commissioned', null, null],
    ]);
  });
  it('sectors, places and the kinds of investors are no names, however counted', () => {
    expect(names('清徐经济开发区春季集中签约文旅、商贸、物流等产业项目9个。')).toEqual([]);
    expect(names('清徐经济开发区签约项目(包括央企、民企、外资项目在内)36项。')).toEqual([]);
    // (Three big industries: sectors, not projects.)
    expect(names('清徐经济开发区签约高端装备、新型材料、现代物流等三大主导产业项目42个。')).toEqual([]);
    // (Two characters alone, outside a counted list, stay too short to be a name.)
    expect(names('清徐经济开发区丰川科技、乐多等项目正加紧建设。')).toEqual(['丰川科技']);
  });
});

describe('list layouts', () => {
  it('an approximate count closes a list ("等20余个项目")', () => {
    expect(names('清徐经济开发区正在跟踪洽谈华远集团、高纯石英砂提纯、精密轴承制造等30余个项目,总投资达80亿元。')).toEqual([
      '华远集团',
      '高纯石英砂提纯',
      '精密轴承制造',
    ]);
  });
  it('the lead verb of the first item is not part of its name (招引, 紧盯)', () => {
    expect(names('清徐经济开发区成功招引小杂粮加工、碳纤维复合材料等8个工业项目入驻园区。')).toEqual(['小杂粮加工', '碳纤维复合材料']);
    expect(names('清徐经济开发区紧盯晋阳10GW光伏组件、汾河新能源电池等项目建设进度。')).toEqual(['晋阳10GW光伏组件', '汾河新能源电池']);
  });
  it('"…项目N个,重点有A、B等": the ones worth naming after a count of projects', () => {
    expect(rows('清徐经济开发区一季度新开工重点项目12个,重点有东方二期、恒达纸业、安泰产业园等。')).toEqual([
      ['东方二期', 'started', null, null],
      ['恒达纸业', 'started', null, null],
      ['安泰产业园', 'started', null, null],
    ]);
    // (Not without projects spoken of before the list.)
    expect(names('清徐经济开发区企业发展良好,重点有东方纸业、恒达纸业等。')).toEqual([]);
  });
  it('a long description of the projects after 等 (qualities, then their kind) closes the list', () => {
    expect(names('清徐经济开发区既有晋华动力电池、龙城8GW组件、汾酒包材等投资体量大、带动能力强的主导产业重大项目。')).toEqual([
      '晋华动力电池',
      '龙城8GW组件',
      '汾酒包材',
    ]);
  });
  it('"A、B等建成投产": 项目 left out, the verb of completion closes the list', () => {
    // (The sentence speaks of projects: the gate of this reading.)
    expect(rows('清徐经济开发区晋源光伏等项目加快建设,恒通铝箔二期、宏达新材料一期等建成投产,工业投资增长20%。').slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['恒通铝箔二期', 'commissioned'],
      ['宏达新材料一期', 'commissioned'],
    ]);
    // (Companies counted by a noun after the verb are not closed by it.)
    expect(names('清徐经济开发区新增恒通铝业、宏达新材等10户投产企业。')).toEqual([]);
  });
  it('plants named beside projects in one list are projects too', () => {
    expect(names('清徐经济开发区晋阳食品有限公司年产3000吨醋饮生产线、汾河肉类加工项目、龙城建材有限公司年产5万吨石膏板生产线、晋中物流中心建设项目等正在加紧建设。')).toEqual([
      '年产3000吨醋饮生产线',
      '汾河肉类加工项目',
      '年产5万吨石膏板生产线',
      '晋中物流中心建设项目',
    ]);
  });
  it('a last item that opens with a numeral (三峡, 五台) is a name, its count is the list\'s', () => {
    expect(names('清徐经济开发区晋北化工年产5000吨碳酸锂、三峡新能源二期50兆瓦风电2个项目已开复工建设。')).toEqual([
      '晋北化工年产5000吨碳酸锂',
      '三峡新能源二期50兆瓦风电',
    ]);
  });
});

describe('name boundaries', () => {
  it('how the project was won describes it ("一季度洽谈成功的…")', () => {
    expect(names('清徐县集中签约一季度洽谈成功的清源LNG储配站建设、年产2万吨铸件改扩建2个项目的投资合作协议。')).toEqual([
      '清源LNG储配站建设',
      '年产2万吨铸件改扩建',
    ]);
  });
  it('a count of machines opening a long name is its capacity', () => {
    expect(rows('清徐经济开发区签约引进投资3.5亿元的200台单晶炉硅材料生产项目。')).toEqual([['200台单晶炉硅材料生产项目', 'signed', 3.5, null]]);
  });
  it('产能提升 and 强化剂 are words of a name', () => {
    expect(names('清徐经济开发区实施了晋航集团总投资8亿元的航空部件产能提升项目、汾源药业总投资2亿元的年产500吨营养强化剂项目。')).toEqual([
      '航空部件产能提升项目',
      '年产500吨营养强化剂项目',
    ]);
  });
  it('"…项目进展顺利" names its project; "项目进展情况" does not', () => {
    expect(names('清徐经济开发区利用汾河滩涂投资建设的汾水湾项目进展顺利。')).toEqual(['汾水湾项目']);
    expect(names('清徐经济开发区通报项目进展情况。')).toEqual([]);
  });
  it('a company whose project is named only by its kind names the project', () => {
    expect(rows('清徐经济开发区晋禾农业发展有限公司一期产业项目已投产。')).toEqual([['晋禾农业发展有限公司一期产业项目', 'commissioned', null, '晋禾农业发展有限公司']]);
  });
  it('a stage of the works (主体工程) belongs to the project named before it; alone it names none', () => {
    expect(names('清徐经济开发区投资5亿元的晋云大数据中心主体工程封顶。')).toEqual(['晋云大数据中心']);
    expect(names('清徐经济开发区研发楼已完成主体工程,厂房主体工程已完工。')).toEqual([]);
  });
});

describe('项目 as the work of building projects names nothing', () => {
  it('slogans and objects of a verb', () => {
    expect(
      names(
        '清徐经济开发区以项目为王,坚持项目引领。园区以项目建设为抓手,更加重视项目建设,从签约到项目开工仅用了两个月。' +
          '市长率项目观摩组到开发区观摩。预计该项目于年底投产。位于东山项目区的企业生产良好。',
      ),
    ).toEqual([]);
  });
});

describe('kinds, sectors, qualities and batch events are not projects', () => {
  it('a list of sectors ends no name at its last item', () => {
    expect(names('清徐经济开发区北区新材料、生物医药、节能环保、电子信息等新兴产业项目快速发展。')).toEqual([]);
    expect(names('清徐经济开发区商贸物流、文旅康养等服务业项目12个。')).toEqual([]);
  });
  it('qualities listed before 的 name nothing', () => {
    expect(names('清徐经济开发区引进了一批综合实力雄厚、科技创新力强、发展潜力大、产业融合度高的好项目、大项目。')).toEqual([]);
  });
  it('the statistics\' kinds of projects (服务业项目, 房地产开发项目, 产业招商项目)', () => {
    expect(names('清徐经济开发区服务业项目完成投资2.5亿元,房地产开发项目完成投资8亿元,园区产业招商项目到位资金增长12%。')).toEqual([]);
  });
  it('the theme of a batch event, and a batch named by its total, are no names', () => {
    expect(names('清徐经济开发区举行智能装备项目集中签约仪式。')).toEqual([]);
    expect(names('太原集中签约超500亿元重大招商项目。')).toEqual([]);
    // (A project's own ceremony still names it.)
    expect(names('清徐经济开发区晋阳智能装备产业园项目开工仪式举行。')).toEqual(['晋阳智能装备产业园项目']);
  });
});

describe('status words of this genre', () => {
  it('落户, 招引, 入驻 (signed); 加紧建设, 进展顺利 (started); 谈判 (negotiating); 前期工作 (planned); 投入运行 (commissioned)', () => {
    expect(rows('清徐经济开发区晋阳光电、汾河电子等一批高质量产业项目先后落户开发区。').map((r) => r[1])).toEqual(['signed', 'signed']);
    expect(rows('清徐经济开发区丰川科技、嘉和电子等项目正加紧建设。').map((r) => r[1])).toEqual(['started', 'started']);
    expect(rows('清徐经济开发区汾水湾项目进展顺利。').map((r) => r[1])).toEqual(['started']);
    expect(rows('清徐经济开发区选定晋中物流园、太行配套生产基地等一批项目开展谈判。').map((r) => r[1])).toEqual(['negotiating', 'negotiating']);
    expect(rows('清徐经济开发区晋源铝业20万吨铝锭等12个项目加快前期工作。').map((r) => r[1])).toEqual(['planned']);
    expect(rows('清徐经济开发区汾源新材料正极材料等3个技改项目投入运行。').map((r) => r[1])).toEqual(['commissioned']);
  });
});

describe('company of an item in a 、-list', () => {
  it('is the one before its own amount, not the first item\'s', () => {
    expect(rows('清徐经济开发区去年,实施了晋丰药业总投资6亿元的制剂生产项目、汾源智家总投资3亿元的家居产业园项目。').map((r) => [r[0], r[3]])).toEqual([
      ['制剂生产项目', '晋丰药业'],
      ['家居产业园项目', '汾源智家'],
    ]);
  });
});
