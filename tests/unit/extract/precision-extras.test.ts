// Figures a zone report prints that are not any zone's (session 6 precision round). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('an area’s whole economy is no figure of its zones', () => {
  it('a city named with its own economy figure is left out', () => {
    const r = run('1-8月,长治市固定资产投资完成52.4亿元,同比下降12.3%。1-8月,长治高新区完成投资18.6亿元,同比增长21.5%。', '2024-09');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' }).map((f) => [f.subject, f.value])).toEqual([["长治高新技术产业开发区", 18.6]]);
  });
  it('a named county with its own economy figure is left out, its zone kept', () => {
    const r = run('据宁乡市统计局消息,今年1-5月,宁乡市完成工业总产值356.2亿元,增长7.7%。宁乡经济技术开发区完成规模以上工业产值211.4亿元,增长9.5%。', '2024-06');
    expect(find(r, { indicator: 'industrial_output' }).map((f) => [f.subject, f.measure, f.value])).toEqual([
      ['宁乡经济技术开发区', 'value', 211.4],
      ['宁乡经济技术开发区', 'yoy_pct', 9.5],
    ]);
  });
  it('a named city whose sentence speaks of its parks stands for them (negative)', () => {
    const r = run('1-5月,长治市17个工业园区完成规上工业总产值402.5亿元,同比增长6.1%。', '2024-06');
    expect(find(r, { indicator: 'industrial_output', measure: 'value' }).map((f) => [f.subject, f.value])).toEqual([['长治市', 402.5]]);
  });
  it('the area’s zones together still count (negative)', () => {
    const r = run('1-5月,全市开发区完成规上工业增加值88.3亿元,同比增长7.2%。', '2024-06');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'value' }).map((f) => [f.subject, f.value])).toEqual([['某市', 88.3]]);
  });
  it('a share of the area’s total is the zone’s (negative)', () => {
    const r = run('1-5月,丁戊高新区完成工业投资21.7亿元,占全市的41%。', '2024-06');
    expect(find(r, { indicator: 'industrial_investment', measure: 'share_pct' }).map((f) => f.value)).toEqual([41]);
  });
});

describe('a mark passed is not a figure', () => {
  it('three named zones each passing a growth mark give no zone a figure', () => {
    const r = run('1至4月,甲经济开发区、乙产业园区、丙工业园区规模以上工业总产值同比增长超过40%。', '2024-05');
    expect(find(r, { indicator: 'industrial_output' })).toEqual([]);
  });
  it('a counted set of parks passing an amount gives no park a figure', () => {
    const r = run('一季度,丁经济开发区、戊工业园区、己高新区等三个园区工业产值率先突破30亿元。', '2024-05');
    expect(find(r, { indicator: 'industrial_output' })).toEqual([]);
  });
  it('"突破X,达到Y": the figure is Y', () => {
    const r = run('2023年,庚辛高新区营业总收入突破1800亿元,达到1865亿元,增长12%。', '2024-01');
    expect(find(r, { indicator: 'revenue', measure: 'value' }).map((f) => f.value)).toEqual([1865]);
  });
  it('one zone passing a mark keeps its figure (negative)', () => {
    const r = run('2023年,壬癸经济开发区营业收入突破500亿元。', '2024-01');
    expect(find(r, { indicator: 'revenue', measure: 'value' }).map((f) => f.value)).toEqual([500]);
  });
  it('two zones’ joint total passing a mark is kept (negative)', () => {
    const r = run('2023年,子丑经开区、寅卯园区总收入突破900亿元。', '2024-01');
    expect(find(r, { indicator: 'revenue', measure: 'value' }).map((f) => f.value)).toEqual([900]);
  });
});

describe('increments of an enterprise stock are not the stock', () => {
  it('新增 before a run of counted items covers each item', () => {
    const r = run('2023年,甲乙经济开发区全年新增专精特新企业4家,省级技术中心2家,高新技术企业37家。', '2024-01');
    expect(find(r, { indicator: 'high_tech_enterprises' })).toEqual([]);
  });
  it('全年认定 is an increment; the running total after it is kept', () => {
    const r = run('2023年,丙丁经济技术开发区全年认定高新技术企业19家,全区高新技术企业累计达72家。', '2024-01');
    expect(find(r, { indicator: 'high_tech_enterprises' }).map((f) => f.value)).toEqual([72]);
  });
  it('新设 market entities are an increment', () => {
    const r = run('前三季度,戊己高新区累计新设各类市场主体1830户,实有各类市场主体9120户。', '2023-10');
    expect(find(r, { indicator: 'market_entities' }).map((f) => f.value)).toEqual([9120]);
  });
  it('a stock word ends the run (negative)', () => {
    const r = run('2023年,庚辛经济开发区新增专精特新企业3家,高新技术企业总数达到58家。', '2024-01');
    expect(find(r, { indicator: 'high_tech_enterprises' }).map((f) => f.value)).toEqual([58]);
  });
  it('new signings stay a flow (negative)', () => {
    const r = run('2023年,壬癸经济开发区新引进项目26个,总投资88亿元。', '2024-01');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.value)).toEqual([26]);
  });
});
