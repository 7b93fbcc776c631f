/**
 * Indicator vocabulary (../shared/spec/facts.md) as a TABLE: the words that name an indicator,
 * which measures it has and in which units. The engine (./facts.ts) reads only this table.
 */
import type { Measure } from './schema';
import { alt, tails, zoneWords } from './zone-words';

export type IndicatorKey =
  | 'industrial_value_added'
  | 'industrial_investment'
  | 'transformation_investment'
  | 'high_tech_enterprises'
  | 'above_scale_enterprises'
  | 'output_intensity'
  | 'fixed_asset_investment'
  | 'industrial_project_investment'
  | 'revenue'
  | 'industrial_output'
  | 'signed_projects'
  | 'batch_signed'
  | 'batch_started'
  | 'batch_commissioned'
  | 'batch_total'
  | 'standard_land'
  | 'commitment_approvals'
  | 'agency_services'
  | 'market_entities'
  /** A part or another thing named like an indicator ("服务业营业收入"): holds the place, emits nothing. */
  | 'other';

export interface IndicatorDef {
  key: IndicatorKey;
  /** Names and variants, most specific first. */
  words: string[];
  /** measure → units accepted for it. */
  measures: Partial<Record<Measure, string[]>>;
  /**
   * 'strong' names switch the current indicator; 'weak' names (签约项目 …) do not override a
   * "三个一批" batch already named in the same sentence.
   */
  strength: 'strong' | 'weak' | 'batch';
}

/**
 * Inside a "三个一批" passage, plain words name the batches: "其中,签约项目17个…开工项目21个…投产项目21个".
 * They only refine the all-batches indicator; a batch already named keeps its own sub-counts.
 */
export const BATCH_WORDS: Array<{ word: string; key: IndicatorKey }> = [
  { word: '签约项目', key: 'batch_signed' },
  { word: '开工项目', key: 'batch_started' },
  { word: '投产项目', key: 'batch_commissioned' },
];

const MONEY = ['亿元', '万元', '万亿元'];
const PCT = ['%'];

