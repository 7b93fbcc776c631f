import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDivisionsCsv } from '../../geo/build/geo-schema';
import { divisionNameEn, romaniseStem } from '../../geo/build/romanise';
import { placeName } from '../../src/ui/i18n';

const divisions = parseDivisionsCsv(readFileSync('geo/shanxi-divisions.csv', 'utf8'), 'geo/shanxi-divisions.csv');

describe('English names of cities and counties', () => {
  it('names the 11 cities the way their official English names are written', () => {
    const cities = divisions.filter((d) => d.level === 'city').map(divisionNameEn);
    expect(cities).toEqual(['Taiyuan', 'Datong', 'Yangquan', 'Changzhi', 'Jincheng', 'Shuozhou', 'Jinzhong', 'Yuncheng', 'Xinzhou', 'Linfen', 'Lüliang']);
  });

  it('gives every county-level division a distinct-enough English name with its kind', () => {
    const counties = divisions.filter((d) => d.level === 'county');
    expect(counties).toHaveLength(117);
    for (const d of counties) expect(divisionNameEn(d)).toMatch(/^[A-ZÜ][a-zü]+ (District|County|City)$/);
  });

  it('reads single-character names and special local readings correctly', () => {
    const by = (name: string) => divisionNameEn(divisions.find((d) => d.name === name)!);
    expect(by('盂县')).toBe('Yu County');
    expect(by('古交市')).toBe('Gujiao City');
    expect(by('洪洞县')).toBe('Hongtong County');
    expect(by('繁峙县')).toBe('Fanshi County');
    expect(by('长子县')).toBe('Zhangzi County');
    expect(romaniseStem('尖草坪')).toBe('Jiancaoping');
  });

  it('falls back to the Chinese name when a place has no English one', () => {
    expect(placeName('en', { name: '太原市', nameEn: 'Taiyuan' })).toBe('Taiyuan');
    expect(placeName('zh', { name: '太原市', nameEn: 'Taiyuan' })).toBe('太原市');
    expect(placeName('en', { name: '清徐县', name_en: '' })).toBe('清徐县');
  });
});
