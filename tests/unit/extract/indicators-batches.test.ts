// "三个一批" phrasings and amounts bound to the right batch or item. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, published = '2024-08', title = '某某经济开发区工作动态') => extractDocument({ name: 't.txt', text, meta: { published, title } });
const brief = (r: ReturnType<typeof doc>) => r.facts.map((f) => [f.indicator, f.measure, f.value]);

describe('amounts written before their count', () => {
  it('"总投资X亿元的N个项目集中签约": the amount is the batch of the verb after it', () => {
    const r = doc('2023年,开发区先后举办“三个一批”活动3次,总投资88.4亿元的12个项目集中签约,总投资61.2亿元的20个项目集中开工,总投资30.5亿元的15个项目集中投产。', '2024-02');
    expect(brief(r)).toEqual([
      ['batch_signed', 'investment', 88.4],
      ['batch_signed', 'count', 12],
      ['batch_started', 'investment', 61.2],
      ['batch_started', 'count', 20],
      ['batch_commissioned', 'investment', 30.5],
      ['batch_commissioned', 'count', 15],
    ]);
  });
  // (In a text about the round: facts.md files batches only for "三个一批" reporting — see vocabulary-session5.test.ts.)
  it('"总投资X亿元的N个签约项目…开工项目…投产项目": a sentence with all three verbs is a "三个一批" statement', () => {
    const r = doc('“三个一批”项目推进有力。总投资55.5亿元的8个签约项目加快办理手续;总投资40.2亿元的11个开工项目全面施工;总投资36.1亿元的9个投产项目已经复工。');
    expect(brief(r)).toEqual([
      ['batch_signed', 'investment', 55.5],
      ['batch_signed', 'count', 8],
      ['batch_started', 'investment', 40.2],
      ['batch_started', 'count', 11],
      ['batch_commissioned', 'investment', 36.1],
      ['batch_commissioned', 'count', 9],
    ]);
  });
  it('"N个“三个一批”项目" is the total of all batches', () => {
    const r = doc('上半年,开发区28个“三个一批”项目加快推进。');
    expect(brief(r)).toEqual([['batch_total', 'count', 28]]);
  });
});

describe('money of one project is not a batch figure', () => {
  it('"该项目…总投资" inside a batch paragraph', () => {
    const r = doc('此次“开工一批”活动,开发区集中开工项目6个,总投资12.6亿元。其中甲乙新材料项目是重点项目,该项目占地80亩,总投资3.2亿元。');
    expect(brief(r)).toEqual([
      ['batch_started', 'count', 6],
      ['batch_started', 'investment', 12.6],
    ]);
  });
  it('"甲项目是…之一,项目由某公司投资,总投资X亿元"', () => {
    const r = doc('今年以来,开发区签约项目15个,总投资60亿元。丙丁储能电池项目是今年签约的项目之一,项目由戊己公司投资,总投资18亿元。');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 15],
      ['signed_projects', 'investment', 60],
    ]);
  });
});

describe('signing counts qualified by origin', () => {
  it('签约省外项目 is the zone’s signing figure', () => {
    const r = doc('2023年签约省外项目9个,总投资额120.5亿元。', '2024-02');
    expect(brief(r)).toEqual([
      ['signed_projects', 'count', 9],
      ['signed_projects', 'investment', 120.5],
    ]);
  });
});

describe('figures of the activity named in the same sentence', () => {
  it('"“三个一批”活动,…出N个项目,带来X亿元的投资"', () => {
    const r = doc('日前,开发区举行2024年第二次“三个一批”活动,集聚出25个项目,带来66.6亿元的投资。', '2024-07');
    expect(brief(r)).toEqual([
      ['batch_total', 'count', 25],
      ['batch_total', 'investment', 66.6],
    ]);
  });
  it('"本次活动…共实施项目N个" is the event’s total; a year’s running total of all rounds is not', () => {
    expect(brief(doc('本次“三个一批”活动,开发区共实施项目31个。'))).toEqual([['batch_total', 'count', 31]]);
    expect(brief(doc('2023年,开发区滚动开展“三个一批”活动,全年累计实施项目880个。', '2024-03'))).toEqual([]);
  });
});

describe('one figure stated twice', () => {
  it('a count restated with another classifier is one fact', () => {
    const r = doc('今年以来,开发区达成项目投资协议7项,累计总投资30亿元。6月1日,7个项目进行了网络签约。', '2024-06');
    expect(find(r, { indicator: 'signed_projects', measure: 'count' }).map((f) => f.value)).toEqual([7]);
  });
});