export const INDICATORS: IndicatorDef[] = [
  // The six provincial assessment indicators (省定六项考核指标).
  {
    key: 'industrial_value_added',
    // A bare 增加值 only where the statement is about industry (see bareValueAdded).
    words: ['规模以上工业增加值', '规上工业增加值', '规模工业增加值', '工业增加值', '增加值'],
    measures: { value: MONEY, yoy_pct: PCT, share_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'transformation_investment',
    words: ['转型项目(当年)完成投资', '转型项目当年完成投资', '转型项目完成投资', '转型项目投资', '转型投资', '转型项目'],
    measures: { value: MONEY, share_pct: PCT, yoy_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'industrial_investment',
    // 工业固定资产投资 is the statistics' full name of 工业投资 (not all fixed-asset investment).
    // 工业性投资: the same figure as Zhejiang, Hunan and Jiangxi reports name it. 工业投入 / 工业实际投入 /
    // 工业性投入: Jiangsu's and Zhejiang's name for it ("完成工业投入70亿元", "工业实际投入增长8%").
    words: ['工业固定资产投资', '工业性投资', '工业投资', '工业实际投入', '工业性投入', '工业投入'],
    measures: { value: MONEY, yoy_pct: PCT, share_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'high_tech_enterprises',
    // 高企: the usual short form in zone reports ("高企总数达86家"); a count needs 家/个 after it.
    words: ['高新技术企业数', '高新技术企业', '高企'],
    // share_pct: "占全省高新技术企业的75%". National and provincial totals are counted in 万家 (kept as printed).
    measures: { count: ['家', '个', '户', '万家'], yoy_pct: PCT, share_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'above_scale_enterprises',
    words: ['“四上”企业数', '"四上"企业数', '“四上”企业', '"四上"企业', '四上企业数', '四上企业'],
    measures: { count: ['家', '个', '户'], yoy_pct: PCT },
    strength: 'strong',
  },
  // Land output per area, in whatever area unit the report prints (亩 in Shanxi, 公顷 in national statistics).
  // 亩均产值/亩均营收 are the same measure stated per mu: their 万元 is 万元/亩 (see PER_MU_WORDS).
  { key: 'output_intensity', words: ['产出强度', '亩均营业收入', '亩均营收', '亩均产值', '亩均工业产值', '亩均产出'], measures: { value: ['万元/亩', '万元/公顷', '亿元/平方公里', '万元'] }, strength: 'strong' },
  // Further zone indicators.
  {
    key: 'fixed_asset_investment',
    // 完成投资 with nothing named before it ("1至5月,某某园区累计完成投资28亿元") is the zone's investment; after a
    // set of projects ("重点项目完成投资…") it is theirs (see BARE_INVESTMENT_HEAD_RE).
    // 固定资产投资额/总额: the same figure with 额 written out (the trie would otherwise stop at 投资 and leave
    // 额/总额 between the name and its number).
    // 固定资产投入 (全社会固定资产投入): Jiangsu's and Zhejiang's name for the same statistic, as 工业投入 is for 工业投资.
    words: ['固定资产投资总额', '固定资产投资额', '固定资产投资', '固定资产投入', '固定投资', '固投', '完成投资'],
    measures: { value: MONEY, yoy_pct: PCT, share_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'industrial_project_investment',
    words: ['产业项目完成投资', '产业项目投资'],
    measures: { value: MONEY, yoy_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'revenue',
    // 总收入 alone ("企业总收入") is the enterprises' revenue; 财政/税收 总收入 are filtered as other things below.
    // 主营收入: the short form of 主营业务收入.
    // 技工贸总收入/科工贸总收入 (技工贸收入): the high-tech zones' (torch statistics') name for their firms' total
    // revenue, since renamed 营业收入 — recorded as revenue (answer-set convention). 销售收入, 经营收入 and
    // 经营(销售)收入 (other provinces' zone statistics) are as often a single firm's or a village collective's income
    // as a zone's: they count only with a zone as their actor, as a bare 产值 does (see ZONE_ACTOR_ONLY).
    words: ['主营业务收入', '主营收入', '营业总收入', '营业收入', '营收', '技工贸总收入', '科工贸总收入', '技工贸收入', '总收入',
      '经营(销售)收入', '经营（销售）收入', '销售收入', '经营收入'],
    measures: { value: MONEY, yoy_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'industrial_output',
    // 总产值 alone ("开发区实现总产值190亿元") is an industrial zone's output; a sector's (农业总产值, 旅游总产值) is
    // filtered below.
    // 工业生产总值 is a common slip for 工业总产值 (not the GDP, 生产总值, which it contains).
    // 规模工业(总)产值: 规模以上 said short, as Hunan, Hubei and Jiangxi reports do (cf. 规模工业增加值).
    words: ['规模以上工业总产值', '规上工业总产值', '规模工业总产值', '工业总产值', '工业生产总值', '规模以上工业产值', '规上工业产值', '规模工业产值', '工业产值', '总产值', '产值'],
    // share_pct: the zone's share of its city's or province's output ("占全市的38.8%"), as for value added.
    measures: { value: MONEY, yoy_pct: PCT, share_pct: PCT },
    strength: 'strong',
  },
  {
    key: 'batch_signed',
    words: ['“签约一批”', '"签约一批"', '签约一批'],
    measures: { count: ['个', '项'], investment: MONEY, rate_pct: PCT },
    strength: 'batch',
  },
  {
    key: 'batch_started',
    words: ['“开工一批”', '"开工一批"', '开工一批'],
    measures: { count: ['个', '项'], investment: MONEY, rate_pct: PCT },
    strength: 'batch',
  },
  {
    key: 'batch_commissioned',
    words: ['“投产一批”', '"投产一批"', '投产一批', '“竣工一批”', '"竣工一批"', '竣工一批'],
    measures: { count: ['个', '项'], investment: MONEY, rate_pct: PCT },
    strength: 'batch',
  },
  {
    key: 'batch_total',
    // 五个一批 (谋划/签约/开工/竣工/投产, as some provinces run their rounds) is the same kind of round.
    words: ['“三个一批”', '"三个一批"', '三个一批', '“五个一批”', '"五个一批"', '五个一批'],
    measures: { count: ['个', '项'], investment: MONEY },
    strength: 'batch',
  },
  {
    key: 'signed_projects',
    // A signing count qualified only by where the investors come from ("签约省外项目") is the zone's signing figure.
    // 项目合作协议 ("签订项目合作协议11个"): agreements about projects, unlike a 战略合作协议 with an institution;
    // 合同引资(额): the capital the signed contracts bring in. 签约总投资: 签约项目总投资 said shorter. (项目签约 with its
    // count right after it is read in findKeywords.)
    // 新签项目/签订项目: the same count with the verb said shorter or formally ("新签项目42个", "签订项目42个").
    words: ['新签约项目', '签约项目', '新签项目', '签订项目', '签订合同项目', '签约合同项目', '签约省外项目', '新签约工业项目', '签约工业项目', '签约市外项目', '签约境外项目', '签约外资项目', '签约招商项目', '签约招商引资项目', '签约重点项目', '签约重大项目', '签约产业项目', '签约优质项目', '签约落地项目', '签约入驻项目', '共签约', '累计签约', '签约总金额', '签约总额', '签约金额', '签约额', '协议引资', '协议投资', '协议总投资', '项目投资协议', '投资协议', '项目合作协议', '合同引资额', '合同引资', '签约总投资',
      // 签约资金/签约引资(额)/签约投资(额): the signed amount, as other provinces' reports name it.
      '签约资金', '签约引资额', '签约引资', '签约投资额', '签约投资',
      // 新签(约)招商引资项目 / 新签招商项目 / 新签工业项目: the same count named by the work it comes from.
      '新签招商引资项目', '新签约招商引资项目', '新签招商项目', '新签工业项目', '新签产业项目', '合同投资总额', '合同总投资额', '合同总投资', '合同投资额'],
    // rate_pct: the start-up rate of signed projects (开工率); yoy_pct: growth of the signed amount.
    // 亿美元/万美元: coastal zones count foreign-funded signings in dollars ("协议总投资6.45亿美元"), kept as printed.
    measures: { count: ['个', '项'], investment: [...MONEY, '亿美元', '万美元'], rate_pct: PCT, yoy_pct: PCT },
    strength: 'weak',
  },
  { key: 'standard_land', words: ['“标准地”', '"标准地"', '标准地'], measures: { count: ['宗'], area_mu: ['亩'] }, strength: 'strong' },
  {
    key: 'commitment_approvals',
    words: ['“承诺制”', '"承诺制"', '承诺制'],
    measures: { count: ['件', '个'] },
    strength: 'strong',
  },
  {
    key: 'agency_services',
    words: ['“全代办”', '"全代办"', '全代办', '领办代办'],
    measures: { count: ['件', '个'] },
    strength: 'strong',
  },
  // 经营主体: the official name of 市场主体 since 2023. "1.2万户" is kept as printed.
  { key: 'market_entities', words: ['市场主体', '经营主体'], measures: { count: ['户', '家', '万户', '万家'] }, strength: 'strong' },
];

export const BY_KEY = new Map(INDICATORS.map((d) => [d.key, d]));

/** Names that state output per mu: an amount after them in 万元 is 万元/亩. */
export const PER_MU_WORDS = /^亩均/;

/** Holds the place of an indicator word that names a part or something else: no measures, so no facts. */
export const OTHER: IndicatorDef = { key: 'other', words: [], measures: {}, strength: 'strong' };

/**
 * A sector glued before a zone-wide indicator names that sector's share ("服务业营业收入",
 * "高新技术产业营业收入"), not the zone's total.
 */
// (Any X业 but 工业/企业 — "供应业", "加工业" — and 领域/行业: "高技术领域营业收入".)
const SECTOR_BEFORE = /(?:服务业|产业|制造业|[^工企]业|领域|行业|板块)$/;
/** "农产品加工业产值", "化工业产值": a compound X工业 read as the word 工业产值 is that trade's output. */
const TRADE_GONGYE_BEFORE = /[加化轻重手]$/;
/**
 * The clause's subject is a sector or a set of firms, with only a verb between it and the indicator:
 * "某某、某某五大主导产业实现主营业务收入…", "纺织服装产业实现营业收入同比增长…", "113家亿元企业2021年工业产值…",
 * "集成电路规上企业实现营收…" — that part's figure, not the zone's. (产业园/产业区 end in 园/区: a park, a subject.)
 */
// A period may stand between the sector and its verb ("四个支柱产业第一季度完成工业产值…", "电子信息产业1-6月实现营收…").
// 轻工业/重工业: the statistics' split of all industry into two parts ("轻工业完成总产值…,重工业完成总产值…").
const CLAUSE_SECTOR_RE = /(?:产业|领域|行业|板块|[^工企\d]业|[轻重]工业)(?:第?[一二三四]季度|[上下]半年|前三季度|全年|\d+(?:[至\-—~]\d+)?月(?:份)?)?(?:实现|完成|累计|合计|共|全年|预计|的)*$/;
/** "113家亿元企业…", "20家重点企业…": counted firms of one class (not 规上/规模以上(工业)企业, all of them). */
const COUNTED_FIRMS_RE = /\d+家([\u4e00-\u9fff]{0,8}?)企业[^，,。；;：:]{0,10}$/;
const GENERIC_FIRMS = /规上|规模以上|工业|入统|纳统|在统|的|全部|所有/g;
/** "集成电路规上企业实现营收": a sector before 规上企业 at the clause's start (a place before it is the subject). */
const SECTOR_REGULATED_FIRMS_RE = /^([\u4e00-\u9fff]{2,8})(?:规上|规模以上)企业(?:实现|完成|累计|合计|共|全年|预计)*$/;
const PLACE_OR_TIME_END = /[区市县园城省镇乡村内年月期度季底初末来全]$/;
/** The clause before an indicator word (from the last punctuation, at most 30 characters). */
function clauseHead(text: string, at: number): string {
  const from = Math.max(0, at - 30);
  let i = at - 1;
  while (i >= from && !'，,。；;：:、\n！!？?'.includes(text[i])) i--;
  return text.slice(i + 1, at);
}
/** "分行业看,…", "分领域看,…": a statistical bulletin's breakdown; its figures to the sentence's end are parts. */
const BREAKDOWN_RE = /分(?:行业|领域|产业|门类|板块|类别)看/;
function inBreakdown(text: string, at: number): boolean {
  const from = Math.max(0, at - 200);
  let i = at - 1;
  while (i >= from && text[i] !== '。' && text[i] !== '\n') i--;
  const sen = text.slice(i + 1, at);
  return sen.includes('看') && BREAKDOWN_RE.test(sen);
}
/** What may stand before a bare 完成投资 in its clause for it to be the subject's own investment: time, 累计, the zone. */
const BARE_INVESTMENT_FILLER = /累计|全年|共|已|今年以来|年初以来|以来|上半年|前三季度|一季度|\d+(?:[至\-—~]\d+)?月(?:份)?|\d+年|[\s\d]/g;
/**
 * A bare 产值 is the zone's industrial output only with the zone as its actor ("某某开发区上半年实现产值…",
 * "园区完成产值…"): any other head ("带动产值", "企业产值", "项目达产后产值") is someone else's or a capacity.
 */
// (全区/全园 after the zone — "开发区实现全区经营(销售)收入" — is the zone again.)
// (形成: "1-5月份形成产值40.5亿元", the verb some reports use for output produced.)
const BARE_OUTPUT_FILLER = /实现|完成|形成|累计|合计|共|全年|今年以来|年初以来|以来|上半年|前三季度|一季度|全区|全园|\d+(?:[至\-—~]\d+)?月(?:份)?|\d+年|[\s\d]/g;
/**
 * The firms of the zone as a whole — 入园企业, 园区企业, 区内规上工业企业, "44户规模以上入园工业企业" — are the zone's
 * actor as much as its name: their bare 产值 is the zone's output ("入园企业实现产值50亿元"). (A counted class of
 * them — 亿元企业, 龙头企业 — is not; only where-words and the statistics' size class stand before 企业.)
 */
// (The filler has already taken the count's digits: "44户…" reads "户…".)
const ZONE_FIRMS = '[户家]?(?:规模以上|规上)?(?:入园|入区|进园|入驻|园区|区内|园内|区属)(?:规模以上|规上)?(?:工业)?企业';
const BARE_OUTPUT_HEAD_RE = new RegExp(`^(?=.)(?:[\u4e00-\u9fff]{0,12}${alt(tails(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other')))}|全区|我区|该区)?(?:${ZONE_FIRMS})?$`);
/** A statement's industrial figure named before a bare 增加值 ("完成工业总产值…,实现增加值…"). */
// (规上企业/规模以上企业: the statistics' regulated firms, industrial ones unless a sector is named — "现有26户规上企业,…".)
const INDUSTRY_EARLIER_RE = /工业总产值|工业产值|规上工业|规模以上工业|规模工业|工业企业|规上企业|规模以上企业/;
/**
 * "…完成工业总产值7498亿元,实现增加值2352亿元": a bare 增加值 is the zone's industrial value added when its own clause
 * names no other owner (only 实现/完成, or the zone) and the statement already speaks of the zone's industry. (A
 * sector before it — "服务业增加值" — is caught as a sector below.)
 */
function bareValueAdded(text: string, at: number): boolean {
  const head = clauseHead(text, at).replace(BARE_OUTPUT_FILLER, '');
  if (head && !BARE_OUTPUT_HEAD_RE.test(head)) return false;
  const from = Math.max(0, at - 200);
  let i = at - 1;
  while (i >= from && text[i] !== '。' && text[i] !== '\n') i--;
  return INDUSTRY_EARLIER_RE.test(text.slice(i + 1, at));
}
/**
 * Whether the clause's head names the zone as the actor of a bare 产值 or a 销售收入. A head that is only a verb or a
 * period ("…,实现销售收入19.4亿元", "…,1-5月份形成产值40.5亿元") continues its sentence: the actor is the one the
 * sentence opened with — the zone's, when an earlier clause names a zone (or 全区) or an industrial figure ("这一区域内
 * 工业企业实现工业总产值27.4亿元,实现销售收入19.4亿元"). (Only after a comma: a bare word after 、 is listed with another.)
 */
const ZONE_IN_SENTENCE_RE = new RegExp(`${alt(tails(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area')))}|全区|我区|该区|本区`);
const CONTINUING_VERB_RE = /实现|完成|形成/;
/**
 * A class or a sector's firms named in the sentence ("汽车规模以上工业企业12家,完成产值…", "重点企业…,实现销售收入…"):
 * the continuing actor is that part, not the zone. (Before 规上/规模以上, only a place, a time or a count is generic.)
 */
// (Built on first use: FIRM_CLASS is declared further down.)
let CLASS_FIRMS_RE: RegExp | undefined;
const REGULATED_FIRMS_RE = /(?:规模以上|规上)(?:工业)?企业/g;
const REGULATED_GENERIC_BEFORE = /(?:^|[，,。；;：:、\s(（\d]|[区市县园省年月度季底内全有户家中]|在库|入库|纳统|在统)$/;
function classOfFirmsIn(sen: string): boolean {
  if ((CLASS_FIRMS_RE ??= new RegExp(`${FIRM_CLASS}[\u4e00-\u9fff]{0,4}企业`)).test(sen)) return true;
  REGULATED_FIRMS_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = REGULATED_FIRMS_RE.exec(sen)); ) if (!REGULATED_GENERIC_BEFORE.test(sen.slice(Math.max(0, m.index - 2), m.index))) return true;
  return false;
}
function zoneActorHead(text: string, at: number): boolean {
  const raw = clauseHead(text, at);
  const head = raw.replace(BARE_OUTPUT_FILLER, '');
  if (head) return BARE_OUTPUT_HEAD_RE.test(head);
  // (The clause must say the verb — "…实现订单670台,产值1200余万元", "产值过10亿元企业…" state no output of the
  // actor's — and the sentence must name no project: "…项目当年投产,实现产值…" is the project's.)
  if (!CONTINUING_VERB_RE.test(raw)) return false;
  const open = at - raw.length - 1;
  if (open < 1 || (text[open] !== '，' && text[open] !== ',')) return false;
  const sen = sentenceBefore(text, open);
  return !sen.includes('项目') && (INDUSTRY_EARLIER_RE.test(sen) || ZONE_IN_SENTENCE_RE.test(sen)) && !classOfFirmsIn(sen);
}
/** Revenue words that name a zone's revenue only with the zone as their actor ("全省开发区实现经营(销售)收入…"). */
const ZONE_ACTOR_ONLY = new Set(['经营(销售)收入', '经营（销售）收入', '销售收入', '经营收入']);
// (Any zone word of the table: "全省产业集聚区完成投资…", "某某综保区完成投资…" are the zones' own.)
const BARE_INVESTMENT_HEAD_RE = new RegExp(`^(?:[\u4e00-\u9fff]{0,12}${alt(tails(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area')))}|全区|我区|该区)?$`);
/**
 * Projects named earlier in the paragraph ("9个重点项目总投资…,累计完成投资…", "实施重大转型项目13个…。全年完成投资…"):
 * a bare 完成投资 is theirs.
 */
function projectsEarlier(text: string, at: number): boolean {
  const from = Math.max(0, at - 300);
  let i = at - 1;
  while (i >= from && text[i] !== '\n') i--;
  const sen = text.slice(i + 1, at);
  // (A sentence longer than the window is read as naming projects: the safe side.)
  return /项目|工程|[0-9]项/.test(sen) || (i < from && from > 0);
}
const CONSTRUCTION_BEFORE_RE = /开工建设|动工建设|正式开工|正式动工|开建|破土动工/;
/** The sentence before `at` (from the last 。/；/line break, at most 120 characters). */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 120);
  let i = at - 1;
  while (i >= from && text[i] !== '。' && text[i] !== '；' && text[i] !== ';' && text[i] !== '\n') i--;
  return text.slice(i + 1, at);
}
function sectorClauseHead(text: string, at: number): boolean {
  if (inBreakdown(text, at)) return true;
  const head = clauseHead(text, at);
  if (head.length < 2) return false;
  if (CLAUSE_SECTOR_RE.test(head)) return true;
  const cf = COUNTED_FIRMS_RE.exec(head);
  if (cf && cf[1].replace(GENERIC_FIRMS, '')) return true;
  const rf = SECTOR_REGULATED_FIRMS_RE.exec(head);
  if (rf && !PLACE_OR_TIME_END.test(rf[1]) && rf[1].replace(GENERIC_FIRMS, '')) return true;
  return false;
}
const SECTOR_SENSITIVE = new Set<IndicatorKey>(['revenue', 'industrial_output', 'industrial_value_added']);
/**
 * "地区生产总值…。其中,工业增加值803亿元…;第三产业增加值433亿元": a bare 工业增加值 beside other sectors' 增加值 in its
 * sentence is the GDP's industry component (all industry, by the national accounts), not the zone's 规上工业增加值 —
 * which such a breakdown often gives beside it. (Alone, a bare 工业增加值 is the zone's figure: the answer sets record it.)
 */
const OTHER_SECTOR_VALUE_ADDED_RE = /(?:建筑业|第[一二三]产业|[一二三]产|服务业|农业|农林牧渔业?)增加值/;
function gdpComponent(text: string, at: number, end: number): boolean {
  const from = Math.max(0, at - 150);
  let i = at - 1;
  while (i >= from && text[i] !== '。' && text[i] !== '\n') i--;
  const to = Math.min(text.length, end + 150);
  let j = end;
  while (j < to && text[j] !== '。' && text[j] !== '\n') j++;
  return OTHER_SECTOR_VALUE_ADDED_RE.test(text.slice(i + 1, j));
}
/**
 * "龙腾科技有限公司实现营业收入50亿元", "其中,甲集团完成工业总产值88亿元": a firm named as the statement's subject — after
 * any zone named in it — owns the figure; it is one firm's, not the zone's. (A firm that only drives the zone's
 * figure — "在甲集团带动下,全区实现…" — or is left out of it — "(不含甲集团)" — does not.)
 */
const FIRM_WORD_RE = /公司|集团|股份/g;
const FIRM_DRIVES_RE = /带动|拉动|引领|支撑|推动|落户|入驻|签约|引进/;
const ZONE_OR_SELF_RE = new RegExp(`${alt(tails(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area')))}|全区|我区|该区|本区|全县|全市|全省`, 'g');
function firmStatement(text: string, at: number): boolean {
  const from = Math.max(0, at - 80);
  // (Gated on the firm words in the window before the sentence start is looked for: most hits have none.)
  const win = text.slice(from, at);
  if (!(win.includes('公司') || win.includes('集团') || win.includes('股份'))) return false;
  let i = at - 1;
  while (i >= from && !'。；;！!？?\n'.includes(text[i])) i--;
  let sen = text.slice(i + 1, at);
  if (sen.includes('(') || sen.includes('（')) sen = sen.replace(/[(（][^()（）]*[)）]/g, '');
  let firm = -1;
  FIRM_WORD_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FIRM_WORD_RE.exec(sen)); ) firm = m.index;
  if (firm < 0) return false;
  let zone = -1;
  ZONE_OR_SELF_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ZONE_OR_SELF_RE.exec(sen)); ) zone = m.index;
  return firm > zone && !FIRM_DRIVES_RE.test(sen.slice(firm));
}
const FIRM_SENSITIVE = new Set<IndicatorKey>(['revenue', 'industrial_output', 'industrial_value_added', 'fixed_asset_investment', 'industrial_investment']);
/** "财政总收入", "旅游总收入", "居民人均可支配收入": incomes that are not the enterprises' revenue. */
const NOT_REVENUE_BEFORE = /(?:财政|财税|税收|税务|税费|旅游|居民|农民|人均|家庭|门票|一般公共预算|公共预算|外贸|进出口|技工贸)$|亩均|人均|户均/;
/** "农林牧渔业总产值", "旅游总产值", "文化产业总产值": a bare 总产值 that belongs to a sector other than industry. */
const NOT_OUTPUT_BEFORE = /(?:GDP|农|林|牧|渔|旅游|文旅|文化|服务|建筑|商贸|物流|交通|餐饮|住宿|科技|信息|软件|电商|数字|金融|社会|第三产业|第一产业|三产|一产|合同|年|预计(?!完成|实现))[\u4e00-\u9fff]{0,2}$/;
// (亩均 before a word of its own — "亩均技工贸总收入增长20%" — is that figure per mu, not the zone's total; the 亩均
// words of output_intensity are read whole and are not tested here.)
const PER_UNIT_BEFORE = /(?:户均|人均|企均|平均|每户|每家|亩均)$/;
const SERVED_BEFORE = /(?:惠及|服务|帮扶|走访|覆盖|涉及|帮助|支持|受益|减免|培训|为)$/;
/** "新增规上工业产值10亿元": an increment of a stock figure, not the figure (increments are not recorded). */
const INCREMENT_BEFORE = /(?:新增|净增|新增加|带动|拉动)$/;
/**
 * "带动固定资产投资完成892亿元": what projects drove, not the zone's own figure; "合同工业产值": output promised
 * in contracts, not produced.
 */
