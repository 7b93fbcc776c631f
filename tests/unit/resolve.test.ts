import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNames, resolveCounty, resolveName, type NameResolution } from '../../src/data/resolve';

const zoneName = (r: NameResolution) => (r.status === 'zone' ? r.name : `(${r.status})`);

describe('resolveName: short forms and variants', () => {
  it.each([
    ['中北高新区', '太原中北高新技术产业开发区'],
    ['太原中北高新技术产开发区', '太原中北高新技术产业开发区'], // typo printed in a report
    ['清徐开发区', '清徐经济开发区'],
    ['清徐经开区', '清徐经济开发区'],
    ['清徐经济技术开发区', '清徐经济开发区'],
    ['清徐县经济开发区', '清徐经济开发区'],
    ['运城经开区', '运城经济技术开发区'],
    ['山西运城经济开发区', '运城经济技术开发区'], // GB/T name, renamed since
    ['晋中国家农高区', '晋中国家农业高新技术产业示范区'],
    ['农高区', '晋中国家农业高新技术产业示范区'],
    ['综改区', '山西转型综合改革示范区'],
    ['山西转型综改示范区', '山西转型综合改革示范区'],
    ['晋中开发区', '晋中经济技术开发区'],
    ['阳曲示范区', '阳曲现代农业产业示范区'],
    ['西山示范区', '西山生态文化旅游示范区'],
    ['左权生态示范区', '左权生态文化旅游示范区'],
    ['武乡农业示范区', '武乡现代农业产业示范区'],
    ['大同经济开发区', '大同经济技术开发区'],
    ['阳泉高新区', '阳泉高新技术产业开发区'],
    ['盂县经开区', '盂县经济技术开发区'],
    ['祁县经开区', '祁县经济开发区'],
    ['太谷经济开发区', '太谷经济技术开发区'],
    ['襄垣县经济开发区', '襄垣经济技术开发区'],
  ])('%s → %s', (raw, expected) => {
    expect(zoneName(resolveName(raw))).toBe(expected);
  });

  it('accepts names with and without the 山西 prefix alike', () => {
    for (const name of ['清徐经济开发区', '风陵渡经济开发区', '长治高新技术产业开发区', '阳泉高新技术产业开发区']) {
      const bare = resolveName(name);
      expect(bare.status).toBe('zone');
      expect(resolveName('山西' + name)).toEqual(bare);
      expect(resolveName('山西省' + name)).toEqual(bare);
    }
    // 山西 is part of this name: both spellings still meet
    expect(resolveName('转型综合改革示范区')).toEqual(resolveName('山西转型综合改革示范区'));
  });

  it('returns the canonical name, the city and its adcode', () => {
    expect(resolveName('清徐开发区')).toEqual({
      status: 'zone',
      id: '14201009',
      name: '清徐经济开发区',
      city: '太原市',
      city_adcode: '140100',
    });
  });

  it('strips report decoration (供稿：, 管委会, line breaks, traditional script)', () => {
    expect(zoneName(resolveName('供稿：清徐经济开发区'))).toBe('清徐经济开发区');
    expect(zoneName(resolveName('清徐经济开发区管委会'))).toBe('清徐经济开发区');
    expect(zoneName(resolveName('晋中国\n家农高区'))).toBe('晋中国家农业高新技术产业示范区');
    expect(zoneName(resolveName('雲岡經濟開發區'))).toBe('云冈经济技术开发区');
  });
});

