// Recall on fresh reports (session 3, helper eng-sign): signing totals, zone economy figures and national totals in
// shapes the engine did not read, and the precision guards that come with them. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2024-10') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value, f.kind]);

describe('signing totals', () => {
  it('a zone opening the clause before the verb: "某某开发区签约N个项目,总投资X"', () => {
    expect(brief(doc('9月5日,丰宁经济开发区签约41个项目,总投资210.3亿元。'))).toEqual([
      ['丰宁经济开发区', 'signed_projects', 'count', 41, 'actual'],
      ['丰宁经济开发区', 'signed_projects', 'investment', 210.3, 'actual'],
    ]);
  });
  it('a sector before the verb is still a part: "某某开发区新能源产业签约N个项目"', () => {
    expect(doc('9月5日,丰宁经济开发区新能源产业签约8个项目,总投资51亿元。').facts).toEqual([]);
  });
  it('拟引资 after a signing is the capital it brings, not a plan', () => {
    const r = doc('9月,丰宁经济开发区招商引资共签约项目62个,项目总投资483.5亿元,拟引资402.1亿元。');
    expect(brief(r)).toEqual([
      ['丰宁经济开发区', 'signed_projects', 'count', 62, 'actual'],
      ['丰宁经济开发区', 'signed_projects', 'investment', 483.5, 'actual'],
    ]);
  });
  it('签订项目合作协议N个 is a signing count; 合同引资额 a signed amount', () => {
    expect(brief(doc('9月,丰宁经济开发区与京津客商签订项目合作协议7个,总投资18亿元。')).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['signed_projects', 'count', 7],
      ['signed_projects', 'investment', 18],
    ]);
    expect(brief(doc('10月8日,丰宁经济开发区3个项目在主会场集中签约,合同引资额12.6亿元。')).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['signed_projects', 'count', 3],
      ['signed_projects', 'investment', 12.6],
    ]);
  });
  it('a strategic agreement with an institution is not a project count', () => {
    expect(doc('5月,丰宁经济开发区与某大学签订战略合作协议3个。').facts).toEqual([]);
  });
  it('引进产业化(重大)项目 are the projects brought in, not one sector', () => {
    expect(brief(doc('1-9月,丰宁经济开发区累计签约引进产业化项目19个,投资总额231亿元。')).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['signed_projects', 'count', 19],
      ['signed_projects', 'investment', 231],
    ]);
    expect(brief(doc('前三季度,丰宁经济开发区新引进产业化重大项目17个。')).map((x) => [x[1], x[3]])).toEqual([['signed_projects', 17]]);
  });
  it('a threshold before the verb titles the signings ("亿元以上新签约项目N个"); after a total it is a part', () => {
    expect(brief(doc('1-6月份,丰宁经济开发区亿元以上新签约项目96个。', '2024-07')).map((x) => [x[1], x[3]])).toEqual([['signed_projects', 96]]);
    const r = doc('2024年,丰宁经济开发区招商引资签约项目312个,签约金额达149亿元。新签约亿元以上项目132个,占比42.2%。', '2025-02');
    expect(r.facts.filter((f) => f.measure === 'count').map((f) => f.value)).toEqual([312]);
  });
  it('the year’s planned spending on a batch is not the batch’s investment', () => {
    const r = doc('10月12日,平山经济开发区举行第四期“三个一批”活动。现场签约项目6个,总投资27亿元,年度计划投资11亿元。开工项目共7个,总投资53亿元,年度计划投资19亿元。');
    expect(r.facts.filter((f) => f.measure === 'investment').map((f) => [f.indicator, f.value])).toEqual([
      ['batch_signed', 27],
      ['batch_started', 53],
    ]);
  });
});