const DRIVEN_BEFORE = /(?:带动|拉动|合同)$/;
/**
 * "规上软件企业前三季度累计实现营收…", "服务业企业营业收入": the enterprises of one non-industrial sector named
 * earlier in the clause; their revenue is that sector's part, not the zone's.
 */
// Also a class of firms by size, ownership or standing ("小型企业实现工业增加值", "批零企业主营业务收入",
// "高新技术企业完成工业总产值", "民营企业营业收入"): a subset of the zone's firms, so a part. Not listed: 规上/规模以上/
// 工业/四上/入统 firms, all of them ("规上工业企业实现产值" stays the zone's), and 中小(型)企业, which some zones
// report as their headline revenue ("实现中小企业营业总收入…", nearly all firms).
const FIRM_CLASS = '(?:软件|服务业|信息服务|建筑业?|房地产|批发|零售|批零|住宿|餐饮|物流|文化|旅游|金融|科技服务|互联网|商贸|限上|限额以上|(?<!中)小型|中型|大型|小微|微型|民营|私营|外资|外商投资|港澳台|国有|高新技术|科技型|重点|骨干|龙头|上市)';
const SECTOR_FIRMS_BEFORE = new RegExp(`${FIRM_CLASS}[\u4e00-\u9fff]{0,4}企业[^，,。；;：:]{0,14}$`);
/**
 * "规模以上服务业企业51家,实现营业收入…", "其中营利性服务业43家,完成营业收入…": firms of one class or a sector
 * counted in the clause before, and the figure's clause opens with a bare verb — the figure is those firms'.
 */
