// Session 5: other provinces' names for the same statistics, and figures named like ours that are not the
// subject's total. Sentences written for these tests (other names, other numbers).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2024-07') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value]);

describe('工业投入 / 工业实际投入 is industrial investment (Jiangsu, Zhejiang)', () => {
  it('"完成工业投入X亿元,增长Y%"', () => {
    expect(brief(doc('上半年,宁晋经济开发区完成工业投入20.6亿元,增长8.1%。'))).toEqual([
      ['宁晋经济开发区', 'industrial_investment', 'value', 20.6],
      ['宁晋经济开发区', 'industrial_investment', 'yoy_pct', 8.1],
    ]);
    expect(brief(doc('上半年,宁晋经济开发区工业实际投入31.2亿元。'))).toEqual([['宁晋经济开发区', 'industrial_investment', 'value', 31.2]]);
  });
});

describe('taxes, profits and fiscal income beside revenue are not revenue', () => {
  it('财税总收入 is no revenue, nor is its growth', () => {
    expect(doc('上半年,宁晋经济开发区实现财税总收入4.7亿元,同比增长18%。').facts).toEqual([]);
  });
  it('a growth rate after 税收 is the tax’s, not the revenue’s', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现营业收入108亿元、税收9.2亿元,增长6%。'))).toEqual([['宁晋经济开发区', 'revenue', 'value', 108]]);
  });
  it('营业收入、利润分别增长: only the first rate is revenue’s', () => {
    expect(brief(doc('上半年,宁晋经济开发区营业收入、利润总额分别增长11%、14%。'))).toEqual([['宁晋经济开发区', 'revenue', 'yoy_pct', 11]]);
  });
});

describe('the zone’s firms as a whole are the zone', () => {
  it('"N户规模以上入园工业企业实现产值" is the zone’s industrial output', () => {
    expect(brief(doc('1-6月,宁晋经济开发区37户规模以上入园工业企业实现产值64亿元,增长9.3%。'))).toEqual([
      ['宁晋经济开发区', 'industrial_output', 'value', 64],
      ['宁晋经济开发区', 'industrial_output', 'yoy_pct', 9.3],
    ]);
  });
  it('"入园企业实现产值"', () => {
    expect(brief(doc('上半年,宁晋经济开发区入园企业实现产值52亿元。'))).toEqual([['宁晋经济开发区', 'industrial_output', 'value', 52]]);
  });
  it('a class of firms (龙头企业) is not', () => {
    expect(doc('上半年,宁晋经济开发区龙头企业实现产值52亿元。').facts).toEqual([]);
  });
  it('"开发区实现全区经营(销售)收入": 全区 after the zone is the zone', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现全区经营(销售)收入41.5亿元。'))).toEqual([['宁晋经济开发区', 'revenue', 'value', 41.5]]);
  });
});

describe('完成投资 after any zone word is the zones’ investment', () => {
  it('产业集聚区 (Henan)', () => {
    expect(brief(doc('上半年,宁晋产业集聚区完成投资96.5亿元,同比增长12.3%。'))).toEqual([
      ['宁晋产业集聚区', 'fixed_asset_investment', 'value', 96.5],
      ['宁晋产业集聚区', 'fixed_asset_investment', 'yoy_pct', 12.3],
    ]);
  });
  it('a county before it is the county’s, not a zone figure', () => {
    expect(doc('上半年,宁晋县完成投资96.5亿元。').facts).toEqual([]);
  });
});

describe('signings named by the work they come from or by the capital’s origin', () => {
  it('新签招商引资项目 is the signing count', () => {
    expect(brief(doc('2023年,宁晋经济开发区新签招商引资项目26个。'))).toEqual([['宁晋经济开发区', 'signed_projects', 'count', 26]]);
  });
  it('引进外资项目 with an amount in 亿美元, kept as printed', () => {
    const r = doc('2023年,宁晋经济开发区累计引进外资项目9个,协议总投资3.2亿美元。');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value, f.unit])).toEqual([
      ['signed_projects', 'count', 9, '个'],
      ['signed_projects', 'investment', 3.2, '亿美元'],
    ]);
  });
  it('引进省外资金项目 and 合同总投资额', () => {
    expect(brief(doc('2023年,宁晋综合保税区共引进省外资金项目31个,合同总投资额58.4亿元。'))).toEqual([
      ['宁晋综合保税区', 'signed_projects', 'count', 31],
      ['宁晋综合保税区', 'signed_projects', 'investment', 58.4],
    ]);
  });
  it('foreign capital used is no signing and keeps its growth', () => {
    expect(brief(doc('2023年,宁晋经济开发区营业收入300亿元,实际使用外资1.2亿美元,增长20%。'))).toEqual([['宁晋经济开发区', 'revenue', 'value', 300]]);
  });
});

describe('a bare 全省/全市 as the clause’s subject is the whole economy, not a zone figure', () => {
  it('"全市完成工业总产值…" beside a zone’s own figure', () => {
    expect(brief(doc('1-7月,全市完成工业总产值856.2亿元,增长9.7%。宁晋经济开发区完成规模以上工业产值611.5亿元。'))).toEqual([
      ['宁晋经济开发区', 'industrial_output', 'value', 611.5],
    ]);
  });
  it('"全省工业投资同比增长…" is the province’s economy; "全省开发区完成工业投资…" is its zones’', () => {
    expect(brief(doc('上半年,全省工业投资同比增长6.4%。全省开发区完成工业投资412亿元。'))).toEqual([['山西省', 'industrial_investment', 'value', 412]]);
  });
  it('"在…带动下,全市工业投资实现了大幅增长,增速达到…" is the city’s', () => {
    expect(brief(doc('上半年,宁晋经济开发区完成工业投资25.9亿元。在开发区的带动下,全市工业投资实现了大幅增长,增速达到21.4%。'))).toEqual([
      ['宁晋经济开发区', 'industrial_investment', 'value', 25.9],
    ]);
  });
  it('a zone that calls itself 全区 keeps its figures', () => {
    expect(brief(doc('宁晋经济开发区上半年发展良好。全区完成规上工业增加值21.3亿元。'))).toEqual([['宁晋经济开发区', 'industrial_value_added', 'value', 21.3]]);
  });
});

