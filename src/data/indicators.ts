/**
 * The indicator catalogue for the picker, grouped the way planners talk about zones:
 * the six provincial assessment indicators (省定六项考核指标) first, then investment and revenue,
 * "三个一批", 标准地 and services. Which measures an indicator offers comes from the data, not from here:
 * this table only orders and names them.
 */
import type { AtlasFact } from './schemas';

export type Lang = 'zh' | 'en';

export interface GroupDef {
  key: string;
  zh: string;
  en: string;
}

export const GROUPS: readonly GroupDef[] = [
  { key: 'assessment', zh: '省定六项考核指标', en: 'Provincial assessment (six indicators)' },
  { key: 'investment', zh: '投资与营收', en: 'Investment and revenue' },
  { key: 'batches', zh: '“三个一批”', en: '"Three batches" of projects' },
  { key: 'services', zh: '标准地与服务', en: 'Standard land and services' },
  { key: 'other', zh: '其他', en: 'Other' },
];

export interface IndicatorDef {
  key: string;
  group: string;
  zh: string;
  en: string;
  /** Preferred order of measures when the data has several. */
  measures: string[];
  /** Indicator-specific names for a measure (开工率 rather than "rate"). */
  measureNames?: Partial<Record<string, { zh: string; en: string }>>;
}

export const INDICATORS: readonly IndicatorDef[] = [
  { key: 'industrial_value_added', group: 'assessment', zh: '规上工业增加值', en: 'Industrial value added (above scale)', measures: ['value', 'yoy_pct'] },
  { key: 'industrial_investment', group: 'assessment', zh: '工业投资', en: 'Industrial investment', measures: ['value', 'yoy_pct'] },
  {
    key: 'transformation_investment', group: 'assessment', zh: '转型项目投资', en: 'Transformation project investment',
    measures: ['share_pct', 'value'],
    measureNames: { share_pct: { zh: '占工业投资比重', en: 'Share of industrial investment' } },
  },
  { key: 'high_tech_enterprises', group: 'assessment', zh: '高新技术企业数', en: 'High-tech enterprises', measures: ['count', 'yoy_pct'] },
  { key: 'above_scale_enterprises', group: 'assessment', zh: '“四上”企业数', en: '"Four-above" enterprises', measures: ['count', 'yoy_pct'] },
  { key: 'output_intensity', group: 'assessment', zh: '产出强度', en: 'Output intensity', measures: ['value'] },
  { key: 'fixed_asset_investment', group: 'investment', zh: '固定资产投资', en: 'Fixed-asset investment', measures: ['value', 'yoy_pct'] },
  { key: 'industrial_project_investment', group: 'investment', zh: '产业项目完成投资', en: 'Industrial project investment', measures: ['value'] },
  { key: 'revenue', group: 'investment', zh: '营业收入', en: 'Operating revenue', measures: ['value', 'yoy_pct'] },
  { key: 'industrial_output', group: 'investment', zh: '工业总产值', en: 'Industrial output', measures: ['value', 'yoy_pct'] },
  { key: 'signed_projects', group: 'investment', zh: '签约项目', en: 'Signed projects (investment promotion)', measures: ['count', 'investment'] },
  { key: 'batch_total', group: 'batches', zh: '“三个一批”合计', en: 'Three batches, all', measures: ['count', 'investment'] },
  {
    key: 'batch_signed', group: 'batches', zh: '签约一批', en: 'Batch signed', measures: ['count', 'investment', 'rate_pct'],
    measureNames: { rate_pct: { zh: '开工率', en: 'Start rate' } },
  },
  {
    key: 'batch_started', group: 'batches', zh: '开工一批', en: 'Batch started', measures: ['count', 'investment', 'rate_pct'],
    measureNames: { rate_pct: { zh: '投产率', en: 'Commissioning rate' } },
  },
  {
    key: 'batch_commissioned', group: 'batches', zh: '投产一批', en: 'Batch commissioned', measures: ['count', 'investment', 'rate_pct'],
    measureNames: { rate_pct: { zh: '达效率', en: 'Effectiveness rate' } },
  },
  { key: 'standard_land', group: 'services', zh: '标准地出让', en: 'Standard land transferred', measures: ['count', 'area_mu'] },
  { key: 'commitment_approvals', group: 'services', zh: '承诺制审批', en: 'Commitment-based approvals', measures: ['count'] },
  { key: 'agency_services', group: 'services', zh: '全代办服务', en: 'Full agency services', measures: ['count'] },
  { key: 'market_entities', group: 'services', zh: '市场主体', en: 'Market entities', measures: ['count'] },
];