const PREV_COUNTED_CLASS_RE = new RegExp(`(?:${FIRM_CLASS}[\u4e00-\u9fff]{0,4}企业|[\u4e00-\u9fff]{0,8}(?:服务业|[^工企\\d]业))(?:共|有|达到|达)?\\d+家$`);
const BARE_VERB_HEAD = /^(?:共|累计|合计|全年|预计|实现|完成|的)*$/;
function prevClauseCountedClass(text: string, at: number): boolean {
  const head = clauseHead(text, at);
  if (!BARE_VERB_HEAD.test(head)) return false;
  const end = at - head.length - 1;
  if (end < 1 || !'，,'.includes(text[end])) return false;
  return PREV_COUNTED_CLASS_RE.test(clauseHead(text, end));
}
/** "高新技术企业产值占…比重", "高新技术企业增加值…": those firms' output, not their count. */
// (A verb may stand between: "规上高企完成产值同比下降12%", "高新技术企业实现营业收入…".)
const FIRMS_FIGURE_AFTER = /^(?:的)?(?:共|累计|合计|全年)?(?:实现|完成)?(?:高新技术)?(?:工业)?(?:总产值|产值|增加值|营业收入|营收|主营业务收入|总收入|收入|利润|税收)/;
/**
 * "入驻项目累计固定资产投资额…", "重点项目完成固定资产投资…": a set of projects as the clause's subject — their
 * investment is a part of the zone's, not its total.
 */