describe('figures that stop the indicator before them', () => {
  it('infrastructure spending, arrived capital and developed land are not the last indicator named', () => {
    const r = doc('1-7月,丰宁经济开发区主营业务收入152.4亿元,同比增长8.1%。1-7月,丰宁经济开发区完成基础设施投入9.35亿元,同比增长15.05%;累计开发面积6.12平方公里,同比增长2.07%。');
    expect(r.facts.map((f) => f.value)).toEqual([152.4, 8.1]);
  });
  it('the other rounds of a "七个一批" campaign are not the batch named before', () => {
    const r = doc('1-6月,丰宁经济开发区开工一批项目41个,总投资64.3亿元;在建一批项目95个,年度计划投资67.1亿元。', '2024-07');
    expect(r.facts.map((f) => [f.indicator, f.value])).toEqual([
      ['batch_started', 41],
      ['batch_started', 64.3],
    ]);
  });
  it('how many zones pass a mark is no figure', () => {
    const r = doc('1月至6月,全省76个开发区规模以上工业增加值同比增长8.4%。其中,17个开发区规上工业增加值同比增速超过15%;31个开发区工业固定资产投资同比增速超过25%。', '2023-08');
    expect(r.facts.map((f) => f.value)).toEqual([8.4]);
  });
});

describe('national totals', () => {
  it('国家高新区 in a text with no place of its own are the country’s; 万亿元 and 工业生产总值 are read', () => {
    const r = doc('今年前7月,国家高新区实现工业生产总值16.2万亿元,同比增长7.5%;营业收入25.1万亿元,同比增长6.8%。', '2022-09');
    expect(r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value, f.unit])).toEqual([
      ['全国', 'industrial_output', 'value', 16.2, '万亿元'],
      ['全国', 'industrial_output', 'yoy_pct', 7.5, '%'],
      ['全国', 'revenue', 'value', 25.1, '万亿元'],
      ['全国', 'revenue', 'yoy_pct', 6.8, '%'],
    ]);
  });
  it('an amount that describes which zones are counted is not a figure', () => {
    const r = doc('今年前7月,国家高新区实现营业收入25.1万亿元。营业收入超过1000亿元的国家高新区数量增至97家。', '2022-09');
    expect(r.facts.map((f) => f.value)).toEqual([25.1]);
  });
  it('a count in 万家, estimated for the end of a running year, is that year’s target', () => {
    const r = doc('今年前7月,国家高新区实现营业收入25.1万亿元。全国高新技术企业预计今年年底可达38万家。', '2022-09');
    expect(r.facts.slice(1).map((f) => [f.subject, f.indicator, f.value, f.unit, f.kind, f.period])).toEqual([['全国', 'high_tech_enterprises', 38, '万家', 'target', '2022-01/2022-12']]);
  });
});

describe('a city’s parks together and its zones in a list of values', () => {
  const text =
    '据省统计局发布的2019年1—8月全省工业园区发展情况显示,丰饶市工业园区经济运行良好,主营业务收入1320.6亿元,同比增长7.2%。\n' +
    '1-8月,全市工业园区实现工业增加值310亿元,同比增长6.4%。过百亿园区4个,其中丰饶经济技术开发区主营业务收入402.7亿元,全省第六位;东岭经济开发区288.1亿元,全省第九位;北川高新技术产业园区131.5亿元,全省第三十位。';
  it('a city of another province opening a clause after a dated lead-in ("据…2019年1—8月…显示,某市工业园区…") is the subject; 全市工业园区 is that city', () => {
    const r = doc(text, '2019-10');
    expect(r.facts.slice(0, 4).map((f) => [f.subject, f.scope, f.indicator, f.measure, f.value])).toEqual([
      ['丰饶市', 'city', 'revenue', 'value', 1320.6],
      ['丰饶市', 'city', 'revenue', 'yoy_pct', 7.2],
      ['丰饶市', 'city', 'industrial_value_added', 'value', 310],
      ['丰饶市', 'city', 'industrial_value_added', 'yoy_pct', 6.4],
    ]);
  });
  it('each zone after 其中 and the list’s separators keeps its own value (高新技术产业园区 is a type word)', () => {
    const r = doc(text, '2019-10');
    expect(r.facts.slice(4).map((f) => [f.subject, f.indicator, f.value])).toEqual([
      ['丰饶经济技术开发区', 'revenue', 402.7],
      ['东岭经济开发区', 'revenue', 288.1],
      ['北川高新技术产业园区', 'revenue', 131.5],
    ]);
  });
  it('a type word without a name after 其中 is no zone of its own', () => {
    const r = doc('1-8月,丰宁经济开发区主营业务收入402.7亿元,其中经济开发区主营业务收入288.1亿元。', '2019-10');
    expect(r.facts.every((f) => f.subject === '丰宁经济开发区')).toBe(true);
  });
});

