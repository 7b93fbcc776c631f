// Recall rules of session 4 (helper "recall"): shapes and variants that recur in zone reports.
// Every sentence here is written for the test (invented names and numbers).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2023-11') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value]);

describe('a count followed by an aside', () => {
  it('"签约项目42个(其中外资项目5个),总投资…": the count and the amount after the aside are the zone’s', () => {
    expect(brief(doc('1-9月,丙丁经济开发区签约项目37个(其中外资项目4个),总投资218.6亿元。'))).toEqual([
      ['丙丁经济开发区', 'signed_projects', 'count', 37],
      ['丙丁经济开发区', 'signed_projects', 'investment', 218.6],
    ]);
  });
  it('a batch’s count with the province’s in an aside: the aside’s figure is not taken', () => {
    const r = doc('9月28日,第六期“三个一批”活动举行。戊己经济开发区“签约一批”项目9个(其中外资项目2个),总投资41亿元;“投产一批”2个(全省共6个),总投资7亿元。');
    expect(brief(r)).toEqual([
      ['戊己经济开发区', 'batch_signed', 'count', 9],
      ['戊己经济开发区', 'batch_signed', 'investment', 41],
      ['戊己经济开发区', 'batch_commissioned', 'count', 2],
      ['戊己经济开发区', 'batch_commissioned', 'investment', 7],
    ]);
  });
  it('a stock with its increment in an aside keeps the stock only', () => {
    expect(brief(doc('截至9月底,丙丁经济开发区高新技术企业47家(较年初增加6家)。'))).toEqual([['丙丁经济开发区', 'high_tech_enterprises', 'count', 47]]);
  });
});

describe('batches listed with their counts after 其中', () => {
  it('"其中签约项目12个、开工项目8个、投产项目5个": each batch its own count', () => {
    const r = doc('丙丁经济开发区第五期“三个一批”活动共推进项目31个,总投资97亿元,其中签约项目11个、开工项目13个、投产项目7个。');
    expect(brief(r)).toEqual([
      ['丙丁经济开发区', 'batch_total', 'count', 31],
      ['丙丁经济开发区', 'batch_total', 'investment', 97],
      ['丙丁经济开发区', 'batch_signed', 'count', 11],
      ['丙丁经济开发区', 'batch_started', 'count', 13],
      ['丙丁经济开发区', 'batch_commissioned', 'count', 7],
    ]);
  });
  it('the three verbs listed before one 项目 stay the total', () => {
    expect(brief(doc('丙丁经济开发区第五期“三个一批”活动集中签约、开工、投产项目31个,总投资97亿元。'))).toEqual([
      ['丙丁经济开发区', 'batch_total', 'count', 31],
      ['丙丁经济开发区', 'batch_total', 'investment', 97],
    ]);
  });
});

describe('该市/该区 in a round’s count clause name its subject, nothing else', () => {
  it('"该市共有133个项目参与,总投资…" is the round’s total', () => {
    const r = doc('9月28日,全省第六期“三个一批”活动举行,此次活动主会场设在庚辛市,该市共有58个项目参与,总投资402.5亿元。', '2023-10');
    expect(r.facts.map((f) => [f.indicator, f.measure, f.value])).toEqual([
      ['batch_total', 'count', 58],
      ['batch_total', 'investment', 402.5],
    ]);
  });
});

describe('规模以上工业企业 with a bare 产值/增加值', () => {
  it('"规模以上工业企业实现产值…" is the zone’s industrial output', () => {
    expect(brief(doc('1-9月,丙丁经济开发区规模以上工业企业实现产值236亿元,同比增长7.4%。'))).toEqual([
      ['丙丁经济开发区', 'industrial_output', 'value', 236],
      ['丙丁经济开发区', 'industrial_output', 'yoy_pct', 7.4],
    ]);
  });
  it('"规上工业企业完成增加值…" is its value added', () => {
    expect(brief(doc('1-9月,丙丁经济开发区规上工业企业完成增加值61亿元,增长9.2%。'))).toEqual([
      ['丙丁经济开发区', 'industrial_value_added', 'value', 61],
      ['丙丁经济开发区', 'industrial_value_added', 'yoy_pct', 9.2],
    ]);
  });
  it('a sector’s regulated firms are a part', () => {
    expect(doc('1-9月,丙丁经济开发区汽车零部件规上工业企业实现产值36亿元。').facts).toEqual([]);
  });
});

