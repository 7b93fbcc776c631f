// Enumerated projects and clause fragments that only look like project names. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, title = '清徐经济开发区动态') => extractDocument({ name: 't.txt', text, meta: { published: '2024-07', title } });
const names = (text: string, title?: string) => doc(text, title).projects.map((p) => p.name);
const rows = (text: string, title?: string) =>
  doc(text, title).projects.map((p) => [p.name, p.status ?? null, p.investment ?? null, p.company ?? null]);

describe('enumerations the text calls projects', () => {
  it('a counted list: each item is a project with the batch status, the batch money on none of them', () => {
    expect(rows('清徐经济开发区：恒达精密铸造、瑞丰光电设备、北方储能装备等12个重点项目集中签约,总投资45亿元。')).toEqual([
      ['恒达精密铸造', 'signed', null, null],
      ['瑞丰光电设备', 'signed', null, null],
      ['北方储能装备', 'signed', null, null],
    ]);
  });
  it('a count whose kind words contain 、 ("等9个市、县重点项目")', () => {
    expect(names('园区今年承担的康宁医疗器械、鼎盛零部件产业园等7个省、市重点项目总投资18.2亿元。')).toEqual([
      '康宁医疗器械',
      '鼎盛零部件产业园',
    ]);
  });
  it('a list closed by a kind of project, the status from the verb after it', () => {
    expect(rows('目前,开发区甲乙胶原蛋白产业园、丙丁航空再制造中心、戊己碳化硅材料基地等重点产业项目已建成投产。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙胶原蛋白产业园', 'commissioned'],
      ['丙丁航空再制造中心', 'commissioned'],
      ['戊己碳化硅材料基地', 'commissioned'],
    ]);
  });
  it('a list introduced after a project noun ("一批重点产业项目，包括…等"), planned when it is still to be built', () => {
    expect(rows('开发区明年还将建设一批重点产业项目，包括华晋焦化副产品综合利用、龙城风光储一体化、晋阳合金板材生产等。')).toEqual([
      ['华晋焦化副产品综合利用', 'planned', null, null],
      ['龙城风光储一体化', 'planned', null, null],
      ['晋阳合金板材生产', 'planned', null, null],
    ]);
  });
  it('an introduced list cut off by the end of the page loses only its incomplete last item', () => {
    expect(names('清徐经济开发区成功引进一批优质项目，其中包含东方智造产业城、华北新能汽')).toEqual(['东方智造产业城']);
  });
  it('"已建成A、B项目(一期)": the list closed by 项目 itself after a governing verb', () => {
    expect(rows('清徐经济开发区已建成东区集中供热站、标准化厂房项目(一期),园区配套明显改善。').map((r) => r.slice(0, 2))).toEqual([
      ['东区集中供热站', 'commissioned'],
      ['标准化厂房项目(一期)', 'commissioned'],
    ]);
  });
  it('traditional script lists work the same after normalisation', () => {
    expect(rows('清徐經濟開發區：恆達精密鑄造、瑞豐光電設備、北方儲能裝備等12個重點項目集中開工。').map((r) => r.slice(0, 2))).toEqual([
      ['恒达精密铸造', 'started'],
      ['瑞丰光电设备', 'started'],
      ['北方储能装备', 'started'],
    ]);
  });
  it('a list of industries or attributes is not a list of projects', () => {
    expect(names('开发区签约项目涵盖新能源、新材料、高端装备制造、生物医药等领域。')).toEqual([]);
    expect(names('开发区精准谋划一批关联性强、科技含量高、成长性好的重点项目。')).toEqual([]);
  });
});

