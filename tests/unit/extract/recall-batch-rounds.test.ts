// How a round of signings or of the three batches is reported in other provinces' pages (session 3, blind3b as dev
// data). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2024-06') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value]);

describe('新增 in a round’s report is the batch itself (a batch is a flow)', () => {
  it('"新增纳入省台账“签约一批”项目N个"', () => {
    const r = doc('2月3日,某省第五期“三个一批”项目建设活动举行。阳曲县新增纳入省台账“签约一批”项目19个,总投资84亿元;“开工一批”项目22个,总投资55亿元。', '2024-02');
    expect(brief(r)).toEqual([
      ['阳曲县', 'batch_signed', 'count', 19],
      ['阳曲县', 'batch_signed', 'investment', 84],
      ['阳曲县', 'batch_started', 'count', 22],
      ['阳曲县', 'batch_started', 'investment', 55],
    ]);
  });
  it('"签约项目新增N个" in a round’s breakdown', () => {
    const r = doc('阳曲县一季度新增“三个一批”项目49个,总投资164亿元。其中,签约项目新增15个,总投资36亿元;开工项目新增16个,总投资53亿元。', '2024-04');
    expect(brief(r).filter((x) => x[2] === 'count')).toEqual([
      ['阳曲县', 'batch_total', 'count', 49],
      ['阳曲县', 'batch_signed', 'count', 15],
      ['阳曲县', 'batch_started', 'count', 16],
    ]);
  });
  it('outside a round, 新增 still makes a count an increment', () => {
    expect(doc('2023年,孝义经济开发区新增高新技术企业12家。').facts.filter((f) => f.measure === 'count')).toEqual([]);
  });
});

describe('the three verbs together name the round', () => {
  it('"现场集中签约、开工、投产项目共计N个,总额超X亿元" is the round’s total', () => {
    const r = doc('7月5日,孝义经济开发区举行项目集中签约开工投产活动,现场集中签约、开工、投产项目共计34个,总额超110亿元。', '2024-07');
    expect(brief(r)).toEqual([
      ['孝义经济开发区', 'batch_total', 'count', 34],
      ['孝义经济开发区', 'batch_total', 'investment', 110],
    ]);
  });
  it('one verb before the count is not the total', () => {
    const r = doc('7月5日,孝义经济开发区现场集中签约项目共计34个,总投资110亿元。', '2024-07');
    expect(r.facts.some((f) => f.indicator === 'batch_total')).toBe(false);
  });
});

describe('signing verbs after a period written in digits', () => {
  it('"1—7月我区签约引进N个项目 协议投资额超X亿元"', () => {
    const r = doc('1—7月我区签约引进12个项目 协议投资额超80亿元。孝义经济开发区位于某地。', '2024-08');
    expect(brief(r)).toEqual([
      ['孝义经济开发区', 'signed_projects', 'count', 12],
      ['孝义经济开发区', 'signed_projects', 'investment', 80],
    ]);
  });
  it('a sector before the verb still makes the count that sector’s share', () => {
    expect(doc('1—7月,孝义经济开发区新能源产业签约引进12个项目。', '2024-08').facts).toEqual([]);
  });
});

describe('a signing verb, the projects it names, then their count', () => {
  it('"签约甲、乙、丙等项目N个,总投资X亿元"', () => {
    const r = doc('2022年,孝义经济开发区签约甲乙化工、丙丁制药、戊己生物等项目29个,总投资88亿元。');
    expect(brief(r)).toEqual([
      ['孝义经济开发区', 'signed_projects', 'count', 29],
      ['孝义经济开发区', 'signed_projects', 'investment', 88],
    ]);
  });
  it('"已新引进甲、乙U谷、TSV封装等一批优质项目N个" (generic words together stay generic)', () => {
    const r = doc('截至目前,孝义经济开发区已新引进甲乙股份、丙丁U谷、TSV封装等一批优质项目27个,总投资额超55亿元。');
    expect(brief(r)).toEqual([
      ['孝义经济开发区', 'signed_projects', 'count', 27],
      ['孝义经济开发区', 'signed_projects', 'investment', 55],
    ]);
  });
  it('a list closed by a sector ("等新能源项目N个") is that sector’s share', () => {
    expect(doc('2022年,孝义经济开发区引进甲乙光伏、丙丁储能等新能源项目12个。').facts).toEqual([]);
  });
});

describe('the three batch words listed together name the round', () => {
  it('"集中签约一批、开工一批、投产一批重大项目,共N个,总投资X亿元" is the round’s total, not the last batch', () => {
    const r = doc('2月3日,阳曲县举行项目建设活动,集中签约一批、开工一批、投产一批重大项目,共62个,总投资242亿元。', '2024-02');
    expect(brief(r)).toEqual([
      ['阳曲县', 'batch_total', 'count', 62],
      ['阳曲县', 'batch_total', 'investment', 242],
    ]);
  });
  it('each batch word on its own still names its batch', () => {
    const r = doc('2月3日,阳曲县举行“三个一批”活动。“签约一批”项目19个,总投资84亿元;“开工一批”项目22个,总投资55亿元。', '2024-02');
    expect(brief(r).map((x) => x[1])).toEqual(['batch_signed', 'batch_signed', 'batch_started', 'batch_started']);
  });
});

describe('“五个一批” is a round like “三个一批”', () => {
  it('its count and amount are the round’s total; its named batches stay batches', () => {
    const r = doc('阳曲县一季度“五个一批”项目共49个,总投资164亿元。其中,谋划项目20个,总投资70亿元;签约项目15个,总投资36亿元。', '2024-04');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['batch_total', 'count', 49],
      ['batch_total', 'investment', 164],
      ['batch_signed', 'count', 15],
      ['batch_signed', 'investment', 36],
    ]);
  });
});

describe('money words of a signing', () => {
  it('"总投资合作金额超过X亿元" after the signed count is its amount', () => {
    const r = doc('7日,孝义经济开发区举行重点项目签约仪式,63个项目在会上集中签约,总投资合作金额超过180亿元(人民币,下同)。');
    expect(brief(r)).toEqual([
      ['孝义经济开发区', 'signed_projects', 'count', 63],
      ['孝义经济开发区', 'signed_projects', 'investment', 180],
    ]);
  });
});
