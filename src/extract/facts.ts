/**
 * Facts: numbers attributed to (subject, period, indicator, measure, kind).
 *
 * Works sentence by sentence, carrying state the way a reader does: the last indicator named,
 * the last subject named (a zone, a "X和Y…合计" group, "全市…开发区"), the last period cue.
 * All decisions are rules over the indicator table (./indicators.ts) — nothing here knows a seed.
 */
import type { ExtractWarning, Fact, Measure } from './schema';
import { findNumbers, type NumberToken } from './numbers';
import { BATCH_WORDS, BY_KEY, findKeywords, OTHER, RATE_WORDS, type IndicatorDef, type KeywordHit } from './indicators';
import { findPeriodCues, formatPeriod, ym, yearRole, type PeriodCue } from './periods';
import { lowerBound, sentences, type Chunk, type Segmented } from './segment';
import { antecedentZone, cityZone, clauseCity, groupSubject, nationalGroup, openingArea, PROVINCE, resolveName, subjectOfHit, unknownSubject, zoneLike, type Subject } from './subjects';
import { toOriginalSpan, type Normalised } from './normalise';
import { respectiveLists, sharedBySubjects, type RespectiveSlot } from './respective';
import { ALL_WORDS, alt, NAMED_WORDS, OWN_TAILS, OWN_WORDS, tails, zoneWords } from './zone-words';
import { dropRestated, fallbackState, fallbackSubject, wholeEconomy, type FallbackState } from './subject-fallback';

const NO_RESP: ReadonlyMap<number, RespectiveSlot> = new Map();

export interface DocContext {
  seed: string;
  /** Year of the document (from its publication date, else its text). */
  year: number;
  /** Publication year-month as year*12+month; figures for later months are plans. */
  published: number;
  pubYear: number;
  pubMonth: number;
  /** Neither the text nor its metadata gives a year: figures cannot be dated. */
  undated?: boolean;
  /** No year in the text or metadata: the year is the caller's fallbackYear (a warning says so). */
  assumedYear?: boolean;
  /** The publication date is the metadata's or the page's own stamp, not worked out from the years the text writes. */
  dated?: boolean;
  /** The document's own subject (from its title or heading), for text that names it only generically. */
  subject?: Subject | null;
  /** The type word a text uses for its unnamed zone ("高新区"), when nothing names it. */
  placeholder?: Subject | null;
  /** The province "全省" refers to (see subjects.homeProvince); null: a province other than Shanxi, not named. */
  province?: Subject | null;
  /** The county outside the gazetteer a page is about ("甲县与全省同步…"): its name and who it stands for. */
  homeCounty?: { name: string; subject: Subject } | null;
  /** The text names no province, city or zone of its own: "N个国家级开发区" are all of the country's. */
  national?: boolean;
  /** Cities of other provinces the text names with 市 (short → full name), see subjects.otherCities. */
  otherCities?: Map<string, string>;
  /** The city "我市" refers to when the text never names it: the one city its page furniture names. */
  homeCity?: Subject | null;
}

export interface Prepared {
  numbers: NumberToken[];
  keywords: KeywordHit[];
  rates: Array<{ start: number; end: number; key: string }>;
  cues: PeriodCue[];
  subjectWords: Array<{ start: number; end: number; what: 'city' | 'province' | 'self' }>;
  qizhong: Array<{ start: number; end: number }>;
  batchWords: Array<{ start: number; end: number; key: string }>;
}

/** A sentence about one project: "该项目…", "项目由某公司投资", "甲项目是/位于…". */
// A sentence opening with one project's name and then its money ("甲乙精密轴承项目,总投资5亿元") is about that project
// too (a count of projects, a batch or round word, or 其中/等 makes it a set: "签约项目,总投资…" is not one project).
const ONE_PROJECT_RE = /该项目|此项目|本项目|这个项目|项目由[^，,。；;]{1,24}投资|^[^，,。；;]{2,30}?项目(?:是|位于|由)|^(?:(?!签约|签订|开工|投产|竣工|一批|其中|重点|重大|招商|新建|续建|在建)[^，,。；;、等\d“”"])[^，,。；;、等\d“”"]{3,29}?(?<!签约|开工|投产|重点|重大|产业|工业|招商|新建|续建|在建|竣工)项目[,，](?:计划)?总?投资(?:额|总额)?(?:约|达|为)?$/;
/** Project counts signed, started and commissioned side by side: the three batches of "三个一批". */
const VERB_PROJECT_RE = /(签约|开工|投产)项目|项目[^，,。；;﹔\d]{0,6}?(签约|开工|投产)/g;
function projectVerbs(para: string): number {
  if (!para.includes('项目')) return 0;
  const seen = new Set<string>();
  VERB_PROJECT_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VERB_PROJECT_RE.exec(para)); ) seen.add(m[1] ?? m[2]);
  return seen.size;
}
/**
 * An event of the three batches — signing, starting and commissioning projects at once — runs batches as
 * "三个一批" does, whatever it is called: "签约开工投产活动", "集中签约、开工、投产", "“三集中”活动" with
 * 集中签约…集中开工…集中投产. Its counts and amounts are batches.
 * An event of two of them ("集中签约开工活动", "集中签约暨集中开工仪式", 集中签约…;集中开工…) is not: the
 * annotated sets (all nine) record its signing as signed_projects and leave its start-up (or completion) batch
 * out, as they leave a 集中开工 campaign out. (Verbs joined right after 集中, or before 仪式/活动/大会:
 * "确保项目尽快开工投产" is no event.)
 */
const JOINT_EVENT_RE = /集中(签约|开工|投产)(?:[、和及与]|暨)?(?:集中)?(签约|开工|投产)(?:[、和及与]|暨)?(?:集中)?(签约|开工|投产)?|(签约|开工|投产)(?:[、和及与]|暨)?(签约|开工|投产)(?:[、和及与]|暨)?(签约|开工|投产)?(?:[、和及与]?竣工)?(?:仪式|活动|大会)/g;
const JOINT_EACH_RE = /集中(签约|开工|投产)/g;
function threeBatchEvent(para: string): boolean {
  if (!para.includes('签约') || !para.includes('投产')) return false;
  JOINT_EVENT_RE.lastIndex = 0;
  // ("全年组织集中签约开工投产活动4次,签约项目45个…": a year's events counted, whose figures are running totals.)
  for (let m: RegExpExecArray | null; (m = JOINT_EVENT_RE.exec(para)); ) {
    const verbs = new Set(m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]);
    verbs.delete(undefined as never);
    if (verbs.size === 3 && !/^(?:仪式|活动|大会)?\d+(?:次|场|期|轮)/.test(para.slice(m.index + m[0].length, m.index + m[0].length + 8))) return true;
  }
  // "集中签约项目12个…;集中开工项目8个…;集中投产项目5个": the three batches of one event, each said with 集中.
  const each = new Set<string>();
  JOINT_EACH_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = JOINT_EACH_RE.exec(para)); ) each.add(m[1]);
  return each.size === 3;
}
/** A round's projects all together, qualified only by generic words ("共落地发展优质项目", "共推进重点项目"). */
// (Not 累计/实施 — "滚动开展“三个一批”活动,…全年累计实施项目2135个" is a year of rolling rounds, every project under way.)
const ROUND_PROJECTS_RE = /(?:共|共计|合计)(?:落地|发展|推进|铺排)*(?:优质|重点|重大|产业|工业)*项目(?:共计|共|达)?$/;
/** A batch verb's count compared with a year before: a period's tally (see tallyPara). */
const TALLY_HINT_RE = /同比|上年|去年/;
const TALLY_RE = /(?:签约|开工|投产)[\u4e00-\u9fff]{0,6}?项目\d+个[，,、]?(?:同比|比上年|较上年|比去年|较去年)/;
/** A round named by its label: "三个一批", "五个一批", "签约一批"… */
const ROUND_LABEL_RE = /[三五]个一批|(?:签约|开工|投产)一批/;
const EVENT_NOW_RE = /^[,，\s]*(?:此次|本次|这次|近日|日前)/;
const CURRENT_OPENING_RE = /^[,，\s]*(?:今年|本年|目前|截至目前|当前|年初以来|年初至今)/;
const SAME_DAY_RE = /当天|当日|同日|是日/;
const THIS_EVENT_RE = /^[,，\s]*(?:此次|本次|这次)/;
const NOW_OPENING_RE = /^[,，\s]*(?:此次|本次|这次|今年|本年|目前|截至目前|当前|近日|日前)/;
/** Words of a ranking around the zones it lists ("排名后三位且不达目标值的为…"). */
const RANK_FILLER_RE = /排名|排在|位列|[前后][一二两三四五六七八九十\d]+位|且|不达目标值?|未达目标值?|的|为|是|分别|依次/g;
/** A kind of project as a sentence's topic ("新能源项目表现突出"), not project work in general ("项目建设"). */
const PROJECT_TOPIC_RE = /[\u4e00-\u9fff]{2}项目(?!建设|招商|工作|集中|签约|开工|推介|观摩)/;
/** A count that closes an enumeration: "A、B、C等" right before it. */
const ENUM_CLOSE_RE = /、[^，,。；;]{0,120}等$/;
const MONEY_UNITS = new Set(['亿元', '万元', '万亿元']);
const RATE_RE = new RegExp(RATE_WORDS.map((r) => r.word).join('|'), 'g');
/**
 * Subject words: who "全省/全市/我区/经开区" means is decided by the document, not by the word. Modifiers may
 * stand between the place word and the zone word ("全省纳入统计的64家工业类开发区", "山西省开发区").
 */
const ZONE_WORD = `(?:各类?)?${alt(OWN_WORDS)}`;
// (A count of them, in digits or words and with either classifier: "全市10个省级及以上工业园区", "我市九个经济技术开发区".)
const MODIFIER = '(?:纳入统计的)?(?:(?:\\d+|[一二三四五六七八九十两]{1,3})[家个])?[\\u4e00-\\u9fff]{0,5}?';
const SUBJECT_WORDS_RE = new RegExp(
  [
    `(?:山西全省|山西省|全省|我省|本省)${MODIFIER}${ZONE_WORD}`,
    `(?:全市|我市|本市|该市)${MODIFIER}${ZONE_WORD}`,
    `(?:全区|本区|我区|该区|全县|本县|我县)(?:${ZONE_WORD})?`,
    // (Not in a rank or a comparison: "…,全省第1位;", "全市平均水平" say where a figure stands, not whose it is.)
    // ("全省第七期“三个一批”" is the province's round: only a place in a ranking is refused.)
    '(?:我市|全市|我省|全省)(?!第[一二三四五六七八九十\\d]{1,3}(?:位|名|[，,。；;、)）]|$)|排名|排位|前列|首位|领先|领跑|平均|同期|[前后][一二三四五六七八九十两\\d])',
    // A bare type word in subject position: the document's or section's own zone.
    alt(OWN_WORDS),
  ].join('|'),
  'g',
);
const SELF_RE = new RegExp(`^(?:全区|本区|我区|该区|全县|本县|我县|${OWN_WORDS.join('|')})`);

const OWN_WORD_START_RE = new RegExp(`^${alt(OWN_WORDS)}`);
/** "以甲州经开区为例," closing the text before 该园区: the example's name (a zone word of the table ends it). */
const EXAMPLE_ZONE_RE = new RegExp(`以((?:(?!以)[\\u4e00-\\u9fff]){2,12}?${alt(tails(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form')))})为例[,，]?该?$`);
/** "…亿元的国家高新区", "…的企业": what is counted, after an amount that describes it. */
const COUNTED_KIND_RE = new RegExp(String.raw`^的[\u4e00-\u9fff]{0,4}?(?:${[...OWN_TAILS, '企业', '城市'].join('|')})`);