export const MEASURE_NAMES: Record<string, { zh: string; en: string }> = {
  value: { zh: '数值', en: 'Value' },
  yoy_pct: { zh: '同比增速', en: 'Year-on-year growth' },
  count: { zh: '数量', en: 'Count' },
  investment: { zh: '投资额', en: 'Investment' },
  rate_pct: { zh: '比率', en: 'Rate' },
  share_pct: { zh: '占比', en: 'Share' },
  area_mu: { zh: '面积', en: 'Area' },
};

const BY_KEY = new Map(INDICATORS.map((d) => [d.key, d]));

export function indicatorDef(key: string): IndicatorDef {
  // An indicator the extraction invented (new snake_case key) still gets a readable entry.
  return BY_KEY.get(key) ?? { key, group: 'other', zh: key.replace(/_/g, ' '), en: key.replace(/_/g, ' '), measures: [] };
}

export function indicatorLabel(key: string, lang: Lang): string {
  return indicatorDef(key)[lang];
}

export function measureLabel(indicator: string, measure: string, lang: Lang): string {
  const special = indicatorDef(indicator).measureNames?.[measure];
  return (special ?? MEASURE_NAMES[measure] ?? { zh: measure, en: measure })[lang];
}

export interface CatalogueIndicator {
  key: string;
  zh: string;
  en: string;
  /** Measures the data has for this indicator (on mapped subjects), in preferred order. */
  measures: string[];
  /** Number of facts that can be drawn (zone or city subjects). */
  facts: number;
}

export interface CatalogueGroup extends GroupDef {
  indicators: CatalogueIndicator[];
}

/** Facts that can be placed on the map: a zone (gazetteer id) or a city (adcode), not a group or the province. */
export function isMapped(f: Pick<AtlasFact, 'scope'>): boolean {
  return f.scope === 'zone' || f.scope === 'city';
}

/**
 * Groups with the indicators found in the facts. The six assessment indicators stay listed even
 * without data (with no measures), so users see that a report did not give them rather than
 * wondering where they went.
 */
export function buildCatalogue(facts: readonly AtlasFact[]): CatalogueGroup[] {
  const measuresBy = new Map<string, Map<string, number>>();
  for (const f of facts) {
    if (!isMapped(f)) continue;
    const m = measuresBy.get(f.indicator) ?? new Map<string, number>();
    m.set(f.measure, (m.get(f.measure) ?? 0) + 1);
    measuresBy.set(f.indicator, m);
  }
  const keys = new Set<string>([
    ...INDICATORS.filter((d) => d.group === 'assessment').map((d) => d.key),
    ...measuresBy.keys(),
  ]);
  const tableOrder = (k: string) => {
    const i = INDICATORS.findIndex((d) => d.key === k);
    return i < 0 ? INDICATORS.length : i;
  };
  const ordered = [...keys].sort((a, b) => tableOrder(a) - tableOrder(b) || a.localeCompare(b));
  return GROUPS.map((g) => ({
    ...g,
    indicators: ordered
      .filter((k) => indicatorDef(k).group === g.key)
      .map((k) => {
        const def = indicatorDef(k);
        const have = measuresBy.get(k) ?? new Map<string, number>();
        const pref = (m: string) => {
          const i = def.measures.indexOf(m);
          return i < 0 ? def.measures.length : i;
        };
        const measures = [...have.keys()].sort((a, b) => pref(a) - pref(b) || a.localeCompare(b));
        return { key: k, zh: def.zh, en: def.en, measures, facts: [...have.values()].reduce((s, n) => s + n, 0) };
      }),
  })).filter((g) => g.indicators.length > 0);
}

export function findIndicator(catalogue: readonly CatalogueGroup[], key: string): CatalogueIndicator | undefined {
  for (const g of catalogue) for (const i of g.indicators) if (i.key === key) return i;
  return undefined;
}

/** First indicator (in picker order) that has data, and its preferred measure. */
export function defaultIndicator(catalogue: readonly CatalogueGroup[]): { indicator: string; measure: string } {
  for (const g of catalogue)
    for (const i of g.indicators) if (i.measures.length) return { indicator: i.key, measure: i.measures[0] };
  return { indicator: 'industrial_value_added', measure: 'value' };
}