describe('resolveName: cities, province, context', () => {
  it('resolves cities and the province', () => {
    expect(resolveName('太原市')).toEqual({ status: 'city', name: '太原市', adcode: '140100' });
    expect(resolveName('太原市开发区')).toEqual({ status: 'city', name: '太原市', adcode: '140100' });
    expect(resolveName('晋中市开发区')).toEqual({ status: 'city', name: '晋中市', adcode: '140700' });
    expect(resolveName('山西省')).toEqual({ status: 'province', name: '山西省', adcode: '140000' });
    expect(resolveName('全省').status).toBe('province');
  });

  it('resolves 全市 only with a city context', () => {
    expect(resolveName('全市', { city: '晋中市' })).toEqual({ status: 'city', name: '晋中市', adcode: '140700' });
    expect(resolveName('全市', { city: '140100' })).toEqual({ status: 'city', name: '太原市', adcode: '140100' });
    expect(resolveName('全市').status).toBe('ambiguous');
  });

  it('treats a bare type word as ambiguous unless the city leaves one zone', () => {
    const bare = resolveName('开发区');
    expect(bare.status).toBe('ambiguous');
    if (bare.status === 'ambiguous') expect(bare.candidates.length).toBeGreaterThan(20);
    expect(resolveName('开发区', { city: '太原市' }).status).toBe('ambiguous');
    expect(zoneName(resolveName('高新区', { city: '阳泉市' }))).toBe('阳泉高新技术产业开发区');
    expect(resolveName('高新区').status).toBe('ambiguous');
  });

  it('reports several names run together (displaced page headers) as ambiguous, listing them', () => {
    const r = resolveName('晋中国家农业高新技术产业示范区寿阳经济技术开发区');
    expect(r).toEqual({ status: 'ambiguous', candidates: ['晋中国家农业高新技术产业示范区', '寿阳经济技术开发区'] });
    expect(resolveName('中北高新区和清徐开发区').status).toBe('ambiguous');
  });

  it('keeps unknown names unknown', () => {
    expect(resolveName('昔阳开发区')).toEqual({ status: 'unknown' });
    expect(resolveName('山东梁山经济开发区')).toEqual({ status: 'unknown' });
    expect(resolveName('')).toEqual({ status: 'unknown' });
    expect(resolveName('完全无关的文字')).toEqual({ status: 'unknown' });
  });
});

describe('resolveCounty: the two 城区', () => {
  it('tells 阳泉 城区 from 晋城 城区 by city', () => {
    expect(resolveCounty('城区', '阳泉市')).toMatchObject({ status: 'county', adcode: '140302' });
    expect(resolveCounty('城区', '140500')).toMatchObject({ status: 'county', adcode: '140502' });
    expect(resolveCounty('城区', '晋城')).toMatchObject({ status: 'county', adcode: '140502' });
    expect(resolveCounty('城区')).toEqual({ status: 'ambiguous', candidates: ['140302', '140502'] });
    expect(resolveCounty('太谷')).toMatchObject({ status: 'county', adcode: '140703' });
  });
});

