// The zone a report goes on about carries over paragraphs, also from a paragraph that names no project.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/index';

const rows = (text: string) =>
  extractDocument({ name: 't.txt', text, meta: { published: '2024-07', title: '运城市开发区建设综述' } }).projects.map((p) => [p.name, p.subject]);

describe('running subject across paragraphs', () => {
  it('a zone named in a paragraph without projects owns the projects of the next paragraph', () => {
    const t = [
      '风陵渡经济开发区今年签约甲乙果蔬深加工项目。',
      '运城经济技术开发区着力培育新材料产业集群,营商环境持续优化。',
      '与此同时,丙丁薄膜生产线项目已投产,戊己储能电站项目开工建设。',
    ].join('\n\n');
    expect(rows(t)).toEqual([
      ['甲乙果蔬深加工项目', '风陵渡经济开发区'],
      ['丙丁薄膜生产线项目', '运城经济技术开发区'],
      ['戊己储能电站项目', '运城经济技术开发区'],
    ]);
  });
  it('a paragraph going through several zones carries none of them', () => {
    const t = [
      '风陵渡经济开发区今年签约甲乙果蔬深加工项目。',
      '市级向开发区赋权:运城经济技术开发区120项、临汾经济开发区48项。',
      '丙丁薄膜生产线项目已投产。',
    ].join('\n\n');
    expect(rows(t)).toEqual([
      ['甲乙果蔬深加工项目', '风陵渡经济开发区'],
      ['丙丁薄膜生产线项目', '风陵渡经济开发区'],
    ]);
  });
});