describe('a project name is a noun phrase', () => {
  it('clause fragments ending in 项目 are not names', () => {
    expect(names('此次活动充分展示了清徐经济开发区项目建设的良好态势。')).toEqual([]);
    expect(names('开发区把改革成效体现在项目建设的落地达产上。')).toEqual([]);
    expect(names('清徐县将加快推进重大项目、重点工程开工复工。')).toEqual([]);
    expect(names('开发区滚动开展项目谋划储备,全面掀起项目建设热潮。')).toEqual([]);
    expect(names('开发区举行重点项目签约仪式。')).toEqual([]);
  });
  it('a dated batch or a zone’s projects in general are not one project', () => {
    expect(names('清徐县2024年第二季度重点项目集中开工仪式在清徐经济开发区举行。')).toEqual([]);
    expect(names('企业代表介绍了清徐经开区项目建设情况。')).toEqual([]);
  });
  it('a kind of project followed by its count is a category', () => {
    expect(names('清徐经济开发区重点实施产业项目15个,总投资30亿元。')).toEqual([]);
  });
  it('a quantity phrase is not a name', () => {
    expect(names('清徐经济开发区新建2座5000吨级仓库和相应配套工程。')).toEqual([]);
  });
  it('projects placed in a town or the county seat are not the zone’s', () => {
    expect(names('在清徐经济开发区启动的5个项目总投资20亿元。在东于镇启动两个项目,分别是汾河湿地公园和文体中心项目。')).toEqual([]);
  });
});

describe('names, companies and money', () => {
  it('a company before the project is its company, and a later mention with the capacity reworded is the same project', () => {
    const r = rows(
      '清徐经济开发区在山西甲乙新材料有限公司年产30万吨精密铸件生产线扩建项目现场举行开工仪式。企业代表介绍了山西甲乙新材料有限公司30万吨/年精密铸件生产线扩建项目情况。',
    );
    expect(r).toEqual([['年产30万吨精密铸件生产线扩建项目', 'started', null, '山西甲乙新材料有限公司']]);
  });
  it('money in 万元 after the project, in the next clause, is converted to 亿元', () => {
    expect(rows('清徐经济开发区新引进的鑫达新材料项目,总投资8500万元,目前已开工。').map((r) => [r[0], r[2]])).toEqual([['鑫达新材料项目', 0.85]]);
  });
  it('a zone whose project is only a kind of work names the project', () => {
    expect(names('县政府与某电建公司签署《清徐经济开发区基础设施项目投资合作协议》。')).toEqual(['清徐经济开发区基础设施项目']);
  });
});

describe('lists and names in other shapes', () => {
  it('a list printed one item per line, closed by a count', () => {
    expect(rows('清徐经济开发区招商引资项目集中签约。\n此次集中签约的有——\n甲乙物流港、\n丙丁航空小镇、\n戊己新材料产业园等18个项目,\n总投资120亿元。').map((r) => r.slice(0, 3))).toEqual([
      ['甲乙物流港', 'signed', null],
      ['丙丁航空小镇', 'signed', null],
      ['戊己新材料产业园', 'signed', null],
    ]);
  });
  it('"分别是:A项目、B项目": the listed names, not the lead words', () => {
    expect(names('此次活动签约的3个项目分别是:甲乙金融科技中心项目、丙丁降解材料制品项目、戊己中药产业园项目。')).toEqual([
      '甲乙金融科技中心项目',
      '丙丁降解材料制品项目',
      '戊己中药产业园项目',
    ]);
  });
  it('"某市与甲乙有限公司签约X项目": the company is the party after 与, the name starts after the verb', () => {
    expect(rows('推介会上,清徐县与山西甲乙化工有限公司签约节能环保生产线项目。')).toEqual([
      ['节能环保生产线项目', 'signed', null, '山西甲乙化工有限公司'],
    ]);
  });
  it('a quoted name after the company and its money keeps its own words', () => {
    expect(rows('签约项目分别为:甲乙实业股份有限公司计划投资12.5亿元建设的“经开区铁路物流园项目”。').map((r) => [r[0], r[2]])).toEqual([
      ['经开区铁路物流园项目', 12.5],
    ]);
  });
  it('"X是…项目": the subject of 是 names the project, with the state of its own clause', () => {
    expect(rows('今年5月正式投产的甲乙机械制造是清徐经济开发区招商引资项目,主要生产矿用设备。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙机械制造', 'commissioned'],
    ]);
  });
  it('a project named by its own ceremony; a batch ceremony names none', () => {
    expect(rows('4月8日,清徐县重点项目集中开工暨清徐经济开发区甲乙智慧科技城奠基仪式举行。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙智慧科技城', 'started'],
    ]);
    expect(names('清徐县2024年重点项目集中开工仪式在清徐经济开发区举行。')).toEqual([]);
  });
});

