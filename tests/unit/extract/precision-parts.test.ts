// Figures that are not the subject's total: a class of firms, an increment, a count's growth, a combined count,
// a threshold, a GDP, a figure whose digits were lost. Sentences written for these tests (names and numbers invented).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { findNumbers } from '../../../src/extract/numbers';
import { find } from './helpers';

const doc = (text: string, title = '某某经济开发区', published = '2023-08') => extractDocument({ name: 't.txt', text, meta: { published, title } });
const vals = (r: ReturnType<typeof doc>, q: Record<string, unknown>) => find(r, q as never).map((f) => [f.measure, f.value]);

describe('a class of firms by size, ownership, trade or standing is a part', () => {
  it('小型企业/批零企业/高新技术企业 figures are not the zone’s; its 规上工业企业 figures are', () => {
    const r = doc(
      '1-6月,开发区规上工业企业实现工业增加值48.2亿元,同比增长7.3%。其中,区内小型企业实现工业增加值12.6亿元,同比增长9.4%。' +
        '批零企业主营业务收入3.3亿元。高新技术企业完成工业总产值95.1亿元,增长11%。',
    );
    expect(vals(r, { indicator: 'industrial_value_added' })).toEqual([
      ['value', 48.2],
      ['yoy_pct', 7.3],
    ]);
    expect(find(r, { indicator: 'revenue' })).toEqual([]);
    expect(find(r, { indicator: 'industrial_output' })).toEqual([]);
  });
  it('"中小企业营业收入" stays the zone’s headline revenue (nearly all firms)', () => {
    const r = doc('上半年,开发区实现中小企业营业总收入21.4亿元,完成年任务的45%。');
    expect(vals(r, { indicator: 'revenue', measure: 'value' })).toEqual([['value', 21.4]]);
  });
  it('firms of a service trade counted in the clause before own the next bare-verb figure', () => {
    const r = doc('1-5月,开发区在库规模以上服务业企业37家,实现营业收入8.8亿元,同比下降2.1%。其中营利性服务业30家,完成营业收入7.9亿元。');
    expect(find(r, { indicator: 'revenue' })).toEqual([]);
    // Regulated industrial firms counted the same way are all of them: the figure stays the zone's.
    const s = doc('1-5月,开发区规上工业企业64家,实现营业收入120.5亿元,同比增长6.6%。');
    expect(vals(s, { indicator: 'revenue' })).toEqual([
      ['value', 120.5],
      ['yoy_pct', 6.6],
    ]);
  });
  it('a high-tech firms’ output or value-added share is no count nor share of those firms', () => {
    const r = doc('2022年,开发区高新技术企业产值占规模以上工业总产值的比重为52.5%,高新技术企业增加值占GDP比重达31%。');
    expect(find(r, { indicator: 'high_tech_enterprises' })).toEqual([]);
    // A share of the firms themselves stays.
    const s = doc('2022年,开发区拥有高新技术企业140家,占全市高新技术企业的41%。');
    expect(vals(s, { indicator: 'high_tech_enterprises' })).toEqual([
      ['count', 140],
      ['share_pct', 41],
    ]);
  });
});

describe('increments, combined counts and a count’s growth', () => {
  it('"新申报/新认定高新技术企业N家" is no stock; "现有…N家" is', () => {
    const r = doc('2022年,开发区新申报高新技术企业9家,新认定高新技术企业6家,现有高新技术企业47家。');
    expect(vals(r, { indicator: 'high_tech_enterprises' })).toEqual([['count', 47]]);
  });
  it('the stock stated after an increment (新认定…N家,总数达到M家,同比增长x%) is still the count', () => {
    const r = doc('前三季度,开发区新认定高新技术企业12家,总数达到133家,同比增长9.9%。');
    expect(vals(r, { indicator: 'high_tech_enterprises' })).toEqual([
      ['count', 133],
      ['yoy_pct', 9.9],
    ]);
  });
  it('"N个项目中," after a qualifier states the next figure of its own; at a clause opening it opens a part', () => {
    const r = doc('上半年,全区组建了120人领办代办队伍,符合领办代办88个项目中,81个项目实行了领办代办。');
    expect(vals(r, { indicator: 'agency_services' })).toEqual([['count', 81]]);
    const s = doc('上半年,开发区新签约项目64个,总投资310亿元。从类别看,64个新签约项目中,工业项目51个,投资总额220亿元。');
    expect(vals(s, { indicator: 'signed_projects' })).toEqual([
      ['count', 64],
      ['investment', 310],
    ]);
  });
  it('"新投产、新开工、新签约项目N个" counts several kinds together, not the signed ones', () => {
    const r = doc('今年,开发区将力争新投产、新开工、新签约项目80个以上。');
    expect(find(r, { indicator: 'signed_projects' })).toEqual([]);
    const s = doc('今年以来,开发区新签约项目31个,签约金额120亿元,同比增长18.2%。');
    expect(vals(s, { indicator: 'signed_projects' })).toEqual([
      ['count', 31],
      ['investment', 120],
      ['yoy_pct', 18.2],
    ]);
  });
  it('the growth of a count of signings is not recorded', () => {
    const r = doc('1至6月,开发区新签约项目210个,同比增长22.7%,其中亿元以上项目61个。');
    expect(vals(r, { indicator: 'signed_projects' })).toEqual([['count', 210]]);
  });
});

describe('not a value of the subject', () => {
  it('a GDP written "GDP总产值" is no industrial output', () => {
    const r = doc('2022年,某某市GDP总产值为2810.4亿元,开发区完成工业总产值630亿元。');
    expect(vals(r, { indicator: 'industrial_output' })).toEqual([['value', 630]]);
  });
  it('"投资总额.1亿元": a figure whose leading digits were lost is skipped', () => {
    expect(findNumbers('签约项目15个、投资总额.1亿元,其中3.5亿元').map((n) => [n.value, n.skip])).toEqual([
      [15, undefined],
      [1, 'garbled'],
      [3.5, undefined],
    ]);
    // A decimal point between digits is a decimal.
    expect(findNumbers('投资总额12.1亿元').map((n) => n.value)).toEqual([12.1]);
  });
  it('"N个集聚区产值过50亿元": how many zones pass a mark, of any kind of zone', () => {
    const r = doc('上半年,全市产业集聚区完成工业增加值620亿元,增长8%,其中19个集聚区产值过40亿元。', '某市产业集聚区');
    expect(find(r, { indicator: 'industrial_output' })).toEqual([]);
    expect(vals(r, { indicator: 'industrial_value_added' })).toEqual([
      ['value', 620],
      ['yoy_pct', 8],
    ]);
  });
  it('"在N个新签约项目中,工业项目…" opens a part as 其中 does', () => {
    const r = doc('今年以来,开发区新签约项目64个,总投资530亿元。在64个新签约项目中,工业项目51个,投资总额410.5亿元。');
    expect(vals(r, { indicator: 'signed_projects' })).toEqual([
      ['count', 64],
      ['investment', 530],
    ]);
  });
  it('a set of projects as the clause subject owns its fixed-asset investment; the zone’s own stays', () => {
    const r = doc('截至2022年底,开发区基础设施累计投资12.5亿元,入驻项目累计固定资产投资额31.2亿元。2022年,开发区完成固定资产投资18.4亿元。');
    expect(vals(r, { indicator: 'fixed_asset_investment' })).toEqual([['value', 18.4]]);
  });
});