const PROJECTS_HEAD_RE = /项目(?:累计|完成|实现|共|已|全年)*$/;
/**
 * A part of the subject's area or economy as the clause's subject — a 新区's directly-run area ("新区直管区规上工业
 * 增加值…"), the towns and streets of a county ("镇街完成规模以上工业产值…", "各乡镇…"), the district's own level
 * beside its zones ("区本级固定资产投资占比…"), a set of industrial chains ("6条重点产业链规上工业增加值…"): that
 * part's figure, not the whole's. (Only the collective words: one named 街道 may be the zone itself.)
 */
// (县域开发区/县域园区: the county-level zones, which provincial reports give beside all their zones — "全省县域开发区实现
// 工业增加值…" is a subset of "全省开发区…", not the whole.)
const PART_AREA_HEAD_RE = /(?:直管区|本级|镇街|乡镇|产业链|县域(?:经济)?(?:开发区|园区|工业园区|产业园区|产业园|经开区|高新区|工业集中区|产业集聚区))(?:规上|规模以上|规模)?(?:实现|完成|累计|合计|共|全年|预计|的)*(?:规上|规模以上|规模)?$/;
/**
 * A province or city said bare as the clause's subject, with only a period or a verb between it and the indicator
 * ("全省工业投资同比增长7.6%", "1-6月,全市完成工业总产值…", "我市规上工业增加值…"): the whole economy of which its
 * zones are a part, not a zone figure. (Not 全区, which a zone calls itself; not 全县: an unnamed county's report —
 * "全县完成工业增加值…" — is filed under 某县 by the answer sets. With a zone word — "全省开发区…", "全市工业园区…" —
 * the head is no bare area and the figure is the zones'.)
 */