function allMatches(re: RegExp, text: string): Array<{ start: number; end: number; m: string }> {
  const out: Array<{ start: number; end: number; m: string }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length, m: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export function prepare(text: string): Prepared {
  return {
    numbers: findNumbers(text),
    keywords: findKeywords(text, 0, text.length),
    rates: allMatches(RATE_RE, text).map((r) => ({ ...r, key: RATE_WORDS.find((w) => w.word === r.m)!.key })),
    cues: findPeriodCues(text),
    subjectWords: allMatches(SUBJECT_WORDS_RE, text).map((r) => ({
      start: r.start,
      end: r.end,
      what: /^(?:山西|全省|我省|本省)/.test(r.m) ? 'province' : SELF_RE.test(r.m) ? 'self' : 'city',
    })),
    // "在117个新签约项目中,工业项目100个,投资总额…": "of those projects," opens a part as 其中 does. (Only where the count
    // opens its clause or follows 在/的 — "符合领办代办88个项目中,81个项目实行了领办代办" states a figure of its own.)
    qizhong: allMatches(/其中|中(?=[,，])(?<=(?:^|[在的,，:：])\d+个[\u4e00-\u9fff]{0,6}项目中)/g, text),
    // "开工重点项目15个", "投产亿元以上项目6个": a generic qualifier may stand between the verb and 项目.
    // (A round whose third batch is "竣工一批" — 签约一批、开工一批、竣工一批 — names it by 竣工: "可竣工项目35个".)
    batchWords: allMatches(text.includes('竣工一批') ? /(?:开工|投产|竣工)(?:重点|重大|产业|优质|亿元以上)?项目/g : /(?:开工|投产)(?:重点|重大|产业|优质|亿元以上)?项目/g, text).map((r) => ({
      ...r,
      key: r.m.startsWith('开工') ? 'batch_started' : 'batch_commissioned',
    })),
  };
}

/**
 * Walks a list sorted by start, in text order: each call returns the items in [from, to) and
 * moves on. Sentences are visited in order, so the whole pass is linear (no search per sentence).
 */
class Cursor<T extends { start: number }> {
  private i = 0;
  constructor(private readonly arr: T[]) {}
  take(from: number, to: number): T[] {
    const a = this.arr;
    // Asked for an earlier range (never in practice): fall back to a search.
    if (this.i > 0 && a[this.i - 1].start >= from) this.i = lowerBound(a, from);
    while (this.i < a.length && a[this.i].start < from) this.i++;
    const out: T[] = [];
    let j = this.i;
    while (j < a.length && a[j].start < to) out.push(a[j++]);
    this.i = j;
    return out;
  }
}

const YOY_RE = /同比|比增|较上年增|增长|增速|增幅|涨幅|下降|减少|增加|提高|上涨|回落|下滑|净增/;
const OTHER_RATE_RE = /(?:落地|履约|转化|到位|入驻|出租|就业|覆盖|贡献|合格|达标|利用|完成|开工|投产|达效|达产)率/;
const NEG_RE = /下降|减少|回落|下滑|负增长/;
const SHARE_RE = /占.{0,12}(?:比重|比例)|占比|比重|占全[市省区县]|占(?:工业投资|固定资产投资|全部|总量)/;
const INVEST_RE = /投资|签约额|金额|总额|引资|签约资金|协议资金|招商(?:引资)?任务/;
const PROJECT_TOTAL_RE = /总投资|计划投资|计划总投资|投资额|签约额/;
// (Not last year as the period of what its clause reports — "甲园区去年完成规上工业增加值21亿元", "去年全年…", "去年共…":
// a comparison says 比/较/与/同 before it or 同期/的 after it.)
const BASE_RE = /去年同期|上年同期|同期|[比较与同于](?:上年|去年)|(?:上年|去年)(?!完成|实现|共|累计|全年)|基数/;
// ("不达目标值的为…": ranked against the goal, not a goal.)
const TARGET_RE = /计划(?!总?投资|投资)|年度计划|(?<!达)目标|力争|确保|争取|省定|考核任务|任务|预期/;
/** Said of a whole sentence: what is being organised or planned is not yet achieved. */
/** "签约233个项目", "132个项目签约落地", "10个项目进行了现场签约": the verb names the batch. */
const VERB_BATCH: Array<{ verb: RegExp; key: 'batch_signed' | 'batch_started' | 'batch_commissioned' }> = [
  { verb: /签约|签订/, key: 'batch_signed' },
  { verb: /开工|动工/, key: 'batch_started' },
  { verb: /投产|达产|达效/, key: 'batch_commissioned' },
];
const VERB_BEFORE_RE = /(签约|签订|开工|动工|投产|达产|达效)(?:了)?的?$/;
/**
 * Outside "三个一批", "签约N个项目" is the zone's signing count only where the verb opens the statement
 * ("签约6个项目", "今日集中签约17个项目", "全市共签约…"); after a sector ("…产业签约80个项目") it is a part.
 */
// The event the report is about may open it too ("会议签约11个项目", "会上签约…", "此次签约…"): an event is not a
// sector. "成功签约的26个项目": the verb as an attribute of the count reads the same; so does "签约引进45个项目"
// (signed and brought in: one signing).
// 签约落户 ("集中签约落户12个优质项目"): signed and settled in the zone, one signing.
const SIGN_OPEN_RE = /(?:^|[\s]|日电|共|累计|集中|现场|今日|今天|当天|当日|成功|新|共计|此次|本次|会议|会上|大会上?|活动(?:中|上)?|仪式上|期间|一次性)(?:签约|签订)(?:引进|落地|落户)?(?:了)?的?$/;
/**
 * "该市签约95个项目", "某某开发区签约9个项目", "甲县共签约…": the clause's subject (a place or zone, or 该市/全县…)
 * standing before the verb opens the statement as well as the verb does (a sector — "新能源产业签约…" — does not).
 * A period written in digits may stand first with no comma: "1—7月我区签约引进45个项目".
 */
const SUBJECT_LEAD_RE = /^(?:\d{4}年|\d{1,2}(?:[—–\-~～至]\d{1,2})?月份?|前\d{1,2}个?月)*(?:(?:该|全|我|本)[市县区省]|[\u4e00-\u9fff]{1,12}?(?:开发区|高新区|经开区|工业园区|产业园区|示范区|集聚区|新区|[市县省]))(?=(?:又|还|共|累计|共计|集中|现场|成功|新|一次性)?(?:签约|签订))/;
const VERB_ATTR_NOUN_RE = /(签约|签订|开工|动工|投产|落户)(?:落地|落户|引进)?的(?:重点|重大|产业|优质|工业|招商)?项目(?:共计|共有|共|有|为|达)*$/;
/** "签约的总投资318亿元26个项目": an amount standing between the verb and its count. */
const AMOUNT_TAIL_RE = /的?(?:计划)?(?:总投资|投资总额|投资)(?:额)?(?:约|达|为|超|近)?\d+(?:\.\d+)?(?:亿元|万元)的?$/;
// "24个项目在某产业园集中签约": the verb may come after a place phrase in the same clause. 落户 ("落户该区")
// says the project came to the zone: signed, outside "三个一批".
const VERB_AFTER_RE = /^(?:个)?[\u4e00-\u9fff]{0,4}?项目[^，,。；;]{0,20}?(签约|签订|开工|动工|投产|达产|达效|落户)/;
/** "10个签约项目", "19个开工项目": the verb stands before the project noun. */
const VERB_ADJ_RE = /^(?:个)?(签约|签订|开工|动工|投产)项目/;
/** A signing count with no size threshold in a sentence's rest ("…,完成重点签约项目79个"). */
const LATER_SIGNING_RE = /签约([\u4e00-\u9fff]{0,8}?)项目(?:达到|达|共|为)?\d+(?:个|项)|签约(\d+)(?:个|项)项目/;
function laterSigningCount(rest: string): boolean {
  if (!rest.includes('签约')) return false;
  const m = LATER_SIGNING_RE.exec(rest);
  return !!m && !/以上/.test(m[1] ?? '');
}
/** "46个“三个一批”项目": all batches' projects. */
const ALL_BATCHES_RE = /^(?:个)?[“"‘']?[三五]个一批[”"’']?项目/;
const BATCH_LABEL_RE = /^(?:个)?[“"‘']?(签约|开工|投产)一批[”"’']?项目/;
/**
 * "总投资177.26亿元的29个项目集中签约", "总投资73.9亿元的10个签约项目": an amount written before the count it
 * belongs to; the verb after it (or before 项目) names the batch, not whatever was named earlier.
 */
const PREMOD_RE = /^的\d+个([\u4e00-\u9fff“”"‘’']{0,10}?)项目([^，,。；;、]{0,8})/;
const BATCH_VERB_RE = /签约|签订|开工|动工|投产|达产|达效|落户/;
function batchOfVerb(before: string, after: string, inBatch: boolean): 'batch_signed' | 'batch_started' | 'batch_commissioned' | 'batch_total' | null {
  if (ALL_BATCHES_RE.test(after)) return 'batch_total';
  // "55个“投产一批”项目全部由…“开工一批”项目转化而来": the batch the count's own noun names, whatever the clause says after.
  const label = inBatch ? BATCH_LABEL_RE.exec(after) : null;
  if (label) return label[1] === '签约' ? 'batch_signed' : label[1] === '开工' ? 'batch_started' : 'batch_commissioned';
  // "20个重点项目集中签约、开工、投产": the three batches at once.
  if (/^(?:个)?[\u4e00-\u9fff]{0,6}?项目[^，,。；;]{0,8}?签约[、和及与]?开工[、和及与]?(?:和|及)?投产/.test(after)) return 'batch_total';
  // "集中签约、开工、投产的项目有42个": all batches named together before the count.
  // (Outside a named round too when the three verbs stand right before 项目 — "现场集中签约、开工、投产项目共计134个":
  // the three together name the round, as "三个一批" does.)
  // (No verb of its own between: "签约开工投产活动共签约项目18个" is the signed batch.)
  if (inBatch && /签约[、和及与]?开工[、和及与]?(?:和|及)?投产[^，,。；;\d签开投]{0,6}项目[有为共计达]*$/.test(before)) return 'batch_total';
  if (/签约[、和及与]开工[、和及与](?:和|及)?投产的?项目(?:共计|总计|合计|共|有|为|达)*$/.test(before)) return 'batch_total';
  const adj = inBatch ? VERB_ADJ_RE.exec(after) : null;
  if (adj) return VERB_BATCH.find((b) => b.verb.test(adj[1]))!.key;
  after = beforeFirst(after, /[、\d]/);
  // "本次集中签约的项目33个", "集中开工的重点项目40个": the verb as an attribute of 项目, the count after it.
  before = before.replace(AMOUNT_TAIL_RE, '').replace(VERB_ATTR_NOUN_RE, '$1的').replace(SUBJECT_LEAD_RE, '');
  // "此次签约的5个项目分别是：…": the signed projects named again to introduce their list, not a new count.
  if (/的$/.test(before) && /^(?:个)?[^，,。；;]{0,8}?项目(?:分别|依次|包括|主要|有[:：—]|是[:：]|为[:：])/.test(after)) return null;
  // "88个转型项目集中签约开工投产": all batches at once is the total. (One verb twice — "以云签约方式成功签约" —
  // is one batch.)
  if (new Set(after.match(/签约|开工|投产/g)).size > 1) return inBatch && /^(?:个)?[\u4e00-\u9fff]{0,4}?项目/.test(after) ? 'batch_total' : null;
  // Outside "三个一批" only "N个项目…签约" closes a count; "签约80个项目" there is often one sector's share.
  const v = (inBatch ? VERB_BEFORE_RE.exec(before)?.[1] : SIGN_OPEN_RE.test(before) ? '签约' : undefined) ?? VERB_AFTER_RE.exec(after)?.[1];
  if (!v || (v === '落户' && inBatch)) return null;
  if (v === '落户') return 'batch_signed';
  return VERB_BATCH.find((b) => b.verb.test(v))!.key;
}
/**
 * The batch (or, outside "三个一批", the signed projects) a count of projects names by its verb, as a reader takes
 * "12个项目集中签约" or "集中签约12个项目". After 其中 a verb states part of a batch ("其中…已有12个项目达效"), not a batch.
 */
function countVerbDef(text: string, senStart: number, cStart: number, countStart: number, countAfter: string, inBatch: boolean, senEnd?: number): IndicatorDef | null {
  // (Searched within the sentence only: a 其中 before it does not count, and a search back through the
  // whole document for every count would grow with the document's length.)
  const qzIn = text.slice(senStart, countStart).lastIndexOf('其中', countStart - 2 - senStart);
  const qz = qzIn < 0 ? -1 : senStart + qzIn;
  if (qz >= senStart && !(inBatch && BATCH_BREAKDOWN_RE.test(text.slice(qz, text.indexOf('。', countStart) >>> 0)))) return null;
  // (Outside "三个一批", a verb-first count after an earlier project topic — "新能源项目表现突出,签约80个项目" —
  // is that topic's share: only the clause text is offered when the sentence has no earlier 项目.)
  const lead = text.slice(senStart, cStart);
  const vb = batchOfVerb(inBatch || !PROJECT_TOPIC_RE.test(lead) ? text.slice(cStart, countStart) : '', countAfter, inBatch);
  if (vb) return inBatch || vb === 'batch_total' ? BY_KEY.get(vb)! : vb === 'batch_signed' ? BY_KEY.get('signed_projects')! : null;
  // The verb after the count's amount, when the clause itself names no batch: the sentence does.
  // (The sentence's rest is read only when the count's clause ends right after 项目 or goes on with 、.)
  if (senEnd !== undefined && /^(?:个)?[\u4e00-\u9fff]{0,4}?项目(?:、|$)/.test(countAfter)) {
    const va = VERB_AFTER_AMOUNT_RE.exec(text.slice(countStart, senEnd).replace(/^\D{0,3}\d+(?:\.\d+)?(?:余|多)?/, ''));
    if (va) {
      const v = va[1];
      if (v === '落户') return inBatch ? null : BY_KEY.get('signed_projects')!;
      const key = VERB_BATCH.find((b) => b.verb.test(v))!.key;
      return inBatch ? BY_KEY.get(key)! : key === 'batch_signed' ? BY_KEY.get('signed_projects')! : null;
    }
  }
  return null;
}
/** A count of an event's projects all together: "共有52个项目参加", "共涉及项目45个", "项目共计134个". */
const EVENT_TOTAL_BEFORE_RE = /^[，,\s]*(?:此次|本次|这次|活动|现场|当天|当日)*(?:共有|共涉及|涉及|共计|合计|总计|共)(?:项目)?(?:共计|共|有|达)?$|^[，,\s]*(?:此次|本次|活动)*(?:参加|参与)(?:活动|此次活动)?的项目(?:共计|共|有)*$/;
const EVENT_TOTAL_AFTER_RE = /^个?(?:重点|重大|产业)?(?:项目)?(?:参加|参与)?(?:活动)?(?:[，,。；;、]|$)/;
/** "总投资分别为72亿元、95亿元、40亿元": an amount word, then 分别 and a list of amounts. */
const AMOUNT_LIST_HEAD_RE = /(?:计划)?(?:总投资|投资总额|投资额|总投资额|协议投资额?)(?:分别)(?:为|是|达|约|达到)?$/;
/** The amounts of such a list, by start: their place in it and its length. */
function amountListAfterCounts(text: string, from: number, to: number, nums: NumberToken[]): Map<number, { i: number; n: number }> | null {
  for (let k = 0; k < nums.length; k++) {
    const t = nums[k];
    if (!MONEY_UNITS.has(t.unit) || !AMOUNT_LIST_HEAD_RE.test(text.slice(Math.max(from, t.start - 12), t.start))) continue;
    const list = [t];
    for (let j = k + 1; j < nums.length && nums[j].start < to; j++) {
      if (!MONEY_UNITS.has(nums[j].unit) || !/^(?:[、,，]|和|及|与)$/.test(text.slice(list[list.length - 1].end, nums[j].start))) break;
      list.push(nums[j]);
    }
    if (list.length < 2) return null;
    return new Map(list.map((x, i) => [x.start, { i, n: list.length }]));
  }
  return null;
}
const SIGNING_MONEY_AFTER_RE = /(?:集中|现场)签约[，,](?:合同引资额|合同引资|签约金额|签约额|签约资金|协议投资额?|协议引资)(?:为|达|约|共)?$/;
/** Rounds named as a topic reported on (“三个一批”项目进展情况), not as the round of the passage. (A history of rounds —
 * 历次“三个一批”活动中累计签约… — still counts batches.) */
const EARLIER_ROUNDS_RE = /[三五]个一批[”"’']?项目(?:的)?(?:进展|推进|建设进度|完成)情况/;
/** A project's capacity in its name (年产10万吨…项目, 日处理500吨…): part of a name, not a figure. */
const CAPACITY_BEFORE_RE = /(?:年产|年处理|年加工|年生产|年产能|年吞吐|日产|日处理)(?:能|量)?(?:约|近|超)?$/;
/** Units of amounts and physical quantities (not counts in a classifier). */
const AMOUNT_UNIT_RE = /元|^[亿万]$|吨|米|瓦|公里|公顷/;
/** Words that only say a rate is growth against a base ("同比", "比上年同期", "增幅为"). */
const YOY_WORDS_RE = /同比|环比|比增|较上年增|涨幅|净增|比上年同期|比去年同期|较上年同期|较去年同期|上年同期|去年同期|比上年|比去年|较上年|较去年|同期|上年|去年|增长率|增长|增速|增幅|增加|下降|减少|提高|上涨|回落|下滑|负增长|分别|达到|达|为|了|实现|保持|左右|目标值?|任务|计划|力争|确保|争取|预期|省定|低于|高于|是|的|幅度|大幅|小幅|逆势|较快|快速|稳步|强劲|持续|平稳|显著|明显|高速|迅猛|有所|继续|仍|再|又|也|均|都|以上/g;
/** What is left of a clause once fillers, zone names and rank words are gone: two characters or more name another thing. */
function namesOther(clause: string, words?: RegExp, figure?: RegExp): boolean {
  if (BASE_RE.test(clause)) return false;
  // (Line breaks from the printed page may split a word: "增\n速".)
  let c = clause.replace(/[^\u4e00-\u9fff]/g, '');
  if (words) c = c.replace(words, '');
  c = c.replace(RANK_FILLER_RE, '').replace(ZONE_NAME_RE, '').replace(FILLER_RE, '');
  return c.length > 1 && (!figure || figure.test(c));
}
/** Nouns of figures ("利润总额", "到位资金", "用电量"): what a growth rate's own clause must name to be another's. */
const FIGURE_NOUN_RE = /额|值|收入|利润|利税|税|资金|外资|投入|产量|用电量|电量|支出|总量|销售|出口|进口|收益|效益/;
/** Indicators a share may be taken of, named before 占比 ("工业投资占比100%"). */
const SHARE_WHOLE_RE = /(?:规模以上|规上)?工业(?:固定资产投资|投资|增加值|总产值|产值)|固定资产投资|营业收入|主营业务收入/g;
/** Counts of each of the three batches ("签约12个项目", "开工项目15个"). */
const ALL_THREE_COUNTED_RE = [/签约(?:项目)?\d+个/, /开工(?:项目)?\d+个/, /投产(?:项目)?\d+个/];
/** "其中签约12个,开工15个,投产6个": after 其中, the three batches side by side break a total down (not a part of one batch). */
const BATCH_BREAKDOWN_RE = /其中[^。]*签约(?:项目)?\d+个[^。]*开工(?:项目)?\d+个[^。]*投产(?:项目)?\d+个/;
/**
 * "共有12个项目、总投资56亿元在会上集中签约", "12个项目,总投资56亿元,现场签约": the count, its amount, then the verb;
 * nothing planned (计划/将/拟/待) and no other number in between.
 */
const VERB_AFTER_AMOUNT_RE = /^(?:个)?[\u4e00-\u9fff]{0,4}?项目[、，,](?:计划)?(?:总投资|投资总额|投资)(?:额)?(?:约|达|超|近|为)?\d+(?:\.\d+)?(?:亿元|万元)[、，,]?(?:(?!计划|将|拟|待|已|项目)[^，,。；;\d]){0,12}?(签约|签订|开工|动工|投产|落户)/;
/** A count right after an amount in one clause: "总投资X亿元的N个项目", "总投资X亿元N个项目". */
const COUNT_NEXT_RE = /^(的?)(\d+)个/;
/**
 * A sentence that opens (after a date or period) with "<name><zone type>": 2–4 name characters, no grammar.
 * (高新技术产业园区, a provincial park type, is a type word of its own: "万年高新技术产业园区" is named 万年.)
 * A bare 园区 after a name of its own is a park ("1~5月,石化园区规上工业增加值…": the park's figure, not its zone's);
 * 1~5月 is written with a tilde as often as with a dash.
 * (成 may start the name, as in 成都/成安: it is refused inside a name only for 完成.)
 * A reporting lead-in may open the sentence ("统计数据显示,今年1-9月,某某经开区累计签约…").
 * The zone's figure may follow its name directly, under any indicator name ("某某高新区国家高新技术企业达到…",
 * "…四上企业…", "…技工贸总收入…"). Not a name before 、 (a list of parks, "甲产业园、乙产业园等一批厂房…", is no one subject) or closing its sentence
 * alone (a photo caption, "某某新兴产业园。").
 */
const OPENING_ZONE_RE = new RegExp(
  String.raw`^(?:[^,，。；;\d]{1,10}?(?:显示|获悉|了解到|据悉)[,，:：]|其中|另外|此外|同时|\d{1,2}月\d{1,2}日|\d{4}年|上半年|前三季度|今年以来|今年|\d{1,2}[-—–~～至]\d{1,2}月份?|前\d{1,2}个?月|[,，\s])*((?:成|[^\s\d\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给年月日季度半据])[^\s\d\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给年月日季度半据]{1,4}?)(${[...NAMED_WORDS, '新区'].sort((a, b) => b.length - a.length).join('|')})(?=[^\u4e00-\u9fff、。]|上半年|前三季度|今年|全年|\d|实现|完成|新|签约|累计|共|规上|规模|固定|工业|营业|主营|产值|技工贸|科工贸|高新技术|国家高新|四上|全力|着力|大力|持续|加快|积极|坚持|聚焦)`,
  'u',
);
/**
 * Parks inside the subject named as parts after 其中 ("其中甲乙产业园完成8亿元、丙丁工业园完成5亿元"):
 * each figure is the park's own total, not a restatement of the subject's.
 */
const PART_PARK_RE =
  /(?:其中[,，：:]?|[、,，;；])([^\s\d\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给年月日季度半]{2,10}?(?:产业园区|工业园区|产业园|工业园|园区|片区))(?=完成|实现|\d|规上|规模|工业|营业|固定|签约|新|累计|共|达|的|增长|同比|比增|下降|分别)/gu;
/**
 * Zones named in a list of values after 其中 ("过百亿园区5个,其中甲经济技术开发区主营业务收入49亿元,…;乙经济开发区32亿元"):
 * each figure is that zone's own, as for parks above; the zone needs a name of its own (not 经济开发区, 国家级开发区).
 */
// (Parks are read by PART_PARK_RE.)
const PART_ZONE_RE = new RegExp(
  String.raw`(?:其中[,，：:]?|[、,，;；])([^\s\d\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给年月日季度半]{2,8}?${alt(zoneWords('zone', 'park-type'))})(?=完成|实现|\d|主营|营业|营收|规上|规模|工业|固定|签约|新签约|累计|共)`,
  'gu',
);
/** Stems that make "…园区" after 其中 a level or a share of parks, not one park (高新园区/化工园区 are parks). */
const PART_GENERIC_RE = /^(?:国家级?|省级|市级|县级|区级|重点|其他|其余|部分|多数|主要|各类?|全部|所有|相关|新建|已建)$|^(?:国家|省|市|县)/;
/** A zone name at a clause start, after an optional date ("…。3月4日,某州经开区…"): lede subjects. */
// (Not a bare 园区 or 高新技术产业园区: the lede reading was written and measured without them.)
const LEDE_ZONE_RE = new RegExp(
  String.raw`(?:^|[。！？!?；;，,…])(?:\d{1,2}月\d{1,2}日|近日|日前|今年以来|[\s，,])*([^\s\d\p{P}A-Za-z和与及的等或在对向把将从为是了并且各全本我该这其有共已要由被让使给年月日季度半据]{2,5}?)(${zoneWords('zone', 'park').join('|')})`,
  'gu',
);
/** Verbs that make "指导开发区…", "推动园区…" a clause about zones, not a zone's name. */
const LEDE_VERB_RE = /指导|推动|支持|引导|鼓励|要求|督促|帮助|组织|协调|服务|加快|推进|建设|打造|提升|优化|加强|围绕|依托|促进|全力|积极|实施|聚焦/;
/** What follows a zone that is what the lede reports on: its offices, an event, a period, a result. */
const LEDE_AFTER_RE = /^(?:党工委|管委会|召开|举行|举办|传来|上半年|前三季度|今年|全年|实现|完成|累计|共|新|签约|[,，])/;
/** Stems that describe a kind or level of zone, not a zone's name. */
const GENERIC_STEM_RE = /^(?:国家级?|省级|市级|县级|区级|国家|工业|产业|科技|物流|农业|化工|现代|重点|其他|其余|部分|多数|主要|新型|特色|综合|经济|高新|省内|市内|县域|城市|沿海)$|^(?:国家|省|市|县)/;

/** A name line that ends in a colon: a heading for what follows. */
const COLON_HEADING_RE = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．])?[^\d，,。；;：:]{2,30}[：:]$/;
const CAPACITY_CUE_RE = /达产后|达效后|建成后|投产后|满产后|全部投产|预计年|可实现年|年可实现|可新增年/;
/** A list closed with a qualified count: "等智能制造项目18个", "等6个新能源项目". */
const SECTOR_LIST_RE = /、[^，,。；;]{1,30}?等(?:([\u4e00-\u9fff]{2,6})项目\d+个|\d+个([\u4e00-\u9fff]{2,6})项目)/;
// (Generic words together are generic too: "等一批优质项目270个".)
const GENERIC_QUALIFIER = /^(?:重点|重大|一批|优质|大|好|产业|工业)+$|签约|开工|投产|落地|成功|公司|企业|单位|集团/;
/**
 * A sentence opening with a counted sub-group of zones of one level, alone or after one zone
 * ("其中,8个国家级开发区…", "截至一季度,高新区和六个省级工业园区完成…"); not "全市4个省级开发区" (all of them).
 */
const SUBGROUP_OPEN_RE =
  new RegExp(String.raw`^(?:[^，,。；;]{0,8}?[,，])?(?:[\u4e00-\u9fff]{2,6}和)?(?:\d+|[一二三四五六七八九十两]+)[个家](?:国家级?|省级|市级|县级)[\u4e00-\u9fff]{0,4}?${alt(OWN_TAILS)}`);
const NAMED_WORD_END_RE = new RegExp(`${alt(NAMED_WORDS)}$`);
/** A zone name with a name of its own before its type word ("经济开发区", "国家级开发区" have none). */
function ownStem(raw: string): boolean {
  const stem = raw.replace(NAMED_WORD_END_RE, '');
  return stem.length >= 2 && !GENERIC_STEM_RE.test(stem) && !PART_GENERIC_RE.test(stem);
}
/** Signing words that name an amount, not a count. */
const SIGNED_MONEY_WORD_RE = /金额|总额|签约额|引资|总投资|协议投资|签约资金|签约投资/;
/** A city's own statement of signings or totals right after its name, opening a clause. */
const CITY_CLAUSE_REPORT_RE = /^(?:招商引资|共签约|累计签约|新签约|签约项目|共引进|累计引进)/;
/** What opens a clause of a list: 其中 after a comma, or a list separator. */
const LIST_LEAD_RE = /^(?:[,，：:]其中[,，：:]?|[;；、])$/;
/** A zone's figure right after its name: an indicator word (after 实现/完成) or a number. */
const FIGURE_AFTER_NAME_RE = /^(?:实现|完成|的)?(?:\d|主营业务收入|营业收入|营收|工业总产值|规上工业|规模以上工业|工业增加值|固定资产投资|工业投资|签约)/;
/**
 * An item of a list of zones each with its own growth rate ("分别是甲经开区同比增长40.1%、乙工业集中区同比增长29.1%"):
 * the zone's name and the growth words, nothing else, between the item's separator (or 分别是) and its rate.
 */
const ITEM_BREAK = new Set(['、', '，', ',', '；', ';', '：', ':']);
const ITEM_WORDS = zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form');
const ITEM_TAIL_RE = new RegExp(`${alt(ITEM_WORDS)}$`);
const ITEM_ZONE_RE = new RegExp(String.raw`^(?:(?:分别|依次)(?:是|为)[：:]?)?([\u4e00-\u9fff]{2,12}?${alt(ITEM_WORDS)})(?:同比|比上年同期|较上年同期|比上年|较上年)?(?:增长|下降|增速|增幅)(?:为|达|是|了)?$`);
/** A growth clause right after a count ("…项目395个,同比增长"). */
const COUNT_THEN_GROWTH_RE = /\d[个项][,，、]?(?:同比|比上年|较上年|比去年|较去年)?(?:分别)?(?:增长|增加|提高|下降|减少)了?$/;
/** A clause opening with a count of zones ("其中,20个开发区…", "12家园区…"). */
// (Any kind of zone counts: "28个集聚区产值过50亿元", "9个工业园营收超百亿元".)
const ZONE_COUNT_LEAD_RE = new RegExp(String.raw`^(?:其中)?[,，：:]?\d+[个家][\u4e00-\u9fff]{0,4}?${alt(tails(zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form')))}`);
/** Since the zone was founded: 建区以来, 建区20年来, 自成立以来, 开园十年来, 获批设立以来. */
const FOUNDED_SINCE_RE = /(?:建区|建园|开园|成立|设立|获批|批准设立|创建|组建)(?:以来|\d+(?:多|余)?年(?:以)?来|[一二三四五六七八九十两]+(?:多|余)?年(?:以)?来)/;
/** A change up to a value: "…增至62亿元", "…,增加到62家". */
const CHANGE_TO_RE = /^[^。；;]{0,14}?(?:增至|增加到|增长到|提高到|提升到|上升到|上升至|提高至|提升至|扩大到|达到)/;
/** "年度计划投资15亿元", "今年计划完成投资": what a set of projects is to spend this year. */
const YEAR_SPEND_RE = /(?:年度|当年|今年|年内|本年)(?:计划)?(?:完成)?投资(?:额)?(?:为|达|约|近)?$/;
/** "8个国家高新区实现…", "省级高新区实现…": a sub-group of the subject's zones, not the subject. */
const SUBGROUP_RE = new RegExp(String.raw`^(?:其中|另外|此外)?[,，]?(?:\d+个|\d+家)?(?:国家级?|省级|市级|县级)[\u4e00-\u9fff]{0,4}?${alt(OWN_TAILS)}`);
// "签约项目39个,拟投资430.85亿元": 拟投资 is the signed projects' amount, not a plan.
// "签约95个项目,总投资510亿元,拟引资506亿元": 拟引资 is the outside capital the signed contracts bring, not a plan.
const FUTURE_RE = /拟(?!投资|总投资|引资)|筹备|正在(?:积极)?(?:组织|谋划|筹划)|将于/;
const FORECAST_RE = /预计/;
/**
 * A statement opening as a plan ("全年计划实现…", "目标是…", "力争…"): see planStatement in extractFacts. (Not 争取:
 * "全年争取园区发展资金3500万元" is funding obtained.)
 */
const PLAN_STATEMENT_RE = /^[^，,；;。]{0,12}?(?:全年计划|年度计划|计划(?:全年|年内)?(?:实现|完成|达到)|(?:主要|年度)?目标(?:是|为)|力争)/;
/**
 * "占全年计划的50%", "完成园区全年计划的56.92%", "已完成年度目标任务的60%": progress against a plan, said of
 * an achieved figure — no target of its own.
 */
const SHARE_OF_PLAN_RE = /(?:占|完成)[^，,。；;]{0,16}?(?:计划|目标|任务)的?\s*[\d.]+%/g;
/** "预计今年年底可达", "到年底预计": an estimate of where a year will end. */
const YEAR_END_FORECAST_RE = /预计[^，,。；;]{0,8}(?:年底|年末)|(?:年底|年末)[^，,。；;]{0,6}预计/;
/** An estimate verb governing the figures after it (not 预计年产值, a project's capacity). */
/** "今年将完成工业投资60亿元", "要实现…", "有望突破…": a result still to come, in the figure's own clause. */
const PLAN_VERB_RE = /将(?:要)?(?:完成|实现|达到|突破|新增|签约|引进|实施|开工|投产|建成)|要(?:完成|实现|达到)|有望(?:完成|实现|达到|突破)?/;
const FORECAST_VERB_RE = /预计(?:全年)?(?:可)?(?:完成|实现|达到|达)/;
/** A sentence that names the previous one's figures as a goal: "这是省政府给定的目标", "以上为规划目标". */
const GOAL_NEXT_RE = /^[。；;\s]*(?:这|此|以上|上述)(?:是|为|些|都是|均为)?[^。，,；;]{0,12}(?:目标|任务|规划指标)/;
/** "年均增长20%": an average over several years, not this period's growth. */
const MULTI_YEAR_RATE_RE = /(?:年均|年平均|平均每年|平均)(?:增长|增速|增幅)?$/;
/** A clause stating a set of projects' planned or total money. */
const PROJECT_MONEY_CLAUSE_RE = /项目[^，,；;。]{0,6}(?:计划投资|总投资|投资额|计划总投资)[^，,；;。]*\d/;
/** "…项目27个,总投资336.41亿元," just before a clause: a set of projects and their money. */
const PROJECT_SET_BEFORE_RE = /项目\d+(?:个|项)[，,](?:计划)?(?:总)?投资(?:额|总额)?(?:约|达|超|为)?\d+(?:\.\d+)?[亿万]元[，,]$/;
/** A clause that names whose figure it is. */
const OWN_SUBJECT_RE = new RegExp(['全区', '全市', '全县', '全省', ...OWN_TAILS, '我区', '我市'].join('|'));
/** Deals announced as imminent: the figures describe a pipeline. */
const PIPELINE_RE = /(?:即将|近期将|拟于近期|拟|待)(?:集中)?(?:签约|签订|开工|投产|落地)/;
const CLAUSE_BREAK = /[，,；;。：:]/;
/** Indicators a city reports for its whole economy as well as for its zones. */
const CITY_ECONOMY_KEYS = new Set(['fixed_asset_investment', 'industrial_value_added', 'industrial_output', 'industrial_investment', 'revenue']);
/** Words of a county's whole economy: the county itself, or its GDP. */
const COUNTY_ECONOMY_RE = /该县|全县|我县|本县|县域|生产总值|GDP/;
/** A sentence listing a city's counties as units ("各县(市、区)", "各县区", "分县区看"). */
const COUNTY_UNITS_RE = /各县[(（]市[、,，]?区[)）]|各县(?:市)?区|分县(?:市)?区/;
/** Zones or parks of any kind in a sentence (a park's 园 too: 工业园, “一区八园”), for an area subject's figures. */
const AREA_ZONES_RE = new RegExp(`${alt(tails(ALL_WORDS))}|园`);
/** A mark a figure passes ("突破50亿元", "增长超过20%"). */
const THRESHOLD_END_RE = /(?:突破|超过|逾)$/;
const THRESHOLD_START_RE = /^(?:突破|超过|逾)/;
/**
 * Zones that each pass a mark: a list of three or more ("A经开区、B园区、C工业园") or a count of them ("四个园区",
 * "3家高新区"). (Two zones with one total — "A经开区、B园区总收入突破3000亿元" — are a group: not matched.)
 */
const ZT = alt(tails(ALL_WORDS));
const PLURAL_ZONES_RE = new RegExp(String.raw`${ZT}、[^，,。；;]{0,24}?${ZT}、[^，,。；;]{0,24}?${ZT}|(?:\d+|[一二三四五六七八九十两]+)[个家][^，,。；;]{0,6}?${ZT}`);
/** After a mark passed, the figure itself: "突破2500亿元,达到2600亿元", "突破50亿大关,达51.2亿元". */
const MARK_THEN_FIGURE_RE = /^[^，,。；;]{0,5}[,，](?:达到|达)\d/;
/** Words of an increment before a count ("新增2家", "全年认定高新技术企业23家", "新设市场主体…"). */
const INCREMENT_WORD_RE = /新增|新迁入|净增|新认定|新申报|申报|新培育|新入库|新获批|新登记|新设|新注册|(?:全年|年内|当年|本年|今年)认定|增加$/;
/** Counts of a stock of enterprises, whose increments are not recorded. */
const STOCK_KEYS = new Set(['high_tech_enterprises', 'above_scale_enterprises', 'market_entities']);
/** Words that state a stock, ending a run of increments. */
const STOCK_WORD_RE = /累计|突破|超过|总数|总量|达到|达|共有|现有|实有|拥有|合计|共计|总计|增至|[。；;]/;
/** Words that open a run of counted increments ("新增专精特新企业3家,技术中心1家,…"). */
const RUN_OPENER_RE = /新增|新认定|新引进|新设|净增|(?:全年|年内|当年|本年|今年)认定/g;
/** The words before a count at `pos` in its sentence are a run of counted items that an increment word opens. */
function incrementRun(text: string, senStart: number, pos: number): boolean {
  const from = Math.max(senStart, pos - 60);
  const before = text.slice(from, pos);
  let at = -1;
  for (const m of before.matchAll(RUN_OPENER_RE)) at = m.index! + m[0].length;
  if (at < 0) return false;
  return !STOCK_WORD_RE.test(before.slice(at));
}
/** Words that put zones in a sentence. */
const ZONE_TALK_RE = new RegExp([...OWN_TAILS, ...zoneWords('other')].join('|'));
/** A zone's name, removed from the words between an indicator and its number. */
const ZONE_NAME_RE = new RegExp(String.raw`[\u4e00-\u9fff]{1,10}?${alt([...OWN_TAILS, ...zoneWords('other')])}`, 'g');
// (An aside may follow the count: "签约项目42个(其中外资项目5个)", "“投产一批”1个(全省共4个)".)
// (A count may be followed at once by its projects' amount: "签约项目40个投资额203.8亿元".)
const OK_AFTER_COUNT = /^(?:$|[,，。；;、)）(（:："“”]|项目|企业|以上|左右|已|的项目|承诺制|标准地|全代办|领办代办|宗|亩|\d|高新技术企业|四上|市场主体|(?:计划|协议)?(?:总投资|投资总额|投资额)(?:为|达|约)?\d)/;
/** Words that may stand between an indicator and its number without naming something else. */
// (到三季度/到6月底/第一季度: a later period the running figure has reached — "…实现1055亿元,到三季度达到1199亿元".)
const FILLER_RE =
  /到(?=第?[一二三四]季度|前三季度|[上下]半年|年底|年末|\d+月)|第?[一二三四]季度(?:末|底)?|完成|提前|超额|年度|占|高于|低于|总数|达到|达|共计|总计|合计|共有|现有|累计|共|为|是|新增|实现|其中|已经|已|总投资|计划|全年|今年|以来|预计|力争|确保|争取|面积|项目|在库|签约额|投资额|投资|金额|合作金额|约|近|超过|突破|同比|增长|增速|增幅|下降|的|了|和|及|全部|目前|截至|截止|以上|上半年|前三季度|季度|月份|月|年底|年|份|底|有|办理|出让|审批|事项|件数|数量|总量|规模|新|入统|剩余|个|家|宗|亩|户|件|领办代办|代办|全代办|标准地|承诺制|四上|企业|数|落实|开展|主要|指标|情况|任务|省定|分别|一是|二是|三是|全市|全区|全省|我市|该市|本市|我区|该区|本区|全县|该县|我县|本县|开发区|工业类|各|涉及|铺排|推进|同步|活动|次|中|在|总额|总金额|超|协议|集中|现场|签约|开工|投产|动工|招商|引资|合同|资金|拟|增至|增加到|增长到|提高到|提升到|上升到|上升至|提高至|提升至/g;

/** Does [from, to) hold 省, 治 or 市 (a province, autonomous region or city may be named)? A char-code scan. */
function hasProvinceWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7701 || c === 0x6cbb || c === 0x5e02) return true;
  }
  return false;
}
/** Clause punctuation by char code: a lookup, not a regex per character (this is the hot loop). */
const BREAK_CODES = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of [0xff0c, 0x2c, 0xff1b, 0x3b, 0x3002, 0xff1a, 0x3a]) t[c] = 1;
  return t;
})();
export function isClauseBreak(code: number): boolean {
  return BREAK_CODES[code] === 1;
}
const DATELINE_RE = /^(?:[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日电|本报讯)\s*(?:[(（](?:记者|通讯员|见习记者)[^()（）]{0,24}[)）])?\s*/;
/** Offices and people after a zone's name: the sentence is about them, not the zone's figures. */
const PERSON_AFTER_RE = /^(?:党工委|管委会|党委|主要负责|负责人|相关负责|书记|主任|领导|干部|分会场|会场)/;
/** What may stand before a subject in its sentence: a date, a period, a connective. */
const LEAD_IN_RE = new RegExp(
  String.raw`^(?:\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}[-—–~～至]\d{1,2}月份?|前\d{1,2}个?月|上半年|下半年|前三季度|一季度|全年|今年以来|今年|目前|截至\d{1,2}月底?|截止\d{1,2}月底?|同时|此外|另外|其中|此次|本次|这次|本期|据悉|本报讯|近日|日前|[,，、\s]|` +
    // Datelines and reporter credits: "新华社太原5月3日电", "本报讯(记者 某某)".
    String.raw`[\u4e00-\u9fff]{2,12}?\d{1,2}月\d{1,2}日电|[(（](?:记者|通讯员|见习记者)[^()（）]{0,24}[)）])*$`,
);
/**
 * Does a name stand where a subject stands: at its sentence's start (after a date or period), or before
 * a heading colon ("阳泉市：")? Names in the middle of a clause are places in passing.
 */
export function atSubjectPosition(text: string, senStart: number, start: number, end: number): boolean {
  if (/^[：:]/.test(text.slice(end, end + 1))) return true;
  return LEAD_IN_RE.test(text.slice(senStart, start));
}

/** Where `name` opens a clause of the sentence [from, to) (after a connective or a date at most), else -1. */
function clauseOpening(text: string, from: number, to: number, name: string): number {
  for (let i = text.indexOf(name, from); i >= 0 && i < to; i = text.indexOf(name, i + name.length)) {
    const cs = clauseStart(text, i, from);
    if (CLAUSE_OPEN_LEAD_RE.exec(text.slice(cs, i))?.[0].length === i - cs) return i;
  }
  return -1;
}
const CLAUSE_OPEN_LEAD_RE = /^(?:其中|另外|此外|同时|随后|会后|最后|\d{1,2}月\d{1,2}日(?:上午|下午|晚)?|\d{4}年|上半年|前三季度|今年以来|今年|当天|当日|[\s“”"])*/;

/** A document's opening line without sentence punctuation: its headline. */
function isHeadline(line: string): boolean {
  return line.length <= 80 && !/[。；;，,！？]/.test(line);
}

/** Where the statement holding `pos` begins: after the last full stop (semicolons continue a statement). */
function statementStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0x0a || c === 0xff01 || c === 0xff1f) return i + 1;
  }
  return floor;
}

