// Signing counts and amounts in phrasings the session-3 recall work generalised. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, published = '2024-06') => extractDocument({ name: 't.txt', text, meta: { published } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value, f.kind]);

describe('an amount before its count binds to the count, whatever verb phrase follows', () => {
  it('"总投资X亿元的N个项目以…形式成功签约"', () => {
    const r = doc('5月,丰宁经济开发区举办线上推介会,总投资41.5亿元的9个项目以网络连线形式成功签约。');
    expect(brief(r)).toEqual([
      ['丰宁经济开发区', 'signed_projects', 'investment', 41.5, 'actual'],
      ['丰宁经济开发区', 'signed_projects', 'count', 9, 'actual'],
    ]);
  });
  it('"成功签约的总投资X亿元N个项目": the amount between the verb and its count', () => {
    const r = doc('5月,丰宁经济开发区举办线上推介会。当天成功签约的总投资41.5亿元9个项目涉及新材料等领域。');
    expect(brief(r)).toEqual([
      ['丰宁经济开发区', 'signed_projects', 'investment', 41.5, 'actual'],
      ['丰宁经济开发区', 'signed_projects', 'count', 9, 'actual'],
    ]);
  });
  it('one verb repeated ("以云签约方式成功签约") is one batch, not all batches', () => {
    const r = doc('5月,丰宁经济开发区举行项目签约仪式,总投资41.5亿元的9个项目以云签约方式成功签约。');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['signed_projects', 'investment', 41.5],
      ['signed_projects', 'count', 9],
    ]);
  });
  it('an amount before a count that names no signing stays unbound', () => {
    const r = doc('5月,丰宁经济开发区总投资41.5亿元的9个项目进入设备安装阶段。');
    expect(r.facts).toEqual([]);
  });
});

describe('the event opens a signing statement', () => {
  it('"会议签约N个项目" / "会上签约…": an event is not a sector', () => {
    for (const t of ['4月2日,丰宁经济开发区在外地举办招商会。会议签约7个项目,总投资23亿元。', '4月2日,丰宁经济开发区举办招商会,会上签约7个项目,总投资23亿元。']) {
      expect(brief(doc(t)).map((x) => [x[1], x[2], x[3]])).toEqual([
        ['signed_projects', 'count', 7],
        ['signed_projects', 'investment', 23],
      ]);
    }
  });
  it('"此次签约的N个项目分别是：…" introduces a list: no second count', () => {
    const r = doc('4月2日,丰宁经济开发区举行签约活动,总投资23亿元的7个项目落户该区。此次签约的7个项目分别是:甲项目、乙项目。');
    expect(r.facts.filter((f) => f.measure === 'count').map((f) => f.indicator)).toEqual(['signed_projects']);
  });
  it('a sector topic before a verb-first count still makes it a part', () => {
    const r = doc('今年以来,丰宁经济开发区新能源项目表现突出,签约12个项目。');
    expect(r.facts).toEqual([]);
  });
});

describe('a joint signing after a "三个一批" passage', () => {
  it('"集中签约项目N个" in a later paragraph of the round is its 签约一批', () => {
    const r = doc('3月1日,全省开发区第一次“三个一批”活动丰宁分会场举行,丰宁经济开发区21个项目集中开工,总投资64亿元。\n与此同时,当天丰宁经济开发区集中签约项目8个,总投资37.5亿元。', '2024-03');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['batch_started', 'count', 21],
      ['batch_started', 'investment', 64],
      ['batch_signed', 'count', 8],
      ['batch_signed', 'investment', 37.5],
    ]);
  });
  it('without the round named, the same sentence is a plain signing', () => {
    const r = doc('3月1日,丰宁经济开发区举行项目建设推进会。\n与此同时,当天丰宁经济开发区集中签约项目8个,总投资37.5亿元。', '2024-03');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['signed_projects', 'count', 8],
      ['signed_projects', 'investment', 37.5],
    ]);
  });
});

describe('the three batches side by side', () => {
  it('"其中签约N个,开工N个,投产N个" breaks the round’s total down into its batches', () => {
    const r = doc('4月10日,全省开发区第二次“三个一批”活动举行。丰宁经济开发区共有29个项目参加,其中签约9个,开工14个,投产6个。', '2024-04');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['batch_total', 'count', 29],
      ['batch_signed', 'count', 9],
      ['batch_started', 'count', 14],
      ['batch_commissioned', 'count', 6],
    ]);
  });
  it('after 其中 one batch verb alone is a part of that batch', () => {
    const r = doc('4月10日,丰宁经济开发区“三个一批”活动签约项目12个,其中开工8个,开工率66.7%。', '2024-04');
    expect(r.facts.filter((f) => f.measure === 'count').map((f) => [f.indicator, f.value])).toEqual([['batch_signed', 12]]);
  });
  it('an amount after counts of all three batches is the round’s total', () => {
    const r = doc('4月10日,丰宁经济开发区“三个一批”活动集中签约9个项目、开工14个项目、投产6个项目,总投资118亿元。', '2024-04');
    expect(r.facts.filter((f) => f.measure === 'investment').map((f) => [f.indicator, f.value])).toEqual([['batch_total', 118]]);
  });
});

describe('more ways a signing is stated', () => {
  it('the verb after the count’s amount: "共有N个项目、总投资X亿元在会上集中签约"', () => {
    for (const t of ['3月8日,丰宁经济开发区举行推介会,共有9个项目、总投资27亿元在会上集中签约。', '3月8日,丰宁经济开发区举行推介会,共有9个项目,总投资27亿元,在会上集中签约。']) {
      expect(brief(doc(t, '2024-03')).map((x) => [x[1], x[2], x[3]])).toEqual([
        ['signed_projects', 'count', 9],
        ['signed_projects', 'investment', 27],
      ]);
    }
  });
  it('a planned or partial verb after the amount names nothing', () => {
    expect(doc('3月8日,丰宁经济开发区共有9个项目,总投资27亿元,计划年内签约。', '2024-03').facts).toEqual([]);
    expect(doc('3月8日,丰宁经济开发区“签约一批”共9个项目,总投资27亿元,已开工项目6个。', '2024-03').facts.filter((f) => f.measure === 'count').map((f) => [f.indicator, f.value])).toEqual([['batch_signed', 9]]);
  });
  it('签约重点项目 / 一次性签约 are signing counts', () => {
    expect(brief(doc('3月8日,丰宁经济开发区签约重点项目9个,总投资27亿元。', '2024-03')).map((x) => x[1])).toEqual(['signed_projects', 'signed_projects']);
    expect(brief(doc('3月8日,丰宁经济开发区一次性签约9个项目,总投资27亿元。', '2024-03')).map((x) => x[1])).toEqual(['signed_projects', 'signed_projects']);
  });
});

describe('qualified batch words in a "三个一批" passage', () => {
  it('"签约重点项目N个" / "开工重点项目N个" / "签约亿元以上项目N个" name their batches, not the total', () => {
    const r = doc('4月10日,丰宁经济开发区举行“三个一批”活动,签约亿元以上项目9个,总投资27亿元;开工重点项目14个,总投资41亿元。', '2024-04');
    expect(brief(r).map((x) => [x[1], x[2], x[3]])).toEqual([
      ['batch_signed', 'count', 9],
      ['batch_signed', 'investment', 27],
      ['batch_started', 'count', 14],
      ['batch_started', 'investment', 41],
    ]);
  });
});