const WHOLE_AREA_HEAD_RE = /^(?:全|我|本|该)[省市州](?:规上|规模以上|规模)?$/;
// (The whole-area test runs only on a head holding one of its first characters.)
function partOrWholeArea(head: string): boolean {
  if (PART_AREA_HEAD_RE.test(head)) return true;
  return (head.includes('全') || head.includes('我') || head.includes('本') || head.includes('该')) && WHOLE_AREA_HEAD_RE.test(head.replace(BARE_OUTPUT_FILLER, ''));
}
const PART_AREA_SENSITIVE = new Set<IndicatorKey>(['revenue', 'industrial_output', 'industrial_value_added', 'fixed_asset_investment', 'industrial_investment']);
/** "新投产、新开工、新签约项目100个": one count of several kinds of project together, not the signed ones. */
const OTHER_KINDS_BEFORE = /(?:投产|开工|竣工|建成|落地|开建|动工)[、和及与]$/;
/** Words that say nothing about which projects were brought in ("引进产业链项目" = all of them). */
// 产业化项目 (projects that set up production, the usual word for what a zone brings in) and 重大项目 say no more.
// 工业项目: a zone's signings are its industrial projects (as 签约工业项目 is a signing word).
// Where the capital comes from (外资/内资/省外/境外/域外…, 资金; "引进外资项目12个", "引进省外资金项目494个") says no
// more either: the words list takes 签约省外项目/签约外资项目 as signings already.
// (签约: "引进亿元以上新签约项目60个" — the projects brought in are the ones signed.)
const INTRODUCED_GENERIC = /签约|新|产业链|链上|企业|产业化|产业|工业|重点|重大|招商引资|招商|引资|优质|大|好|的|各类|一批|外资|内资|合资|省外|市外|境外|域外|区外|县外|国外|境内外|资金|\d+(?:\.\d+)?|[亿万]元以上/g;

/** Rate words name both the measure and the batch they belong to (开工率 is the 签约一批's rate). */
export const RATE_WORDS: Array<{ word: string; key: IndicatorKey }> = [
  { word: '开工率', key: 'batch_signed' },
  { word: '投产率', key: 'batch_started' },
  { word: '达效率', key: 'batch_commissioned' },
  { word: '达产率', key: 'batch_commissioned' },
];

/**
 * Figures reports give beside ours that are not indicators of facts.md (GDP, fiscal income, trade, R&D …).
 * Naming them takes the place of the indicator, so a growth rate after them ("地区生产总值1581.92亿元,增速6.3%")
 * is not carried over to the indicator named before.
 */
const OTHER_WORDS = [
  '地区生产总值', '生产总值', 'GDP', '一般公共预算收入', '财政收入', '税收收入', '进出口总额', '进出口额', '出口额',
  '进口额', '社会消费品零售总额', '销售额', '研发经费', '研究与试验发展经费', '实际利用外资', '合同外资', '用电量',
  // Taxes and profits reported beside revenue ("营业收入100亿元、税收12亿元,增长5%"): the growth after them is theirs. (利润总额 in a clause of its own is read as another figure by facts.ts already.)
  '税收', '税金', '利税',
  // Money spent on a zone's infrastructure and capital that arrived (招商到位资金) are neither its investment
  // indicators nor its signings; developed land (开发面积) grows too. Naming them stops the indicator before.
  '基础设施投资', '基础设施投入', '基础设施建设投资', '到位资金', '开发面积',
  // The other rounds of a "七个一批"/"六个一批" campaign: not the three batches of "三个一批".
  '在建一批', '招商一批', '包装一批', '落地一批', '储备一批', '谋划一批',
  // An average over projects or firms ("新签约项目平均投资额达到2.64亿元") is no total: naming it stops the indicator before.
  '平均投资额', '平均投资规模', '平均投资',
];

export interface KeywordHit {
  start: number;
  end: number;
  def: IndicatorDef;
}

// All names, longest first so "规上工业总产值" beats "工业".
const ALL_WORDS = [...INDICATORS.flatMap((d) => d.words.map((w) => ({ w, d }))), ...OTHER_WORDS.map((w) => ({ w, d: OTHER }))].sort((a, b) => b.w.length - a.w.length);
const WORD_TO_DEF = new Map(ALL_WORDS.map(({ w, d }) => [w, d]));
/** The indicator a whole word names, if it is one of ours ("固定资产投资" → fixed_asset_investment). */
export function wordDef(word: string): IndicatorDef | undefined {
  const d = WORD_TO_DEF.get(word);
  return d && d !== OTHER ? d : undefined;
}
/**
 * All names as a trie: at each position the longest word, leftmost first, then on from its end — what
 * one alternation of the words (longest first) finds, without trying every alternative at every position.
 */
interface WordNode {
  next: Map<number, WordNode>;
  word?: string;
}
const WORD_TRIE: WordNode = { next: new Map() };
const WORD_FIRST = new Uint8Array(0x10000);
const WORD_SECOND = new Uint8Array(0x10000);
for (const { w } of ALL_WORDS) {
  let node = WORD_TRIE;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let nx = node.next.get(c);
    if (!nx) node.next.set(c, (nx = { next: new Map() }));
    node = nx;
  }
  node.word = w;
  WORD_FIRST[w.charCodeAt(0)] = 1;
  if (w.length > 1) WORD_SECOND[w.charCodeAt(1)] = 1;
}
// (Every word has two or more characters: a position whose next character is no word's second is skipped.)
const ONE_CHAR_WORD = ALL_WORDS.some(({ w }) => w.length < 2);
/** The next word at or after `from`: [index, word], or null. */
function nextWord(text: string, from: number): [number, string] | null {
  for (let i = from; i < text.length; i++) {
    if (WORD_FIRST[text.charCodeAt(i)] === 0 || (WORD_SECOND[text.charCodeAt(i + 1)] === 0 && !ONE_CHAR_WORD)) continue;
    let node: WordNode | undefined = WORD_TRIE;
    let best: string | undefined;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.word !== undefined) best = node.word;
    }
    if (best !== undefined) return [i, best];
  }
  return null;
}

/** Words that look like an indicator but name something else. */
const NOT_INDICATOR = /^(?:工业投资(?:比重|占比))/;

/**
 * "引进…项目37个", "招引项目25个": projects brought in by investment promotion count as signed projects; so do
 * signings above a size threshold ("签约亿元以上项目10个", "新签约10亿元以上项目5个"), the usual way a zone reports them.
 * The count may follow after 达到/达/共/为.
 */
