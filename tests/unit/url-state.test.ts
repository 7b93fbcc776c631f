/**
 * URL ⇄ state: parsing the query through the parameter table (invalid → default + notice),
 * writing it back without defaults, and history behaviour (push vs replace, back/forward).
 */
import { atom } from 'nanostores';
import { beforeEach, describe, expect, it } from 'vitest';
import { readParams, startUrlSync, urlParam, writeParams, type UrlWindow } from '../../src/state/url';
import { parseCityParam, parseEnum } from '../../src/state/url-params';
import { parseZoneParam } from '../../src/state/zones';
import { $notices } from '../../src/state/notices';

const CITIES = new Set(['140100', '140200', '140400']);

function makeTable() {
  const city = atom<string | null>(null);
  const lang = atom<'zh' | 'en'>('zh');
  const table = [
    urlParam<string | null>({ key: 'city', store: city, default: null, parse: (r) => parseCityParam(r, CITIES), format: (v) => v ?? '', hintKey: 'url.city.hint', needsData: true }),
    urlParam<'zh' | 'en'>({ key: 'lang', store: lang, default: 'zh', parse: (r) => parseEnum(r, ['zh', 'en'] as const), format: (v) => v, history: 'replace' }),
  ];
  return { city, lang, table };
}

/** A fake window: an address bar plus a history stack with back/forward. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners: (() => void)[] = [];
  const location = { pathname: '/', hash: '', search: initial };
  const set = (url?: string) => {
    location.search = url ? url.replace(/^\/[^?]*/, '') : '';
  };
  const win: UrlWindow & { back(): void; forward(): void; entries: string[]; index: () => number } = {
    location,
    history: {
      pushState(_d, _u, url) {
        set(url);
        entries.splice(index + 1, entries.length, location.search);
        index = entries.length - 1;
      },
      replaceState(_d, _u, url) {
        set(url);
        entries[index] = location.search;
      },
    },
    addEventListener: (_t, fn) => void listeners.push(fn),
    removeEventListener: () => {},
    back() {
      index--;
      location.search = entries[index];
      listeners.forEach((l) => l());
    },
    forward() {
      index++;
      location.search = entries[index];
      listeners.forEach((l) => l());
    },
    entries,
    index: () => index,
  };
  return win;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('parsers', () => {
  it('accepts only known city codes', () => {
    expect(parseCityParam('140100', CITIES)).toBe('140100');
    expect(parseCityParam(' 140200 ', CITIES)).toBe('140200');
    expect(parseCityParam('140199', CITIES)).toBeUndefined();
    expect(parseCityParam('141200', CITIES)).toBeUndefined();
    expect(parseCityParam('taiyuan', CITIES)).toBeUndefined();
    expect(parseCityParam('140105', new Set(['140105']))).toBeUndefined(); // a county is not a city
  });
  it('takes a city by name from a link, but never a county or an unknown place', () => {
    const index = new Map([
      ['140100', { name: '太原市', nameShort: '太原', nameEn: 'Taiyuan' }],
      ['140700', { name: '晋中市', nameShort: '晋中', nameEn: 'Jinzhong' }],
    ]);
    expect(parseCityParam('太原市', index)).toBe('140100');
    expect(parseCityParam('晋中', index)).toBe('140700');
    expect(parseCityParam('山西省晋中市', index)).toBe('140700');
    expect(parseCityParam(' taiyuan ', index)).toBe('140100');
    expect(parseCityParam('清徐县', index)).toBeUndefined();
    expect(parseCityParam('140200', index)).toBeUndefined();
  });

  it('takes a zone by id, name, alias or English name once the zones are known', () => {
    const zones = [
      { id: 'SX-zhongbei', name: '太原中北高新技术产业开发区', aliases: ['中北高新区', '山西中北高新区'], name_en: 'Taiyuan Zhongbei High-tech Zone' },
      { id: '14000101', name: '清徐经济开发区', aliases: ['清徐开发区'], name_en: 'Qingxu Economic Development Zone' },
      { id: 'SX-a', name: '甲园区', aliases: ['同名园区'], name_en: '' },
      { id: 'SX-b', name: '乙园区', aliases: ['同名园区'], name_en: '' },
    ];
    expect(parseZoneParam('中北高新区', zones)).toBe('SX-zhongbei');
    expect(parseZoneParam('山西太原中北高新技术产业开发区', zones)).toBe('SX-zhongbei');
    expect(parseZoneParam('qingxu economic development zone', zones)).toBe('14000101');
    expect(parseZoneParam('14000101', zones)).toBe('14000101');
    expect(parseZoneParam('14009999', zones)).toBeUndefined(); // an id's shape, but no such zone
    expect(parseZoneParam('同名园区', zones)).toBeUndefined(); // two zones share it: never guess
    expect(parseZoneParam('清徐', zones)).toBeUndefined(); // a county name is not a zone
    // Before the atlas has loaded, an id or a plausible name is kept for the second reading …
    expect(parseZoneParam('中北高新区')).toBe('中北高新区');
    // … but markup never is.
    expect(parseZoneParam('<img src=x>')).toBeUndefined();
  });

  it('accepts only listed enum values', () => {
    expect(parseEnum('en', ['zh', 'en'])).toBe('en');
    expect(parseEnum('EN', ['zh', 'en'])).toBeUndefined();
  });
});

