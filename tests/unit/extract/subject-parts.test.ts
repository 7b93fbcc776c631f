// Who owns a figure inside a sentence: parks named after 其中, and totals closing a list over many zones.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';
import { find } from './helpers';

const doc = (text: string, title?: string, published = '2024-10') =>
  extractDocument({ name: 't.txt', text, meta: { published, ...(title ? { title } : {}) } });
const rows = (r: ReturnType<typeof doc>, indicator: string) => find(r, { indicator }).map((f) => [f.subject, f.measure, f.value]);

describe('a park named after 其中 owns its own figure', () => {
  it('one park with its own indicator word', () => {
    const r = doc('上半年,某某经济开发区实现营业收入56亿元,同比增长9%,其中新材料产业园实现营业收入21.4亿元。', '某某经济开发区上半年运行');
    expect(rows(r, 'revenue')).toEqual([
      ['某某经济开发区', 'value', 56],
      ['某某经济开发区', 'yoy_pct', 9],
      ['新材料产业园', 'value', 21.4],
    ]);
  });

  it('a run of parks, each with its amount and no indicator word of its own', () => {
    const r = doc('2024年上半年,开发区工业投资完成33亿元,其中临港产业园完成12亿元、智能装备产业园完成9亿元。', '己庚经济开发区工作简报');
    expect(rows(r, 'industrial_investment')).toEqual([
      ['己庚经济开发区', 'value', 33],
      ['临港产业园', 'value', 12],
      ['智能装备产业园', 'value', 9],
    ]);
  });

  it('parks with growth rates after "其中,"', () => {
    const r = doc('1-9月,全区规上工业增加值增长7.1%;其中,东区园区规上工业增加值增长9.3%,西区园区增长5.2%。', '丁戊经济开发区前三季度运行');
    expect(rows(r, 'industrial_value_added')).toEqual([
      ['丁戊经济开发区', 'yoy_pct', 7.1],
      ['东区园区', 'yoy_pct', 9.3],
      ['西区园区', 'yoy_pct', 5.2],
    ]);
  });

  it('the subject returns to the whole in the next sentence', () => {
    const r = doc('前三季度,开发区完成固定资产投资40亿元,其中北部园区完成15亿元。开发区规上工业增加值同比增长6%。', '庚辛经济开发区');
    expect(find(r, { indicator: 'industrial_value_added' })[0]?.subject).toBe('庚辛经济开发区');
  });

  it('a park after 其中 in the opening sentence is not the document’s subject', () => {
    const r = doc('2023年,某县完成固定资产投资20.5亿元,其中南山工业园区完成8.3亿元。');
    expect(find(r, { subject: '南山工业园区', indicator: 'fixed_asset_investment' }).map((f) => f.value)).toEqual([8.3]);
    expect(find(r, { value: 20.5 }).every((f) => f.subject !== '南山工业园区')).toBe(true);
  });

  it('a park called by its sector ("高新园区", "化工园区") after 其中 is a park of its own', () => {
    const r = doc('前三季度,某某经济开发区工业投资完成95.3亿元。其中,高新园区完成工业投资32.1亿元,化工园区完成20.4亿元。', '某某经济开发区', '2023-10');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => [f.subject, f.value])).toEqual([
      ['某某经济开发区', 95.3],
      ['高新园区', 32.1],
      ['化工园区', 20.4],
    ]);
  });

  it('a kind of park ("3个省级园区", "各园区") is not a park of its own', () => {
    const r = doc('上半年,某某经济开发区工业投资完成30亿元,其中省级园区完成18亿元。', '某某经济开发区');
    expect(find(r, { indicator: 'industrial_investment' }).map((f) => f.subject)).not.toContain('省级园区');
  });
});

describe('a count closing a list that runs over many zones', () => {
  it('belongs to the zones’ common city, not to the last zone named', () => {
    const r = doc(
      '签约仪式上,清徐经济开发区新材料项目,阳曲现代农业产业示范区食品加工项目,太原中北高新技术产业开发区智能装备项目等12个项目现场签约。',
      '太原市开发区项目集中签约',
      '2023-04',
    );
    const f = find(r, { indicator: 'signed_projects', measure: 'count' })[0];
    expect(f).toMatchObject({ subject: '太原市', scope: 'city', value: 12 });
  });

  it('two zones joined by 和 stay a group, not a list total', () => {
    const r = doc('2023年,清徐经济开发区和太原中北高新技术产业开发区合计完成工业投资60.2亿元。', '太原市开发区', '2024-01');
    expect(find(r, { indicator: 'industrial_investment' })[0]?.scope).toBe('group');
  });
});
