import { describe, expect, it } from 'vitest';
import { extractDocument, extractDocuments } from '../../../src/extract/index';
import { ExtractResultSchema } from '../../../src/extract/schema';
import { find, foldDigits, run, SEEDS, seedText } from './helpers';
import manifest from '../../../seeds/manifest.json';

describe('engine on seed passages', () => {
  it('splits a city section into group, zone and city subjects', () => {
    const text = `太原市开发区

【上半年工作进展】

(一)中北高新区和清徐开发区规模以上工业增加值合计完成92.46亿元,同比增速约11%,高于全市增速9.8个百分点,占全市比重17.93%。工业投资合计完成21.05亿元,同比下降14.85%。

(二)阳曲现代农业产业示范区固定资产投资完成4.03亿元,同比增长146.6%,产业项目完成投资0.6亿元。

(五)截至6月底,全市开发区“签约一批”共50个项目,计划总投资165.2亿元,已开工项目46个,已开工项目总投资为130亿元,开工率78.69%。

(供稿:太原市开发区)
`;
    const r = run(text, '2023-07');
    const group = find(r, { indicator: 'industrial_value_added', measure: 'value' })[0];
    expect(group).toMatchObject({
      subject: '太原中北高新技术产业开发区、清徐经济开发区',
      scope: 'group',
      members: ['太原中北高新技术产业开发区', '清徐经济开发区'],
      period: '2023-01/2023-06',
      value: 92.46,
      approx: false,
    });
    expect(find(r, { indicator: 'industrial_value_added', measure: 'yoy_pct' })[0]).toMatchObject({ value: 11, approx: true });
    // The second sentence still speaks for the group ("合计").
    expect(find(r, { indicator: 'industrial_investment', measure: 'yoy_pct' })[0]).toMatchObject({ value: -14.85, scope: 'group' });
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]).toMatchObject({ subject: '阳曲现代农业产业示范区', value: 4.03 });
    expect(find(r, { indicator: 'industrial_project_investment' })[0]).toMatchObject({ subject: '阳曲现代农业产业示范区', value: 0.6 });
    // City totals; the sub-counts (已开工项目46个) are not the batch's count.
    expect(find(r, { indicator: 'batch_signed', measure: 'count' }).map((f) => [f.subject, f.scope, f.value])).toEqual([['太原市', 'city', 50]]);
    expect(find(r, { indicator: 'batch_signed', measure: 'rate_pct' })[0].value).toBe(78.69);
    // Percentage-point differences are never facts.
    expect(r.facts.some((f) => f.value === 9.8)).toBe(false);
  });

  it('uses the closing 供稿 line as the owner, not the page header above the section', () => {
    const r = extractDocument({ name: SEEDS[0], text: seedText(SEEDS[0]), meta: manifest[SEEDS[0] as keyof typeof manifest] });
    const iva = find(r, { indicator: 'industrial_value_added', measure: 'value', kind: 'actual' });
    expect(iva.map((f) => [f.subject, f.period, f.value])).toEqual([['清徐经济开发区', '2023-01/2023-09', 112.78]]);
    // The goal in brackets is the year's target; the plan section states it again (two sources, two facts).
    expect(find(r, { subject: '清徐经济开发区', indicator: 'industrial_investment', measure: 'yoy_pct' }).map((f) => [f.value, f.kind, f.period])).toEqual([
      [-21.8, 'actual', '2023-01/2023-09'],
      [17, 'target', '2023-01/2023-12'],
      [17, 'target', '2023-01/2023-12'],
    ]);
    expect(find(r, { subject: '清徐经济开发区', indicator: 'output_intensity' })[0]).toMatchObject({ value: 100, unit: '万元/亩', kind: 'target' });
    // "为2个项目出让了2宗133.71亩“标准地”": the indicator named after the numbers.
    expect(find(r, { subject: '清徐经济开发区', indicator: 'standard_land' }).map((f) => [f.measure, f.value])).toEqual([
      ['count', 2],
      ['area_mu', 133.71],
      ['area_mu', 1000],
    ]);
  });

  it('lets in-text names win over a 供稿 line that names another city', () => {
    const r = extractDocument({ name: SEEDS[3], text: seedText(SEEDS[3]), meta: manifest[SEEDS[3] as keyof typeof manifest] });
    const iva = find(r, { indicator: 'industrial_value_added', measure: 'value' })[0];
    expect(iva).toMatchObject({ subject: '晋中市', scope: 'city', period: '2023-01/2023-10', value: 266 });
    expect(find(r, { subject: '左权生态文化旅游示范区', indicator: 'fixed_asset_investment', measure: 'yoy_pct' })[0].value).toBe(14.7);
    // "1-9月,引进…项目37个" opens a new statement about the city, after sentences about 中北高新区.
    expect(find(r, { indicator: 'signed_projects', measure: 'count', value: 37 })[0]).toMatchObject({ subject: '太原市', period: '2023-01/2023-09' });
  });

  it('reads "三个一批" batches with counts, investment and rates', () => {
    const r = extractDocument({ name: SEEDS[1], text: seedText(SEEDS[1]), meta: manifest[SEEDS[1] as keyof typeof manifest] });
    const yx = (ind: string) =>
      find(r, { subject: '盂县经济技术开发区', indicator: ind }).map((f) => [f.measure, f.value]);
    expect(yx('batch_signed')).toEqual([['count', 9], ['investment', 28.6], ['rate_pct', 45.8]]);
    expect(yx('batch_started')).toEqual([['count', 8], ['investment', 17.41], ['rate_pct', 14.93]]);
    expect(yx('batch_commissioned')).toEqual([['count', 4], ['investment', 10.46], ['rate_pct', 51.15]]);
    // 2024 plan: targets for the whole year.
    const plan = find(r, { subject: '寿阳经济技术开发区', indicator: 'output_intensity' })[0];
    expect(plan).toMatchObject({ value: 346.4, kind: 'target', period: '2024-01/2024-12' });
  });

  it('finds named projects with company, investment in 亿元 and capacity', () => {
    const r = extractDocument({ name: SEEDS[0], text: seedText(SEEDS[0]), meta: manifest[SEEDS[0] as keyof typeof manifest] });
    const p = r.projects.find((x) => x.name === '二期仓库项目');
    expect(p).toMatchObject({ subject: '祁县经济开发区', company: '今麦郎', investment: 0.3 });
    const q = r.projects.find((x) => x.name.includes('锂电池负极材料配套石墨化生产线项目'));
    expect(q).toMatchObject({ company: '湖州荣智企业管理有限公司', investment: 5, capacity: '年产6万吨' });
    const listed = r.projects.filter((x) => x.subject === '清徐经济开发区').map((x) => x.name);
    expect(listed).toEqual(expect.arrayContaining(['美锦高纯氢二期', '电池级碳酸锂', '中化学赛鼎相变储能材料']));
  });
});

