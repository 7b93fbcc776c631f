// Who a figure belongs to when the page names its subject once and then refers back to it (该园区, 全区, 开发区),
// or names it with the name blanked out (XX经济开发区). Sentences written for these tests (invented names and figures).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const facts = (text: string, meta?: { published: string; title?: string }) =>
  extractDocument({ name: 't.txt', text, meta }).facts.map((f) => `${f.subject}|${f.indicator}.${f.measure}=${f.value}`);

describe('a zone named with its name blanked out is the page’s zone', () => {
  it('"XX高新区…工作总结": the bare 高新区 of the body is XX高新区', () => {
    const t = 'XX高新区2022年工作总结\n2022年,高新区坚持创新驱动,经济运行稳中有进。1-11月累计完成规上工业产值135.6亿元,同比增长8.2%。';
    const out = facts(t);
    expect(out).toContain('XX高新区|industrial_output.value=135.6');
  });
  it('"××产业园区" opening a line under a heading that says only the kind', () => {
    const t = '产业园区管委会上半年工作汇报\n一、基本情况\n××产业园区于2015年3月设立,规划面积12平方公里。\n二、指标完成情况\n1至6月,园区完成规上工业产值8.34亿元,同比增长12.5%。';
    expect(facts(t, { published: '2020-07' })).toContain('××产业园区|industrial_output.value=8.34');
    // (A page title holding only the kind says no more than the heading.)
    expect(facts(t, { published: '2020-07', title: '产业园区管委会上半年工作汇报' })).toContain('××产业园区|industrial_output.value=8.34');
  });
  it('a blanked partner in passing is no subject ("与xxx经济开发区签订…")', () => {
    const t = '2022年,县经开区签约项目18个,总投资96.5亿元。7月26日,与xxx经济开发区签订战略合作协议。';
    const out = facts(t, { published: '2023-01' });
    expect(out.some((f) => f.startsWith('xxx'))).toBe(false);
  });
});

describe('a district’s page: 全区/我区/该区 are the district its head names', () => {
  it('a heading opening with a period and the district ("前三季度,甲乙港区…"): 该区/全区 figures are its', () => {
    const t = '前三季度,青溪航运港区多项指标增速领先\n\n今年以来,青溪航运港区稳中求进,全区经济运行持续向好。前三季度,该区规上工业增加值同比增长15.2%;固定资产投资完成206.4亿元,同比增长9.1%。';
    const out = facts(t);
    expect(out).toContain('青溪航运港区|industrial_value_added.yoy_pct=15.2');
    expect(out).toContain('青溪航运港区|fixed_asset_investment.value=206.4');
  });
  it('a page title naming the district ("甲区…工作总结") with a body saying only 全区/我区', () => {
    const t = '一、抓招商。2023年,全区各镇街共签约项目46个,计划总投资132.5亿元。二、抓专业园区运营机构对接,推进项目落地。';
    const out = facts(t, { published: '2024-01', title: '松城区2023年招商引资工作总结' });
    expect(out).toContain('松城区|signed_projects.count=46');
    expect(out).toContain('松城区|signed_projects.investment=132.5');
  });
  it('a heading holding an area word or a zone word is no district ("中心城区…", "甲乙高新区…")', () => {
    const t = '中心城区建设提速\n2023年,全区签约项目12个,总投资30.5亿元。';
    expect(facts(t, { published: '2024-01' }).some((f) => f.startsWith('中心城区'))).toBe(false);
    const z = '柳岸高新区上半年经济运行\n上半年,全区规上工业产值增长11.2%。';
    expect(facts(z, { published: '2023-07' })).toContain('柳岸高新技术产业开发区|industrial_output.yoy_pct=11.2');
  });
});

describe('该园区 / 该经开区 refer back to the zone last named where a subject stands', () => {
  it('a park the name reader does not take ("…工业园规划面积…。目前,该园区已签约…")', () => {
    const t = '2015-06-20\n日前,松江台商工业园二期开工仪式在松江市举行。松江台商工业园规划面积21平方公里,主导产业为电子信息。目前,该园区已签订合同项目41个,引资约85亿元。';
    const out = facts(t);
    expect(out).toContain('松江台商工业园|signed_projects.count=41');
    expect(out).toContain('松江台商工业园|signed_projects.investment=85');
  });
  it('a name holding a bracketed part ("甲丰(乙凤)经开区…该经开区…"); the page’s unnamed-zone figures go to it too', () => {
    const t = '近日,省商务厅公布2022年度省级开发区考评结果,柳丰(石凤)经开区综合排名第一。2022年,柳丰(石凤)经开区持续推进改革,预计全年规上工业产值增幅11%。2022年,该经开区新签约项目42个。';
    const out = facts(t, { published: '2023-02' });
    expect(out.filter((f) => f.endsWith('signed_projects.count=42'))).toHaveLength(1);
    expect(out.find((f) => f.endsWith('signed_projects.count=42'))!.startsWith('柳丰(石凤)')).toBe(true);
    expect(out.find((f) => f.endsWith('industrial_output.yoy_pct=11'))!.startsWith('柳丰(石凤)')).toBe(true);
  });
  it('a zone of another type is no antecedent of 该经开区 ("甲乙工业园…该经开区")', () => {
    const t = '2022-03-01\n松江台商工业园规划面积21平方公里。今年以来,该经开区新签约项目17个。';
    expect(facts(t).some((f) => f.startsWith('松江台商工业园'))).toBe(false);
  });
});

describe('全市…开发区 on a page of another province’s city: the city, not the zone listed last', () => {
  it('"甲市省级以上开发区…" names the city; 全市/园区 figures after it are its, not the zone upgraded before', () => {
    const t =
      '2016-07-20 上半年,全市省级园区再添新员,甲岭县工业聚集区、乙泉循环经济示范区升级为省级经济开发区,松岭市省级以上开发区增至14家。\n今年1-6月份,全市省级以上开发区完成工业增加值186.2亿元,同比增长12.4%;园区固定资产投资301.5亿元,同比增长20.1%。';
    const out = facts(t);
    expect(out).toContain('松岭市|industrial_value_added.value=186.2');
    expect(out).toContain('松岭市|fixed_asset_investment.value=301.5');
  });
  it('a zone named after the full stop is its own figure’s subject again', () => {
    const t = '2016-07-20 松岭市省级以上开发区增至14家。\n今年1-6月份,全市省级以上开发区完成工业增加值186.2亿元。丙丁经济开发区完成工业增加值20.7亿元。';
    const out = facts(t);
    expect(out).toContain('松岭市|industrial_value_added.value=186.2');
    expect(out.find((f) => f.endsWith('value=20.7'))?.startsWith('丙丁经济')).toBe(true);
  });
});

describe('a clause’s own county beats the running subject', () => {
  it('"甲山市共签约…。乙洋县集中签约的…项目总投资…": the county’s figures are the county’s', () => {
    const t = '2021-12-29 来源:某某日报\n1—11月,柳山市共签约亿元以上项目86个。石洋县集中签约的12个项目总投资27.46亿元,涵盖新材料等领域。';
    const out = facts(t);
    expect(out).toContain('柳山市|signed_projects.count=86');
    expect(out).toContain('石洋县|signed_projects.count=12');
    expect(out).toContain('石洋县|signed_projects.investment=27.46');
  });
});
