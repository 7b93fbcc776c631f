// Who a figure is about when the sentence names its owner only by a word (全市, 全省, 开发区) or in an aside.
// Sentences written for these tests (invented names and figures).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const facts = (text: string, published = '2023-08') =>
  extractDocument({ name: 't.txt', text, meta: { published } }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);

describe('an aside’s subject word stays in the aside', () => {
  it('(全省共N个) is the province’s; the figures after the bracket are the city’s again', () => {
    const t = '2023年1月16日,某省第五期“三个一批”活动青岭分会场举行。青岭市“签约一批”项目21个,总投资88亿元;“投产一批”2个(全省共9个),总投资14亿元。';
    const out = facts(t, '2023-01');
    expect(out).toContain('青岭市|batch_commissioned.investment=14');
    expect(out.filter((f) => f.endsWith('investment=14'))).toHaveLength(1);
  });
  it('without brackets 全省 still takes over', () => {
    const t = '2023年1月16日,河南省第五期“三个一批”活动青岭分会场举行。青岭市“签约一批”项目21个,总投资88亿元;全省共签约项目530个,总投资4012亿元。';
    expect(facts(t, '2023-01')).toContain('河南省|batch_signed.investment=4012');
  });
});

describe('a city’s parks together', () => {
  it('a headline "某市产业园区…" is the city; 全市 there is that city, not a county-level city named before', () => {
    const t = '上半年青岭市产业园区建设加快推进\n2022年上半年,全市园区建设有序推进。在建项目中,松河市41个、高新区22个。至6月底,全市园区引进项目121个,协议引资206.4亿元。';
    const out = facts(t, '2022-07');
    expect(out).toContain('青岭市|signed_projects.count=121');
    expect(out).toContain('青岭市|signed_projects.investment=206.4');
  });
});

describe('a zone opening its sentence after a month range in any spelling', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);
  it('1至5月 / 1—5月 / 前5个月 before the zone', () => {
    for (const lead of ['1至5月', '1—5月', '1～5月', '前5个月']) {
      const t = `2021-06-12\n${lead},柳溪县工业园区累计完成规模以上工业总产值18.2亿元,同比增长9.4%。园区全年计划完成投资40亿元。`;
      expect(bare(t)).toContain('柳溪县工业园区|industrial_output.value=18.2');
    }
  });
  it('"高新区园区" names the zone’s parks, not a zone called 高新区', () => {
    const t = '柳溪高新区2021年1至9月经济运行\n1至9月,高新区园区实现规上工业总产值105.2亿元。';
    expect(facts(t, '2021-10')).toContain('柳溪高新技术产业开发区|industrial_output.value=105.2');
  });
});

describe('a text that speaks as its city', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);
  it('我市 in the lede, all named zones in one city: a bare 开发区 is the city’s zones together', () => {
    const t =
      '营商环境是发展的基础。2021年以来,我市持续推动开发区高质量发展。市级赋权太原高新区事权120项、清徐开发区30项,阳曲示范区48项。\n在三期“三个一批”活动中,开发区累计签约项目52个,投资额610.5亿元。';
    const out = bare(t);
    expect(out).toContain('太原市|batch_signed.count=52');
    expect(out).not.toContain('阳曲现代农业产业示范区|batch_signed.count=52');
  });
  it('a lede that names its zone keeps the zone', () => {
    const t = '2021年以来,清徐开发区持续优化营商环境,全市项目建设加快。\n在三期“三个一批”活动中,开发区累计签约项目52个,投资额610.5亿元。';
    expect(bare(t)).toContain('清徐经济开发区|batch_signed.count=52');
  });
});

describe('the paper in the dateline names the page’s city', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);
  it('某州网讯 (某州日报记者 …): a bare 经开区 is that city’s', () => {
    const t = '青岭网讯 (青岭日报全媒体记者 王某) 2022年,经开区固定资产投资增速18.5%,新签约亿元以上项目21个,计划总投资131.2亿元。';
    const out = bare(t);
    expect(out).toContain('青岭经济技术开发区|fixed_asset_investment.yoy_pct=18.5');
    expect(out).toContain('青岭经济技术开发区|signed_projects.count=21');
  });
  it('本报讯 with no paper name guesses no city', () => {
    const t = '本报讯 (记者 王某) 2022年,经开区固定资产投资增速18.5%。';
    expect(bare(t)).toContain('经开区|fixed_asset_investment.yoy_pct=18.5');
  });
});

