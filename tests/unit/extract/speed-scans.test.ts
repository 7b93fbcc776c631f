/**
 * Scans rewritten for speed must find exactly what the plain pattern scan finds (the engine's output is
 * held byte-identical by these rewrites). Sentences written for the test; random strings stress the edges.
 */
import { describe, expect, it } from 'vitest';
import { OTHER_CITY_NAME_RE, otherCityMatches } from '../../../src/extract/subjects';
import { findNames } from '../../../src/extract/subjects';

function plain(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return [...text.matchAll(g)].map((m) => `${m.index}:${m[0]}`);
}

/** Deterministic random strings over an alphabet of the shapes' own pieces. */
function randomTexts(alphabet: string[], count: number, seed = 11): string[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = '';
    const n = 1 + Math.floor(rnd() * 30);
    for (let j = 0; j < n; j++) t += alphabet[Math.floor(rnd() * alphabet.length)];
    out.push(t);
  }
  return out;
}

describe('other-province cities: the scan from each 市 finds what the pattern finds', () => {
  const written = [
    '江北市委书记出席了开工仪式，南岭市经济开发区签约3个项目。',
    '在东湖市分会场，西川市长讲话；城市副市长到场。',
    '省辖市和地级市的开发区，河东市市长，北山市日报报道。',
    '和平市园区与湖滨市高新区共签约12个项目',
  ];
  it('on written sentences', () => {
    for (const t of written) expect([...otherCityMatches(t)].map((m) => `${m.index}:${m[0]}`)).toEqual(plain(OTHER_CITY_NAME_RE, t));
  });
  it('on random strings of its pieces', () => {
    const alphabet = ['市', '委', '的', '在', '省', 'a', '1', '，', '江', '北', '南', '岭', '开发区', '长', '园区', '日报', '\n', '副市长'];
    for (const t of randomTexts(alphabet, 5000)) expect([...otherCityMatches(t)].map((m) => `${m.index}:${m[0]}`)).toEqual(plain(OTHER_CITY_NAME_RE, t));
  });
});

describe('unknown zone-like names across line breaks', () => {
  it('a name printed across a line break is still one name', () => {
    const hits = findNames('会上，河南\n郑州经济技术开发区介绍了经验。');
    expect(hits.some((h) => h.resolution.status === 'unknown' && h.raw.replace(/\s/g, '') === '河南郑州经济技术开发区')).toBe(true);
  });
});