describe('readParams / writeParams', () => {
  it('reads values and uses defaults for absent parameters', () => {
    const { table } = makeTable();
    const r = readParams('?city=140100', table);
    expect(r.values.get('city')).toBe('140100');
    expect(r.values.get('lang')).toBe('zh');
    expect(r.invalid).toEqual([]);
  });
  it('reports invalid values and falls back to the default', () => {
    const { table } = makeTable();
    const r = readParams('?city=999999&lang=fr', table);
    expect(r.values.get('city')).toBeNull();
    expect(r.values.get('lang')).toBe('zh');
    expect(r.invalid.map((i) => `${i.key}=${i.raw}`)).toEqual(['city=999999', 'lang=fr']);
  });
  it('omits defaults and keeps parameters that are not in the table', () => {
    const { table } = makeTable();
    const out = writeParams('?embed=1&city=140100', table, new Map<string, unknown>([['city', null], ['lang', 'en']]));
    expect(out).toBe('?embed=1&lang=en');
    expect(writeParams('', table, new Map<string, unknown>([['city', null], ['lang', 'zh']]))).toBe('');
  });
  it('round-trips every valid value', () => {
    const { table } = makeTable();
    for (const city of [...CITIES, null]) {
      for (const lang of ['zh', 'en']) {
        const search = writeParams('', table, new Map<string, unknown>([['city', city], ['lang', lang]]));
        const back = readParams(search, table).values;
        expect([back.get('city'), back.get('lang')]).toEqual([city, lang]);
      }
    }
  });
});

describe('startUrlSync', () => {
  beforeEach(() => $notices.set([]));

  it('applies the URL, then pushes one history entry per selection change', async () => {
    const { city, table } = makeTable();
    const win = fakeWindow('?city=140100');
    const sync = startUrlSync(table, { win });
    expect(city.get()).toBe('140100');
    city.set('140200');
    await tick();
    expect(win.location.search).toBe('?city=140200');
    expect(win.entries).toEqual(['?city=140100', '?city=140200']);
    win.back();
    expect(city.get()).toBe('140100');
    win.forward();
    expect(city.get()).toBe('140200');
    expect(win.entries).toHaveLength(2); // applying the URL never writes history
    sync.stop();
  });

  it('replaces instead of pushing for replace-mode parameters', async () => {
    const { lang, table } = makeTable();
    const win = fakeWindow('');
    startUrlSync(table, { win });
    lang.set('en');
    await tick();
    expect(win.entries).toEqual(['?lang=en']);
  });

  it('an invalid value gives the default, a notice naming it, and a cleaned URL', () => {
    const { city, table } = makeTable();
    const win = fakeWindow('?city=999999&x=1');
    startUrlSync(table, { win });
    expect(city.get()).toBeNull();
    expect(win.location.search).toBe('?x=1');
    expect($notices.get()).toHaveLength(1);
    expect($notices.get()[0].params).toMatchObject({ key: 'city', value: '999999', hint: 'url.city.hint' });
  });

  it('rewrites a value given by name to its code in place, without a history entry', async () => {
    const city = atom<string | null>(null);
    const index = new Map([['140100', { name: '太原市', nameShort: '太原', nameEn: 'Taiyuan' }]]);
    const table = [urlParam<string | null>({ key: 'city', store: city, default: null, parse: (r) => parseCityParam(r, index), format: (v) => v ?? '', needsData: true })];
    const win = fakeWindow('?city=%E5%A4%AA%E5%8E%9F&x=1');
    startUrlSync(table, { win });
    await tick();
    expect(city.get()).toBe('140100');
    expect(win.location.search).toBe('?city=140100&x=1');
    expect(win.entries).toHaveLength(1);
    expect($notices.get()).toEqual([]);
  });

  it('reading some parameters again leaves the others as the app set them', async () => {
    const { city, lang, table } = makeTable();
    const win = fakeWindow('?city=140100&lang=en');
    const sync = startUrlSync(table, { win });
    lang.set('zh'); // the app changes state the URL also holds …
    sync.apply(['city']); // … then re-reads only the city
    await tick();
    expect(lang.get()).toBe('zh');
    expect(city.get()).toBe('140100');
    expect(win.location.search).toBe('?city=140100'); // the language change still reaches the URL
  });

  it('leaves data-dependent parameters alone until the data is ready', () => {
    const { city, table } = makeTable();
    const win = fakeWindow('?city=140100&lang=en');
    startUrlSync(table, { win, dataReady: false });
    expect(city.get()).toBeNull();
    expect(win.location.search).toBe('?city=140100&lang=en');
    expect($notices.get()).toEqual([]);
  });
});