describe('the county-level zones (县域开发区) are a subset of a province’s zones, not all of them', () => {
  it('"全省县域开发区实现工业增加值…" gives no province figure; "全省开发区…" does', () => {
    expect(brief(doc('上半年,全省开发区实现规模以上工业增加值3120亿元,同比增长7%;全省县域开发区实现工业增加值1408.5亿元,同比增长9.2%。'))).toEqual([
      ['山西省', 'industrial_value_added', 'value', 3120],
      ['山西省', 'industrial_value_added', 'yoy_pct', 7],
    ]);
  });
});

describe('figures of one firm or one construction are not the zone’s', () => {
  it('a firm named as the statement’s subject owns its revenue and output', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现营业收入300亿元。其中,龙腾科技有限公司实现营业收入50亿元,同比增长20%。'))).toEqual([
      ['宁晋经济开发区', 'revenue', 'value', 300],
    ]);
    expect(brief(doc('上半年,宁晋经济开发区实现营业收入300亿元。龙腾集团完成工业总产值88亿元,增长12%。'))).toEqual([['宁晋经济开发区', 'revenue', 'value', 300]]);
  });
  it('a firm that drives the zone’s figure, or is left out of it, does not', () => {
    expect(brief(doc('在龙腾集团带动下,上半年宁晋经济开发区实现营业收入300亿元。'))).toEqual([['宁晋经济开发区', 'revenue', 'value', 300]]);
    expect(brief(doc('上半年,宁晋经济开发区(不含龙腾集团)实现营业收入300亿元。'))).toEqual([['宁晋经济开发区', 'revenue', 'value', 300]]);
  });
  it('"甲园正式开工建设,累计完成投资…" is that construction’s, and the zone’s earlier figure does not carry to it', () => {
    expect(brief(doc('上半年,宁晋经济开发区完成固定资产投资30亿元。甲乙园正式开工建设,累计完成投资近800万元。'))).toEqual([
      ['宁晋经济开发区', 'fixed_asset_investment', 'value', 30],
    ]);
  });
});

describe('signed, started and commissioned counts side by side outside any round or event', () => {
  it('are the zone’s signings (facts.md: batch_* only for "三个一批"), and the other two counts no fact', () => {
    expect(brief(doc('2023年,宁晋综合保税区共签约项目19个,合同投资总额31.2亿元。目前投产项目3个,开工项目11个。'))).toEqual([
      ['宁晋综合保税区', 'signed_projects', 'count', 19],
      ['宁晋综合保税区', 'signed_projects', 'investment', 31.2],
    ]);
  });
  it('in a text about the round they stay its batches', () => {
    const r = doc('宁晋经济开发区第三季度“三个一批”活动中,签约项目4个,总投资11亿元;开工项目5个,总投资8亿元;投产项目2个,总投资6亿元。');
    expect(r.facts.map((f) => f.indicator)).toEqual(['batch_signed', 'batch_signed', 'batch_started', 'batch_started', 'batch_commissioned', 'batch_commissioned']);
  });
});

describe('a total since the zone was founded is no period’s figure', () => {
  it('"建区20年来,累计完成…" and "自成立以来累计…" give no fact; the year’s own figure stays', () => {
    expect(doc('宁晋经济开发区建区15年来,累计完成固定资产投资76.4亿元,累计引进项目210个。').facts).toEqual([]);
    expect(brief(doc('宁晋经济开发区自成立以来,累计完成固定资产投资76.4亿元。2023年,开发区完成固定资产投资9.8亿元。'))).toEqual([
      ['宁晋经济开发区', 'fixed_asset_investment', 'value', 9.8],
    ]);
  });
  it('a founding named in passing leaves the sentence’s dated figure', () => {
    expect(brief(doc('宁晋经济开发区成立以来发展迅速,2023年完成固定资产投资9.8亿元。'))).toEqual([['宁晋经济开发区', 'fixed_asset_investment', 'value', 9.8]]);
  });
});

describe('a count whose indicator is named right after its unit', () => {
  it('"…营业收入300亿元,拥有56家高新技术企业" is the high-tech count, not lost to the revenue read before', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现营业收入214亿元,拥有43家高新技术企业。'))).toEqual([
      ['宁晋经济开发区', 'revenue', 'value', 214],
      ['宁晋经济开发区', 'high_tech_enterprises', 'count', 43],
    ]);
  });
  it('"集聚N家“四上”企业" (the name opens with its quote), after another count', () => {
    expect(brief(doc('截至6月底,宁晋经济开发区共有“四上”企业96家,集聚31家高新技术企业。'))).toEqual([
      ['宁晋经济开发区', 'above_scale_enterprises', 'count', 96],
      ['宁晋经济开发区', 'high_tech_enterprises', 'count', 31],
    ]);
    expect(brief(doc('上半年,宁晋经济开发区实现规上工业总产值412亿元,集聚150家“四上”企业。'))[1]).toEqual(['宁晋经济开发区', 'above_scale_enterprises', 'count', 150]);
  });
  it('an increment named so is still no stock', () => {
    expect(brief(doc('上半年,宁晋经济开发区实现营业收入214亿元,新增12家高新技术企业。'))).toEqual([['宁晋经济开发区', 'revenue', 'value', 214]]);
  });
});