describe('who a project belongs to when no zone is named before it', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text, meta: { published: '2023-05' } }).projects.map((p) => [p.name, p.subject, p.scope, p.city]);
  it('a zone the gazetteer does not know, named anywhere in the text', () => {
    expect(bare('当天签约的项目为甲乙水务集团计划投资5亿元建设的水库和工业供水项目。丙丁经济技术开发区始建于2005年。')).toEqual([
      ['水库和工业供水项目', '丙丁经济技术开发区', 'zone', ''],
    ]);
  });
  it('else the county-level place the text names, on its prefecture city', () => {
    expect(bare('推介会上,孝义市与山西甲乙化工有限公司签约节能环保生产线项目。')).toEqual([['节能环保生产线项目', '孝义市', 'city', '吕梁市']]);
  });
});

describe('the state of a batch', () => {
  it('a list after the batch sentence takes the batch state ("当天集中开工的8个项目…。其中…分别是…")', () => {
    expect(rows('当天集中开工的6个项目,总投资20亿元。其中,产业类项目4个,分别是甲乙新材料项目、丙丁物流港项目。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙新材料项目', 'started'],
      ['丙丁物流港项目', 'started'],
    ]);
  });
  it('an introduced list takes the state of its whole sentence, and 计划投资 is money, not a plan', () => {
    expect(rows('此次签约的2个项目,总投资9亿元,分别为:甲乙集团计划投资5亿元建设的净水厂扩建项目,以及丙丁有限公司计划投资4亿元建设的模具制造项目。').map((r) => r.slice(0, 3))).toEqual([
      ['净水厂扩建项目', 'signed', 5],
      ['模具制造项目', 'signed', 4],
    ]);
  });
  it('即将签约 is still being negotiated; 加快推进…建成投产 is being built', () => {
    expect(rows('清徐经济开发区近期即将签约甲乙科技、丙丁电子等6个项目。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙科技', 'negotiating'],
      ['丙丁电子', 'negotiating'],
    ]);
    expect(rows('清徐经济开发区加快推进甲乙高纯氢二期、丙丁新材料等项目建成投产。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙高纯氢二期', 'started'],
      ['丙丁新材料', 'started'],
    ]);
  });
  it('"今年落地了一批好项目,如A、B和C": the items with their own money, signed', () => {
    expect(rows('今年清徐经济开发区落地了一批好项目,如总投资20亿元的甲乙储能项目、总投资8亿元的丙丁电极项目和总投资5亿元的戊己包装项目。').map((r) => r.slice(0, 3))).toEqual([
      ['甲乙储能项目', 'signed', 20],
      ['丙丁电极项目', 'signed', 8],
      ['戊己包装项目', 'signed', 5],
    ]);
  });
});

