// Session 5 round 2: other provinces' names for the same statistics, and parts, components and averages named
// like our indicators. Sentences written for these tests (other names, other numbers).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2024-07') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value]);

describe('全社会固定资产投入 is fixed-asset investment (Jiangsu’s name for it)', () => {
  it('"实现全社会固定资产投入X亿元,同比增长Y%"', () => {
    expect(brief(doc('上半年,启东经济开发区实现全社会固定资产投入31.6亿元,同比增长12.4%。'))).toEqual([
      ['启东经济开发区', 'fixed_asset_investment', 'value', 31.6],
      ['启东经济开发区', 'fixed_asset_investment', 'yoy_pct', 12.4],
    ]);
  });
  it('its infrastructure part is still not the zone’s investment', () => {
    expect(brief(doc('上半年,启东经济开发区完成基础设施投入8.2亿元。'))).toEqual([]);
  });
});

describe('parts of industry or of the firms are not the zone’s total', () => {
  it('a sector with a period before its verb: "四个支柱产业一季度完成工业产值…"', () => {
    const r = doc('一季度,启东经济开发区完成工业总产值88.1亿元;纺织、机械等三个支柱产业一季度完成工业产值61亿元。');
    expect(brief(r)).toEqual([['启东经济开发区', 'industrial_output', 'value', 88.1]]);
  });
  it('light and heavy industry are two parts of the output', () => {
    const r = doc('上半年,启东经济开发区完成规上工业总产值40.2亿元,同比增长11%。其中,轻工业完成总产值15.1亿元,同比增长6.2%;重工业完成总产值25.1亿元,同比增长14%。');
    expect(brief(r)).toEqual([
      ['启东经济开发区', 'industrial_output', 'value', 40.2],
      ['启东经济开发区', 'industrial_output', 'yoy_pct', 11],
    ]);
  });
  it('"规上高企完成产值同比下降…,占…比重" is the high-tech firms’ output, not their count', () => {
    const r = doc('一季度,启东经济开发区完成规上工业增加值30.5亿元。规上高企完成产值同比下降4.5%,总量占全区规上工业总产值61.2%。');
    expect(brief(r)).toEqual([['启东经济开发区', 'industrial_value_added', 'value', 30.5]]);
  });
  it('a count of high-tech firms stays a count', () => {
    expect(brief(doc('上半年,启东经济开发区拥有高新技术企业58家。'))).toEqual([['启东经济开发区', 'high_tech_enterprises', 'count', 58]]);
  });
});

describe('the GDP’s industry component is not the zone’s industrial value added', () => {
  it('工业增加值 beside 第三产业增加值 in a GDP breakdown', () => {
    const r = doc('上半年,启东经济开发区实现地区生产总值210.5亿元,同比增长4%。其中,工业增加值120.3亿元,同比增长2%;规模以上工业增加值101.7亿元,同比增长9%;第三产业增加值80.1亿元,同比增长5%。');
    expect(brief(r)).toEqual([
      ['启东经济开发区', 'industrial_value_added', 'value', 101.7],
      ['启东经济开发区', 'industrial_value_added', 'yoy_pct', 9],
    ]);
  });
  it('a bare 工业增加值 with no other sector beside it is the zone’s', () => {
    expect(brief(doc('1-6月,启东经济开发区完成工业总产值95亿元,同比增长8%;工业增加值24.6亿元,同比增长7.5%。'))).toEqual([
      ['启东经济开发区', 'industrial_output', 'value', 95],
      ['启东经济开发区', 'industrial_output', 'yoy_pct', 8],
      ['启东经济开发区', 'industrial_value_added', 'value', 24.6],
      ['启东经济开发区', 'industrial_value_added', 'yoy_pct', 7.5],
    ]);
  });
});

describe('an average is no total', () => {
  it('"新签约项目平均投资额达到X亿元" is not the signed amount', () => {
    const r = doc('1至6月份,启东经济开发区新签约项目42个,新签约项目平均投资额达到3.1亿元。');
    expect(brief(r)).toEqual([['启东经济开发区', 'signed_projects', 'count', 42]]);
  });
});

describe('a bare 产值 / 销售收入 after only a verb continues its sentence’s actor', () => {
  it('"某开发区现有N户规上企业,1-6月份形成产值…,增加值…" is the zone’s output and value added', () => {
    const r = doc('据了解,启东经济开发区现有32户规上企业,1-6月份形成产值52.3亿元、同比增长12.1%,增加值14.2亿元、同比增长9.8%。重点临规企业11户,1-6月份形成产值0.9亿元、同比增长5.5%。');
    expect(brief(r)).toEqual([
      ['启东经济开发区', 'industrial_output', 'value', 52.3],
      ['启东经济开发区', 'industrial_output', 'yoy_pct', 12.1],
      ['启东经济开发区', 'industrial_value_added', 'value', 14.2],
      ['启东经济开发区', 'industrial_value_added', 'yoy_pct', 9.8],
    ]);
  });
  it('"…实现工业总产值X亿元,实现销售收入Y亿元" is the zone’s revenue', () => {
    const r = doc('一季度,启东经济开发区内工业企业实现工业总产值31.2亿元,实现销售收入22.5亿元,创造利润2.1亿元。');
    expect(brief(r)).toEqual([
      ['启东经济开发区', 'industrial_output', 'value', 31.2],
      ['启东经济开发区', 'revenue', 'value', 22.5],
    ]);
  });
  it('a project’s output, or one with no verb, is not the zone’s', () => {
    expect(doc('启东经济开发区的甲电脑项目当年开工、当年投产,实现订单500台,产值800余万元。').facts).toEqual([]);
    expect(doc('启东经济开发区的乙项目建成投产,实现产值3亿元。').facts).toEqual([]);
  });
  it('a sales income with no zone in its sentence stays unread', () => {
    expect(doc('今年以来,部分企业订单回升,实现销售收入3.2亿元。').facts).toEqual([]);
  });
});