describe('engine on texts it has never seen', () => {
  it('a city report in another prefecture', () => {
    const text = `大同市开发区

【前三季度工作进展】

1-9月，全市6家工业类开发区完成规上工业增加值88.6亿元，同比增长4.2%；工业投资完成31.7亿元，同比下降8.5%。

云冈经济技术开发区固定资产投资完成12.3亿元，同比增长9.1%，新增“四上”企业5家，高新技术企业达到41家。

全市开发区实行承诺制项目23个，出让“标准地”6宗、218.5亩，领办代办事项65件。

（供稿：大同市商务局）
`;
    const r = run(text, '2023-10');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'value' })[0]).toMatchObject({ subject: '大同市', scope: 'city', value: 88.6, period: '2023-01/2023-09' });
    expect(find(r, { indicator: 'industrial_investment', measure: 'yoy_pct' })[0].value).toBe(-8.5);
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]).toMatchObject({ subject: '云冈经济技术开发区', value: 12.3 });
    expect(find(r, { indicator: 'high_tech_enterprises', measure: 'count' })[0]).toMatchObject({ subject: '云冈经济技术开发区', value: 41 });
    // "新增…5家" is an increment, not the number of enterprises.
    expect(find(r, { indicator: 'above_scale_enterprises', measure: 'count' })).toEqual([]);
    expect(find(r, { indicator: 'standard_land' }).map((f) => [f.subject, f.measure, f.value])).toEqual([
      ['大同市', 'count', 6],
      ['大同市', 'area_mu', 218.5],
    ]);
    expect(find(r, { indicator: 'commitment_approvals' })[0].value).toBe(23);
  });

  it('a zone report in traditional script with a plan', () => {
    const text = `【2023年工作成績】

全年規上工業增加值完成21.6億元，同比增長12.4%；工業投資完成7.3億元，同比增長-5.2%；轉型項目投資完成6.1億元，佔工業投資比重83.6%；產出強度達到152.7萬元/畝。

【2024年工作計劃】

力爭規上工業增加值增長10%以上，工業投資達到9億元。

供稿：孝義經濟開發區
`;
    const r = run(text, '2024-02');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'value' })[0]).toMatchObject({
      subject: '孝义经济开发区',
      period: '2023-01/2023-12',
      value: 21.6,
      kind: 'actual',
    });
    expect(find(r, { indicator: 'industrial_investment', measure: 'yoy_pct' })[0].value).toBe(-5.2);
    expect(find(r, { indicator: 'transformation_investment', measure: 'share_pct' })[0].value).toBe(83.6);
    expect(find(r, { indicator: 'output_intensity' })[0].value).toBe(152.7);
    expect(find(r, { indicator: 'industrial_investment', measure: 'value', kind: 'target' })[0]).toMatchObject({ value: 9, period: '2024-01/2024-12' });
    // Quotes are original (traditional) text.
    const f = find(r, { indicator: 'output_intensity' })[0];
    expect(text.slice(f.source.start, f.source.end)).toContain('152.7萬元/畝');
  });

  it('a report whose parts are numbered lines instead of 【…】 headings', () => {
    const text = `交城经济开发区2023年工作总结

一、2023年工作完成情况
全年完成规上工业增加值12.5亿元，同比增长8.1%。

二、2024年工作计划
规上工业增加值达到14亿元，工业投资完成6亿元。

供稿：交城经济开发区
`;
    const r = run(text, '2024-01');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'value' }).map((f) => [f.subject, f.period, f.value, f.kind])).toEqual([
      ['交城经济开发区', '2023-01/2023-12', 12.5, 'actual'],
      ['交城经济开发区', '2024-01/2024-12', 14, 'target'],
    ]);
    expect(find(r, { indicator: 'industrial_investment', measure: 'value' })[0]).toMatchObject({ value: 6, kind: 'target', period: '2024-01/2024-12' });
  });

  it('a newspaper item names its zone per paragraph', () => {
    const text = `记者从长治高新区获悉，今年以来该区新签约项目12个，签约总额56.8亿元。

壶关经济开发区上半年完成固定资产投资8.2亿元，同比增长6.3%。

山西华钒储能科技有限公司总投资18亿元的全钒液流电池储能装备制造项目已开工建设。`;
    const r = run(text, '2023-07');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]).toMatchObject({ subject: '长治高新技术产业开发区', value: 12 });
    expect(find(r, { indicator: 'signed_projects', measure: 'investment' })[0].value).toBe(56.8);
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]).toMatchObject({ subject: '壶关经济开发区', period: '2023-01/2023-06' });
    const p = r.projects.find((x) => x.name.includes('全钒液流电池储能装备制造项目'));
    expect(p).toMatchObject({ company: '山西华钒储能科技有限公司', investment: 18, status: 'started' });
  });

  it('reports unknown zone names and a text without figures as warnings, never throwing', () => {
    const r = run('山西某某科技产业园区召开会议，研究部署下一步工作。');
    expect(r.facts).toEqual([]);
    expect(r.warnings.map((w) => w.kind)).toContain('no_figures');
    const u = run('平陆经济技术开发区完成固定资产投资3.1亿元。', '2023-07');
    expect(u.warnings.some((w) => w.kind === 'unknown_zone' || w.kind === 'ambiguous_name') || u.facts[0]?.subject === '平陆经济技术开发区').toBe(true);
  });

  it('flags conflicting values for the same subject, period and indicator across documents', () => {
    const a = { name: 'a.txt', text: '【上半年工作进展】\n清徐开发区固定资产投资完成10.2亿元。', meta: { published: '2023-07' } };
    const b = { name: 'b.txt', text: '【上半年工作进展】\n清徐开发区固定资产投资完成11.4亿元。', meta: { published: '2023-07' } };
    const r = extractDocuments([a, b]);
    const c = r.warnings.filter((w) => w.kind === 'conflict');
    expect(c).toHaveLength(1);
    expect(c[0].detail).toMatchObject({ subject: '清徐经济开发区', indicator: 'fixed_asset_investment' });
  });
});

describe('provenance on every seed', () => {
  it('validates against the schema and every span contains its number', () => {
    for (const s of SEEDS) {
      const text = seedText(s);
      const r = extractDocument({ name: s, text, meta: manifest[s as keyof typeof manifest] });
      expect(() => ExtractResultSchema.parse(r)).not.toThrow();
      expect(r.facts.length).toBeGreaterThan(0);
      for (const f of r.facts) {
        expect(f.source.seed).toBe(s);
        expect(f.source.end).toBeLessThanOrEqual(text.length);
        const span = foldDigits(text.slice(f.source.start, f.source.end)).replace(/\s+/g, '');
        expect(span).toContain(String(Math.abs(f.value)));
      }
      for (const p of r.projects) expect(p.source.end).toBeLessThanOrEqual(text.length);
    }
  });
});
