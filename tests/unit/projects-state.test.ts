import { beforeEach, describe, expect, it } from 'vitest';
import {
  $projectFilter,
  $projectPeriod,
  $projectResult,
  $projectStatus,
  $projectZoneCounts,
  $selectedProject,
  parseInvParam,
  parseProjectParam,
  parseQueryParam,
  parseSortParam,
  parseStatusParam,
  parsePeriodParam,
  PROJECT_URL_PARAMS,
  toggleStatus,
  watchUnknownProject,
  clearProjectFilters,
} from '../../src/state/projects';
import { $atlas, $selectedCity } from '../../src/state/stores';
import { $notices } from '../../src/state/notices';
import { $selectedZone, parseZoneParam } from '../../src/state/zones';
import { readParams, writeParams } from '../../src/state/url';
import type { Atlas } from '../../src/data/schemas';
import { PROJECTS, ZONES } from './fixtures/projects';

describe('URL parameters of the projects view', () => {
  it('parses status lists in lifecycle order and rejects unknown words', () => {
    expect(parseStatusParam('started,signed')).toEqual(['signed', 'started']);
    expect(parseStatusParam('unknown')).toEqual(['unknown']);
    expect(parseStatusParam('signed,done')).toBeUndefined();
    expect(parseStatusParam(',')).toBeUndefined();
  });

  it('parses investment ranges with open ends and refuses reversed or non-numeric ones', () => {
    expect(parseInvParam('5-30')).toEqual({ min: 5, max: 30 });
    expect(parseInvParam('2.5-')).toEqual({ min: 2.5, max: null });
    expect(parseInvParam('-30')).toEqual({ min: null, max: 30 });
    expect(parseInvParam('30-5')).toBeUndefined();
    expect(parseInvParam('-')).toBeUndefined();
    expect(parseInvParam('a-5')).toBeUndefined();
    expect(parseInvParam('-5-3')).toBeUndefined(); // no negative investment
  });

  it('parses sort, period, query, project and zone values', () => {
    expect(parseSortParam('name-asc')).toEqual({ key: 'name', dir: 'asc' });
    expect(parseSortParam('size-asc')).toBeUndefined();
    expect(parsePeriodParam('2023-01/2023-09')).toBe('2023-01/2023-09');
    expect(parsePeriodParam('2023-13/2023-09')).toBeUndefined();
    expect(parsePeriodParam('map')).toBe('map');
    expect(parseQueryParam('  清徐 ')).toBe('清徐');
    expect(parseQueryParam('x'.repeat(101))).toBeUndefined();
    expect(parseProjectParam('p1')).toBe('p1');
    expect(parseProjectParam('<script>')).toBeUndefined();
    expect(parseZoneParam('14000101')).toBe('14000101');
    expect(parseZoneParam('SX-qingxu')).toBe('SX-qingxu');
    expect(parseZoneParam('<b>')).toBeUndefined();
  });

  it('round-trips a full state through the query string and leaves defaults out', () => {
    const search = '?view=projects&q=qx&status=signed,started&pperiod=2023-01/2023-09&inv=1-20&sort=name-asc&project=p2&other=keep';
    const { values, invalid } = readParams(search, PROJECT_URL_PARAMS);
    expect(invalid).toEqual([]);
    expect(values.get('status')).toEqual(['signed', 'started']);
    expect(values.get('inv')).toEqual({ min: 1, max: 20 });
    const out = new URLSearchParams(writeParams('?other=keep', PROJECT_URL_PARAMS, values));
    expect(out.get('q')).toBe('qx');
    expect(out.get('status')).toBe('signed,started');
    expect(out.get('inv')).toBe('1-20');
    expect(out.get('sort')).toBe('name-asc');
    expect(out.get('project')).toBe('p2');
    expect(out.get('other')).toBe('keep');
    const defaults = readParams('', PROJECT_URL_PARAMS).values;
    expect(writeParams('', PROJECT_URL_PARAMS, defaults)).toBe('');
  });

  it('reports invalid values by parameter name', () => {
    const { invalid } = readParams('?status=done&inv=9-1&sort=x', PROJECT_URL_PARAMS);
    expect(invalid.map((i) => i.key).sort()).toEqual(['inv', 'sort', 'status']);
  });
});

const atlas: Atlas = {
  generated: '2026-01-01',
  zones: ZONES.map((z) => ({
    ...z,
    name_en: '',
    aliases: [],
    level: 'national',
    type: '经济技术开发区',
    county_adcodes: [],
    lon: 112.4,
    lat: 37.6,
    location_precision: 'county',
    location_note: '',
    sources: [],
  })),
  facts: [],
  projects: PROJECTS,
  periods: [],
  warnings: [],
  quality: [],
};

describe('stores', () => {
  beforeEach(() => {
    $atlas.set(null);
    $selectedCity.set(null);
    $selectedZone.set(null);
    $selectedProject.set(null);
    clearProjectFilters();
  });

  it('the map selection filters the list; a zone is more specific than its city', () => {
    $atlas.set(atlas);
    expect($projectResult.get()!.totals.count).toBe(9);
    $selectedCity.set('140400');
    expect($projectResult.get()!.rows.map((r) => r.id).sort()).toEqual(['p6', 'p7']);
    $selectedZone.set('14000101');
    expect($projectFilter.get().city).toBeNull();
    expect($projectResult.get()!.totals.count).toBe(4);
  });

  it('zone badge counts ignore the map selection but follow the list filters', () => {
    $atlas.set(atlas);
    $selectedZone.set('14000401');
    toggleStatus('signed');
    const counts = $projectZoneCounts.get();
    expect(counts.get('14000101')).toBe(1);
    expect(counts.get('14000102')).toBe(1);
    expect(counts.has('14000401')).toBe(false); // no signed project there: no badge, not "0"
  });

  it('following the map period before the map has one shows every project, not none', () => {
    $atlas.set(atlas); // no facts: the map has no period yet
    $projectPeriod.set('map');
    expect($projectFilter.get()).toMatchObject({ period: null, asOf: null });
    expect($projectResult.get()!.totals.count).toBe(9);
    $projectPeriod.set('2023-01/2023-06');
    expect($projectResult.get()!.totals.count).toBe(2);
  });

  it('toggling statuses keeps a canonical order', () => {
    toggleStatus('effective');
    toggleStatus('planned');
    expect($projectStatus.get()).toEqual(['planned', 'effective']);
    toggleStatus('planned');
    expect($projectStatus.get()).toEqual(['effective']);
  });

  it('drops a selected project the loaded data does not have, with a notice', () => {
    const stop = watchUnknownProject();
    $selectedProject.set('nope');
    $atlas.set(atlas);
    expect($selectedProject.get()).toBeNull();
    expect($notices.get().some((n) => n.params?.key === 'project' && n.params?.value === 'nope')).toBe(true);
    $selectedProject.set('p2');
    $atlas.set({ ...atlas });
    expect($selectedProject.get()).toBe('p2');
    stop();
  });
});