describe('a province tagged at the title’s end', () => {
  const t = '1月5日,全省第九期“三个一批”项目建设活动举行。此次活动全省“签约一批”项目480个,总投资3120亿元。';
  const titled = (title: string) =>
    extractDocument({ name: 't.txt', text: t, meta: { published: '2024-01', title } }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);
  it('"… (河南)" and "…_湖北省人民政府" name the page’s province: 全省 is that province', () => {
    expect(titled('全省第九期“三个一批”项目建设活动 (河南)')).toContain('河南省|batch_signed.count=480');
    expect(titled('全省第九期“三个一批”项目建设活动举行_湖北省人民政府')).toContain('湖北省|batch_signed.count=480');
  });
  it('a province in the title’s middle is no tag', () => {
    expect(titled('全省企业赴河南考察对接活动')).toContain('山西省|batch_signed.count=480');
  });
});

describe('a bare 开发区 listed as one of a city’s units', () => {
  it('beside the counties (各县(市、区)、开发区…其中,开发区…) it is the city’s zone', () => {
    const t =
      '阳泉市上半年投资情况\n上半年,我市固定资产投资累计完成投资98.2亿元。同时,各县(市、区)、开发区投资增速趋于平衡,其中,开发区完成投资8.4亿元,同比增长31.5%;平定县完成投资12.3亿元,增长20.1%。';
    const out = facts(t, '2019-07');
    expect(out).toContain('阳泉经济开发区|fixed_asset_investment.value=8.4');
  });
  it('without the county list it stays the city’s zones together', () => {
    const t = '阳泉市推动开发区高质量发展\n上半年,开发区累计签约项目31个,投资额210.4亿元。';
    expect(facts(t, '2019-07')).toContain('阳泉市|signed_projects.count=31');
  });
});

describe('zone names read whole', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);
  it('据 before a zone is no part of its name', () => {
    const t = '据柳河经济开发区管委会消息,2023年上半年,开发区完成工业投资21.4亿元,同比增长13.5%。';
    expect(bare(t)).toContain('柳河经济开发区|industrial_investment.value=21.4');
  });
  it('某州市经济技术开发区 opening a clause is that zone, not the city', () => {
    const t = '2023年,青岭市经济技术开发区实现规上工业增加值增长8.5%,固定资产投资增长10.2%。';
    // (Filed under the catalogue's form of the name, without the city's 市: see subjects-official-names.test.ts.)
    expect(bare(t)).toContain('青岭经济技术开发区|fixed_asset_investment.yoy_pct=10.2');
  });
  it('某州市产业集聚区 stays the city’s zones together', () => {
    const t = '2023年1-6月,青岭市产业集聚区规上工业增加值增长6.1%,青岭市签约项目12个。';
    expect(bare(t).some((f) => f.startsWith('青岭市经济'))).toBe(false);
  });
});

describe('the zone whose office the text reports from', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);
  it('全区 / a bare 高新区 in a text closing "这是记者从某某高新区管委会了解到的"', () => {
    const tail = '这是记者日前从松河高新区管委会了解到的。';
    expect(bare('2023年1-9月,全区新签约项目19个,协议总投资88亿元。' + tail)).toContain('松河高新技术产业开发区|signed_projects.count=19');
    expect(bare('2023年1-9月,高新区新签约项目19个,协议总投资88亿元。' + tail)).toContain('松河高新技术产业开发区|signed_projects.count=19');
  });
  it('two zones’ offices name neither', () => {
    expect(bare('2023年1-9月,全区新签约项目19个。本文由松河高新区管委会、青岭经开区管委会联合发布。')).toContain('某区|signed_projects.count=19');
  });
});

describe('a city page that names only its counties', () => {
  it('全市开发区 on a page naming 榆次区 and 昔阳县 (both 晋中’s) is 晋中市', () => {
    const t = '开发区建设任务完成情况\n2021年上半年,全市开发区签约项目46个,总投资212.5亿元。榆次区、昔阳县的重点项目加快推进。';
    expect(facts(t, '2021-08')).toContain('晋中市|signed_projects.count=46');
  });
});
