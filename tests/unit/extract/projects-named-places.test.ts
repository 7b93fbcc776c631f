// Projects named as parks, bases and centres (not ending in 项目), with money. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const doc = (text: string, title = '清徐经济开发区动态') => extractDocument({ name: 't.txt', text, meta: { published: '2024-07', title } });
const rows = (text: string, title?: string) => doc(text, title).projects.map((p) => [p.name, p.investment, p.status, p.company ?? null]);

describe('projects that do not end in 项目', () => {
  it('a park followed by its state; what it will produce later does not set the state', () => {
    expect(rows('上半年,清徐经济开发区总投资25亿元的新能源电池材料产业园开工建设,达产后可实现年产值60亿元。')).toEqual([
      ['新能源电池材料产业园', 25, 'started', null],
    ]);
  });
  it('a base built by a named company', () => {
    expect(rows('由山西甲乙科技有限公司投资8.5亿元建设的智能制造产业基地正式投产。')).toEqual([
      ['智能制造产业基地', 8.5, 'commissioned', '山西甲乙科技有限公司'],
    ]);
  });
  it('a centre just signed, expected to be built later, is signed', () => {
    expect(rows('开发区新签约总投资12亿元的华北区域冷链物流中心,预计明年建成。')).toEqual([['华北区域冷链物流中心', 12, 'signed', null]]);
  });
  it('a park with its phase, in 万元', () => {
    expect(rows('园区内,总投资56000万元的数字经济产业园一期已建成投用。')).toEqual([['数字经济产业园', 5.6, 'commissioned', null]]);
  });
  it('a centre named first, its money opening the next clause', () => {
    expect(rows('开发区引进的华北算力数据中心,总投资20亿元,目前已开工建设。').map((r) => r.slice(0, 2))).toEqual([['华北算力数据中心', 20]]);
    expect(rows('甲乙新材料产业园总投资15亿元,建成后年产值可达30亿元。').map((r) => r.slice(0, 2))).toEqual([['甲乙新材料产业园', 15]]);
  });
  it('a service centre without money is not a project', () => {
    expect(rows('开发区政务服务中心全面推行承诺制,办理事项120件。')).toEqual([]);
  });
});