describe('signing counts with the verb said shorter or formally', () => {
  it('"新签项目N个", "签订项目N个"', () => {
    expect(brief(doc('1-9月,丙丁经济开发区新签项目26个,总投资131亿元。'))).toEqual([
      ['丙丁经济开发区', 'signed_projects', 'count', 26],
      ['丙丁经济开发区', 'signed_projects', 'investment', 131],
    ]);
    expect(brief(doc('1-9月,丙丁经济开发区签订项目26个,总投资131亿元。'))[0]).toEqual(['丙丁经济开发区', 'signed_projects', 'count', 26]);
  });
  it('"签订项目合作协议" is still read as agreements (longest word)', () => {
    expect(brief(doc('1-9月,丙丁经济开发区签订项目合作协议9个。'))).toEqual([['丙丁经济开发区', 'signed_projects', 'count', 9]]);
  });
});

describe('an aside between a batch count and its amount', () => {
  it('"项目N个(经…转化生成)总投资…": the aside explains, the amount is the batch’s', () => {
    const r = doc('9月28日,全省第六期“三个一批”活动举行。丙丁经济开发区“签约一批”项目14个,总投资62亿元;“投产一批”项目9个(由上期开工项目转化而来)总投资23.5亿元。');
    expect(brief(r).filter((f) => f[1] === 'batch_commissioned')).toEqual([
      ['丙丁经济开发区', 'batch_commissioned', 'count', 9],
      ['丙丁经济开发区', 'batch_commissioned', 'investment', 23.5],
    ]);
  });
});

describe('a later paragraph of a round that opens with its subject and a batch', () => {
  const text =
    '5月8日,全省第八期“三个一批”项目建设活动壬癸市分会场活动举行。\n' +
    '当日,壬癸市27个项目签约,总投资215.5亿元。\n' +
    '壬癸开工重大项目19个,总投资388.2亿元。其中,总投资40亿元的甲乙产业园项目体量最大。\n';
  it('is that batch, for the subject that has no count of it yet', () => {
    const r = doc(text, '2023-05');
    expect(r.facts.filter((f) => f.indicator.startsWith('batch_')).map((f) => [f.indicator, f.measure, f.value])).toEqual([
      ['batch_signed', 'count', 27],
      ['batch_signed', 'investment', 215.5],
      ['batch_started', 'count', 19],
      ['batch_started', 'investment', 388.2],
    ]);
  });
  it('a running total opened by a period or 全市 is not', () => {
    const r = doc(text.replace('壬癸开工重大项目19个', '今年以来,全市开工重大项目19个'), '2023-05');
    expect(r.facts.filter((f) => f.indicator === 'batch_started')).toEqual([]);
  });
});

describe('a share whose clause names another numerator', () => {
  it('"高技术制造业增加值占比35%" after the zone’s value added is the sector’s share, not the zone’s', () => {
    expect(brief(doc('1-9月,丙丁经济开发区规上工业增加值73亿元,高技术制造业增加值占比41%。'))).toEqual([['丙丁经济开发区', 'industrial_value_added', 'value', 73]]);
    expect(brief(doc('1-9月,丙丁经济开发区规上工业增加值73亿元,战略性新兴产业占比41%。'))).toEqual([['丙丁经济开发区', 'industrial_value_added', 'value', 73]]);
  });
  it('"占全市比重…", "占工业投资的…" with nothing before 占 is the indicator’s share', () => {
    expect(brief(doc('1-9月,丙丁经济开发区规上工业增加值73亿元,占全市比重41%。'))).toEqual([
      ['丙丁经济开发区', 'industrial_value_added', 'value', 73],
      ['丙丁经济开发区', 'industrial_value_added', 'share_pct', 41],
    ]);
    expect(brief(doc('1-9月,丙丁经济开发区转型项目完成投资27.5亿元,占工业投资的68.4%。'))).toEqual([
      ['丙丁经济开发区', 'transformation_investment', 'value', 27.5],
      ['丙丁经济开发区', 'transformation_investment', 'share_pct', 68.4],
    ]);
  });
});