describe('money and company said after the name', () => {
  it('"该项目…总投资X亿元" in the next sentence completes the project last named, and the quote carries it', () => {
    const r = doc('清徐经济开发区领导为甲乙新材料有限公司年产5000吨石英管深加工项目培土奠基。该项目占地60亩,总投资1.8亿元,建成后年产值可达6亿元。');
    expect(r.projects.map((p) => [p.name, p.investment, p.company])).toEqual([['年产5000吨石英管深加工项目', 1.8, '甲乙新材料有限公司']]);
    expect(r.projects[0].quote).toContain('1.8亿元');
  });
  it('clauses that go on about the project give its company and money; a batch total after a list does not', () => {
    expect(rows('10GW光伏组件项目是清徐经济开发区今年签约的新项目之一,项目由山西甲乙科技有限公司投资,总投资32亿元,占地5万平方米。')).toEqual([
      ['10GW光伏组件项目', 'signed', 32, '山西甲乙科技有限公司'],
    ]);
    expect(rows('清徐经济开发区推进甲乙药用包装项目、丙丁胶囊扩建项目等重点项目9个,总投资21.5亿元。').map((r) => r[2])).toEqual([null, null]);
  });
  it('"投资2.7亿元的A项目、2.5亿元的B项目": each amount right before its own name', () => {
    expect(rows('清徐经济开发区签约的还有投资3.6亿元的显示屏模组项目、1.5亿元的智能家居生产项目。').map((r) => [r[0], r[2]])).toEqual([
      ['显示屏模组项目', 3.6],
      ['智能家居生产项目', 1.5],
    ]);
  });
});

describe('one project, one record; only the zone’s projects', () => {
  it('a project placed in a town stays outside when named again', () => {
    expect(names('在清徐经济开发区启动的5个项目总投资20亿元。在东于镇启动两个项目,分别是汾河湿地公园项目和文体中心项目。汾河湿地公园项目计划总投资2.7亿元。')).toEqual([]);
  });
  it('a ceremony joined by 暨: the project after it, merged with its later mention under the zone', () => {
    const r = doc('全市第二季度重点项目集中开工暨清源区甲乙农机物流园建设项目开工仪式在清徐经济开发区举行。主会场开工的甲乙农机物流园建设项目总投资5亿元。', '');
    expect(r.projects.map((p) => [p.name, p.investment, p.status])).toEqual([['清源区甲乙农机物流园建设项目', 5, 'started']]);
  });
  it('a list that says where a figure comes from is not a list of projects', () => {
    expect(names('清徐经济开发区工业投资增长30%,其中65%来自甲乙能源、丙丁玻纤、戊己光伏设备等新开工项目。')).toEqual([]);
  });
});

describe('lists in promotional prose', () => {
  it('"签约的项目有:由X公司投资…的A、由Y公司…的B…3个产业项目及由Z公司…的C项目"', () => {
    expect(
      rows('此次集中签约落户清徐经济开发区的项目有:由甲乙矿业公司投资1.2亿元的玉石精深加工、由丙丁家居有限公司总投资8.4亿元的智能家居产业园2个产业项目及由戊己建工集团有限公司总投资12.5亿元的市政基础设施配套工程项目。'),
    ).toEqual([
      ['玉石精深加工', 'signed', 1.2, '甲乙矿业公司'],
      ['智能家居产业园', 'signed', 8.4, '丙丁家居有限公司'],
      ['市政基础设施配套工程', 'signed', 12.5, '戊己建工集团有限公司'],
    ]);
  });
  it('"既有A、B等…项目,又有C、D等…项目": the lead words are not part of the first names', () => {
    expect(names('此次签约项目既有甲乙年产200万只皮带轮、丙丁部件年产30万套内饰件等一批汽车零部件强链项目,又有戊己桥梁机械设备制造、庚辛玻璃钢化加工项目等业态融合项目。')).toEqual([
      '甲乙年产200万只皮带轮',
      '丙丁部件年产30万套内饰件',
      '戊己桥梁机械设备制造',
      '庚辛玻璃钢化加工项目',
    ]);
  });
  it('a neighbour item’s company is not this item’s; 即将竣工 is still being built', () => {
    expect(rows('清徐经济开发区对即将竣工的甲乙集团轴承系列、丙丁智能装备制造等重大项目强化服务。')).toEqual([
      ['甲乙集团轴承系列', 'started', null, '甲乙集团'],
      ['丙丁智能装备制造', 'started', null, null],
    ]);
  });
});