describe('findNames', () => {
  it('finds names longest-first, in text order, with offsets into the text', () => {
    const text = '（一）中北高新区和清徐开发区规模以上工业增加值合计完成92.46亿元';
    const found = findNames(text);
    expect(found.map((f) => [f.raw, zoneName(f.resolution)])).toEqual([
      ['中北高新区', '太原中北高新技术产业开发区'],
      ['清徐开发区', '清徐经济开发区'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });

  it('splits displaced headers that run two names together', () => {
    const found = findNames('供稿：晋中国家农业高新技术产业示范区太原中北高新技术产开发区【工作推进情况');
    expect(found.map((f) => zoneName(f.resolution))).toEqual(['晋中国家农业高新技术产业示范区', '太原中北高新技术产业开发区']);
  });

  it('finds names broken across printed lines', () => {
    const text = '由晋中国\n家农高区（太谷国家农业科创中心）';
    const [f] = findNames(text);
    expect(f.raw).toBe('晋中国\n家农高区');
    expect(zoneName(f.resolution)).toBe('晋中国家农业高新技术产业示范区');
  });

  it('finds every zone of a list sharing one suffix', () => {
    const names = findNames('目前灵石、太谷、平遥经开区的区域调整已完成；祁县和太谷经开区').map((f) => zoneName(f.resolution));
    expect(names).toEqual(['灵石经济技术开发区', '太谷经济技术开发区', '平遥经济技术开发区', '祁县经济开发区', '太谷经济技术开发区']);
  });

  it('marks zone-like names outside the gazetteer as unknown, and ignores generic mentions', () => {
    const found = findNames('今年与山东梁山经济开发区签约；将设立晋阳开发区申报材料报省政府；全市开发区和各开发区；推动昔阳县申报省级开发区');
    expect(found.map((f) => [f.raw, f.resolution.status])).toEqual([
      ['山东梁山经济开发区', 'unknown'],
      ['晋阳开发区', 'unknown'],
    ]);
  });

  it('reads city headers as the city, not as an unknown zone', () => {
    const found = findNames('太原市开发区\n【上半年工作进展】');
    expect(found).toHaveLength(1);
    expect(found[0].resolution).toEqual({ status: 'city', name: '太原市', adcode: '140100' });
  });
});

describe('every zone named in the seeds resolves', () => {
  const seedDir = join(__dirname, '..', '..', 'seeds');
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  // Names as the reports write them (collected by reading the five seeds).
  const named = [
    '中北高新区', '太原中北高新技术产开发区', '清徐开发区', '清徐经济开发区', '阳曲现代农业产业示范区', '阳曲示范区',
    '西山生态文化旅游示范区', '西山示范区', '晋中国家农高区', '晋中农高区', '晋中国家农业高新技术产业示范区', '农高区',
    '晋中开发区', '祁县经开区', '祁县经济开发区', '榆社经开区', '和顺经开区', '介休经开区', '平遥经开区', '太谷经开区',
    '太谷开发区', '太谷经济开发区', '太谷经济技术开发区', '寿阳开发区', '寿阳经济技术开发区', '左权生态文化旅游示范区',
    '左权生态示范区', '左权示范区', '阳泉高新区', '阳泉高新技术产业开发区', '盂县经开区', '盂县经济技术开发区',
    '武乡农业示范区', '临猗现代农业产业示范区', '风陵渡经济开发区', '运城经开区', '运城经济技术开发区', '大同经济开发区',
    '临汾经济开发区', '山西转型综改示范区', '综改区',
  ];

  it.each(named)('%s resolves to one zone and occurs in a seed', (name) => {
    expect(resolveName(name).status).toBe('zone');
    const all = seeds.map((f) => readFileSync(join(seedDir, f), 'utf8').replace(/\s+/g, '')).join('');
    expect(all).toContain(name);
  });

  it('findNames over the seeds yields only zones, cities, the province and a short list of unknowns', () => {
    const unknown = new Set<string>();
    for (const f of seeds) {
      const text = readFileSync(join(seedDir, f), 'utf8');
      for (const n of findNames(text)) {
        expect(text.slice(n.start, n.end)).toBe(n.raw);
        if (n.resolution.status === 'unknown') unknown.add(n.raw.replace(/\s+/g, ''));
        expect(n.resolution.status).not.toBe('ambiguous');
      }
    }
    // Out-of-province partners, zones still being applied for, and sub-parks: real names the gazetteer does not hold.
    expect([...unknown].sort()).toEqual(
      ['上海市工业综合开发区', '山东梁山经济开发区', '山东阳谷经济开发区', '昔阳开发区', '晋阳开发区', '甘亭工业园区', '迎泽马庄园区'].sort(),
    );
  });
});

describe('findNames on arbitrary text (property)', () => {
  it('never throws; spans are ordered, non-overlapping, inside the text and equal to raw', async () => {
    const fc = await import('fast-check');
    const pieces = ['清徐开发区', '中北高新区', '太原市', '山西省', '、', '和', '昔阳开发区', '\n', ' ', '开发区', '晋中国\n家农高区', '经开区'];
    const arb = fc.array(fc.oneof(fc.string(), fc.constantFrom(...pieces), fc.string({ unit: 'grapheme' })), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(arb, (text) => {
        const found = findNames(text);
        let last = 0;
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.raw);
          last = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a long text with no name in it', () => {
    const text = '甲乙丙丁\n'.repeat(200_000);
    expect(findNames(text)).toEqual([]);
  });
});
