/**
 * Words of running text glued before a zone's name are no part of it: the end of a time phrase (以来/年来) and a
 * figure's unit once a headline's spaces are gone. Sentences written for this test (other names, invented figures).
 */
import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('glued lead words', () => {
  it('drops the end of 今年以来 before a zone name', () => {
    const r = run('会议集中展示了今年以来甲州经开区项目推进成效。全年签约项目21个、总投资123.4亿元。');
    expect(find(r, { value: 123.4 })[0]?.subject).toBe('甲州经济技术开发区');
  });

  it('drops a unit glued before a zone name in a headline', () => {
    const r = run('18个项目签约额45.67亿元 乙州新区招商开门红\n今年以来,共引进产业项目18个,签约额45.67亿元。');
    expect(find(r, { value: 45.67 })[0]?.subject).toBe('乙州新区');
  });

  it('keeps a name that starts with 来 when nothing is glued ("来宾…")', () => {
    const r = run('来宾高新区上半年签约项目12个、总投资56.7亿元。');
    expect(find(r, { value: 56.7 })[0]?.subject).toMatch(/^来宾/);
  });
});