// ("集中签约重大招商项目70个": 签约 and generic qualifiers the word list does not hold together — read the same way.)
const INTRODUCED_RE = /(?:引进|招引)(?:\d+(?:\.\d+)?)?[\u4e00-\u9fff]{0,10}?项目(?=(?:达到|达|共|为)?\d)|签约(?:\d+(?:\.\d+)?)?[亿万]元以上[\u4e00-\u9fff]{0,8}?项目(?=(?:达到|达|共|为)?\d)|签约(?!引进|招引)[\u4e00-\u9fff]{3,8}?项目(?=(?:达到|达|共|为)?\d)/g;

/**
 * "亿元以上新签约项目174个": the threshold may come before the verb, as report tables title it. (The whole phrase
 * is the keyword; what stands between 签约 and 项目 must be generic, as above.)
 */
const THRESHOLD_FIRST_RE = /(?:\d+(?:\.\d+)?)?[亿万]元以上(?:新)?签约([\u4e00-\u9fff]{0,8}?)项目(?=(?:达到|达|共|为)?\d)/g;

/**
 * "签约甲、乙、丙等项目29个", "已新引进甲股份、乙U谷等一批优质项目270个": the verb, the projects it names, then their
 * count. What stands between 等 and 项目 must be generic (a kind — "等新能源项目12个" — is one sector's share).
 * (Items are any characters but clause punctuation, so names with Latin letters pass; each piece is bounded.)
 */
// (One item is enough: "新引进甲集团年产10万吨乙项目等项目231个", "新签约甲车等工业项目42个" — the 等 closes a sample of them.)
const LIST_INTRODUCED_RE = /(?:签约|签订|引进|招引)[^，,。；;：:、]{1,24}(?:、[^，,。；;：:、]{1,24}){0,12}等([\u4e00-\u9fff]{0,8}?)项目(?=(?:达到|达|共|为)?\d)/g;

/**
 * "集中签约一批、开工一批、投产一批重大项目": the three batch words listed together name the whole round, as
 * "三个一批" does — what follows is the round's total, not the last-named batch's.
 */
