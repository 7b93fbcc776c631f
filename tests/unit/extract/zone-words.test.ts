// One table of zone-type words (src/extract/zone-words.ts): the name readers take every word of it, so a type word
// added there ends a name everywhere a name is read. Names and numbers are invented.
import { describe, expect, it } from 'vitest';
import { ALL_WORDS, zoneWords } from '../../../src/extract/zone-words';
import { isGenericName } from '../../../src/extract/subject-names';
import { extractDocument } from '../../../src/extract/index';

describe('zone-type words come from one table', () => {
  it('the name readers know every kind, the sentence readers not the name-only forms', () => {
    for (const w of ['经济技术开发区', '工业园', '综保区', '合作区', '农高区', '集中区', '高技术产业开发区']) expect(ALL_WORDS).toContain(w);
    expect(zoneWords('zone', 'park', 'bare-park', 'other')).not.toContain('集中区');
    // longest first: a word ending in another is tried before it
    expect(ALL_WORDS.indexOf('工业园区')).toBeLessThan(ALL_WORDS.indexOf('园区'));
    expect(ALL_WORDS.indexOf('高新区')).toBeLessThan(ALL_WORDS.indexOf('新区'));
  });
  it('a bare type word of any kind, with level words only, is no name of its own', () => {
    expect(isGenericName('省级产业园')).toBe(true);
    expect(isGenericName('国家级综保区')).toBe(true);
    expect(isGenericName('高新技术产业园区')).toBe(true);
    expect(isGenericName('青禾产业园')).toBe(false);
  });
  it('a named 集中区 (a name-only form) still opens a sentence as its subject', () => {
    const r = extractDocument({ name: 't.txt', text: '今年以来,松川产业集中区签约项目9个,总投资31亿元。', meta: { published: '2023-11' } });
    expect(r.facts.map((f) => [f.subject, f.indicator, f.measure, f.value])).toContainEqual(['松川产业集中区', 'signed_projects', 'count', 9]);
  });
});
