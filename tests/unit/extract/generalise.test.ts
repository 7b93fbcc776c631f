/**
 * Reports from other places and other layouts: the subject is named only in the title or generically,
 * zones are not in the Shanxi gazetteer, pages carry ruby pinyin. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { normalise } from '../../../src/extract/normalise';
import { find } from './helpers';

const doc = (text: string, title?: string, published = '2022-08') =>
  extractDocument({ name: 't.txt', text, meta: { published, ...(title ? { title } : {}) } });

describe('subject from the title when the text says only 经开区/高新区/我区', () => {
  it('gives the figures to the zone the title names, even when the gazetteer does not know it', () => {
    const r = doc('上半年,经开区规上工业增加值同比增长12.5%,持续领先。', '某某经济开发区：上半年工业运行平稳');
    const [f] = find(r, { indicator: 'industrial_value_added', measure: 'yoy_pct' });
    expect(f).toMatchObject({ subject: '某某经济开发区', scope: 'zone', value: 12.5, period: '2022-01/2022-06' });
    expect(r.warnings.some((w) => w.kind === 'unattributed_number')).toBe(false);
  });
  it('restores the official form of a shortened high-tech zone name', () => {
    const r = doc('1-6月,高新区完成固定资产投资8.2亿元,增长9%。', '甲乙高新区经济运行良好');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]?.subject).toBe('甲乙高新技术产业开发区');
  });
  it('reads 全省 as the province the title names', () => {
    const r = doc('全省高新区上半年实现营业收入321.5亿元,同比增长8.1%。', '四川全省高新区上半年运行情况');
    const f = find(r, { indicator: 'revenue', measure: 'value' })[0];
    expect(f).toMatchObject({ subject: '四川省', scope: 'province', value: 321.5 });
  });
});

describe('a city named at the start of a paragraph switches the subject', () => {
  it('gives each paragraph to its own city', () => {
    const text = [
      '11月5日,全省开发区第三次“三个一批”活动在各市同步举行。',
      '阳泉市“三个一批”活动中,集中签约项目12个,总投资30.5亿元。',
      '晋城市“三个一批”活动共推进项目40个,总投资120.3亿元。',
    ].join('\n');
    const r = doc(text, '全省开发区第三次“三个一批”活动各市同步举行', '2023-11');
    expect(find(r, { value: 12 })[0]?.subject).toBe('阳泉市');
    expect(find(r, { value: 40 })[0]?.subject).toBe('晋城市');
  });
  it('does not switch for a city mentioned in passing', () => {
    const r = doc('经开区签约项目9个,多数落户太原市周边,总投资18亿元。', '某某经济开发区招商情况');
    expect(find(r, { value: 9 })[0]?.subject).toBe('某某经济开发区');
  });
});

describe('normalisation of crawled traditional pages', () => {
  it('drops ruby pinyin after characters and keeps offsets', () => {
    const src = '開(kāi)發(fā)區(qū)簽(qiān)約項(xiàng)目12個(gè)';
    const n = normalise(src);
    expect(n.text).toBe('开发区签约项目12个');
    const i = n.text.indexOf('12');
    expect(src.slice(n.map[i], n.map[i + 1] + 1)).toBe('12');
  });
  it('keeps ordinary Latin text in parentheses', () => {
    expect(normalise('人工智能(AI)产业').text).toBe('人工智能(AI)产业');
  });
});

describe('"三个一批" and signing phrasings', () => {
  it('takes the batch from the verb next to the count, either side', () => {
    const r = doc('本期“三个一批”活动,全省共签约120个项目、开工98个项目、投产75个项目。另有30个项目开工建设。', '全省开发区“三个一批”活动', '2023-11');
    expect(find(r, { indicator: 'batch_signed', measure: 'count' }).map((f) => f.value)).toEqual([120]);
    expect(find(r, { indicator: 'batch_started', measure: 'count' }).map((f) => f.value)).toContain(98);
    expect(find(r, { indicator: 'batch_commissioned', measure: 'count' }).map((f) => f.value)).toEqual([75]);
    expect(find(r, { indicator: 'batch_total', value: 120 })).toEqual([]);
    // 签约120: 约 ends the verb, the count is exact.
    expect(find(r, { value: 120 })[0].approx).toBe(false);
  });
  it('reads 协议引资 as signed investment; a list closed by "等N个项目…签约" after the total is a part of it', () => {
    const r = doc('1-5月,经开区签约项目21个,协议引资45.6亿元。甲公司、乙公司等8个项目进行了集中签约。', '某某经济开发区招商工作');
    expect(find(r, { indicator: 'signed_projects', measure: 'investment' })[0]?.value).toBe(45.6);
    // The 8 listed projects are among the 21 already counted (a second count would conflict on the map).
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.value)).toEqual([21]);
  });
});

describe('parts are not totals', () => {
  it('skips one sector’s revenue and the revenue of a sub-group of zones', () => {
    const r = doc('上半年,全省高新区实现营业收入500亿元。其中5个国家高新区实现营业收入300亿元,生产性服务业营业收入12亿元。', '四川全省高新区运行情况');
    expect(find(r, { indicator: 'revenue', measure: 'value' }).map((f) => f.value)).toEqual([500]);
  });
  it('does not take figures from a headline that the article restates', () => {
    const r = doc('运城市招商引资成效显著 签约总额超90亿元\n全年,全市签约项目40个,签约总金额超90亿元。', '运城市招商引资成效显著', '2024-12');
    expect(find(r, { value: 90 })).toHaveLength(1);
    // 超90亿元: a lower bound, marked approximate like 以上.
    expect(find(r, { value: 90 })[0].approx).toBe(true);
  });
  it('gives a yearless 全年 the year the sentence opened with', () => {
    const r = doc('2023年,经开区全年规上工业增加值完成88.8亿元,同比增长6.1%。', '某某经济开发区工作总结', '2024-02');
    expect(find(r, { value: 88.8 })[0]).toMatchObject({ period: '2023-01/2023-12', kind: 'actual' });
  });
});

describe('projects in counted lists', () => {
  it('takes every item of "A、B、C等N个项目" and rejects state phrases as names', () => {
    const r = doc('上半年,甲乙科技、丙丁材料、戊己机械等12个项目实现达产达效。园区新开工项目17个。', '某某经济开发区上半年运行');
    expect(r.projects.map((p) => p.name)).toEqual(['甲乙科技', '丙丁材料', '戊己机械']);
    expect(r.projects.every((p) => p.status === 'effective' && p.subject === '某某经济开发区')).toBe(true);
  });
});

describe('dating a text without metadata', () => {
  const bare = (text: string) => extractDocument({ name: 't.txt', text });
  it('takes the latest reported year, not a comparison base or the start of a running total', () => {
    const r = bare('1月1日,全省开发区2021年第一期活动举行。从2020年2月底开始持续推进。2020年前三季度,全省开发区工业投资完成700亿元,同比增长30.5%。');
    const f = find(r, { indicator: 'industrial_investment', measure: 'value' })[0];
    expect(f).toMatchObject({ period: '2020-01/2020-09', kind: 'actual' });
  });
  it('keeps figures of a zone the text names only as 高新区, flagged', () => {
    const r = bare('2023年1-4月份,高新区完成固定资产投资12.5亿元,增长18%。');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'value' })[0]?.subject).toBe('高新区');
    expect(r.warnings.some((w) => w.kind === 'unknown_zone')).toBe(true);
  });
});

describe('things that only look like the indicator', () => {
  it('reads 累计签约项目 in a "三个一批" passage as the signing batch, with its money and 开工率', () => {
    const r = doc('在历次“三个一批”活动中,全市累计签约项目50个,投资额300.5亿元,开工率80.2%。', '运城市开发区“三个一批”活动', '2023-11');
    expect(find(r, { indicator: 'batch_signed' }).map((f) => [f.measure, f.value])).toEqual([
      ['count', 50],
      ['investment', 300.5],
      ['rate_pct', 80.2],
    ]);
  });
  it('skips a project’s capacity, other enterprises and a carried rate that names another thing', () => {
    const r = doc(
      '经开区新签约一个新材料项目,达产后可实现年营业收入30亿元。园区“四上”企业中有上市企业4家。“四上”企业数量同比增长10%。研发经费支出增速为8.6%。',
      '某某经济开发区工作动态',
    );
    expect(find(r, { indicator: 'revenue' })).toEqual([]);
    expect(find(r, { indicator: 'above_scale_enterprises', measure: 'count' })).toEqual([]);
    expect(find(r, { indicator: 'above_scale_enterprises', measure: 'yoy_pct' }).map((f) => f.value)).toEqual([10]);
  });
  it('reads 比增 as growth', () => {
    const r = doc('上半年,我区固定资产投资完成20.5亿元,比增11%。', '某某经济开发区上半年经济运行');
    expect(find(r, { indicator: 'fixed_asset_investment', measure: 'yoy_pct' })[0]?.value).toBe(11);
  });
});

describe('a name line ending in a colon heads what follows', () => {
  it('gives the next paragraphs to the zone it names, inside a city-credited section', () => {
    const text = [
      '上半年,全市开发区规上工业增加值增长8.1%,各项指标稳中有进,重点项目建设持续加快,营商环境不断优化。',
      '太谷经济开发区：',
      '上半年完成固定资产投资12.3亿元,同比增长9.9%。',
      '平遥经济开发区：',
      '上半年完成固定资产投资5.5亿元,新落地项目3个。',
      '供稿：晋中市开发区服务中心',
    ].join('\n\n');
    const r = doc(text, '开发区工作动态', '2023-08');
    expect(find(r, { value: 8.1 })[0]?.subject).toBe('晋中市');
    expect(find(r, { value: 12.3 })[0]?.subject).toMatch(/^太谷经济/);
    expect(find(r, { value: 5.5 })[0]?.subject).toMatch(/^平遥经济/);
  });
});

describe('variant glyphs in crawled pages', () => {
  it('folds Japanese-style forms the t→s tables leave alone, one for one', () => {
    const n = normalise('営業収入12億元,増長3.5%');
    expect(n.text).toBe('营业收入12亿元,增长3.5%');
    expect(n.text.length).toBe(15);
  });
});

describe('number-first "三个一批" phrasings', () => {
  it('reads "N个项目签约落地/开工建设/投产" as the batches and "签约开工投产" together as the total', () => {
    const r = doc('“三个一批”活动中,全区推动60个项目签约落地、45个项目开工建设、20个项目投产达效。全年30个转型项目集中签约开工投产,总投资210.5亿元。', '某某示范区推进“三个一批”活动', '2023-12');
    expect(find(r, { indicator: 'batch_signed', measure: 'count' }).map((f) => f.value)).toEqual([60]);
    expect(find(r, { indicator: 'batch_started', measure: 'count' }).map((f) => f.value)).toEqual([45]);
    expect(find(r, { indicator: 'batch_commissioned', measure: 'count' }).map((f) => f.value)).toEqual([20]);
    expect(find(r, { indicator: 'batch_total' }).map((f) => [f.measure, f.value])).toEqual([
      ['count', 30],
      ['investment', 210.5],
    ]);
    expect(find(r, { indicator: 'transformation_investment' })).toEqual([]);
  });
  it('reads 破土动工 as started', () => {
    const r = doc('经开区甲乙新材料项目破土动工,总投资5亿元。', '某某经济开发区项目建设');
    expect(r.projects[0]?.status).toBe('started');
  });
});

describe('more shapes from other places', () => {
  it('reads corner-quoted names and 万亿元 amounts', () => {
    const r = doc('2023年,全省經濟開發區實現規上工業增加值1.2萬億元;「四上」企業達到560家。', '浙江全省經濟開發區發展情況', '2024-03');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'value' })[0]).toMatchObject({ value: 1.2, unit: '万亿元', subject: '浙江省' });
    expect(find(r, { indicator: 'above_scale_enterprises', measure: 'count' })[0]?.value).toBe(560);
  });
  it('takes an unknown zone named in the credit line as the section’s subject', () => {
    const r = doc('今年以来,我县开发区新签约项目12个,总投资35亿元。\n供稿：甲乙县经济开发区管委会');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' })[0]?.subject).toBe('甲乙县经济开发区');
  });
});

describe('headlines above the article', () => {
  it('takes no figures from title, dateline and subtitle lines', () => {
    const text = '四川高新区经济运行平稳\n来源:某某日报 时间:2021-09-14 15:14:52\n上半年全省高新区营收超1.2万亿元\n\n上半年,全省高新区实现营业收入12345.6亿元,同比增长20.1%。全省高新区经济运行总体平稳,多项指标同比均有所上升,科技服务业发展尤为迅速。';
    const r = doc(text, '四川高新区经济运行平稳', '2021-09');
    expect(find(r, { indicator: 'revenue', measure: 'value' }).map((f) => f.value)).toEqual([12345.6]);
  });
});

describe('after the first test-half measurement (general fixes)', () => {
  it('reads 我市 after a province clause as the city the title names', () => {
    const r = doc('本次全省开发区“三个一批”活动,我市签约项目30个,总投资200.5亿元。', '运城市开发区项目集中签约开工投产', '2020-10');
    expect(find(r, { indicator: 'batch_signed', measure: 'count' })[0]?.subject).toBe('运城市');
  });
  // (The label is 某区, "an unnamed district": 我区 is no name a map could show.)
  it('keeps the figures of a text that only says 我区, under an unnamed-district label', () => {
    const r = doc('上半年,规模以上工业增加值15.5亿元,比增11%。我区固定资产投资18.9亿元。', '上半年经济运行情况', '2018-07');
    expect(find(r, { indicator: 'industrial_value_added', measure: 'value' })[0]?.subject).toBe('某区');
    expect(r.warnings.some((w) => w.kind === 'unknown_zone')).toBe(true);
  });
  it('does not count quoted kinds of enterprise as the indicator', () => {
    const r = doc('每千家“四上”企业中有“专精特新”企业120家。', '浙江省开发区综合考核结果', '2025-03');
    expect(find(r, { indicator: 'above_scale_enterprises', measure: 'count' })).toEqual([]);
  });
});

describe('document subject: collections and passing mentions', () => {
  it('a title naming several cities gives no single subject', () => {
    const r = doc('上半年,开发区完成固定资产投资10.5亿元。', '太原市、晋中市开发区上半年工作进展', '2023-08');
    expect(find(r, { value: 10.5 }).map((f) => f.subject)).not.toContain('太原市');
  });
  it('"开发区" opening a new paragraph means the document’s subject, not a zone listed in passing before', () => {
    const text = '市级赋权中北高新区事权300项、阳曲示范区40项,已全部承诺到位,各项改革持续推进。\n\n在历次“三个一批”活动中,开发区累计签约项目60个,投资额500.5亿元,开工率55.5%。';
    const r = doc(text, '太原市推动开发区高质量发展', '2021-06');
    expect(find(r, { value: 60 })[0]?.subject).toBe('太原市');
  });
});

describe('restatements', () => {
  it('keeps one fact for an achieved figure stated in the lead and again in the detail', () => {
    const text = '“三个一批”活动中,全区推动50个项目签约落地。\n\n具体来看,全区推动50个项目签约落地,计划总投资300.5亿元。';
    const r = doc(text, '某某示范区推进“三个一批”活动', '2020-08');
    expect(find(r, { indicator: 'batch_signed', measure: 'count', value: 50 })).toHaveLength(1);
    // The later paragraph still speaks of the batch: its money is the batch's.
    expect(find(r, { indicator: 'batch_signed', measure: 'investment' })[0]?.value).toBe(300.5);
    expect(find(r, { indicator: 'signed_projects' })).toEqual([]);
  });
});

describe('zones of other provinces named at the start of a sentence', () => {
  it('gives their figures to them as named, and leaves sub-groups and the province alone', () => {
    const r = doc('上半年,全省高新区实现营业收入500亿元。甲城高新区上半年实现营业收入200.5亿元,同比增长9.1%。国家高新区实现营业收入300亿元。', '四川全省高新区运行情况');
    expect(find(r, { value: 500 })[0]?.subject).toBe('四川省');
    expect(find(r, { value: 200.5 })[0]?.subject).toBe('甲城高新技术产业开发区');
    expect(find(r, { value: 9.1 })[0]?.subject).toBe('甲城高新技术产业开发区');
    expect(find(r, { value: 300 })).toEqual([]);
  });
});