// (The third may be 竣工一批 or 竣工投产一批, as some provinces name it.)
const ALL_THREE_WORDS_RE = /签约一批[”"’']?[、，,和及与]?[“"‘']?开工一批[”"’']?[、，,和及与]?(?:和|及)?[“"‘']?(?:竣工)?(?:投产|竣工)一批[”"’']?/g;

/**
 * "规模以上工业企业实现产值410亿元", "规上工业企业完成增加值88亿元": all of a zone's regulated industry and its
 * bare 产值/增加值 — the zone's industrial output and value added said the long way round. Only after the zone, a
 * period or clause punctuation (a sector before it — "汽车规上工业企业" — makes it that sector's).
 */
// (Their count may stand between: "在库规模以上工业企业45家,完成产值8.5亿元".)
const REGULATED_BARE_RE = /(?:规模以上|规上)工业企业(?:\d+家[，,])?(?:共|累计|合计|全年)?(?:实现|完成)?(产值|增加值)(?![\u4e00-\u9fff]{0,2}(?:率|占比|比重))/g;
// (在库/入库/纳统: the firms in the statistics, i.e. all of them.)
const REGULATED_BEFORE_OK = /(?:^|[，,。；;：:、\s(（]|[区市县园省年月度季底内全]|在库|入库|纳统|在统)$/;

const PROJECTS_SIGNED_RE = /项目签约(?=(?:数|总数)?(?:达到|达|共|为)?\d)/g;

export function findKeywords(text: string, from: number, to: number): KeywordHit[] {
  const out: KeywordHit[] = [];
  // "完成项目签约35个": the count of signings with the words the other way round — only with its number right after
  // ("35个项目签约" is a count read by its verb; "项目签约仪式" names an event).
  if (text.includes('项目签约', from)) {
    PROJECTS_SIGNED_RE.lastIndex = from;
    for (let pm: RegExpExecArray | null; (pm = PROJECTS_SIGNED_RE.exec(text)) && pm.index < to; ) out.push({ start: pm.index, end: pm.index + 4, def: BY_KEY.get('signed_projects')! });
  }
  // (Gated: the phrase needs 元以上, rare in most texts.)
  if (text.includes('元以上', from)) {
    THRESHOLD_FIRST_RE.lastIndex = from;
    for (let tm: RegExpExecArray | null; (tm = THRESHOLD_FIRST_RE.exec(text)) && tm.index < to; ) {
      out.push({ start: tm.index, end: tm.index + tm[0].length, def: tm[1].replace(INTRODUCED_GENERIC, '') ? OTHER : BY_KEY.get('signed_projects')! });
    }
  }
  // (Gated: the long form needs 工业企业, rare outside statistics paragraphs.)
  if (text.includes('工业企业', from)) {
    REGULATED_BARE_RE.lastIndex = from;
    for (let rm: RegExpExecArray | null; (rm = REGULATED_BARE_RE.exec(text)) && rm.index < to; ) {
      if (!REGULATED_BEFORE_OK.test(text.slice(Math.max(0, rm.index - 2), rm.index))) continue;
      const end = rm.index + rm[0].length;
      out.push({ start: end - rm[1].length, end, def: BY_KEY.get(rm[1] === '产值' ? 'industrial_output' : 'industrial_value_added')! });
    }
  }
  const rounds: Array<[number, number]> = [];
  if (text.includes('签约一批', from)) {
    ALL_THREE_WORDS_RE.lastIndex = from;
    for (let am: RegExpExecArray | null; (am = ALL_THREE_WORDS_RE.exec(text)) && am.index < to; ) {
      rounds.push([am.index, am.index + am[0].length]);
      out.push({ start: am.index, end: am.index + am[0].length, def: BY_KEY.get('batch_total')! });
    }
  }
  // (Gated: a list needs 等 after a signing verb.)
  if (text.includes('等', from)) {
    LIST_INTRODUCED_RE.lastIndex = from;
    for (let lm: RegExpExecArray | null; (lm = LIST_INTRODUCED_RE.exec(text)) && lm.index < to; ) {
      out.push({ start: lm.index, end: lm.index + lm[0].length, def: lm[1].replace(INTRODUCED_GENERIC, '') ? OTHER : BY_KEY.get('signed_projects')! });
    }
  }
  INTRODUCED_RE.lastIndex = from;
  let im: RegExpExecArray | null;
  const signed = INDICATORS.find((d) => d.key === 'signed_projects')!;
  while ((im = INTRODUCED_RE.exec(text)) && im.index < to) {
    // "引进新能源产业链项目9个": one industry's projects are a part of all signed projects.
    // (A list closed by 等 — "引进甲集团等项目120个" — is LIST_INTRODUCED_RE's to read.)
    if (im[0].includes('等')) continue;
    const inner = im[0].slice(2, -2).replace(INTRODUCED_GENERIC, '');
    // (A signing's threshold is required by the pattern; what stands beside it must be generic too.)
    out.push({ start: im.index, end: im.index + im[0].length, def: inner ? OTHER : signed });
  }
  for (let w = nextWord(text, from), at = 0; w && w[0] < to; w = nextWord(text, at)) {
    const m = { index: w[0], 0: w[1] };
    at = m.index + m[0].length;
    const def = WORD_TO_DEF.get(m[0])!;
    const tail = text.slice(m.index, m.index + m[0].length + 2);
    // "占工业投资比重", "工业投资占比": the denominator of a share, not a new indicator.
    if (NOT_INDICATOR.test(tail) || /占$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    // "占全区固定资产投资的66.7%": the denominator of a share stated without 比重.
    // (The whole may be qualified at length: "占开发区规模以上企业工业总产值的12%".)
    if (/占[\u4e00-\u9fff]{0,14}$/.test(text.slice(Math.max(0, m.index - 15), m.index)) && /^的?(?:比重|比例)?(?:为|达到|达|超过|超)?\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      continue;
    // "户均营收2亿元", "人均产值": an average per firm or person, not the zone's total.
    if (PER_UNIT_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && !m[0].startsWith('亩均')) {
      out.push({ start: m.index, end: m.index + m[0].length, def: OTHER });
      continue;
    }
    // "占高新区营业收入比重": the denominator of a share, with a qualifier between.
    if (/占[\u4e00-\u9fff]{1,6}$/.test(text.slice(Math.max(0, m.index - 7), m.index)) && /^的?(?:比重|比例)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
      continue;
    const before6 = text.slice(Math.max(0, m.index - 6), m.index);
    if (m[0] === '产值' && !zoneActorHead(text, m.index)) continue;
    // (Elsewhere a bare 增加值 — "增加值率", a sector's — is no word at all, as before it was read.)
    if (m[0] === '增加值' && (text[m.index + 3] === '率' || !bareValueAdded(text, m.index))) continue;
    if (m[0] === '工业增加值' && gdpComponent(text, m.index, m.index + 5)) {
      out.push({ start: m.index, end: m.index + m[0].length, def: OTHER });
      continue;
    }
    // ("企业销售收入", "村集体经营收入": someone else's income holds the place — its growth is not the zone's either.)
    if (ZONE_ACTOR_ONLY.has(m[0]) && !zoneActorHead(text, m.index)) {
      out.push({ start: m.index, end: m.index + m[0].length, def: OTHER });
      continue;
    }
    if (m[0] === '完成投资') {
      // Another owner named before it ("某某县完成投资…"): that owner's figure, and what follows is not ours.
      if (!BARE_INVESTMENT_HEAD_RE.test(clauseHead(text, m.index).replace(BARE_INVESTMENT_FILLER, ''))) {
        out.push({ start: m.index, end: m.index + m[0].length, def: OTHER });
        continue;
      }
      // (Skipped, not held as another figure: a project set's progress leaves the reading as it was.)
      if (projectsEarlier(text, m.index)) continue;
      // "甲园正式开工建设,累计完成投资近1000万元": what its sentence says was begun is a construction of its own,
      // named a project or not; its investment is that construction's, and no figure read before carries to it.
      if (CONSTRUCTION_BEFORE_RE.test(sentenceBefore(text, m.index))) {
        out.push({ start: m.index, end: m.index + m[0].length, def: OTHER });
        continue;
      }
    }
    if (
      (def.key === 'high_tech_enterprises' && FIRMS_FIGURE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) ||
      (def.key === 'fixed_asset_investment' && PROJECTS_HEAD_RE.test(clauseHead(text, m.index))) ||
      (FIRM_SENSITIVE.has(def.key) && firmStatement(text, m.index)) ||
      (PART_AREA_SENSITIVE.has(def.key) && partOrWholeArea(clauseHead(text, m.index))) ||
      (def.key === 'signed_projects' && OTHER_KINDS_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) ||
      (SECTOR_SENSITIVE.has(def.key) && prevClauseCountedClass(text, m.index)) ||
      (SECTOR_SENSITIVE.has(def.key) &&
        (SECTOR_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) || INCREMENT_BEFORE.test(before6) || SECTOR_FIRMS_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
          (m[0].startsWith('工业') && TRADE_GONGYE_BEFORE.test(before6)) || sectorClauseHead(text, m.index))) ||
      (m[0] === '总收入' && NOT_REVENUE_BEFORE.test(before6)) ||
      (m[0] === '总产值' && NOT_OUTPUT_BEFORE.test(before6)) ||
      // "惠及经营主体260余户", "服务市场主体500家": entities reached by a measure, not the stock of them.
      (def.key === 'market_entities' && SERVED_BEFORE.test(before6)) ||
      DRIVEN_BEFORE.test(before6)
    ) {
      out.push({ start: m.index, end: m.index + m[0].length, def: OTHER });
      continue;
    }
    // "承诺制+标准地+全代办": the name of a reform bundle, not a figure's indicator.
    const before = text[m.index - 1] ?? '';
    const afterCh = text[m.index + m[0].length] ?? '';
    if (/[+＋]/.test(before) || /[+＋]/.test(afterCh) || (/["“‘']/.test(before) && /[+＋]/.test(text[m.index - 2] ?? '')) || (/["”’']/.test(afterCh) && /[+＋]/.test(text[m.index + m[0].length + 1] ?? '')))
      continue;
    // "四上企业营业收入" is revenue: the later, more specific word wins (handled by position order).
    out.push({ start: m.index, end: m.index + m[0].length, def });
  }
  out.sort((a, b) => a.start - b.start);
  // Drop a hit nested inside another ("引进…签约项目" inside an 引进 phrase).
  return out.filter(
    (h, i) =>
      !(i > 0 && h.start < out[i - 1].end && out[i - 1].end >= h.end) &&
      !(rounds.length && rounds.some(([a, b]) => h.start >= a && h.end <= b && h.end - h.start < b - a)),
  );
}