describe('a class of firms named before the bare verb keeps its output', () => {
  it('"某开发区重点企业N家,实现销售收入…" is those firms’', () => {
    expect(doc('上半年,启东经济开发区重点企业15家,实现销售收入12.2亿元。').facts).toEqual([]);
  });
});

describe('a running figure carried on to a later quarter', () => {
  it('"前8个月实现A亿元,到三季度达到B亿元": both figures, each with its months', () => {
    const r = doc('启东经济开发区规模以上工业增加值在前8个月实现105.7亿元,到三季度达到119.9亿元,总量占全市三成。', '2024-10');
    expect(r.facts.map((f) => [f.indicator, f.value, f.period])).toEqual([
      ['industrial_value_added', 105.7, '2024-01/2024-08'],
      ['industrial_value_added', 119.9, '2024-01/2024-09'],
    ]);
  });
  it('截至三季度 is the year up to September', () => {
    const r = doc('截至三季度,启东经济开发区完成固定资产投资45.3亿元。', '2024-10');
    expect(r.facts.map((f) => [f.indicator, f.value, f.period])).toEqual([['fixed_asset_investment', 45.3, '2024-01/2024-09']]);
  });
  it('another figure named in the later clause still stops the indicator', () => {
    const r = doc('启东经济开发区规模以上工业增加值前8个月实现105.7亿元,利润达到11.9亿元。', '2024-10');
    expect(r.facts.map((f) => [f.indicator, f.value])).toEqual([['industrial_value_added', 105.7]]);
  });
});

describe('the growth of a count of signings is not carried (facts.md: the signed amount’s growth is)', () => {
  it('"新签约亿元以上项目N个、同比增长X%"', () => {
    const r = doc('上半年,启东经济开发区新签约亿元以上项目41个、同比增长17.1%。');
    expect(brief(r)).toEqual([['启东经济开发区', 'signed_projects', 'count', 41]]);
  });
});

describe('a dateline’s day is when a figure was reported; a year opening the statement is the figures’', () => {
  it('"4月18日,记者从发布会上获悉,2022年,甲园区实现…" is 2022’s full year, and the headline’s repeat is one fact', () => {
    const r = doc('2022年,启东产业园区实现工业总产值210.5亿元\n4月18日,记者从启东市园区经济新闻发布会上获悉,2022年,启东产业园区实现工业总产值210.5亿元,同比增长30.2%。', '2023-04');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value, f.period])).toEqual([
      ['industrial_output', 'value', 210.5, '2022-01/2022-12'],
      ['industrial_output', 'yoy_pct', 30.2, '2022-01/2022-12'],
    ]);
  });
  it('a year inside the event’s name leaves the event’s date', () => {
    const r = doc('2月26日,记者从启东市2022年第一次“三个一批”活动上获悉,启东经济开发区58个项目集中开工,总投资132.7亿元。', '2022-03');
    expect(r.facts.map((f) => [f.value, f.period])).toEqual([
      [58, '2022-01/2022-02'],
      [132.7, '2022-01/2022-02'],
    ]);
  });
});

describe('last year as the period of its clause, and a headline’s rounded repeat', () => {
  it('"某园区去年完成规模以上工业增加值X亿元" is last year’s figure, not a comparison base', () => {
    const r = doc('启东工业园区去年完成规模以上工业增加值23亿元,规模以上主营业务收入91亿元。', '2024-01');
    expect(r.facts.map((f) => [f.indicator, f.value, f.period])).toEqual([
      ['industrial_value_added', 23, '2023-01/2023-12'],
      ['revenue', 91, '2023-01/2023-12'],
    ]);
  });
  it('a comparison with last year stays a base', () => {
    expect(doc('启东工业园区规模以上工业增加值比去年完成的18亿元多3亿元。', '2024-01').facts).toEqual([]);
  });
  it('a headline rounding the body’s exact amount is one fact, the exact one', () => {
    const r = doc('启东重点园区去年累计实现营业收入1825亿元\n据悉,2023年启东重点园区累计实现营业收入1824.63亿元,同比增长11.6%。', '2024-02');
    expect(r.facts.filter((f) => f.measure === 'value').map((f) => f.value)).toEqual([1824.63]);
  });
  it('two different amounts of one indicator both stay', () => {
    const r = doc('2023年,启东经济开发区实现工业总产值432.76亿元;规模以上工业总产值431.39亿元。', '2024-02');
    expect(r.facts.map((f) => f.value)).toEqual([432.76, 431.39]);
  });
});