describe('single named items before a count', () => {
  it('"A等85个项目竣工": one named project with the batch state; a kind of work before a count is not', () => {
    expect(rows('清徐经济开发区甲乙科技创新产业园等12个项目竣工,竣工率76.6%;丙丁绿色低碳工厂等5个储备项目提前开工。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙科技创新产业园', 'commissioned'],
      ['丙丁绿色低碳工厂', 'started'],
    ]);
    expect(names('清徐经济开发区签约项目中,城市更新及公共服务等项目11个、总投资42亿元,同时还有部分房地产项目。')).toEqual([]);
  });
});

describe('more shapes from other reports', () => {
  it('"签约A项目、B项目、C设备3个项目": the count closes the list', () => {
    expect(names('活动中,清徐经济开发区现场签约甲乙光储项目、丙丁袜业产业城项目、戊己年产800台(套)垃圾处理设备3个项目。')).toEqual([
      '甲乙光储项目',
      '丙丁袜业产业城项目',
      '戊己年产800台(套)垃圾处理设备',
    ]);
  });
  it('a name in quotes after a signing verb, and an agreement’s title; the company after 与', () => {
    expect(rows('清徐县与甲乙光伏电力有限公司签约“8万千瓦光伏发电项目”,拟投资3.5亿元。')).toEqual([['8万千瓦光伏发电项目', 'signed', 3.5, '甲乙光伏电力有限公司']]);
    expect(names('清徐县领导与丙丁控股股份有限公司负责人签订了《清徐古城保护与开发框架协议》。')).toEqual(['清徐古城保护与开发']);
  });
  it('"观摩了X项目投产情况": the verb before 了 is not part of the name; a place visited is not a project', () => {
    expect(rows('与会人员现场观摩了清徐经济开发区甲乙年产500万套光伏组件材料项目投产情况。').map((r) => r.slice(0, 2))).toEqual([
      ['甲乙年产500万套光伏组件材料项目', 'commissioned'],
    ]);
    expect(names('考察团实地考察了清徐经济开发区甲乙数字产业园项目等。')).toEqual([]);
  });
  it('"投资10亿多元的X产业园区基本建成": a park with an approximate amount', () => {
    expect(rows('其中,清徐经济开发区投资10亿多元的甲乙信创产业园区基本建成。').map((r) => r.slice(0, 3))).toEqual([
      ['甲乙信创产业园区', 'commissioned', 10],
    ]);
  });
  it('kinds of projects and words that qualify 项目 are not names', () => {
    expect(names('清徐经济开发区数字产业、新材料、新能源汽车等45个新兴产业类项目累计完成投资89亿元。')).toEqual([]);
    expect(names('清徐经济开发区定期通报项目进展情况,及时充实到项目库。')).toEqual([]);
    expect(names('清徐经济开发区累计引进高新技术项目560余项。')).toEqual([]);
  });
});

describe('amounts that belong to a list, and descriptions', () => {
  it('a total after the last item of a list is the list’s; respective amounts are not guessed; 计划 is not a company', () => {
    expect(rows('清徐经济开发区签约的5个项目分别是甲乙单车产业基地项目、丙丁技改项目、戊己食品生产项目,总投资4.7亿元。').map((r) => r[2])).toEqual([null, null, null]);
    expect(rows('清徐经济开发区总投资分别为11亿元、6亿元的甲乙养老项目和丙丁文明村项目已签约落户。').map((r) => r[2])).toEqual([null, null]);
    expect(rows('清徐经济开发区计划投资1.2亿元的甲乙技改项目已签约。')).toEqual([['甲乙技改项目', 'signed', 1.2, null]]);
  });
  it('descriptions of projects are not names; kind words may hold an amount', () => {
    expect(names('清徐经济开发区落户的项目中,集健康养生、体育健身为一体的综合型旅游项目已签约。')).toEqual([]);
    expect(names('清徐经济开发区现已有甲乙商会创业园、丙丁温泉大酒店等一批超10亿元的大项目相继落地建设。')).toEqual(['甲乙商会创业园', '丙丁温泉大酒店']);
  });
});