describe('signings with the words the other way round', () => {
  it('完成项目签约N个 / 签约总投资X', () => {
    expect(brief(doc('上半年,丰宁经济开发区完成项目签约23个,签约总投资96亿元。', '2024-07')).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['signed_projects', 'count', 23],
      ['signed_projects', 'investment', 96],
    ]);
  });
  it('a signing ceremony named before the figures does not change them', () => {
    expect(brief(doc('上半年,丰宁经济开发区举行重点项目签约仪式,共签约项目12个,总投资56亿元。', '2024-07')).map((x) => [x[1], x[3]])).toEqual([
      ['signed_projects', 12],
      ['signed_projects', 56],
    ]);
  });
  it('market entities in 万家 are kept as printed', () => {
    expect(doc('截至6月底,丰宁经济开发区市场主体达到1.6万家。', '2024-07').facts.map((f) => [f.indicator, f.value, f.unit])).toEqual([['market_entities', 1.6, '万家']]);
  });
});

describe('a lede about all the zones', () => {
  it('"全市工业园区完成…。其中,甲工业园区…": the parts after 其中 do not take the whole’s figure', () => {
    const r = doc('上半年,全市工业园区完成规上工业增加值320亿元。其中,东岭工业园区完成82亿元,北川产业园区完成61亿元。', '2024-07');
    // (The whole is the city's, which the text never names: 某市, the unknown convention — not a park's.)
    expect(r.facts.map((f) => [f.subject, f.value])).toEqual([
      ['某市', 320],
      ['东岭工业园区', 82],
      ['北川产业园区', 61],
    ]);
  });
});

describe('a change from a base to a value', () => {
  it('"由YYYY年的X增至Y": Y is the figure; X and its year are the base', () => {
    const r = doc('上半年,丰宁经济开发区营业收入由2020年的35亿元增至62亿元。', '2024-07');
    expect(r.facts.map((f) => [f.indicator, f.value, f.period])).toEqual([['revenue', 62, '2024-01/2024-06']]);
  });
  it('国家高新区的… in a placeless text is the country’s; 从…不足2万家,增至10.2万家', () => {
    const r = doc('今年前7月,国家高新区实现营业收入25.1万亿元。国家高新区的高新技术企业数量十年增长了5.1倍,从2012年的不足2万家,增至10.2万家。', '2022-09');
    expect(r.facts.map((f) => [f.subject, f.indicator, f.value, f.unit])).toEqual([
      ['全国', 'revenue', 25.1, '万亿元'],
      ['全国', 'high_tech_enterprises', 10.2, '万家'],
    ]);
  });
});

describe('a city opening a later clause with its signings', () => {
  it('"…以来,某市招商引资共签约项目N个": the city is the subject', () => {
    const r = doc('2011年第六届中博会举办以来,阳泉市招商引资共签约项目56个,项目总投资983.2亿元,拟引资640.3亿元。', '2012-05');
    expect(brief(r)).toEqual([
      ['阳泉市', 'signed_projects', 'count', 56, 'actual'],
      ['阳泉市', 'signed_projects', 'investment', 983.2, 'actual'],
    ]);
  });
  it('a city named in passing in a later clause is not', () => {
    const r = doc('5月,清徐经济开发区举办推介会,来自太原市的企业参会,签约项目6个。', '2012-05');
    expect(r.facts.map((f) => f.subject)).toEqual(['清徐经济开发区']);
  });
});

describe('a batch’s amount in a later paragraph of its round', () => {
  it('"N个项目…集中签约,合同引资额X": the amount is the 签约一批’s', () => {
    const r = doc('10月8日,丰宁经济开发区与全省同步举行第二期“三个一批”活动。\n活动中,丰宁经济开发区4个项目在主会场进行了集中签约,合同引资额15.3亿元。');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['batch_signed', 'count', 4],
      ['batch_signed', 'investment', 15.3],
    ]);
  });
  it('"此次集中开工项目N个" a paragraph later is the round’s 开工一批 (and its year’s planned spending is not its investment)', () => {
    const r = doc('10月8日,丰宁经济开发区与全省同步举行第二期“三个一批”活动。\n随后,丰宁经济开发区举行了集中开工仪式,此次集中开工项目15个,总投资61.94亿元,年度计划投资17.5亿元。');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['batch_started', 'count', 15],
      ['batch_started', 'investment', 61.94],
    ]);
  });
});