/** Order of a sentence's events at one position (see extractFacts). */
const EV_ORDER = { name: 0, place: 0, word: 1, cue: 2, kw: 3, bw: 3, rate: 4, qz: 5, num: 6 } as const;
/**
 * Sorts a sentence's events by position, then EV_ORDER, keeping pushes in order on ties — the order of a stable
 * sort with that comparator. (By insertion, inline: a sentence holds a few sorted runs of a handful of events, where
 * Array.prototype.sort pays a comparator call per comparison.)
 */
function sortEvents<E extends { t: keyof typeof EV_ORDER; pos: number }>(evs: E[]): void {
  for (let i = 1; i < evs.length; i++) {
    const x = evs[i];
    const xo = EV_ORDER[x.t];
    let j = i - 1;
    for (; j >= 0; j--) {
      const y = evs[j];
      if (y.pos < x.pos || (y.pos === x.pos && EV_ORDER[y.t] <= xo)) break;
      evs[j + 1] = y;
    }
    evs[j + 1] = x;
  }
}

function clauseStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (BREAK_CODES[text.charCodeAt(i)] === 1) return i + 1;
  return floor;
}
function clauseEnd(text: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) if (BREAK_CODES[text.charCodeAt(i)] === 1) return i;
  return ceil;
}

/** Is `pos` inside (…) within [from, pos)? Returns the paren's start or -1. */
function openParen(text: string, from: number, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= from; i--) {
    const c = text[i];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function decideMeasure(def: IndicatorDef, tok: NumberToken, cue: string, after: string): Measure | null {
  const allowed = def.measures;
  const unit = tok.unit;
  if (unit === '%') {
    if (SHARE_RE.test(cue) && allowed.share_pct) return 'share_pct';
    // "落地率由42.11%提高到79.55%": a rate of something else rising, not the indicator's growth.
    if (OTHER_RATE_RE.test(cue)) return null;
    if ((YOY_RE.test(cue) || /^的?(?:增速|增幅|涨幅|增长)/.test(after)) && allowed.yoy_pct) return 'yoy_pct';
    return null;
  }
  for (const [measure, units] of Object.entries(allowed) as Array<[Measure, string[]]>) {
    if (measure === 'yoy_pct' || measure === 'share_pct' || measure === 'rate_pct') continue;
    if (!units.includes(unit)) continue;
    // "带来102.3亿元的投资": the word may follow the amount.
    if (measure === 'investment' && !INVEST_RE.test(cue) && !/^的?(?:总)?投资/.test(after)) continue;
    // The indicator's own name ("工业投资额") is not a project's total.
    // (Computed only when the test below needs it.)
    const ownCue = () => def.words.reduce((c, w) => c.split(w).join(''), cue);
    if (measure === 'value' && (unit === '亿元' || unit === '万元') && /投资/.test(def.words[0]) && PROJECT_TOTAL_RE.test(ownCue()) && !/完成|年度计划/.test(cue))
      continue;
    return measure;
  }
  return null;
}

export interface FactsOut {
  facts: Fact[];
  warnings: ExtractWarning[];
}

/** "已逼近2020年全年水平", "2022年同期": a period named as a level compared with, which later yearless cues do not repeat. */
const LEVEL_AFTER_RE = /^的?(?:水平|同期|总量|规模)/;

export function extractFacts(n: Normalised, seg: Segmented, prep: Prepared, ctx: DocContext): FactsOut {
  const text = n.text;
  const facts: Fact[] = [];
  const warnings: ExtractWarning[] = [];

  // The document's usual reporting period: the most frequent explicit cumulative cue (later wins ties).
  // (One quarter's or month's figures — "6月份,…引进项目48个" — say what month the text reports up to only when
  // no cumulative cue does: "二季度抓协调、三季度抓推进" in a text of 1-8月 figures is a work rhythm.)
  const counts = new Map<number, number>();
  const partCounts = new Map<number, number>();
  for (const c of prep.cues) {
    if (c.toMonth === undefined || c.fromMonth || c.since || c.event) continue;
    const y = c.year ?? (c.relYear !== undefined ? ctx.year + c.relYear : ctx.year);
    if (y !== ctx.year) continue;
    const k = ym(y, c.toMonth);
    if (k > ctx.published) continue;
    const into = c.part ? partCounts : counts;
    into.set(k, (into.get(k) ?? 0) + 1);
  }
  if (!counts.size) for (const [k, n] of partCounts) counts.set(k, n);
  // A text dated only by the years it writes, that never writes its year with a month or a part of the year and
  // states no period of it ("4月18日,记者…获悉,2022年,某园区实现工业总产值…"): its months are a dateline's or an
  // event's, maybe of the year after, and a figure of the year named on its own is the whole year's (a year so far
  // is written 今年以来, 1-3月, 上半年 — which would be a period of the year stated here).
  // (A year reported on, not one planned for: "3月4日,…会议上传来消息,2025年,该区将…" is written early in that year.)
  const yearOnItsOwn =
    !ctx.dated && !counts.size &&
    !prep.cues.some((c) => (c.year === ctx.year && (c.toMonth !== undefined || (text.charCodeAt(c.start + 4) === 0x5e74 /* 年 */ && /^plan/.test(yearRole(text, c.start, c.start + 5))))) || c.relYear === 0);
  let defaultYM = ctx.published;
  // A report from the first months of a year that states only last year's periods ("2002年实现…", a review
  // "2021年工作回顾") is about last year: 目前/截至目前 there means the latest stated period (answers README).
  // (Not when it names the new year too: "2025年,该区将…" is about the year ahead.)
  // (Nor a year named as what the review prepares for: "为2023年精彩开局奠定基础".)
  if (!counts.size && ctx.pubMonth <= 4 && !prep.cues.some((c) => c.year === ctx.year && !c.event && !(text.charCodeAt(c.start + 4) === 0x5e74 && yearRole(text, c.start, c.start + 5) === 'plan')) && prep.cues.some((c) => c.year === ctx.year - 1 && !c.since && !c.fromMonth && !c.part && (c.toMonth === undefined || c.toMonth === 12)))
    defaultYM = ym(ctx.year - 1, 12);
  let best = -1;
  for (const [k, c] of counts) if (c > best || (c === best && k > defaultYM)) {
    best = c;
    defaultYM = k;
  }
  const defYear = Math.floor((defaultYM - 1) / 12);
  const defMonth = defaultYM - defYear * 12;

  // The date of the event reported last ("2月26日,…"), for a later 当天/当日.
  let lastEvent: PeriodCue | null = null;
  // The year each period name (months from*100+to) was last stated with: "2023年一季度" → 一季度 is 2023's.
  const namedYear = new Map<number, number>();
  // The paragraph's own cue, which ends a "2022年以来" running total (set before each periodOf call).
  let sinceBase: PeriodCue | null = null;
  // Where the sentence of the figure being dated starts (set before each periodOf call): a cue before it is inherited.
  let periodSentence = 0;
  const periodOf = (cue: PeriodCue | null, chunk: Chunk): { period: string; end: number; explicit: boolean } => {
    const h = chunk.info;
    if (cue) {
      const y = cue.year ?? (cue.relYear !== undefined ? ctx.year + cue.relYear : h.year ?? ctx.year);
      if (cue.since) {
        // A running total ("2022年以来", "“十四五”以来") runs up to the month the passage otherwise reports on, and
        // from the January of the year it starts in: the interval says its true span (2022-01/2023-09), as every
        // annotated set files such totals. On the app's slider it is a step of its own labelled with both years
        // ("2022年1月–2023年9月"), sorted just before the year-to-date step that ends in the same month; in as-of
        // view it stands in for that step only flagged as older, with its own label.
        const to = periodOf(cue.endCue ?? sinceBase ?? null, chunk);
        const toYear = Math.floor((to.end - 1) / 12);
        if (y >= toYear) return to;
        return { period: formatPeriod(toYear, to.end - toYear * 12, 1, y), end: to.end, explicit: true };
      }
      if (cue.toMonth !== undefined) return { period: formatPeriod(y, cue.toMonth, cue.fromMonth ?? 1), end: ym(y, cue.toMonth), explicit: true };
      // A year on its own: the whole year if it is over or planned, else the usual period.
      // (Planned: "2022年,经开区将…实现…增长8%的目标". And a year that has barely begun — a usual period of one or
      // two months, a text published in January or February — has no figures of its own yet: "2019年…分别达到220亿元、200亿元"
      // written then is the year's, whole.)
      // (Only for the year its own sentence names: "2024年,开发区将继续抓项目。目前…达到70家" is the year so far. And only
      // with a known publication date: a text dated by its own latest year may be reviewing that year.)
      const own = cue.start >= periodSentence;
      const planned = own && cue.year !== undefined && text.charCodeAt(cue.start + 4) === 0x5e74 /* 年 */ && /^plan/.test(yearRole(text, cue.start, cue.start + 5));
      const to = h.toMonth ?? (y < ctx.pubYear || planned || yearOnItsOwn ? 12 : y === defYear && (defMonth > 2 || !ctx.dated || !own) ? defMonth : 12);
      return { period: formatPeriod(y, to), end: ym(y, to), explicit: true };
    }
    if (h.toMonth !== undefined) {
      const y = h.year ?? ctx.year;
      return { period: formatPeriod(y, h.toMonth, h.fromMonth ?? 1), end: ym(y, h.toMonth), explicit: false };
    }
    return { period: formatPeriod(defYear, defMonth), end: defaultYM, explicit: false };
  };

  // Counts of signed, started and commissioned projects side by side are the batches of a round only in a text that
  // speaks of rounds (三个一批/五个一批, "签约一批…") or of an event (集中签约…, 本次活动, 仪式, 现场会): elsewhere — a
  // zone's year, "共签约项目23个…目前投产项目2个,开工项目13个" — they are its signings (facts.md: batch_* only for
  // "三个一批" reporting) and two counts of no indicator. (Every seed and annotated Shanxi text with the three counts
  // names its round or event.)
  const roundDoc = text.includes('一批') || /集中(?:签约|开工|投产)|活动|仪式|大会|现场会|观摩会/.test(text);
  let unnamedWarned = false;
  // Subject fallback (./subject-fallback.ts): built on first need; the facts it gave a subject.
  let fbState: FallbackState | undefined;
  const fallbackFacts = new Set<Fact>();
  // The subject a bare 我市/全市 (no zone word) set: the city as a whole, whose economy figures are not facts.
  let cityEconomy: Subject | null = null;
  // Headlines and datelines above the first sentence of the article: titles restate, they do not report.
  let bodyStart = 0;
  {
    const lines = text.split('\n');
    let off = 0;
    for (const line of lines) {
      if (!line.trim()) {
        off += line.length + 1;
        continue;
      }
      if (!isHeadline(line) || off + line.length >= text.length) break;
      off += line.length + 1;
      bodyStart = off;
    }
  }
  const cur_names = new Cursor(seg.names);
  const cur_words = new Cursor(prep.subjectWords);
  const cur_numbers = new Cursor(prep.numbers);
  const cur_keywords = new Cursor(prep.keywords);
  const cur_rates = new Cursor(prep.rates);
  const cur_cues = new Cursor(prep.cues);
  const cur_qz = new Cursor(prep.qizhong);
  const cur_bw = new Cursor(prep.batchWords);
  for (const sec of seg.sections) {
    for (const chunk of sec.chunks) {
      // A short paragraph that only names an indicator ("2023年前五次“三个一批”项目") heads the next one.
      let headCarry: IndicatorDef | null = null;
      let batchInChunk = false; // rates (开工率…) in a later paragraph still belong to the batches
      let eventInChunk = false; // an event of the three batches named (see threeBatchEvent)
      let running: Subject | null = null;
      let headed: Subject | null = null;
      for (const para of chunk.paragraphs) {
        if (para.header) continue;
        // A headline ("…成效显著 签约总金额超2173亿元") repeats a figure the article states in full.
        if (para.start < bodyStart) continue;
        // Newspaper pages have no credit lines: the zone last named stays the subject across paragraphs.
        let cur: Subject | null = headed ?? chunk.subject ?? running ?? ctx.subject ?? ctx.placeholder ?? null;
        // The zone last named in passing in this paragraph ("批复了《某某工业园区总体规划》"; "某某开发区党工委
        // 召开会议"): what a later bare 园区/开发区 in the paragraph means.
        let passingZone: Subject | null = null;
        // Where an area word with a zone word ("全市省级以上开发区…") last made its city the subject (its end).
        let cityZonesAt = -1;
        // Was the current subject named in this paragraph? "开发区" then means that zone; else the document's.
        let namedHere = false;
        let paraCue: PeriodCue | null = null;
        let carry: IndicatorDef | null = headCarry;
        let carryTopic: boolean = !!headCarry;
        headCarry = null;
        const seen = new Set<string>();
        let lastSentenceTopic: IndicatorDef | null = null;
        let batchInPara = false;
        let paraThisEvent: PeriodCue | null = null; // the event a sentence opening with 此次/本次 speaks of
        let lastPct: { def: IndicatorDef; measure: Measure } | null = null;
        let weakInPara = false;
        // A sentence that opens with a sub-group of the subject's zones ("高新区和六个省级工业园区完成…"): its
        // figures, and those of the sentences that go on about it, are the sub-group's, which no subject names.
        let subgroupOf: Subject | null = null;
        let subgroupEnd = -1;
        let carryAt = -1;
        let carryViaBatchWord = false;
        let futureCarry = false;
        const paraNames = cur_names.take(para.start, para.end);
        const paraSpan = text.slice(para.start, para.end);
        const paraVerbs = projectVerbs(paraSpan);
        // An event of the three batches named in this paragraph or an earlier one of the chunk (its lede) makes
        // the counts of its batches batches, as three verbs next to 项目 do anywhere.
        if (threeBatchEvent(paraSpan)) eventInChunk = true;
        // Counts compared with last year ("新开工项目8个,同比增长25.7%", "签约项目135个,同比多27个") are a period's running
        // tallies, not a round's batches: no round is compared with a year before (no annotated batch count is). Unless
        // the paragraph names its round, they are the zone's signings and two counts of no indicator (facts.md).
        const tallyPara = paraVerbs > 0 && TALLY_HINT_RE.test(paraSpan) && TALLY_RE.test(paraSpan) && !ROUND_LABEL_RE.test(paraSpan);
        const paraThreeVerbs = !tallyPara && ((paraVerbs === 3 && roundDoc) || (paraVerbs > 0 && eventInChunk) || (eventInChunk && /集中(?:签约|开工|投产)\d/.test(paraSpan)));
        // "高新区签约项目2个,…;开工项目5个,…;投产项目6个,…": the batches of "三个一批" even when it is not named.
        if (paraThreeVerbs) batchInPara = true;
        const paraWords = cur_words.take(para.start, para.end);
        // A lede that gives figures before naming anyone ("中新网X月X日电 完成工业投资…。近日,某某经开区…"):
        // the first zone the paragraph names is who they are about.
        // (Only a zone that opens a clause: one named in passing, "落户某某开发区", says nothing about the lede.)
        if (!cur) {
          const first = paraNames.find((h) => {
            if (h.resolution.status !== 'zone' && !(h.resolution.status === 'unknown' && zoneLike(h.raw))) return false;
            let ss = h.start;
            while (ss > para.start && !/[。！？!?；;，,…]/.test(text[ss - 1])) ss--;
            return atSubjectPosition(text, ss, h.start, h.end);
          });
          if (first) cur = subjectOfHit(first) ?? unknownSubject(first.raw);
          else if (text.includes('区', para.start)) {
            // A zone the gazetteer does not know ("3月4日,某州经开区党工委会议上传来消息"), opening a clause.
            const pt = text.slice(para.start, para.end);
            LEDE_ZONE_RE.lastIndex = 0;
            for (let m: RegExpExecArray | null; (m = LEDE_ZONE_RE.exec(pt)); ) {
              if (GENERIC_STEM_RE.test(m[1]) || !zoneLike(m[1] + m[2]) || LEDE_VERB_RE.test(m[1]) || !LEDE_AFTER_RE.test(pt.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
              // A zone after 其中 is a part of what the lede reported, and a lede that names its owner as 全市/全省…
              // ("全市工业园区完成…。其中,甲工业园区…") speaks of all the zones: neither is the lede's subject.
              if (/其中[，,：:]?$/.test(pt.slice(Math.max(0, m.index - 2), m.index + 1)) || /[全我本该][市省县区]/.test(pt.slice(0, m.index))) break;
              cur = unknownSubject(m[1] + m[2]);
              break;
            }
          }
        }
        let pni = 0;
        let pwi = 0;
        for (const sen of sentences(text, para.start, para.end)) {
          type Ev =
            | { t: 'num'; pos: number; tok: NumberToken }
            | { t: 'kw'; pos: number; hit: KeywordHit }
            | { t: 'rate'; pos: number; end: number; key: string }
            | { t: 'cue'; pos: number; cue: PeriodCue }
            | { t: 'name'; pos: number; end: number; idx: number }
            | { t: 'word'; pos: number; end: number; what: 'city' | 'province' | 'self' }
            | { t: 'qz'; pos: number }
            | { t: 'bw'; pos: number; end: number; key: string }
            | { t: 'place'; pos: number; s: Subject };
          const evs: Ev[] = [];
          for (const tok of cur_numbers.take(sen.start, sen.end)) evs.push({ t: 'num', pos: tok.start, tok });
          const kws = cur_keywords.take(sen.start, sen.end);
          for (const hit of kws) evs.push({ t: 'kw', pos: hit.start, hit });
          for (const r of cur_rates.take(sen.start, sen.end)) evs.push({ t: 'rate', pos: r.start, end: r.end, key: r.key });
          for (const c of cur_cues.take(sen.start, sen.end)) evs.push({ t: 'cue', pos: c.start, cue: c });
          // Sentences come in order: walk the paragraph's names and words with cursors (no rescans).
          while (pni < paraNames.length && paraNames[pni].start < sen.start) pni++;
          for (; pni < paraNames.length && paraNames[pni].start < sen.end; pni++) {
            const h = paraNames[pni];
            evs.push({ t: 'name', pos: h.start, end: h.end, idx: pni });
          }
          while (pwi < paraWords.length && paraWords[pwi].start < sen.start) pwi++;
          for (; pwi < paraWords.length && paraWords[pwi].start < sen.end; pwi++) evs.push({ t: 'word', pos: paraWords[pwi].start, end: paraWords[pwi].end, what: paraWords[pwi].what });
          for (const q of cur_qz.take(sen.start, sen.end)) evs.push({ t: 'qz', pos: q.start });
          for (const b of cur_bw.take(sen.start, sen.end)) evs.push({ t: 'bw', pos: b.start, end: b.end, key: b.key });
          // "…活动,某州有25个项目…": a city of another province opening a reporting clause is its subject.
          // (Or a county of another province: "沙洋县集中签约…" after a sentence about another place.)
          if (ctx.otherCities?.size || hasProvinceWord(text, sen.start, sen.end) || (ctx.province !== PROVINCE && text.slice(sen.start, Math.min(sen.end, sen.start + 12)).includes('县'))) {
            const cc = clauseCity(text.slice(sen.start, sen.end), ctx.otherCities ?? new Map());
            if (cc) evs.push({ t: 'place', pos: sen.start + cc.at, s: cc.subject });
          }
          // "甲县与全省同步举行…", "甲县第六期…开工项目共5个": the page's own county (outside the gazetteer)
          // opening a clause is its subject, with or without figures in the clause (a later sentence reports them).
          if (ctx.homeCounty) {
            const at = clauseOpening(text, sen.start, sen.end, ctx.homeCounty.name);
            if (at >= 0) evs.push({ t: 'place', pos: at, s: ctx.homeCounty.subject });
          }
          // Names and words before keywords before numbers at the same position.
          sortEvents(evs);

          let ind: IndicatorDef | null = null;
          let otherTopic = false;
          let beforeOther: { ind: IndicatorDef | null; indAt: number } | null = null;
          let batchInSentence = false;
          let sentenceCue: PeriodCue | null = null;
          // The sentence states the year so far ("据了解,今年以来,…"): no earlier sentence's period (a horizon,
          // "到2025年,…要实现…", in the same paragraph) is its own.
          let sinceNow = false;
          let lastBoundary = sen.start;
          let emittedHere = false;
          const suppressed = new Set<string>();
          const senText = text.slice(sen.start, sen.end);
          // In a city's section, a sentence that opens with its period ("1-9月,引进…") is a new statement
          // about the city; the zone named in an earlier sentence does not carry over.
          if (chunk.subject?.scope === 'city' && evs.some((e) => e.t === 'cue' && e.pos - sen.start <= 1 && e.cue.toMonth !== undefined)) cur = headed ?? chunk.subject;
          const hasProjectNoun = /项目/.test(senText);
          const qzAside = /[(（]其中/.test(senText);
          // A paragraph that signs, starts and commissions projects is a "三个一批" statement even unnamed.
          const threeBatchVerbs = paraThreeVerbs;
          // Where a sector-qualified project list closes in this sentence (numbers from there on are its own).
          let sectorListAt = -1;
          if (hasProjectNoun && senText.includes('等')) {
            const sl = SECTOR_LIST_RE.exec(senText);
            if (sl && !GENERIC_QUALIFIER.test(sl[1] ?? sl[2])) sectorListAt = sen.start + sl.index + sl[0].length;
          }
          let lastRate: { end: number; key: string } | null = null;
          let lastKwEnd = -1;
          let indAt = carryAt;
          let viaBatchWord: boolean = carryViaBatchWord;
          let pairDef: IndicatorDef | null = null;
          // Every name of a run "A、B、C均增长…" after the first (pairDef is the last of them).
          const pairDefs: IndicatorDef[] = [];
          let pairAt = -1;
          let qzOpen = false;
          const senFuture: boolean = FUTURE_RE.test(senText) || (futureCarry && /^其中/.test(senText));
          // "这49个国家级开发区实现…", "东部沿海33家国家级开发区…": national aggregates and their regional groups.
          const nat = nationalGroup(senText, !!ctx.national);
          const sg = !nat && cur && (senText.includes('个') || senText.includes('家')) ? SUBGROUP_OPEN_RE.exec(senText) : null;
          if (sg) {
            subgroupOf = cur;
            subgroupEnd = sen.start + sg[0].length;
          }
          if (nat) {
            subgroupOf = null;
            cur = nat;
            namedHere = true;
          }
          // "成都高新区上半年实现…": a zone the gazetteer does not know (no known place in front), opening the sentence.
          // (Also as the actor of a report's effort, "某某经开区全力培育…。…新签约项目26个": its later figures are its own.)
          if (!evs.some((e) => e.t === 'name' && e.pos - sen.start <= 12)) {
            // (Every zone suffix the pattern knows ends in 区 or 园 — 工业园, 产业园: a sentence without one is not tried.)
            const own = senText.includes('区') || senText.includes('园') ? OPENING_ZONE_RE.exec(senText) : null;
            // ("高新区园区实现…": a zone's own parks, named by the zone's type word, are no name of their own.)
            if (own && !GENERIC_STEM_RE.test(own[1]) && !/(?:高新区|经开区|开发区|园区|新区|示范区)$/.test(own[1])) {
              cur = unknownSubject(own[1] + own[2]);
              namedHere = true;
              if (!sg) subgroupOf = null;
            } else {
              // "其中甲县…", "…乙州片区共签约…": a sub-area opening the sentence takes over the subject —
              // when the sentence reports figures ("甲县县长出席" hands nothing over).
              const area = /\d/.test(senText) ? openingArea(senText) : null;
              if (area) {
                cur = area.subject;
                if (!sg) subgroupOf = null;
                namedHere = true;
              }
            }
          }
          // "甲经开区、乙高新区营收均增长15%": a figure said of several named subjects together is none of theirs alone.
          // (The sentence's numbers, listed once for the three readers below that need them.)
          let senNums: NumberToken[] | null = null;
          const numsOf = (): NumberToken[] => (senNums ??= evs.flatMap((e) => (e.t === 'num' ? [e.tok] : [])));
          if (senText.includes('均') || senText.includes('都')) sharedBySubjects(text, sen.start, sen.end, numsOf(), kws);
          // (Most sentences have no 分别/依次: skip the list building there — this loop is the hot path.)
          const resp = senText.includes('分别') || senText.includes('依次') ? respectiveLists(text, sen.start, sen.end, numsOf(), kws) : NO_RESP;
          // "18个项目集中签约、23个项目集中开工、11个项目集中投产,总投资分别为72亿元、95亿元、40亿元": amounts listed
          // after the counts of the sentence, in their order (see amountListAfterCounts).
          const amountList = resp !== NO_RESP && senText.includes('投资') ? amountListAfterCounts(text, sen.start, sen.end, numsOf()) : null;
          const senCounts: IndicatorDef[] = [];
          const nameRun: Subject[] = [];
          let nameRunEnd = -1;
          // Parks named as parts after 其中; the subject returns to the whole after the sentence.
          const parts: Array<{ pos: number; s: Subject }> = [];
          const qzAt = senText.indexOf('其中');
          if (qzAt >= 0 && senText.includes('园', qzAt)) {
            PART_PARK_RE.lastIndex = qzAt;
            for (let pm: RegExpExecArray | null; (pm = PART_PARK_RE.exec(senText)); ) {
              const raw = pm[1];
              const stem = raw.replace(/(?:产业园区|工业园区|产业园|工业园|园区|片区)$/, '');
              if (PART_GENERIC_RE.test(stem) || /^[\d一二三四五六七八九十两多]/.test(stem)) continue;
              const res = resolveName(raw);
              const s: Subject = res.status === 'zone' ? { name: res.name, scope: 'zone', city: res.city } : { name: raw, scope: 'zone', city: cur?.city ?? '', unknown: true };
              parts.push({ pos: sen.start + pm.index + pm[0].length - raw.length, s });
            }
          }
          if (qzAt >= 0 && senText.includes('区', qzAt)) {
            PART_ZONE_RE.lastIndex = qzAt;
            for (let pm: RegExpExecArray | null; (pm = PART_ZONE_RE.exec(senText)); ) {
              const raw = pm[1];
              if (!ownStem(raw) || /^[\d一二三四五六七八九十两多]/.test(raw)) continue;
              const res = resolveName(raw);
              const s: Subject = res.status === 'zone' ? { name: res.name, scope: 'zone', city: res.city } : unknownSubject(raw);
              if (!s.city && cur?.city) s.city = cur.city;
              parts.push({ pos: sen.start + pm.index + pm[0].length - raw.length, s });
            }
          }
          const wholeSubject = cur;
          let passing = false;
          let beforePassing: Subject | null = null;
          // Where the sentence first announces an imminent deal (figures after it are a pipeline).
          // (Every match holds 拟, 待, 即将 or 近期将: most sentences have none, and skip the regex.)
          const pm0 = senText.includes('拟') || senText.includes('待') || senText.includes('即将') || senText.includes('近期将') ? PIPELINE_RE.exec(senText) : null;
          const pipelineAt = pm0 ? sen.start + pm0.index : -1;
          let inPart = false;
          // Zones this sentence names one after another ("A区甲项目,B区乙项目,C区丙项目等N个项目…").
          const senZones = new Map<string, Subject>();

          // An aside that names its own indicator ("…2.17亿元(工业产值完成5.67亿元),增加值同比增长…"): its figure
          // is kept, and after the aside the sentence speaks of the indicator named before it again.
          let aside: { ind: IndicatorDef | null; indAt: number; open: number; close: number } | null = null;
          // A subject word inside an aside ("“投产一批”1个(全省共4个),总投资11亿元"): the aside's own figures are its
          // subject's; after the closing bracket the sentence speaks of the subject before it again.
          let asideSubject: { close: number; subject: Subject | null; subgroupOf: Subject | null } | null = null;
          for (const ev of evs) {
            if (aside && ev.pos > aside.close) {
              ind = aside.ind;
              indAt = aside.indAt;
              aside = null;
            }
            if (asideSubject && ev.pos > asideSubject.close) {
              cur = asideSubject.subject;
              subgroupOf = asideSubject.subgroupOf;
              asideSubject = null;
            }
            if (ev.t === 'place') {
              if (ev.pos >= subgroupEnd) subgroupOf = null;
              cur = ev.s;
              namedHere = true;
              nameRun.length = 0;
              continue;
            }
            if (ev.t === 'name') {
              const h = paraNames[ev.idx];
              const subjectPos = atSubjectPosition(text, sen.start, h.start, h.end);
              let s = subjectOfHit(h);
              // A zone the gazetteer does not know speaks for itself when it stands where a subject stands.
              // So does one opening a clause of a list of zones' values ("过百亿园区5个,其中甲经开区营业收入49亿元;乙园区32亿元"):
              // after 其中 or a list's separator, with its figure (an indicator or a number) right after the name.
              if (!s && h.resolution.status === 'unknown' && zoneLike(h.raw) && (subjectPos || (LIST_LEAD_RE.test(text.slice(clauseStart(text, h.start, sen.start) - 1, h.start)) && FIGURE_AFTER_NAME_RE.test(text.slice(h.end, h.end + 8)) && ownStem(h.raw))))
                s = unknownSubject(h.raw);
              if (!s) continue;
              if (s.scope === 'zone') senZones.set(s.name, s);
              if (s.scope === 'province') {
                if (subjectPos) {
                  cur = s;
                  if (ev.pos >= subgroupEnd) subgroupOf = null;
                }
                continue;
              }
              // A bare city name switches the subject only where a subject stands ("阳泉市“三个一批”活动中,…"),
              // not as a place in passing ("落户太原市").
              // (Nor does one opening a later clause and reporting there: "2011年…以来,某市招商引资共签约项目102个".)
              if (s.scope === 'city' && !/开发区$/.test(h.raw) && !subjectPos && !(h.raw.endsWith('市') && LEAD_IN_RE.test(text.slice(clauseStart(text, h.start, sen.start), h.start)) && CITY_CLAUSE_REPORT_RE.test(text.slice(h.end, h.end + 6)))) continue;
              // "中北高新区和清徐开发区…": consecutive names joined by 和/、/与/及 form a group.
              const between = nameRunEnd >= 0 ? text.slice(nameRunEnd, h.start) : null;
              if (between !== null && /^[和、与及,，]$/.test(between) && s.scope === 'zone' && nameRun.length && nameRun[0].scope === 'zone') {
                if (!nameRun.some((x) => x.name === s.name)) nameRun.push(s);
              } else {
                nameRun.length = 0;
                nameRun.push(s);
              }
              nameRunEnd = h.end;
              if (ev.pos >= subgroupEnd) subgroupOf = null;
              const was = cur;
              cur = nameRun.length > 1 ? groupSubject(nameRun) : s;
              namedHere = true;
              // A name inside a clause ("在某某开发区分会场出席") or naming a person's office ("某某开发区
              // 党工委书记") speaks for its own sentence only; the next sentence returns to the subject before it.
              const inPassing = !LEAD_IN_RE.test(text.slice(clauseStart(text, h.start, sen.start), h.start)) || PERSON_AFTER_RE.test(text.slice(h.end, h.end + 4));
              if (inPassing && !passing) beforePassing = was;
              if (!inPassing) passingZone = null;
              passing = inPassing;
              continue;
            }
            if (ev.t === 'word') {
              // Only in subject position ("1-6月,全市9家工业类开发区完成…"), not "在全省工业类开发区考核中".
              const pre = text.slice(Math.max(sen.start, ev.pos - 2), ev.pos);
              // (A period or date may open the clause before it: "一季度全市工业园区完成…", "1-6月全市开发区…".)
              const atClauseStart =
                ev.pos === sen.start ||
                CLAUSE_BREAK.test(text[ev.pos - 1] ?? '') ||
                /[(（\n]$/.test(pre) ||
                /目前|其中|今年|同时|此次|本次|这次|本期/.test(pre) ||
                LEAD_IN_RE.test(text.slice(clauseStart(text, ev.pos, sen.start), ev.pos));
              // "以甲州经开区为例,该园区…": the zone the sentence takes as its example is whom 该园区/该区 means.
              if (!atClauseStart && ev.what === 'self' && (text[ev.pos - 1] === '该' || text[ev.pos] === '该')) {
                const ex = EXAMPLE_ZONE_RE.exec(text.slice(sen.start, ev.pos));
                if (ex && zoneLike(ex[1])) {
                  const r = resolveName(ex[1]);
                  cur = r.status === 'zone' ? { name: r.name, scope: 'zone', city: r.city } : unknownSubject(ex[1]);
                  namedHere = true;
                  continue;
                }
              }
              // "衡阳甲乙工业园规划面积…。目前,该园区已签约…": 该园区/该经开区 opening a clause refer back to the zone last
              // named where a subject stands, when nothing better is known (no subject, or only the page's bare type word).
              if (!atClauseStart && ev.what === 'self' && text[ev.pos - 1] === '该' && (!cur || cur === ctx.placeholder || (cur.unknown && cur.scope === 'zone' && OWN_WORDS.includes(cur.name)))) {
                const p = ev.pos - 1;
                const opens = p === sen.start || CLAUSE_BREAK.test(text[p - 1] ?? '') || LEAD_IN_RE.test(text.slice(clauseStart(text, p, sen.start), p));
                const w = opens ? OWN_WORD_START_RE.exec(text.slice(ev.pos, ev.pos + 9))?.[0] : undefined;
                const ante = w ? antecedentZone(text, p, w) : null;
                if (ante) {
                  cur = ante;
                  namedHere = true;
                  continue;
                }
              }
              if (!atClauseStart) continue;
              if (!asideSubject && /[(（]$/.test(pre)) {
                const close = text.slice(ev.end, sen.end).search(/[)）]/);
                if (close >= 0) asideSubject = { close: ev.end + close, subject: cur, subgroupOf };
              }
              if (ev.pos >= subgroupEnd) subgroupOf = null;
              // (An unknown province, null, leaves the figures without a subject: they are warned about, not filed
              // under Shanxi.)
              if (ev.what === 'province') cur = ctx.province === undefined ? PROVINCE : ctx.province;
              else if (ev.what === 'self') {
                // "全市省级以上开发区增至18家,园区实现生产总值…": a bare 园区/开发区 in the sentence whose 全市…开发区 made the
                // city the subject (up to its full stop: ";" goes on about them) are those zones together, the city's — not
                // a zone named before, nor the page's zone.
                if (cityZonesAt >= 0 && cityZonesAt <= ev.pos && !/[。！？!?\n]/.test(text.slice(cityZonesAt, ev.pos)) && cur?.scope === 'city' && text[ev.pos - 1] !== '该' && /^(?:园区|开发区)/.test(text.slice(ev.pos, ev.pos + 3))) continue;
                // 全区/本区 speak of a 区: in a city's document they mean the zone last named, never the city
                // (a bare "开发区" there may mean the city's zones together, which the city stands for).
                if (passingZone && (cur?.scope !== 'zone' || cur === ctx.placeholder)) cur = passingZone;
                const own = chunk.subject ?? ctx.subject;
                const ofArea = own?.scope === 'city' && /^[全本我该]区/.test(text.slice(ev.pos, ev.pos + 2));
                cur = cur?.scope === 'zone' && (namedHere || !own || ofArea) ? cur : own ?? cur;
                // A city's report that lists its units ("各县(市、区)、开发区…,其中,开发区完成投资…;甲县完成…"): the bare
                // 开发区 is one unit beside the counties, the city's zone of that kind, not the city's zones together.
                if (own?.scope === 'city' && cur === own && COUNTY_UNITS_RE.test(senText)) {
                  const w = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区)/.exec(text.slice(ev.pos, ev.pos + 9))?.[0];
                  const z = w ? cityZone(own.city, w) : null;
                  if (z) cur = z;
                }
                // Nothing says which zone "高新区" is: keep the figures under the name as written, flagged.
                const word = OWN_WORD_START_RE.exec(text.slice(ev.pos, ev.pos + 9))?.[0];
                if (!cur && word) {
                  cur = { name: word, scope: 'zone', city: '', unknown: true };
                  if (!unnamedWarned) {
                    unnamedWarned = true;
                    warnings.push({
                      kind: 'unknown_zone',
                      message: `文中只称“${word}”，未给出开发区名称 / the text never names its zone`,
                      source: { seed: ctx.seed, ...toOriginalSpan(n, ev.pos, ev.pos + word.length) },
                      detail: { raw: word },
                    });
                  }
                }
              }
              else {
                // (Last: the one city of another province the text names — "上饶市工业园区…。全市工业园区…" is that city's.)
                // (A document about one city says 全市 of itself: a county-level city named in passing before —
                // "在建项目中,甲油市56个…。全市园区引进项目166个" — is not who 全市 is.)
                const city = chunk.subject?.city || (ctx.subject?.scope === 'city' ? ctx.subject.city : '') || cur?.city || ctx.subject?.city || ctx.homeCity?.city || (ctx.otherCities?.size === 1 ? [...ctx.otherCities.values()][0] : undefined);
                if (city) {
                  cur = { name: city, scope: 'city', city };
                  if (ev.end - ev.pos > 2) cityZonesAt = ev.end;
                  // "我市固定资产投资…" without a zone word: the city's whole economy, not its zones.
                  if (ev.end - ev.pos <= 2) cityEconomy = cur;
                }
              }
              continue;
            }
            if (ev.t === 'cue') {
              // "由2020年的35亿元增至62亿元", "从2012年的不足2万家,增至11.5万家": the year a change starts from dates its
              // base, not the figure reached.
              if (/[从由]$/.test(text[ev.pos - 1] ?? '') && CHANGE_TO_RE.test(text.slice(ev.pos, Math.min(sen.end, ev.pos + 24)))) continue;
              // "1991年3月经国务院批准为…,2016年园区实现…", "成立于1992年5月,…": a zone's founding date is its
              // history, never the period of a figure after it.
              if (ev.cue.year !== undefined && text.charCodeAt(ev.pos + 4) === 0x5e74 /* 年 */ && yearRole(text, ev.pos, ev.pos + 5) === 'history') continue;
              // Dates in asides ("（…2023年为42.3%）") do not set the period.
              if (openParen(text, sen.start, ev.pos) >= 0) continue;
              // "今年前三季度,…延续了上半年良好的发展态势,GDP增幅达9.7%": a period named for the trend that goes on is
              // no period of the figures after it (but "一季度展现出了强劲的发展势头" says how that quarter went).
              // (Nor "围绕全年目标,狠抓…": the goal worked towards.)
              if (/(?:延续|保持|承接)了?$|(?:围绕|对照|紧扣|锚定|瞄准|紧盯)$/.test(text.slice(Math.max(sen.start, ev.pos - 3), ev.pos))) continue;
              // "占全年招商任务…": the denominator of a share, not the period of what follows.
              if (text[ev.pos - 1] === '占') continue;
              // "…和园区全年计划的56.92%": the same denominator further into a list of shares.
              if (ev.cue.toMonth === 12 && ev.cue.year === undefined && /^(?:计划|目标|任务)+的?[\d.]+%/.test(text.slice(ev.cue.end, ev.cue.end + 14))) continue;
              // "1-5月,全区完成…,其中3月15日开工的…": an event's date does not override the sentence's reporting period.
              if (ev.cue.event && sentenceCue && !sentenceCue.event && sentenceCue.toMonth !== undefined) continue;
              // "截至6月底,2022年三次及2023年…": a bare year does not override a month cue already given.
              // (But a dated event is not such a cue: "4月18日,记者从发布会上获悉,2022年,甲园区实现…" — the day is when it
              // was reported, the year opening the statement the figures'. A year inside the event's name — "2月26日,在
              // 2022年第一次…活动上" — is the event's.)
              if (ev.cue.toMonth === undefined && !ev.cue.since && sentenceCue?.toMonth !== undefined && !(sentenceCue.event && ev.cue.year !== undefined && /^[，,]/.test(text.slice(ev.cue.end, ev.cue.end + 1)))) continue;
              // "增速较1-10月回落": a comparison, not the period of the figures.
              if (/[较比与]$|同期$/.test(text.slice(Math.max(sen.start, ev.pos - 2), ev.pos))) continue;
              // "今年以来": the document's own period. "2022年以来…累计": a running total across years keeps
              // its true span (2022-01 to the document's month), which the ISO interval can say.
              if (ev.cue.since && (ev.cue.year ?? ctx.year + (ev.cue.relYear ?? 0)) >= ctx.pubYear) {
                sinceNow = true;
                continue;
              }
              // "2023年,…全年…": a cue without a year takes the year the sentence already gave.
              // "2023年以来至今年6月": the later cue ends the running total.
              if (sentenceCue?.since && ev.cue.toMonth !== undefined && !ev.cue.since) {
                sentenceCue = { ...(sentenceCue as PeriodCue), endCue: ev.cue };
                continue;
              }
              let c: PeriodCue = ev.cue.year === undefined && ev.cue.relYear === undefined && sentenceCue?.year !== undefined ? { ...ev.cue, year: sentenceCue.year } : ev.cue;
              // "2022年,某某经开区…。预计全年财政收入增幅14%": a yearless 全年 after a paragraph that opened with a year is that
              // year's whole (in a text of the next January, not the new year's). (A year reported on, not one prepared
              // for: "…圆满收官,为2026年精彩开局奠定基础。全年,…".)
              // (And a second 全年 in that paragraph, after the first took the year: "2021年,…。全年技工贸总收入增长17%…。
              // 全年引进项目30个".)
              if (!sentenceCue && c.year === undefined && c.relYear === undefined && c.toMonth === 12 && !c.fromMonth && !c.part && paraCue?.year !== undefined && !paraCue.since && paraCue.year <= ctx.pubYear &&
                ((paraCue.toMonth === undefined && text.charCodeAt(paraCue.start + 4) === 0x5e74 && yearRole(text, paraCue.start, paraCue.start + 5) === 'report') ||
                  (paraCue.toMonth === 12 && !paraCue.fromMonth && text.startsWith('全年', paraCue.start))))
                c = { ...c, year: paraCue.year };
              // "2023年第一季度,…。一季度,开发区完成…": a period named again without its year is the one just named
              // with it (in a page published two years later, not the publication year's quarter).
              const pk = c.toMonth !== undefined && !c.since && !c.event ? (c.fromMonth ?? (c.part ? 99 : 1)) * 100 + c.toMonth : 0;
              if (pk && c.year === undefined && c.relYear === undefined) {
                const y = namedYear.get(pk);
                if (y !== undefined) c = { ...c, year: y };
              } else if (pk && c.year !== undefined && c.year <= ctx.pubYear && /\d{4}年/.test(text.slice(c.start, c.end)) && !LEVEL_AFTER_RE.test(text.slice(c.end, c.end + 4))) namedYear.set(pk, c.year);
              // (Only a period written with its year, "2023年第一季度", and not a horizon: "“十四五”末" is no 全年.)
              if (c.toMonth !== undefined || c.year !== undefined || c.since) sentenceCue = c;
              if (c.event) lastEvent = c;
              continue;
            }
            if (ev.t === 'bw') {
              // "开工项目21个" inside a "三个一批" passage that has not named this batch yet.
              const curKey = ind?.key ?? carry?.key;
              // "签约金额…,开工项目2703个,项目计划总投资5840.6亿元": outside "三个一批", started projects are
              // another set; the signing figures stop there.
              if (!(batchInSentence || batchInPara || batchInChunk) && ind?.key === 'signed_projects' && !/[、和及]$/.test(text.slice(Math.max(sen.start, ev.pos - 1), ev.pos))) {
                ind = OTHER;
                indAt = ev.pos;
                lastBoundary = ev.pos;
                continue;
              }
              // ("此次集中开工项目15个" a paragraph after the passage named its round: the joint start is that round's
              // 开工一批, as a joint signing is its 签约一批 — see the keyword case below.)
              // (Once the round's batch has its count, a later 集中开工 with its own count is another campaign's —
              // "全市一季度“开工一批”项目集中开工" beside the provincial round — not the round's batch again.)
              const joint = batchInChunk && !(batchInSentence || batchInPara) && /集中$/.test(text.slice(Math.max(sen.start, ev.pos - 2), ev.pos));
              const jointLater = joint && !facts.some((f) => f.indicator === ev.key && f.measure === 'count');
              if (joint && !jointLater) {
                // (…and its figures are that campaign's: nothing carried from the round reads them.)
                ind = OTHER;
                indAt = ev.pos;
                lastKwEnd = ev.end;
                lastBoundary = ev.pos;
                continue;
              }
              // "…分会场活动举行。当日,甲市35个项目签约…。甲市开工重大项目30个,总投资…": a later paragraph of the round that
              // opens with the subject and the batch's verb phrase is that batch, while the subject has no count for it yet.
              // (Only the subject's own name may stand before it: "全市开工项目累计…" or a period makes it another total.)
              const lead = text.slice(sen.start, ev.pos);
              const openingLater =
                !joint && batchInChunk && !(batchInSentence || batchInPara) && !sentenceCue && !!cur && lead.length >= 2 && lead.length <= 8 &&
                cur.name.startsWith(lead.replace(/[市县区]$/, '')) &&
                !facts.some((f) => f.indicator === ev.key && f.measure === 'count' && f.subject === cur!.name);
              if (!jointLater && !openingLater && (!(batchInSentence || batchInPara) || !(curKey === 'batch_total' || viaBatchWord || (paraThreeVerbs && (ind ?? carry)?.strength !== 'batch')))) continue;
              // "累计签约、开工、投产项目": all batches listed together stay the total.
              // (Not after a count: "其中签约项目12个、开工项目8个、投产项目5个" lists each batch with its own count.)
              if (/、$/.test(text.slice(Math.max(sen.start, ev.pos - 3), ev.pos)) && !/\d[个项]、$/.test(text.slice(Math.max(sen.start, ev.pos - 3), ev.pos))) continue;
              ind = BY_KEY.get(ev.key as never)!;
              indAt = ev.pos;
              viaBatchWord = true;
              lastKwEnd = ev.end;
              lastBoundary = ev.pos;
              continue;
            }
            if (ev.t === 'kw') {
              let def = ev.hit.def;
              // "88个转型项目…": a word right after a count names what is counted, not a new indicator.
              if (!def.measures.count && /\d个$/.test(text.slice(Math.max(sen.start, ev.hit.start - 4), ev.hit.start))) continue;
              let bwUsed = false;
              if (def.strength === 'weak' && (batchInSentence || batchInPara)) {
                // "累计签约项目68个": the batch word may run on past the signing word it overlaps.
                const bw =
                  BATCH_WORDS.find((b) => text.startsWith(b.word, ev.hit.start) || text.slice(ev.hit.start, ev.hit.end).endsWith(b.word) || text.slice(ev.hit.start, ev.hit.end + 2).endsWith(b.word)) ??
                  // "签约重点项目12个", "签约亿元以上项目12个": a qualified signing word names the same batch.
                  (/^签约.+项目$/.test(text.slice(ev.hit.start, ev.hit.end)) ? BATCH_WORDS[0] : undefined) ??
                  // "新签约引进项目175个", "签约落地项目…": 签约 right before a signing word names the same batch.
                  (/签约$/.test(text.slice(Math.max(sen.start, ev.hit.start - 2), ev.hit.start)) && /项目$/.test(text.slice(ev.hit.start, ev.hit.end)) ? BATCH_WORDS[0] : undefined);
                const curKey = ind?.key ?? carry?.key;
                // (A batch carried from an earlier paragraph — "…“竣工投产一批”活动。" then "此次活动,签约项目9个,…" — gives
                // way to the batch this sentence names before any indicator of its own.)
                const carriedBatch = !ind && !!carry && carry.strength === 'batch' && carry.key !== bw?.key;
                if (!bw || !(curKey === 'batch_total' || viaBatchWord || carriedBatch || (paraThreeVerbs && (ind ?? carry)?.strength !== 'batch'))) continue;
                def = BY_KEY.get(bw.key)!;
                bwUsed = true;
              } else if (def.strength === 'weak' && batchInChunk && ind?.key === 'batch_signed' && indAt >= sen.start && SIGNED_MONEY_WORD_RE.test(text.slice(ev.hit.start, ev.hit.end))) {
                // "4个项目…进行了集中签约,合同引资额15.3亿元" a paragraph after the passage named its round: the money
                // word after the batch's own count is that batch's amount (the count's verb named the batch).
                continue;
              } else if (def.strength === 'weak' && batchInChunk && text.startsWith('签约项目', ev.hit.start) && /集中$/.test(text.slice(Math.max(sen.start, ev.hit.start - 2), ev.hit.start))) {
                // "与此同时,当天某市集中签约项目16个" a paragraph after the passage named its "三个一批" round: the
                // joint signing is that round's 签约一批 (a year's running total would not say 集中).
                def = BY_KEY.get('batch_signed')!;
              }
              // "通报了…前三期“三个一批”项目进展情况": rounds whose progress is reported on name no round of this passage; the
              // figures after them (a signing day's "共签约项目117个") are not its batches.
              if (def.strength === 'batch' && def.key === 'batch_total' && EARLIER_ROUNDS_RE.test(text.slice(Math.max(sen.start, ev.hit.start - 8), Math.min(sen.end, ev.hit.end + 10)))) continue;
              if (def.strength === 'batch') {
                batchInSentence = true;
                batchInPara = true;
                batchInChunk = true;
              }
              // "工业投资和转型投资。全年计划完成9.9亿元": a pair of names keeps the first.
              if (ind && lastKwEnd >= 0 && /^[和及、与]$/.test(text.slice(lastKwEnd, ev.hit.start))) {
                lastKwEnd = ev.hit.end;
                pairDef = def;
                pairDefs.push(def);
                pairAt = ev.hit.end;
                continue;
              }
              pairDef = null;
              pairDefs.length = 0;
              if (!aside && def.measures && Object.keys(def.measures).length) {
                const open = openParen(text, sen.start, ev.hit.start);
                if (open >= 0) {
                  const close = text.slice(ev.hit.end, sen.end).search(/[)）]/);
                  if (close >= 0) aside = { ind, indAt, open, close: ev.hit.end + close };
                }
              }
              viaBatchWord = bwUsed;
              if (def.strength === 'weak') weakInPara = true;
              ind = def;
              indAt = ev.hit.start;
              // "其中规模以上工业企业营业收入…": naming the indicator again right after 其中 lifts the restriction.
              if (qzOpen) suppressed.delete(def.key);
              lastKwEnd = ev.hit.end;
              lastBoundary = ev.hit.start;
              continue;
            }
            if (ev.t === 'rate') {
              lastRate = { end: ev.end, key: ev.key };
              continue;
            }
            if (ev.t === 'qz') {
              // "其中甲乙产业园…": a park's own figure follows, not a part of the same figure.
              if (parts.some((x) => x.pos - ev.pos <= 3 && x.pos > ev.pos)) continue;
              // "签约项目42个(其中外资项目5个),总投资…": a part named inside an aside stays there (the aside's own
              // figures are skipped as asides); the figures after it are still the whole's.
              if (openParen(text, sen.start, ev.pos) >= 0) continue;
              if (ind) suppressed.add(ind.key);
              qzOpen = true;
              continue;
            }
            qzOpen = false;
            // A number.
            const tok = ev.tok;
            const cStart = clauseStart(text, tok.start, sen.start);
            const cueText = text.slice(Math.max(lastBoundary, cStart), tok.start);
            const wideCue = text.slice(lastBoundary, tok.start);
            const cEnd = clauseEnd(text, tok.end, sen.end);
            const afterRaw = text.slice(tok.end, cEnd);
            const after = beforeFirst(afterRaw, /[(（]/);
            lastBoundary = tok.end;
            if (tok.skip) continue;
            // "签约项目95个(其中场内签约项目79个)": a figure in an aside opening with 其中 is a part of the figure before it,
            // whatever indicator the aside names. (Gated per sentence: most sentences hold no such aside.)
            if (qzAside) {
              const op = openParen(text, sen.start, tok.start);
              if (op >= 0 && text.startsWith('其中', op + 1)) continue;
            }
            let partName = '';
            if (parts.length) {
              let part: Subject | null = null;
              for (const x of parts) if (x.pos < tok.start) {
                part = x.s;
                partName = text.slice(x.pos, x.pos + x.s.name.length);
              }
              if (part) {
                cur = part;
                inPart = true;
              }
            }
            // "甲经开区、乙高新区和丙园区完成投资分别增长a、b、c": each value is its list item's subject's (./respective.ts);
            // after the sentence the subject is the whole again.
            const listSubject = resp.get(tok.start)?.subject;
            if (listSubject) {
              cur = listSubject;
              inPart = true;
            }
            // "技工贸收入增长较快的园区有3家,分别是甲经开区同比增长40.1%、乙工业集中区同比增长29.1%": each item of a list
            // of zones opens with its zone, known to the gazetteer or not; after the sentence the subject is the whole again.
            if (tok.unit === '%' && !parts.length && (senText.includes('分别') || senText.includes('依次'))) {
              let is = tok.start;
              while (is > sen.start && !ITEM_BREAK.has(text[is - 1])) is--;
              const im = ITEM_ZONE_RE.exec(text.slice(is, tok.start));
              if (im && !GENERIC_STEM_RE.test(im[1].replace(ITEM_TAIL_RE, ''))) {
                const res = resolveName(im[1]);
                const s: Subject | null = res.status === 'zone' ? { name: res.name, scope: 'zone', city: res.city } : zoneLike(im[1]) && ownStem(im[1]) ? unknownSubject(im[1]) : null;
                if (s) {
                  cur = s;
                  inPart = true;
                }
              }
            }
            // "…A区甲项目,B区乙项目,C区丙项目等14个项目签约": a count closing a list that runs over three or
            // more zones is the list's total — their common city's (else the section's or document's), not the last zone's.
            if (senZones.size >= 3 && nameRunEnd >= 0 && /等/.test(text.slice(nameRunEnd, tok.start))) {
              const cities = new Set([...senZones.values()].map((z) => z.city));
              const city = cities.size === 1 ? [...cities][0] : '';
              const owner: Subject | null = city ? { name: city, scope: 'city', city } : chunk.subject ?? ctx.subject ?? null;
              if (owner) cur = owner;
            }

            let def: IndicatorDef | null = null;
            let measure: Measure | null = null;
            let fromCarry = false;
            let verbDef = false;
            let rankCont = false;
            // "A、B分别增长a、b": the n-th number is the n-th item's (./respective.ts).
            let rsp = resp.get(tok.start);
            const al = amountList?.get(tok.start);
            if (al !== undefined) {
              // (Paired only when the sentence counted as many batches as it lists amounts; else none is known.)
              if (senCounts.length !== al.n) continue;
              rsp = { def: senCounts[al.i], cue: '总投资', neg: false, at: tok.start };
            }
            const pre = MONEY_UNITS.has(tok.unit) ? PREMOD_RE.exec(afterRaw) : null;
            let premod = false;
            // "总投资298.9亿元的35个项目以视频形式成功签约", "成功签约的总投资318亿元26个项目": within one clause an amount
            // written before a count belongs to that count, whatever verb phrase names it (the count's own rule decides).
            let boundDef: IndicatorDef | null = null;
            if (MONEY_UNITS.has(tok.unit) && !(pre && (BATCH_VERB_RE.test(pre[1] + pre[2]) || /[三五]个一批/.test(pre[1])))) {
              const cn = COUNT_NEXT_RE.exec(afterRaw);
              if (cn && INVEST_RE.test(text.slice(cStart, tok.start))) {
                const cs = tok.end + cn[1].length;
                const inBatch = batchInSentence || batchInPara || batchInChunk || threeBatchVerbs;
                boundDef = countVerbDef(text, sen.start, cStart, cs, text.slice(cs + cn[2].length + 1, cEnd), inBatch);
              }
            }
            if (boundDef) {
              def = boundDef;
              measure = 'investment';
              premod = true;
            } else if (pre && (BATCH_VERB_RE.test(pre[1] + pre[2]) || /[三五]个一批/.test(pre[1]))) {
              const v = BATCH_VERB_RE.exec(pre[1])?.[0] ?? BATCH_VERB_RE.exec(pre[2])?.[0];
              const inBatch = batchInSentence || batchInPara || batchInChunk || threeBatchVerbs;
              const key = /[三五]个一批/.test(pre[1]) ? 'batch_total' : v === '落户' ? 'batch_signed' : VERB_BATCH.find((b) => b.verb.test(v!))!.key;
              const d = v === '落户' && inBatch ? null : inBatch || key === 'batch_total' ? BY_KEY.get(key)! : key === 'batch_signed' ? BY_KEY.get('signed_projects')! : null;
              if (!d) continue;
              def = d;
              measure = 'investment';
              premod = true;
            } else if (rsp) {
              // "园区工业增速9.1%,其中甲港区、乙工业园分别增长12.3%、11.7%": a list of subjects that names no indicator of
              // its own speaks of the one its sentence is about (named in the sentence, before the list).
              if (!rsp.def && rsp.inherit && ind && ind !== OTHER && indAt >= sen.start && indAt < rsp.at) rsp = { ...rsp, def: ind };
              if (!rsp.def) continue;
              def = rsp.def;
              measure = decideMeasure(def, tok, rsp.cue, after);
              // (An amount of the list is bound to its count as one written before it is.)
              if (al !== undefined) premod = true;
            } else if (tok.unit === '%' && lastRate && tok.start - lastRate.end <= 3 && (batchInSentence || batchInPara || (batchInChunk && !weakInPara))) {
              def = BY_KEY.get(lastRate.key as never) ?? null;
              measure = 'rate_pct';
            } else if (tok.unit === '%' && lastRate && tok.start - lastRate.end <= 3 && lastRate.key === 'batch_signed' && kws.some((k) => k.def.key === 'signed_projects' && k.start < tok.start)) {
              // "共签约项目44个,…开工率65.9%": outside "三个一批", the start-up rate of the signed projects.
              def = BY_KEY.get('signed_projects')!;
              measure = 'rate_pct';
            } else {
              def = ind;
              // "…营业收入300亿元,拥有56家高新技术企业", "集聚2000家“四上”企业": a count whose indicator is named right after
              // its unit is that indicator's, whatever was read before (the name is in the count's own words).
              if ((tok.unit === '家' || tok.unit === '户' || tok.unit === '个') && ind) {
                // (The name may open with its quote: "“四上”企业" is one word of the table; "“高新技术企业”" is not.)
                const q = text.charCodeAt(tok.end) === 0x201c || text.charCodeAt(tok.end) === 0x22 ? tok.end + 1 : tok.end;
                const named = kws.find((k) => (k.start === tok.end || k.start === q) && k.start < cEnd);
                if (named && named.def !== ind && named.def.measures.count && named.def.strength === 'strong') {
                  def = named.def;
                  premod = true;
                }
              }
              if (!def) {
                // The indicator named after the number in the same clause: "2宗133.71亩“标准地”".
                const next = kws.find((k) => k.start >= tok.end && k.start < cEnd && k.def.strength !== 'batch');
                if (next) def = next.def;
              }
              if (!def && carry && (carryTopic || carry.strength === 'batch' || !hasProjectNoun)) {
                def = carry;
                fromCarry = true;
              }
              // A count next to a project verb names its batch (or, outside "三个一批", the signed projects).
              // After 其中 a verb states part of a batch ("其中…已有12个项目达效"), not a batch.
              if ((tok.unit === '个' || tok.unit === '项') && (!def || def.strength === 'batch' || def.key === 'signed_projects' || !def.measures.count)) {
                // A passage about "三个一批" keeps speaking of its batches in later paragraphs.
                const inBatch = batchInSentence || batchInPara || batchInChunk || threeBatchVerbs;
                // (A batch already named for this count — "“签约一批”共50个项目" — is not renamed by a later verb.)
                const named = !!def && def.strength === 'batch' && def.key !== 'batch_total';
                let vdef = countVerbDef(text, sen.start, cStart, tok.start, afterRaw, inBatch, named ? undefined : sen.end);
                // "共有52个项目参加,总投资216亿元,其中签约项目20个…": in a paragraph of batches, the projects of all of
                // them counted together with no verb of their own are the round's total.
                if (!vdef && !def && threeBatchVerbs && tok.unit === '个' && EVENT_TOTAL_BEFORE_RE.test(text.slice(cStart, tok.start)) && EVENT_TOTAL_AFTER_RE.test(afterRaw) && !qzOpen) vdef = BY_KEY.get('batch_total')!;
                if (vdef) {
                  def = vdef;
                  ind = vdef;
                  indAt = tok.start;
                  viaBatchWord = false;
                  verbDef = true;
                }
              }
              if (!def) {
                // A project's own amount ("总投资12亿元的…项目") is a project figure, not a lost indicator.
                const around = text.slice(cStart, cEnd);
                if ((tok.unit === '亿元' || tok.unit === '%') && /增加值|投资|营收|产值|企业|项目/.test(senText) && !/项目|工程|生产线|基地|产业园|电站/.test(around))
                  warnings.push({
                    kind: 'unattributed_number',
                    message: `无法归属指标的数字: ${text.slice(tok.start, tok.end)}`,
                    source: { seed: ctx.seed, ...toOriginalSpan(n, Math.max(sen.start, tok.start - 20), tok.end) },
                  });
                continue;
              }
              measure = verbDef ? 'count' : decideMeasure(def, tok, wideCue.length < cueText.length ? cueText : cueText, after);
              // A yoy/share cue may sit earlier in the clause than the last boundary.
              if (!measure && tok.unit === '%') measure = decideMeasure(def, tok, text.slice(cStart, tok.start), after);
              // "增速前三位的开发区分别是甲经开区29%,乙经开区17%,丙经开区8%": a ranking names the measure once; the
              // following clauses hold only a zone and its rate.
              // "增长34.2%,高于28%的年度目标": the goal the growth rate is compared with is that indicator's growth goal.
              if (!measure && tok.unit === '%' && lastPct && lastPct.def === def && lastPct.measure === 'yoy_pct' && /^(?:高于|低于|超过|超出|快于|慢于|超)$/.test(text.slice(cStart, tok.start)) && /^的?(?:年度|全年|年初)?(?:预期)?目标/.test(after))
                measure = 'yoy_pct';
              if (!measure && tok.unit === '%' && lastPct && lastPct.def === def && !text.slice(cStart, tok.start).replace(RANK_FILLER_RE, '').replace(ZONE_NAME_RE, '').replace(/开发区|[^\u4e00-\u9fff]/g, '')) {
                measure = lastPct.measure;
                rankCont = true;
              }
            }
            // "营业收入300亿元,实际使用外资1.2亿美元,增长20%": an amount in a unit the indicator has not, in a clause that
            // names something else, makes that thing the topic; the growth after it is not the indicator's.
            // (Amounts and quantities only: a count in another classifier — "新建5个" — names no other figure.)
            // (Not a capacity inside a project's name — "包括年产500吨甲材料项目、乙项目等,总投资…": the list names
            // projects, not another figure.)
            if (!measure && def && AMOUNT_UNIT_RE.test(tok.unit) && !suppressed.size && !parts.length && indAt < cStart && !kws.some((k) => k.start >= cStart && k.start < tok.start) && !CAPACITY_BEFORE_RE.test(text.slice(Math.max(cStart, tok.start - 4), tok.start)) && namesOther(text.slice(cStart, tok.start))) {
              if (!otherTopic) beforeOther = { ind, indAt };
              ind = OTHER;
              indAt = cStart;
              otherTopic = true;
            }
            // "甲、乙项目…在主会场进行了集中签约,合同引资额15.3亿元" in a round's passage: the money of the signing just
            // told is the 签约一批's, not the round's, even where the count of that batch is not written as a number.
            if (def?.key === 'batch_total' && measure === 'investment' && SIGNING_MONEY_AFTER_RE.test(text.slice(Math.max(sen.start, tok.start - 16), tok.start))) def = BY_KEY.get('batch_signed')!;
            if (!def || !measure) continue;
            // "营业收入300亿元,利润总额增长20%": a growth rate whose clause names another thing is that thing's.
            if (measure === 'yoy_pct' && !fromCarry && !rsp && !rankCont && !suppressed.size && !parts.length && indAt < cStart && !kws.some((k) => k.start >= cStart && k.start < tok.start) && namesOther(text.slice(cStart, tok.start), YOY_WORDS_RE, FIGURE_NOUN_RE)) {
              if (!otherTopic) beforeOther = { ind, indAt };
              ind = OTHER;
              indAt = cStart;
              otherTopic = true;
              continue;
            }
            // "亩均产值420万元": 万元 is per mu only right after the per-mu name ("…,亩均税收30万元" is another figure).
            if (def.key === 'output_intensity' && tok.unit === '万元' && !/^(?:产出强度|亩均[\u4e00-\u9fff]{1,4}?)(?:达到|达|为|是|实现|超过|超|突破|提高到|提升到|增至|约|近)?$/.test(text.slice(indAt, tok.start))) continue;
            // "集中签约12个项目、开工15个项目、投产6个项目,总投资156亿元": an amount after counts of all three batches, with
            // no name of its own, is the round's total, not the last batch's.
            if (measure === 'investment' && !premod && indAt < cStart && (def.key === 'batch_signed' || def.key === 'batch_started' || def.key === 'batch_commissioned') && !kws.some((k) => k.start >= cStart && k.start < tok.start)) {
              const lead = text.slice(sen.start, cStart);
              if (ALL_THREE_COUNTED_RE.every((re) => re.test(lead)) && /\d+个[^，,。；;\d]{0,4}[、和及,，]\D{0,6}\d+个[^，,。；;\d]{0,4}[、和及,，]\D{0,6}\d+个[^，,。；;\d]{0,4}[，,]$/.test(lead)) def = BY_KEY.get('batch_total')!;
            }
            // "其中:制造业增加值增长15.3%,占全区规上工业增加值比重达到76.8%": a share's numerator is named in its own
            // sentence; an indicator carried from an earlier sentence is not what this share is of.
            // (A goal for the share just reported — "占比100%。高于省占比重82%的目标" — still speaks of it.)
            if (measure === 'share_pct' && !rankCont && (fromCarry || indAt < sen.start) && !TARGET_RE.test(senText)) continue;
            // "规上工业增加值88亿元,高技术制造业增加值占比35%", "…,战略性新兴产业占比35%": a share whose own clause names
            // another numerator before 占/占比/比重 (a sector, a class of firms) is that part's share, not the indicator's.
            if (measure === 'share_pct' && !rankCont && !rsp && indAt < cStart && !kws.some((k) => k.start >= cStart && k.start < tok.start)) {
              const cl = text.slice(cStart, tok.start);
              const cut = cl.search(/占|比重|比例/);
              // ("工业投资占比100%": an indicator's name before 占比 is the whole the share is taken of.)
              const numer = (cut < 0 ? '' : cl.slice(0, cut)).replace(SHARE_WHOLE_RE, '').replace(RANK_FILLER_RE, '').replace(ZONE_NAME_RE, '').replace(FILLER_RE, '').replace(/[^\u4e00-\u9fff]/g, '');
              if (numer.length > 1) continue;
            }
            // "甲、乙…等8个代表项目集中签约": the count of a named list (its projects are read by ./projects.ts),
            // not the batch's or the zone's signing total.
            // Kept when it is the only count of its kind ("A、B…等14个项目分两批进行了现场签约"); dropped when the
            // passage already counted that batch, or the list calls itself a sample (代表/典型/部分).
            if (measure === 'count' && (def.strength === 'batch' || def.key === 'signed_projects') && ENUM_CLOSE_RE.test(text.slice(cStart, tok.start))) {
              const d0 = def;
              if (/^(?:个)?(?:代表|典型|部分|重点代表)/.test(afterRaw) || facts.slice(-30).some((f) => f.indicator === d0.key && f.measure === 'count' && f.subject === cur?.name)) continue;
            }
            // "每千家四上企业中有高新技术企业353家": a count per thousand is a ratio, not a count.
            if (measure === 'count' && /每[十百千万]/.test(text.slice(cStart, tok.start))) continue;
            // "新签约项目395个,同比增长39.1%": the growth of a count of signings, which facts.md does not carry (the
            // growth of the signed amount, "签约金额…同比增长…", is kept).
            if (measure === 'yoy_pct' && def.key === 'signed_projects' && COUNT_THEN_GROWTH_RE.test(text.slice(Math.max(sen.start, tok.start - 14), tok.start))) continue;
            if (measure === 'yoy_pct' && MULTI_YEAR_RATE_RE.test(text.slice(Math.max(cStart, tok.start - 6), tok.start).replace(/[为达了]$/, ''))) continue;
            // "该项目占地64亩,总投资1.3亿元", "甲项目是…之一,项目由乙公司投资,总投资25亿元": money in a sentence about one
            // project is that project's (./projects.ts), never a batch's or the zone's signing total.
            if ((measure === 'investment' || measure === 'value') && def.measures.investment && ONE_PROJECT_RE.test(text.slice(sen.start, tok.start))) continue;
            // "A、B等智能制造项目18个,协议引资71.2亿元": one sector's listed projects and their money are a part.
            if (sectorListAt >= 0 && tok.end + 2 >= sectorListAt) continue;
            const clause0 = text.slice(cStart, tok.start);
            // "其中,20个开发区规上工业增加值增速超过20%", "39个开发区工业投资增速超过20%": how many zones pass a mark,
            // not a figure of the subject (nor of any one zone).
            if (ZONE_COUNT_LEAD_RE.test(clause0) && (/^其中/.test(clause0) || /(?:超过|高于|超|达到|在|过)$/.test(clause0) || /^超/.test(text.slice(tok.start, tok.start + 1)) || /^以上/.test(afterRaw))) continue;
            // A mark passed, not a figure: "A园区、B园区、C园区产值同比增长超过50%", "…等四个园区工业产值率先突破50亿元"
            // say that several zones each passed it (no one zone's figure, nor their sum); and "营业收入突破2500亿元,达到
            // 2600亿元" gives the figure right after the mark it passed.
            // (A number token may hold its 超过 itself.)
            if ((THRESHOLD_END_RE.test(clause0.slice(-2)) || THRESHOLD_START_RE.test(text.slice(tok.start, tok.start + 2))) && (PLURAL_ZONES_RE.test(clause0) || MARK_THEN_FIGURE_RE.test(text.slice(tok.end, Math.min(sen.end, tok.end + 12))))) continue;
            // "营业收入超过1000亿元的国家高新区(数量…)": an amount describing which zones or firms are counted, not a figure.
            if (measure !== 'count' && COUNTED_KIND_RE.test(afterRaw)) continue;
            // "开工项目5个,总投资48亿元,年度计划投资15亿元": a year's planned spending on a set of projects is not the
            // batch's (or the signing's) investment, which is their total.
            if (measure === 'investment' && (def.strength === 'batch' || def.key === 'signed_projects') && YEAR_SPEND_RE.test(text.slice(Math.max(cStart, tok.start - 12), tok.start))) continue;
            // ("国家高新区实现…" with the country as subject is all of them, not a level among the subject's zones.)
            if (SUBGROUP_RE.test(clause0) && !(cur?.name === '全国' && /^(?:全国|我国)?国家(?:高新区|经开区)/.test(clause0))) continue;
            // (Until a name or a subject word after the group's own words makes a subject current.)
            if (subgroupOf) continue;
            // "省级以上重点工程实验室和工程技术研究中心47个": the clause names something else.
            // A growth rate carried from an earlier sentence must not name another thing ("经费支出增速为8.6%").
            // "“三个一批”活动,…出79个项目,带来102.3亿元的投资": in a sentence naming the activity, its project count
            // and the money after it need no further indicator word.
            // ("…“三个一批”重点项目推进情况:今年,甲区共落地发展优质项目247个": the round's projects, however qualified.)
            const batchSentenceFigure = def.key === 'batch_total' && batchInSentence && ((measure === 'count' && (/^项目/.test(afterRaw) || ROUND_PROJECTS_RE.test(clause0))) || (measure === 'investment' && /^的?(?:总)?投资/.test(after)));
            // (An item of a respective list — of subjects, indicators or years — was paired by ./respective.ts: what its
            // clause says besides is the list's verb, nothing else.)
            if (!premod && !batchSentenceFigure && !rsp && (measure !== 'yoy_pct' || fromCarry) && measure !== 'share_pct' && measure !== 'rate_pct' && indAt < cStart && !kws.some((k) => k.start >= cStart && k.start < tok.start)) {
              // A run of parks ("A园完成12亿元、B园完成9亿元") names only parks and their amounts.
              let named = partName ? parts.reduce((c, x) => c.split(x.s.name).join(''), clause0).replace(/\d+(?:\.\d+)?[亿万]?元/g, '') : clause0;
              // A closed aside before the figure ("项目1033个(经前期开工项目转化生成)总投资…") explains; it names no other figure.
              if (named.includes('(') || named.includes('（')) named = named.replace(/[(（][^()（）]{0,40}[)）]/g, '');
              let rest = named.replace(RANK_FILLER_RE, '').replace(ZONE_NAME_RE, '').replace(FILLER_RE, '').replace(/[^\u4e00-\u9fff]/g, '');
              // "本次“三个一批”活动,我市共实施项目43个": the event's projects (not a year's running total of all rounds).
              if (def.strength === 'batch' && /此次|本次/.test(senText)) rest = rest.replace(/实施/g, '');
              if (rest.length > 1) {
                // The clause names another figure ("利润总额40亿元"): a growth rate after it is that figure's, not the
                // indicator's. (A comparison base — "较上年同期的250亿元" — names nothing new.)
                if (AMOUNT_UNIT_RE.test(tok.unit) && !suppressed.size && !parts.length && !BASE_RE.test(clause0)) {
                  if (!otherTopic) beforeOther = { ind, indAt };
                  ind = OTHER;
                  indAt = cStart;
                  otherTopic = true;
                }
                continue;
              }
            }
            // "新开工项目计划投资额389.9亿元,固定资产投资完成额137.2亿元": right after a clause giving a set of
            // projects' planned money, an investment figure with no subject of its own is those projects' progress.
            if (def.key === 'fixed_asset_investment' || def.key === 'industrial_investment') {
              const prev = text.slice(clauseStart(text, Math.max(sen.start, cStart - 1), sen.start), cStart);
              if (PROJECT_MONEY_CLAUSE_RE.test(prev) && !OWN_SUBJECT_RE.test(clause0)) continue;
            }
            // "引进项目27个,总投资336亿元,总产值超600亿元": output or revenue right after a set of projects and their
            // money is what those projects will produce, not the zone's.
            if ((def.key === 'industrial_output' || def.key === 'revenue') && measure === 'value' && !OWN_SUBJECT_RE.test(clause0) &&
              PROJECT_SET_BEFORE_RE.test(text.slice(Math.max(sen.start, cStart - 40), cStart)))
              continue;
            // A project's expected capacity ("达产后年营业收入30亿元") is not the zone's figure.
            if (CAPACITY_CUE_RE.test(text.slice(Math.max(sen.start, cStart - 12), tok.start))) continue;
            // "四上企业中有上市企业11家": another kind of enterprise counted after the indicator's name.
            if (measure === 'count' && lastKwEnd >= cStart && /[\u4e00-\u9fff“”"]{2,}企业/.test(text.slice(lastKwEnd, tok.start))) continue;
            // "7个招商专班": a count of something that is not the indicator's unit of account.
            if (measure === 'count' && !verbDef && !OK_AFTER_COUNT.test(afterRaw)) continue;
            // Increments ("新增2家") are not the count itself.
            // (Signings are a flow: "新增签约项目12个" counts this period's signings, which is the figure itself. So is a
            // round's batch: "新增纳入省台账“签约一批”项目49个", "签约项目新增35个" report what the round added.)
            // ("新申报/新认定高新技术企业18家,总数达到146家": the increment is skipped here, not its indicator word, so
            // the stock in the next clause still reads as the count.)
            if (measure === 'count' && INCREMENT_WORD_RE.test(clause0) && !(def.key === 'signed_projects' && /新增(?:签约|引进|招引)/.test(clause0)) && def.strength !== 'batch') continue;
            // "全年新增专精特新企业3家,技术中心1家,高新技术企业66家": an increment word before a run of counted items
            // covers every item of the run (a stock word — 累计, 总数, 达到 — ends it: "…,高新技术企业总数达到146家").
            // (Enterprise counts only: a signing or a batch count is a flow, its 新增 the figure itself.)
            if (measure === 'count' && STOCK_KEYS.has(def.key) && incrementRun(text, sen.start, tok.start)) continue;
            // "建区20年来,累计完成固定资产投资89亿元", "自成立以来累计引进项目320个": a total since the zone was founded
            // covers no year (facts.md periods run from a year's start); on the map it would pass for this year's figure.
            // (Only with no period of its own in the sentence.)
            if (!sentenceCue && FOUNDED_SINCE_RE.test(text.slice(sen.start, tok.start))) continue;
            // Work in progress ("正在积极推进3宗") is neither achieved nor a goal.
            if (/正在|正积极/.test(clause0)) continue;
            // (A park named as a part after 其中 gives its own total: "其中…,某某园区18.2亿元".)
            if (suppressed.has(def.key) && measure !== 'rate_pct' && !partName) continue;
            // "由35亿元增至62亿元": the value a change starts from is a base, not this period's figure.
            if (/[从由](?:\d{4}年(?:底|末)?的?)?(?:不足|近|约)?$/.test(text.slice(Math.max(cStart, tok.start - 10), tok.start)) && CHANGE_TO_RE.test(text.slice(tok.end, Math.min(sen.end, tok.end + 12)))) continue;
            // Comparison bases ("与去年同期9.6亿元相比") are not this period's figures.
            if (BASE_RE.test(text.slice(cStart, tok.start)) && measure !== 'yoy_pct') continue;
            // Parenthetical asides carry figures only when they state a goal: "（增速目标是17%）".
            const paren = openParen(text, sen.start, tok.start);
            let targetCue = false;
            if (paren >= 0) {
              const around = text.slice(Math.max(sen.start, paren - 6), tok.start);
              if (TARGET_RE.test(around)) targetCue = true;
              else if (!(aside && aside.open === paren && rsp === undefined)) continue;
            }
            // A city's whole-economy figure is no fact of its zones (facts.md: a city stands for its zones):
            // under a bare 我市/全市 subject, the economy indicators count only where the sentence names zones.
            if (cur && cur === cityEconomy && CITY_ECONOMY_KEYS.has(def.key) && !ZONE_TALK_RE.test(text.slice(sen.start, tok.start))) continue;
            // Likewise a county's: a zone that stands for its county ("甲县…") does not take the figures of a
            // sentence about the county's whole economy ("该县…地区生产总值增长5.1%,规上工业增加值增长8%").
            if (cur?.viaCounty && CITY_ECONOMY_KEYS.has(def.key) && COUNTY_ECONOMY_RE.test(senText) && !ZONE_TALK_RE.test(senText)) continue;
            // No rule said whose the figure is: the fallback chain of ./subject-fallback.ts (the sentence's place or
            // zone, the section's, the document's, else 某市/某县/某区 by the scope word), for an area's figure only.
            let subj: Subject | null = cur;
            if (!subj) {
              const fb = fallbackSubject((fbState ??= fallbackState(text, bodyStart)), sen.start, sen.end, chunk.paragraphs[0]?.start ?? para.start, tok.start);
              // (A bare 全市/全州 with no zone in the sentence is the whole economy, as for a named city above.)
              const economy = fb && CITY_ECONOMY_KEYS.has(def.key) && wholeEconomy(text, sen.start, tok.start);
              if (!fb || economy) {
                warnings.push({
                  kind: 'unattributed_number',
                  message: `无法确定主体的数字: ${text.slice(tok.start, tok.end)}`,
                  source: { seed: ctx.seed, ...toOriginalSpan(n, tok.start, tok.end) },
                });
                continue;
              }
              subj = fb.subject;
            }
            const viaFallback = subj !== cur;
            // A named city's or county's whole-economy figure ("甲市固定资产投资完成43.6亿元", "乙县完成工业总产值…") is no
            // figure of its zones: the area stands for its zones only in a sentence that speaks of zones or parks
            // ("甲市开发区…", "乙县“一区八园”完成…"). (Bare 全市/我市: cityEconomy above. 全县/全区 and districts are left
            // alone: some annotators record a county's or a zone-district's own economy under 某县/the district.)
            if (subj.scope === 'city' && CITY_ECONOMY_KEYS.has(def.key) && /[市县州旗盟]$/.test(subj.name) && text.slice(sen.start, tok.start).includes(subj.name) && !AREA_ZONES_RE.test(senText)) continue;
            // "全市开发区签约项目60个,分别为:甲经开区24个、乙高新区22个…": a figure before a list of subjects that would go
            // to one of them is the list's total, no one item's (its owner is not read here: none is guessed).
            if (!rsp?.subject && resp.size) {
              let listTotal = false;
              for (const [at, v] of resp) if (at > tok.start && v.subject?.name === subj.name) listTotal = true;
              if (listTotal) continue;
            }
            // "2022年,…全年累计…。此次“三个一批”活动,…": a sentence about the event being reported now (此次, 今年,
            // 目前) does not inherit a year an earlier sentence gave for a completed period.
            const paraYear = paraCue ? paraCue.year ?? (paraCue.relYear !== undefined ? ctx.year + paraCue.relYear : undefined) : undefined;
            const nowSentence = !sentenceCue && paraYear !== undefined && paraYear < ctx.pubYear && NOW_OPENING_RE.test(senText);
            // (此次/本次: the event at publication; 今年/目前: the report's usual period.)
            const eventNow: PeriodCue | null = nowSentence && EVENT_NOW_RE.test(senText) ? { start: sen.start, end: sen.start, year: ctx.pubYear, toMonth: ctx.pubMonth } : null;
            // "与此同时,当天某市集中签约项目16个": 当天/当日/同日 is the day of the event dated last, in whatever paragraph.
            const sameDay = !sentenceCue && lastEvent && SAME_DAY_RE.test(senText) ? lastEvent : null;
            // "3月15日,…举行开工仪式。今年以来,该区完成…": an event's date does not carry into a sentence about the year so far.
            const paraCueHere = (paraCue?.event && CURRENT_OPENING_RE.test(senText)) || sinceNow ? null : paraCue;
            // "10月8日,…举行…活动。\n此次活动共签约项目54个": 此次/本次 with no date of its own in its paragraph is the
            // event dated last (the lede's), not the report's usual period.
            // (The paragraph's later sentences go on about the same event.)
            if (!sentenceCue && !paraCue && lastEvent && !paraThisEvent && THIS_EVENT_RE.test(senText)) paraThisEvent = lastEvent;
            const thisEvent = !sentenceCue && !paraCue ? paraThisEvent : null;
            const cueForPeriod = sentenceCue ?? sameDay ?? thisEvent ?? (nowSentence ? eventNow : paraCueHere);
            sinceBase = paraCue && !paraCue.since ? paraCue : null;
            periodSentence = sen.start;
            let per = periodOf(cueForPeriod, chunk);
            // A rate or a share over a running total ("2022年以来…项目开工率98.0%") is a ratio as of the report's month,
            // read beside the other rates of that period, not a sum over the span: it keeps the year it reaches to.
            if ((measure === 'rate_pct' || measure === 'share_pct') && per.period.slice(0, 4) !== per.period.slice(8, 12)) per = { ...per, period: `${per.period.slice(8, 12)}-01/${per.period.slice(8)}` };
            // "2016年至2018年,分别完成…": a value of a list of years is its own year's whole-year figure.
            if (rsp?.year !== undefined) per = { period: formatPeriod(rsp.year, 12), end: ym(rsp.year, 12), explicit: true };
            // "全年计划实现工业总产值220亿元,…;新引进亿元以上项目20个以上": a statement that opens as a plan states
            // goals in every clause, across ',' and ';', until its full stop.
            // (The statement's text up to the number, sliced once: the checks below read it again, and
            // statementStart scans back to the paragraph's start.)
            const statementBefore = text.slice(statementStart(text, tok.start, para.start), tok.start);
            const planStatement = PLAN_STATEMENT_RE.test(statementBefore);
            // "全年,…完成245.6亿元" in a January report: a yearless period that would end after publication,
            // stated as achieved, is the latest such period that has ended — last year's.
            if (
              cueForPeriod && cueForPeriod.year === undefined && cueForPeriod.relYear === undefined && chunk.info.year === undefined &&
              // (At least a quarter ahead: a month or two may just be a publication date given loosely.)
              per.end - ctx.published >= 3 && per.end - 12 <= ctx.published && !chunk.info.plan && !senFuture && !planStatement &&
              !TARGET_RE.test(senText.includes('%') ? senText.replace(SHARE_OF_PLAN_RE, '') : senText) && !FORECAST_RE.test(senText)
            ) {
              const c = { ...cueForPeriod, year: ctx.year - 1 };
              per = periodOf(c, chunk);
            }
            const clauseBefore = text.slice(cStart, tok.start);
            const clauseAround = clauseBefore + after.slice(0, 8);
            let kind: 'actual' | 'target' = 'actual';
            // (A text whose year stands on its own is written after that year: its whole-year figures are results.)
            const future = per.end > (yearOnItsOwn ? Math.max(ctx.published, ym(ctx.year, 12)) : ctx.published);
            // A deal about to happen ("近期即将签约…拟定协议投资6.2亿元") is a pipeline, neither achieved nor a goal.
            if (pipelineAt >= 0 && pipelineAt < tok.start && !targetCue && !TARGET_RE.test(clauseAround) && !chunk.info.plan) continue;
            if (targetCue || TARGET_RE.test(clauseAround) || senFuture || PLAN_VERB_RE.test(clauseBefore) || planStatement) kind = 'target';
            else if (FORECAST_RE.test(clauseAround) && (future || chunk.info.plan)) kind = 'target';
            // "2022年,…。预计全年…增幅9%" in a text of the next January: an estimate for a year just closed, before its
            // statistics are out, is still an estimate (facts.md: 预计 → target).
            else if (per.end < ctx.published && /预计全年/.test(statementBefore) && ctx.published - per.end <= 2) kind = 'target';
            // "预计今年年底可达40万家": an estimate for the end of a year still running is a goal for that year.
            else if (YEAR_END_FORECAST_RE.test(clauseBefore) && per.end <= ctx.published && ym(Math.floor((per.end - 1) / 12), 12) > ctx.published) kind = 'target';
            // "2023年,…预计完成A 992亿元,B 53.5亿元,C 1860亿元" in a December report: an estimate for a period
            // that has not ended when the text was written is a target, for every figure the verb governs.
            // (The statement runs on over "；": "预计全年实现A…;实现B…;实现C…".)
            else if (per.end >= ctx.published && FORECAST_VERB_RE.test(statementBefore)) kind = 'target';
            // "到2020年,…180亿元。这是省政府给定的目标": the next sentence calls the figures a goal.
            else if (GOAL_NEXT_RE.test(text.slice(sen.end, Math.min(sen.end + 24, text.length)))) kind = 'target';
            else if (chunk.info.plan) kind = 'target';
            else if (future) kind = 'target';
            // A goal stated among achievements ("增速目标是17%") is the year's goal.
            if (kind === 'target' && !chunk.info.plan && !/\/\d{4}-12$/.test(per.period)) {
              const y = Math.floor((per.end - 1) / 12);
              per = { period: formatPeriod(y, 12), end: ym(y, 12), explicit: per.explicit };
            }

            // "签约项目3132个,…新签约亿元以上项目1323个": once the subject's signing count for the period is given, a count
            // above a size threshold is a part of it (a report without a total titles its signings so: "亿元以上新签约
            // 项目174个", and that is kept).
            if (def.key === 'signed_projects' && measure === 'count' && indAt >= sen.start && indAt < tok.start && /[亿万]元以上/.test(text.slice(indAt, tok.start)) &&
              (facts.some((f) => f.indicator === 'signed_projects' && f.measure === 'count' && f.subject === subj!.name && f.period === per.period) ||
                // (…or the same sentence gives it next: "签约10亿元以上项目16个,完成签约项目79个".)
                laterSigningCount(text.slice(tok.end, sen.end))))
              continue;
            // One figure per restatement: a value repeated for the same named indicator ("已开工项目46个")
            // is a part, unless the indicator is named again ("其中规模以上工业企业营业收入…").
            const explicitTarget = targetCue || TARGET_RE.test(clauseAround);
            // "高新技术企业和“四上”企业数量分别增长20%": one number for both names.
            const defs: IndicatorDef[] = [def];
            // "固定资产投资、工业投资均增长12%": 均/都 give one number to every name of the run, as 分别 does to a pair.
            // (均/都 within the clause: "A和B均有回升,其中A增长8%" gives the later number to A alone.)
            if (!rsp && pairDef && pairAt < tok.start && (/分别/.test(text.slice(pairAt, tok.start)) || /^[^，,。；;]*[均都]/.test(text.slice(pairAt, tok.start))))
              for (const pd of pairDefs) if (pd.key !== def.key && pd.measures[measure] && !defs.includes(pd)) defs.push(pd);
            for (const d of defs) {
            // Template instead of [..].join('|'): no array per figure; `?? ''` keeps join's null/undefined → ''.
            const key = `${subj.name ?? ''}|${d.key ?? ''}|${measure ?? ''}|${tok.unit ?? ''}|${per.period ?? ''}|${kind ?? ''}|${explicitTarget ?? ''}|${(measure === 'rate_pct' ? '' : rsp ? rsp.at : indAt) ?? ''}`;
            if (seen.has(key)) continue;
            seen.add(key);

            let value = tok.value;
            if (measure === 'yoy_pct' && value > 0 && (rsp ? rsp.neg : NEG_RE.test(clauseBefore.slice(-6)))) value = -value;
            // Quote: from the clause that names the indicator (or the sentence start) to the number.
            // The shortest clause run that names the indicator: from its name when it is near, else the clause.
            let qStart = sen.start;
            const namedAt = rsp ? rsp.at : indAt;
            if (namedAt >= sen.start && tok.start - namedAt <= (rsp ? 240 : 80)) qStart = Math.min(namedAt, cStart);
            else if (tok.start - sen.start > 80) qStart = cStart;
            while (qStart < tok.start && /[\s,，。；;、]/.test(text[qStart])) qStart++;
            // A dateline is no part of what the figure says ("某某网4月29日电 完成工业投资…").
            const dl = DATELINE_RE.exec(text.slice(qStart, tok.start));
            if (dl) qStart += dl[0].length;
            let qEnd = tok.end;
            // Close an aside the number sits in: "增速目标是17%)".
            if (/[)）]/.test(text[qEnd] ?? '') && openParen(text, qStart, qEnd) >= 0) qEnd++;
            const span = toOriginalSpan(n, qStart, qEnd);
            const fact: Fact = {
              subject: subj.name,
              scope: subj.scope,
              city: subj.city,
              period: per.period,
              indicator: d.key,
              measure,
              value,
              unit: d.key === 'output_intensity' && tok.unit === '万元' ? '万元/亩' : tok.unit,
              kind,
              approx: tok.approx,
              source: { seed: ctx.seed, start: span.start, end: span.end },
              quote: text.slice(qStart, qEnd),
            };
            if (subj.members) fact.members = subj.members;
            facts.push(fact);
            if (viaFallback) fallbackFacts.add(fact);
            if (measure === 'count' && (d.strength === 'batch' || d.key === 'signed_projects')) senCounts.push(d as IndicatorDef);
            if (tok.unit === '%') lastPct = { def: d as IndicatorDef, measure };
            emittedHere = true;
            }
          }
          if (inPart) cur = wholeSubject;
          else if (passing && !emittedHere) {
            // Still the zone a later "园区/开发区" may refer back to, when nothing else is the subject.
            if (cur?.scope === 'zone') passingZone = cur;
            cur = beforePassing;
          }
          if (sentenceCue) paraCue = sentenceCue;
          // (Another figure that took over in mid-sentence is that sentence's only: what is carried on is as before it.)
          if (otherTopic && ind === OTHER && beforeOther) {
            ind = beforeOther.ind;
            indAt = beforeOther.indAt;
          }
          // Carry the indicator into the next sentence: "规模以上工业增加值。全年计划完成22.35亿元".
          if (ind) carryAt = indAt;
          carryViaBatchWord = viaBatchWord;
          futureCarry = senFuture;
          carry = ind ?? carry;
          carryTopic = !!ind && !emittedHere;
          lastSentenceTopic = carryTopic ? ind : null;
        }
        const paraText = text.slice(para.start, para.end);
        if (lastSentenceTopic && paraText.length < 40 && !/[。；;!?！？]$/.test(paraText)) headCarry = lastSentenceTopic;
        lastSentenceTopic = null;
        running = cur;
        // "清徐经济开发区：" on a line of its own heads the paragraphs that follow (until the next such line).
        if (COLON_HEADING_RE.test(paraText) && paraNames.length && cur && paraNames.some((h) => h.start >= para.start && h.end <= para.end)) headed = cur;
      }
    }
  }
  return { facts: dropRestated(facts, fallbackFacts), warnings };
}

/**
 * `s.split(re)[0]`: the text before the first match of a one-character class. (A split with a pattern
 * tries it at every position; one search does.)
 */
function beforeFirst(s: string, re: RegExp): string {
  const i = s.search(re);
  return i < 0 ? s : s.slice(0, i);
}
