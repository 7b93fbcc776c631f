/**
 * Projects: every named project, as its own record (facts.md "Projects").
 *
 * Two shapes cover the genre:
 *  - a name ending in 项目/工程 (optionally with 二期), often with company and money around it:
 *    "湖南顶立总投资2.3亿元的年产450吨…项目", "安徽安濠光电科技有限公司投资12亿元新建3D…项目";
 *  - a 、-separated list (projects-lists.ts, the one list scanner) closed by 等项目 / 建设 / 投产 / 十大标杆项目:
 *    "加快推进美锦高纯氢二期、亚鑫焦炉气减碳新材料…等项目建成投产".
 * Status comes from the verbs of the clause; subject from the zone last named (else the section's).
 */
import type { ExtractWarning, Project, ProjectStatus } from './schema';
import { toOriginalSpan, type Normalised } from './normalise';
import { lowerBound, type Segmented } from './segment';
import { subjectOfHit, unknownSubject, zoneLikeNames, type Subject } from './subjects';
import { formatPeriod } from './periods';
import { documentFallback, fallbackState } from './subject-fallback';
import { isClauseBreak, type DocContext, type Prepared } from './facts';
import { joinListLines, listCandidates, listSentences } from './projects-lists';
import { cityOfPlace } from './place-city';
import { alt, tails, zoneWords } from './zone-words';

/** The last words of zone types and other zone kinds (开发区, 高新区, 经开区, 示范区, 农高区, 集聚区). */
const ZONE_TAILS = [...tails(zoneWords('zone')), ...zoneWords('other')];
const ZONE_TAIL_RE = new RegExp(ZONE_TAILS.join('|'));
/** A zone named at the front of a name ("晋中开发区总投资50亿元的…"). */
const ZONE_IN_NAME_RE = new RegExp(String.raw`^(.*?[\u4e00-\u9fff]{1,10}?${alt(ZONE_TAILS)})(?=.{4,})`);
/** A zone's or the text's own area opening a name ("开发区…", "该区…"). */
const ZONE_LEAD_RE = new RegExp(`^(?:${[...tails(zoneWords('zone')), '该区', '我区', '全区', '本区'].join('|')})(?=[^项工]{4,})`);
/** A zone's name with a short place stem ("新乡经济技术开发区"). */
// (And the other kinds that report like a zone — 新区, 产业集聚区, 工业园区 …: other provinces' pages name theirs so.)
const ZONE_STEM_RE = new RegExp(String.raw`^([\u4e00-\u9fff]{2,4}?)${alt(zoneWords('zone', 'park', 'new-area', 'other'))}$`);

/** "…项目", "…工程", "…项目二期". */
/** "中通高技术园区已主体已封顶", "绿色智能铸造园区车间正在紧张建设中": a park under construction, named at the clause start. */
const BUILDING_RE =
  /(?:^|[,，;；。:：])(?:目前[,，]?)?([\u4e00-\u9fffA-Za-z0-9]{2,14}?(?:园区|产业园|基地|厂房|电站))(?=(?:车间|项目)?(?:已经?|正在|正)[\u4e00-\u9fff]{0,6}?(?:封顶|建设|施工|开工|投产|完工|试生产))/g;
/**
 * A project named in quotes ("签约“甲乙光伏发电项目”") or as the title of its agreement
 * ("《某某基础设施项目投资合作协议》", "《某市古城投资与开发框架协议》"), after a signing verb.
 */
// (The quote is found first and the verb checked before it: a lookbehind at every position is costly.)
// ("签约“甲乙智慧物流港”项目": the quote may close before 项目; a name of five characters or more, no slogan.)
const QUOTED_RE =
  /“([^“”《》]{3,30}?(?:项目|工程))”|“([^“”《》\d]{5,30}?)”(?=项目|工程)|《([^《》“”]{4,30}?)(?:项目)?(?:投资)?(?:合作)?(?:战略|框架)?(?:合作)?(?:协议|合同)(?:书)?》/g;
const QUOTED_VERB_RE = /(?:签约|签订|签署|签订了|签署了|落地|引进|建设)的?$/;
/** "今年投产的甲乙机械制造是某开发区招商引资项目": the subject of 是 is the project's name. */
const COPULA_TAIL_RE = /[^，,。；;：:是]{0,16}?项目(?:之一)?(?=[，,。；;]|$)/y;

/** Clause punctuation (，,；;。：:) by char code. */
function isBreakChar(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002 || c === 0xff1a || c === 0x3a;
}
/** "某开发区甲乙科技城奠基仪式": a project named by its own ceremony (walked back from the ceremony word). */
const CEREMONY_RE = /(?:奠基|开工|竣工|投产)(?:仪式|典礼)/g;
const PAIR_RE = /([\u4e00-\u9fff]{2,14})和([\u4e00-\u9fff]{2,14}?)(?:\d+|两|二)个项目/g;
const SINGLE_TAIL_RE = /等(?:[一二三四五六七八九十]大标杆项目|一批(?:重大|重点)项目)/g;
const NAMED_TAIL_RE = /项目(?:[(（][一二三四五]期[)）]|[一二三四五]期)?|工程(?!技术|实验|研究|中心|师|院|有限|公司|建设)/g;

/** A name character (Han, Latin, digits, .%/&“”"()（）·+-) by char code: the walk back runs per character. */
function isNameCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2e || c === 0x25 || c === 0x2f || c === 0x26 || c === 0x201c || c === 0x201d || c === 0x22 ||
    c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09 || c === 0xb7 || c === 0x2b || c === 0x2d
  );
}

/** "…项目"/"…工程" phrases: find the ending, then walk back over name characters (at most 60). */
function namedBefore(s: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  NAMED_TAIL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let floor = 0;
  while ((m = NAMED_TAIL_RE.exec(s))) {
    let b = m.index;
    // (Also over a 、 between a project's activities: "…铝箱体研发、生产、销售项目".)
    while (b > floor && m.index - b < 60 && (isNameCode(s.charCodeAt(b - 1)) || (s.charCodeAt(b - 1) === 0x3001 && inActivityList(s, b - 1)))) b--;
    if (m.index - b >= 2) out.push({ start: b, end: m.index + m[0].length });
    floor = m.index + m[0].length;
  }
  return out;
}

/** "其龙新材料投资2.5亿元从日本引进…BOPA薄膜生产线": money anchors a name that does not say 项目. */
// The name may also be followed by its phase and state ("…产业园一期已建成投用", "…基地正式投产",
// "…物流中心,预计…", "…基地在某开发区签约落地"): projects named as parks, bases and centres.
const MONEY_ANCHORED_RE = /投资\d+(?:\.\d+)?(?:多|余)?(?:亿元|万元|亿多元|万多元)(?:[^，,。；;]{0,24}?(?:引进|新建|建设|的))?((?:[\u4e00-\u9fffA-Za-z0-9.%/()（）“”]){2,30}?(?:生产线|电站|工厂|产业园区|产业园|基地|物流园|物流中心|数据中心|研发中心|运营中心|结算中心|制造中心|智造中心|创新中心|服务中心))(?:[一二三四]期)?(?=[，,。；;]|$|(?:正式|已|基本|顺利|全面|开工|动工|投产|建成|签约|落地|开始|于|在|将))/g;
/** "华北算力数据中心,总投资20亿元": a park, base or centre named at a clause start, its money right after. */
const NAME_THEN_MONEY_RE =
  /(?:^|[，,。；;：:]|的)((?:[^\s\p{P}的在是了和与及将已]){2,20}?(?:生产线|电站|工厂|产业园|基地|物流园|物流中心|数据中心|研发中心|运营中心|结算中心|制造中心|智造中心|创新中心))(?:[一二三四]期)?[,，]?(?:总投资|计划投资|投资)(?:额)?(?:为|约|达)?\d/gu;
/** "加快美锦氢能零碳总部基地建成投产", "推进15万吨/年DMC(碳酸二甲脂)尽快落地开工": one named thing governed by a project verb. */
const GOVERNED_RE =
  /(?:加快|推进|推动|确保|保障)((?:[\u4e00-\u9fffA-Za-z0-9.%/()（）“”]){4,24}?)(?:尽快)?(?:建成投产|建成投运|落地开工|开工建设|建设顺利|建设进度)/g;
/** Words that make a "…项目" phrase a verb phrase or a category, not a name. */
/** "…签约项目", "…重点工程": a category of projects. */
const CATEGORY_END_RE =
  /^.{0,4}(?:签约|域外|本土|龙头|大|好|重点|入库|配套|外资|投资|落地|开发区|校友招商|产业|工业|转型|在谈|储备|优质|关键性|民生|基础设施建设|链主|头部|核心|社会事业|事业|服务业|房地产开发|房地产|产业化|招商|产业招商)(?:项目|工程)$|[一二三四五六七八九十两]大(?!标杆)|类(?:项目|工程)$|^(?:所有|全部|高质量|高科技|引资)[\u4e00-\u9fff]{0,4}(?:项目|工程)$|全[市县区省](?:项目|工程)$|[一二三四五六七八九十两]个(?:项目|工程)$/;
// (…类项目 is a kind; 所有/高质量 + 项目 a quality of projects; 全市项目 all of them; 签约两个项目 a count;
// 服务业项目, 房地产开发项目, 园区产业招商项目: the statistics' kinds of projects.)
/** A function word or verb right before 项目 ("把项目", "刷新着项目", "做好项目"), an adverb at the start. */
// (宣布/介绍/确保/为/做/作 + 项目: "县长宣布项目开工", "负责人介绍项目…", "与会领导为项目奠基"; 合作项目 is a name.
// 以/坚持/重视/解决/到 + 项目: "园区以项目为王", "坚持项目引领", "重视项目建设", "从洽谈到项目开工" — 项目 as the work of
// building projects, the object of the clause's verb; 产能提升项目 is a name.)
const VERB_PHRASE_RE =
  /(?:着|把|和|好|上|(?<!产能提|能力提)升|述|“|给|对|抓|宣布|介绍|确保|为|做|(?<!合)作|听取|见证|观摩|加快|以|到|坚持|重视|解决|众多|全年)(?:项目|工程)$|(?:引领|引进|招引|带动)(?:大|好)(?:项目|工程)$|^(?:这|不断|始终|深化|解决|手续|企业快速)|以上|等公司|企业投资项目|重点工程$|合同”/;
// (高标准/优质 only as manner or kind — 高标准推进, 优质项目: 高标准农田建设项目 and 年产…优质原酒酿造项目 are names.)
const NOT_A_NAME_RE =
  /提高|针对|健全|助力|抓|每个|每一|认真|促进|加强|加大|强化(?!剂)|跟踪|了解|^精心|^包装项目|紧扣|召开|绘制|树立|推行|承担|做到|一个项目|一批|形成|大抓|逐个|采取|措施|出台|鼓励|涉及|符合|结合|实行|纳入|铺排|外出|考察|统筹|“三个一批”|三个一批|签约一批|开工一批|投产一批|在库|入统|备案|承诺制|领办代办|方面|条件的|有望|[0-9]+(?:余|多)?个|[0-9]+家|交流对接|部门|资本|招引|主导的|更多|关键性|成长性|带动力|附加值|等方面|可研|土地|进行|方案|编制|之间|由于|各项|围绕|企业之|合作伙伴|上下游|新兴产业|重点推进的|管委会|举办|接洽|剩余|正在|标准化(?!厂房)|新基建|高标准(?:推进|建设|谋划|打造|实施|规划|要求|落实)|营商|招商引资|优质(?:项目|工程|企业|资源|服务)|^优质|意向|确定的|加工类|^[(（]|^以|现有|专精/;

/**
 * Phrases shaped like names that name no project: references (此次/本次项目), shares (占开工项目), thresholds
 * (10亿元以上的项目), goals, a project's state (新开工项目, 已竣工项目), a quoted programme ("六新"项目).
 */
const JUNK_RE =
  /^(?:此次|本次|该批|上述|占|集中)|(?:超|逾)\d+(?:\.\d+)?(?:亿|万)|\d+(?:\.\d+)?(?:亿元|万元|亿|万)?以上的?|目标|预期|^“[^”]{1,8}”(?:项目|工程)$|(?:新|已|未|集中)?(?:开工|竣工|投产|签约|在建|续建|建成|落地)(?:项目|工程)$|^[\u4e00-\u9fff]{2}(?:项目|工程)$|^新引进|^新能源项目$|产业链项目$/;

/** Verbs/adverbs that may precede a name inside its clause; stripped from the front. */
const LEAD_RE =
  /^(?:\d+[.、]|分别(?:是|为)[:：]?|[既又更还也]有|[既又还也]?(?:涵盖|包含|包括)|现已有|已有|现场|近期|即将|在谈|新\(扩\)建|新（扩）建|新扩建|[一二三四五六七八九十]+是|其中|目前|同时|今年|还|并|已|正在|重点|积极|全力|加快|加速|持续|继续|同步|着力|大力|力争|确保|尽快|推动|推进|保障|实施|打造|建设|新建|续建|扩建|引进|对接|跟进|洽谈|谋划|储备|包括|如|即|落实|完成|开工|启动|抓好|做好|促成|支持|签约|引深|围绕|聚焦|拜访|参加|成功|实现|主要|扎实|强力|适时|共|集中精力|压实|配合|主动|合力|努力|招引|紧盯|盯紧|预计|且|以|为|和|与|及|将|把|让|的|了|等|在|、)+/;

/** Names that are kinds of project, not a project. */
const GENERIC_RE =
  /^(?:该|此|这些|这个|各类|一批|一批批|重点|重大|产业|工业|签约|开工|投产|在库|入统|在谈|新建|续建|储备|转型|招商|科技型|基础设施|龙头|标杆|优质|大|好|外资|校友招商|省级?重点工程|省重点|市级?重点|链上企业|配套|前期|新开工|已开工|未开工|已投产|未投产|达效|申报|建设|推进|落地|谋划|实施|的|等|个|其|所有|年度|全部|两个|多个|上述|相关|类|各|专精特新|示范|试点|集群|产业链|新|首批|拟落地|意向|合作|招引|引进|落地开工|民生|社会|政府|投资|资金|总投资|亿元|万元|[0-9.]+|[一二三四五六七八九十两百千万]+|“三个一批”|三个一批|“五个一批”|五个一批)*(?:项目|工程)?$/;

/** Short list items that are sectors, kinds of works or places, not brand-like names (judged below four characters). */
const SHORT_NOT_NAME_RE =
  /^(?:工业|农业|商贸|商业|文旅|旅游|物流|康养|医药|医疗|化工|能源|环保|电子|信息|教育|养老|文化|体育|金融|地产|交通|水利|电力|冶金|建材|纺织|食品|服装|机械|汽车|光伏|风电|储能|氢能|数字|科技|民生|基建|市政|生态|林业|畜牧|种植|养殖|服务|制造|材料|装备|矿业|煤炭|钢铁|焦化|生物|芯片|软件|电商|会展|酒店|住宅|学校|医院|道路|管网|绿化|水电|厂房|仓储|央企|民企|国企|外企|外资|内资|新能源|新材料|服务业|制造业|大健康|半导体|[一二三四五六七八九十两]期)$|[省市县区镇乡村园类]$/;

const STATUS_RULES: Array<{ re: RegExp; status: ProjectStatus }> = [
  { re: /达效|达产/, status: 'effective' },
  { re: /投产|试生产|建成|竣工|投运|完工|通车|运营|运转|投入运行/, status: 'commissioned' },
  // ("…项目正加快推进": being pushed on now, so under way; a bare 加快推进 may be a plan's aim and is not read here.)
  // ("…等项目正加紧建设", "…项目进展顺利", "…项目建设有序推进", "…等项目建设进度": being built.)
  { re: /开工|动工|开复工|复工|启动|在建|续建|施工|建设中|加快建设|加紧建设|抓紧建设|开始建设|封顶|推进.*建设|实施|正(?:在)?(?:加快|加紧|稳步|全力|有序)?推进|进展顺利|有序推进|建设进度/, status: 'started' },
  // ("…等一批项目先后落户", "成功招引…等10个项目入驻园区", "…等大项目成功落位": won for the zone.)
  { re: /签约|签订|落地|引进|落户|招引|入驻|落位/, status: 'signed' },
  { re: /在谈|洽谈|对接|跟进|考察|谈判/, status: 'negotiating' },
  // ("…等26个项目加快前期工作": not yet begun.)
  { re: /谋划|储备|计划|拟|将|打造|力争|前期工作/, status: 'planned' },
];

/** A batch event named in a sentence: "集中签约", "当天开工的8个项目", "签约仪式". */
const BATCH_EVENT_RE =
  /(?:集中|此次|本次|当天|同步|现场)[^，,。；;]{0,8}?(签约|开复工|开工|投产|竣工|达产达效)|(签约|开工|投产|竣工)(?:仪式|活动)|(签约|开工|投产|竣工)的(?:\d+个)?(?:重点|重大)?项目|(?:^|[，,。；;：:]|累计|共)(签约|开工|投产|竣工)项目\d+个/;

/** What a project will do once built ("达产后可实现…") or is expected to do ("预计明年建成") is not its state now. */
const NOT_YET_RE = /(?:达产|达效|建成|投产|满产)后[^，,。；;]*|(?:预计|有望|计划于|将于|力争于?)[^，,。；;]*/g;

const ANCHORED_RES = [MONEY_ANCHORED_RE, NAME_THEN_MONEY_RE, GOVERNED_RE, BUILDING_RE];
/**
 * Speed only: literal words each match of an anchored shape contains (its amount, its place word, its
 * verb); a sentence without all of them is not scanned by the costly pattern. Keep in step with the shapes.
 */
const PLACE_WORD_RE = /生产线|电站|工厂|产业园|基地|物流园|物流中心|数据中心|研发中心|运营中心|结算中心|制造中心|智造中心|创新中心|服务中心/;
// (The amount shapes also need 投资 and a place word, tested once per sentence before these.)
const ANCHORED_NEEDS = new Map<RegExp, RegExp[]>([
  [MONEY_ANCHORED_RE, [/投资\d/]],
  [NAME_THEN_MONEY_RE, [/投资额?[为约达]?\d/]],
  [GOVERNED_RE, [/加快|推进|推动|确保|保障/, /建成投产|建成投运|落地开工|开工建设|建设顺利|建设进度/]],
  // (The first test is the gate this shape always had; "试生产" alone never opened it.)
  [BUILDING_RE, [/封顶|建设|施工|开工|投产|完工/, /园区|产业园|基地|厂房|电站/, /已|正/]],
]);

function statusOf(raw: string, plan: boolean): ProjectStatus | undefined {
  // "计划投资5亿元" is an amount, not a plan; "即将签约" is a signing still being negotiated.
  // (The context window may cut "计划投资" short: a trailing 计划 is dropped too.)
  const clause = raw.replace(/计划(?=总?投|$)/g, '');
  if (/即将签约|拟签约|待签约/.test(clause)) return 'negotiating';
  if (/即将(?:竣工|投产|建成)/.test(clause)) return 'started';
  // "加快推进A、B等项目建成投产": being built now, commissioning is the aim; "满负荷生产": running.
  if (/(?:加快|推进|推动|确保|力争|争取)[^，,。；;]*(?:建成投产|建成投运|投产达效|尽快投产|早日投产)/.test(clause) && !/已/.test(clause)) return 'started';
  if (/满负荷生产|满产/.test(clause)) return 'commissioned';
  if (plan && /谋划|储备|打造|力争|实施|推进.*(?:落地|开工)|重点推进|重点推动|重点招引/.test(clause) && !/已/.test(clause)) return 'planned';
  const now = clause.replace(NOT_YET_RE, '');
  for (const r of STATUS_RULES) if (r.re.test(now)) return r.status;
  // Only a future state is stated: the project is planned.
  if (now !== clause && /预计|计划于|将于|力争/.test(clause)) return 'planned';
  return undefined;
}

// ("10亿多元", "4850万元": 多/余 around the unit are read as the amount; the unit group is 亿…/万….)
const MONEY_RE = /(?:总投资|计划投资|投资)(?:额)?(?:为|约|达|超)?(\d+(?:\.\d+)?)(?:多|余)?(亿元|万元|亿|万)(?:多|余)?元?/;
// (Longest suffix first: "某某集团有限公司" is one company, not "某某集团".)
const COMPANY_RE = /([\u4e00-\u9fffA-Za-z()（）]{2,30}?(?:集团有限公司|集团股份有限公司|有限责任公司|股份有限公司|有限公司|集团|公司))/;
/** COMPANY_RE, skipped where neither 公司 nor 集团 occurs (every alternative ends in one of them). */
const companyIn = (s: string): RegExpExecArray | null => (s.includes('公司') || s.includes('集团') ? COMPANY_RE.exec(s) : null);
const CAPACITY_RE = /(?:年产)?\d+(?:\.\d+)?(?:万|千)?(?:吨|GWh|MWh|MW|GW|千瓦|万千瓦|t\/a|吨\/年|万吨\/年|件|台|套|万平方米)(?:\/(?:年|a|\d*MWh))?/;

const MONEY_RE_G = new RegExp(MONEY_RE.source, 'g');

function toYi(v: number, unit: string): number {
  return unit.startsWith('万') ? Math.round((v / 10000) * 1e6) / 1e6 : v;
}

interface Candidate {
  start: number;
  end: number;
  name: string;
  /** An item of a counted list ("A、B等6个项目"): short names (company names) are names there. */
  counted?: boolean;
  /** An item of a batch: the amounts around it are the batch's, not its own. */
  batch?: boolean;
  /** An item of a list closed by a verb (…建设/…投产), not by a project word. */
  loose?: boolean;
  /** A name the text put in quotes: taken as written (no lead words or zone stripped). */
  verbatim?: boolean;
  /** Where the words that give its status start, when before its own clause ("建设一批项目，包括A、B"). */
  statusFrom?: number;
}

function cleanName(raw: string): string {
  let s = raw.replace(LEAD_RE, '');
  // A company or place before 投资/总投资 belongs to the context, not the name.
  const inv = s.includes('投资') ? /^(.*?)(?:总投资|计划投资|投资)\d+(?:\.\d+)?(?:亿元|万元|亿)(?:的|新建|建设的|建设|用于)?/.exec(s) : null;
  if (inv) s = s.slice(inv[0].length);
  s = s.replace(/^(?:的|新建|建设的|建设)/, '').replace(LEAD_RE, '');
  // "观摩了甲乙项目": what precedes an aspect particle is the clause's verb, not the name
  // (a place visited — 考察了/调研了/走访了 — is not reported as a project).
  if (s.includes('了')) s = /(?:考察|调研|走访|参观|看望|拜访)了/.test(s) ? '' : s.slice(s.lastIndexOf('了') + 1).replace(LEAD_RE, '');
  // "某开发区授牌暨重大项目": two events joined by 暨; only the last can be a name.
  // (A thing built joined to another by 暨 is one project: "某产业基地暨总部项目", "某工程暨某中心", "某园三期暨…".)
  if (s.includes('暨') && !/(?:基地|总部|工程|中心|园|[一二三四五六七八九十]期)暨/.test(s)) s = s.slice(s.lastIndexOf('暨') + 1).replace(LEAD_RE, '');
  // "开发区甲乙产业园": the zone spoken of generically is the subject, not part of the name.
  s = s.replace(ZONE_LEAD_RE, '').replace(LEAD_RE, '');
  // "领导和嘉宾共同为甲乙项目培土奠基": who performs a ceremony is not part of the name; nor is a photo credit
  // ("记者某某摄") run into the caption after it.
  if (s.includes('为')) s = s.replace(/^.*(?:共同|一起|一同|领导|嘉宾)为/, '');
  // "县长某某来到甲乙项目建设现场": who visits, not the project visited.
  if (/来到|走进|深入|前往|莅临/.test(s)) s = s.replace(/^.*(?:来到|走进|深入|前往|莅临)(?:位于)?/, '');
  if (s.includes('摄')) s = s.replace(/^.*(?:记者|摄影)[\u4e00-\u9fff]{0,4}摄/, '');
  // "某某集团(甲乙项目)代表…": a name glossed in brackets; an unclosed bracket opens the name.
  const ob = Math.max(s.lastIndexOf('('), s.lastIndexOf('（'));
  if (ob >= 0 && ob > Math.max(s.lastIndexOf(')'), s.lastIndexOf('）'))) s = s.slice(ob + 1);
  let a = 0;
  let b = s.length;
  while (b > a && (s[b - 1] === '“' || s[b - 1] === '"')) b--;
  while (a < b && (s[a] === '”' || s[a] === '"')) a++;
  // "建设的“某某物流园项目”": the opening quote of a name whose closing quote lies beyond it.
  if (s[a] === '“' && !s.slice(a, b).includes('”')) a++;
  return s.slice(a, b).trim();
}

export function extractProjects(
  n: Normalised,
  seg: Segmented,
  _prep: Prepared,
  ctx: DocContext,
): { projects: Project[]; warnings: ExtractWarning[] } {
  const text = n.text;
  const projects: Project[] = [];
  // A project named again later ("交通科学研究院项目投资2.7亿元") completes the first record.
  const seenNames = new Map<string, Project>();
  // The state of the batch a report is describing ("当天集中开工的8个项目…。其中…分别是…"): lasts for
  // its paragraph and the next two, and only fills in for projects whose own words give no state.
  let batchSt: ProjectStatus | undefined;
  let batchLeft = 0;
  // "该项目占地64亩,总投资1.3亿元": a sentence about the project last named (this paragraph or the next).
  let lastP: Project | null = null;
  let lastPara = -9;
  let paraNo = 0;
  const quoteStart = new Map<Project, number>();
  const outside = new Set<string>();
  // projects[i]'s name without 年产, /年 and a final 项目 (for "the same project named again").
  const bareNames: string[] = [];
  // Who a project belongs to when nothing before it names a zone: computed once, on demand.
  let fb: Subject | null | undefined;
  const fallback = (): Subject | null => (fb === undefined ? (fb = fallbackSubject(text, seg, ctx)) : fb);

  for (const sec of seg.sections) {
    let running: Subject | null = null;
    for (const chunk of sec.chunks) {
      const y = chunk.info.year ?? ctx.year;
      const period = chunk.info.toMonth ? formatPeriod(y, chunk.info.toMonth, chunk.info.fromMonth ?? 1) : undefined;
      for (const para of joinListLines(chunk.paragraphs, text)) {
        if (para.header) continue;
        let cur: Subject | null = chunk.subject ?? running ?? ctx.subject ?? null;
        const names = seg.names.slice(lowerBound(seg.names, para.start), lowerBound(seg.names, para.end));
        let ni = 0;
        paraNo++;
        if (batchLeft > 0) batchLeft--;
        else batchSt = undefined;
        for (const sen of listSentences(text, para.start, para.end)) {
          const cands: Candidate[] = [];
          if (lastP && lastP.investment === undefined && paraNo - lastPara <= 1) {
            const m = /^\s*(?:该项目|项目)[^。；;]{0,40}?(?:总投资|计划投资|投资)(?:额)?(?:为|约|达)?(\d+(?:\.\d+)?)(亿元|万元|亿)/.exec(text.slice(sen.start, sen.end));
            const qs = quoteStart.get(lastP);
            if (m && qs !== undefined && sen.start + m[0].length - qs <= 300) {
              lastP.investment = toYi(Number(m[1]), m[2]);
              lastP.source = { seed: ctx.seed, ...toOriginalSpan(n, qs, sen.start + m[0].length) };
              lastP.quote = text.slice(qs, sen.start + m[0].length);
            }
          }
          // Scan the sentence only (never the rest of the text): keeps the pass linear.
          const senText = text.slice(sen.start, sen.end);
          const ev = /签约|开工|开复工|投产|竣工|达产/.test(senText) ? BATCH_EVENT_RE.exec(senText) : null;
          const evSt = ev ? statusOf(ev[1] ?? ev[2] ?? ev[3] ?? ev[4] ?? '', false) : undefined;
          // 1. Names ending in 项目/工程.
          for (const hit of namedBefore(senText)) {
            const at = sen.start + hit.start;
            // Trim to the start of the clause.
            let s = at;
            const raw = senText.slice(hit.start, hit.end);
            const cut = lastSeparatorOutsideQuotes(raw);
            if (cut >= 0) s += cut + 1;
            const whole = text.slice(s, sen.start + hit.end);
            // "甲乙智能机器人和丙丁高端摩托车生产项目": two long names joined by 和 share one 项目; each is a
            // project (short sides — "研发和生产基地", "污水处理和中水回用工程" — are one name).
            const k = whole.indexOf('和');
            if (k >= 0) {
              const j = /^(.*[^\d.])和([\u4e00-\u9fffA-Za-z0-9.]{6,}(?:项目|工程))$/.exec(whole);
              // (The left name starts after the clause's last verb, zone word or particle.)
              const left = j ? j[1].replace(/^.*(?:推进|加快|实施|建设|引进|签约|开工|投产|落地|其中|包括|分别是|分别为|区|的|了|将|是)/, '').replace(LEAD_RE, '') : '';
              // (Not people or places — "市长某某等市领导和…", "主会场某县和…" — nor roads built as one: "甲大道和乙大街…工程".)
              if (j && left.length >= 6 && !/[和“”、等]|领导|嘉宾|会场|大道|大街|[县市省镇路]$/.test(left) && /^[\u4e00-\u9fffA-Za-z0-9.]+$/.test(left)) {
                cands.push({ start: s + j[1].length - left.length, end: s + j[1].length, name: left });
                cands.push({ start: s + j[1].length + 1, end: sen.start + hit.end, name: j[2] });
                continue;
              }
            }
            cands.push({ start: s, end: sen.start + hit.end, name: whole });
          }
          // 2. Lists the text calls projects, closed by a count, a kind, 项目 or the verb of their building (projects-lists.ts).
          for (const lc of listCandidates(senText))
            cands.push({ start: sen.start + lc.start, end: sen.start + lc.end, name: lc.name, counted: lc.counted, batch: true, statusFrom: lc.statusFrom === undefined ? undefined : sen.start + lc.statusFrom, loose: lc.loose });
          // "…等一批重大项目" / "等十大标杆项目" with a single item before it.
          // Anchored on the closing words, then walk back over the name: no per-position lazy scan.
          SINGLE_TAIL_RE.lastIndex = 0;
          let sm: RegExpExecArray | null;
          while ((sm = SINGLE_TAIL_RE.exec(senText))) {
            let b = sm.index;
            while (b > 0 && sm.index - b < 30 && /[\u4e00-\u9fffA-Za-z0-9.%/]/.test(senText[b - 1])) b--;
            if (sm.index - b >= 4) cands.push({ start: sen.start + b, end: sen.start + sm.index, name: senText.slice(b, sm.index) });
          }

          // "交通科学研究院和哈尔滨汇智实业2个项目已落地": each named party's project.
          PAIR_RE.lastIndex = 0;
          let pm: RegExpExecArray | null;
          while (senText.includes('个项目') && (pm = PAIR_RE.exec(senText))) {
            const a = sen.start + pm.index;
            const b = a + pm[1].length + 1;
            cands.push({ start: a, end: a + pm[1].length, name: pm[1] + '项目' });
            cands.push({ start: b, end: b + pm[2].length, name: pm[2] + '项目' });
          }
          // (Literals every match of a shape contains, tested once per sentence: see ANCHORED_NEEDS.)
          const placeWithMoney = senText.includes('投资') && PLACE_WORD_RE.test(senText);
          for (const re of ANCHORED_RES) {
            if (re === MONEY_ANCHORED_RE || re === NAME_THEN_MONEY_RE ? !placeWithMoney : false) continue;
            const needs = ANCHORED_NEEDS.get(re)!;
            if (!needs[0].test(senText) || (needs.length > 1 && !needs[1].test(senText)) || (needs.length > 2 && !needs[2].test(senText))) continue;
            re.lastIndex = 0;
            let gm: RegExpExecArray | null;
            while ((gm = re.exec(senText))) {
              const st = sen.start + gm.index + gm[0].indexOf(gm[1]);
              cands.push({ start: st, end: st + gm[1].length, name: gm[1] });
            }
          }
          // "签约“甲乙光伏发电项目”", "签订了《某某投资与开发框架协议》": a name in quotes or an agreement's title.
          if (senText.includes('“') || senText.includes('《')) {
            QUOTED_RE.lastIndex = 0;
            for (let qm: RegExpExecArray | null; (qm = QUOTED_RE.exec(senText)); ) {
              if (!QUOTED_VERB_RE.test(senText.slice(Math.max(0, qm.index - 4), qm.index))) continue;
              const inner = qm[1] ?? qm[2] ?? qm[3];
              if (qm[2] && /一批|三个|五个|双|百|千|万/.test(qm[2])) continue;
              const st = sen.start + qm.index + 1;
              cands.push({ start: st, end: st + inner.length, name: inner, verbatim: true });
            }
          }
          if (senText.includes('是') && senText.includes('项目')) {
            // From each 是: what follows must end the clause with …项目(之一); the name runs back from 是 to
            // the clause start or the last 的 (a linear reading of COPULA_RE's shape).
            for (let k = senText.indexOf('是'); k > 0; k = senText.indexOf('是', k + 1)) {
              COPULA_TAIL_RE.lastIndex = k + 1;
              if (!COPULA_TAIL_RE.exec(senText)) continue;
              let b = k;
              while (b > 0 && k - b < 24 && !isBreakChar(senText.charCodeAt(b - 1)) && senText[b - 1] !== '的') b--;
              const nm = senText.slice(b, k);
              if (nm.length < 3 || !/^[\u4e00-\u9fffA-Za-z0-9()（）“”·]+$/.test(nm)) continue;
              cands.push({ start: sen.start + b, end: sen.start + k, name: nm });
            }
          }
          if (/仪式|典礼/.test(senText)) {
            CEREMONY_RE.lastIndex = 0;
            for (let em: RegExpExecArray | null; (em = CEREMONY_RE.exec(senText)); ) {
              // Back over the name, stopping at punctuation and at 暨/的/在 (what joins or places the ceremony).
              let b = em.index;
              while (b > 0 && em.index - b < 30 && /[\u4e00-\u9fffA-Za-z0-9()（）·]/.test(senText[b - 1]) && !/[暨的在]/.test(senText[b - 1])) b--;
              const raw = senText.slice(b, em.index);
              // "重点项目集中开工仪式", "“三个一批”活动开工仪式": a batch's ceremony names no project.
              if (/项目|工程|集中|活动|批|[年月日]|季度|第/.test(raw)) continue;
              // "县长某某主持开工仪式", "市长某某出席": who attends the ceremony, not what it is for.
              if (/(?:主持|出席|参加|宣布|见证|举行|召开|参观|观摩)$|书记|县长|市长|区长|主任|领导|嘉宾|记者/.test(raw)) continue;
              cands.push({ start: sen.start + b, end: sen.start + em.index, name: raw });
            }
          }
          // (Stable: at one start, the shapes keep the order they were proposed in.)
          cands.sort((a, b) => a.start - b.start);
          // Clause breaks of the sentence, found once (candidates look up their clause instead of walking to it).
          const brks: number[] = [];
          const brksNC: number[] = []; // without colons: "签约项目有:A、B" keeps the list in the clause
          if (cands.length) {
            // Char-code walk over the sentence only (clause breaks ，,；;。 and the colons ：:): no match objects, no scan past the end.
            for (let i = sen.start; i < sen.end; i++) {
              const c = text.charCodeAt(i);
              if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002) {
                brks.push(i);
                brksNC.push(i);
              } else if (c === 0xff1a || c === 0x3a) brks.push(i);
            }
          }
          const startOf = (pos: number): number => {
            let r = sen.start;
            for (const b of brks) {
              if (b >= pos) break;
              r = b + 1;
            }
            return r;
          };
          const endOf = (pos: number, arr: number[]): number => {
            for (const b of arr) if (b >= pos) return b;
            return sen.end;
          };
          // The same span proposed by several shapes is judged once (the first shape's reading).
          for (let i = cands.length - 1; i > 0; i--)
            for (let j = i - 1; j >= 0 && cands[j].start === cands[i].start; j--)
              if (cands[j].end === cands[i].end && cands[j].name === cands[i].name) {
                // (An introduced list's status words stay with the reading that is kept.)
                if (cands[j].statusFrom === undefined && cands[i].statusFrom !== undefined) cands[j].statusFrom = cands[i].statusFrom;
                cands.splice(i, 1);
                break;
              }
          if (evSt) {
            batchSt = evSt;
            batchLeft = 2;
          }
          for (const c of cands) {
            // A list item cut inside a project's activities ("丙丁部件研发" of "丙丁部件研发、生产项目") is no item.
            if (text.charCodeAt(c.end) === 0x3001 && inActivityList(text, c.end)) continue;
            let name = c.verbatim ? c.name : cleanName(c.name);
            // A zone named at the front ("晋中开发区总投资50亿元的…") is the subject, not part of the name.
            // Every zone word ends in 区: a name without it skips the lazy scan.
            const zoneIn = name.includes('区') ? ZONE_IN_NAME_RE.exec(name) : null;
            if (zoneIn && !c.verbatim) {
              const rest = cleanName(name.slice(zoneIn[1].length));
              // "某某开发区基础设施项目": when what follows the zone is only a kind of work, the zone names the project.
              const kindOnly = GENERIC_RE.test(rest) || CATEGORY_END_RE.test(rest) || /^(?:基础设施|配套设施|公共设施)/.test(rest);
              name = kindOnly && rest.replace(/项目|工程/g, '').length >= 4 && !/[(（]/.test(zoneIn[1]) ? cleanName(name) : rest;
            }
            // "施工人员正在加速推进甲乙中心项目": who is pushing it on, and how, is not part of the name. Only an
            // adverb of progress before 推进 marks the clause (the name then follows it); gated by indexOf.
            if (name.includes('推进')) {
              const pv = /^[^、“”]*?(?:正在|正|加速|加快|全力|积极|稳步|有序)推进(?=[^、]{4,}$)/.exec(name);
              if (pv) name = name.slice(pv[0].length);
            }
            // "占地189亩的山西领创…项目": a measure phrase before 的 describes the project.
            const de = name.lastIndexOf('的');
            // ("一季度洽谈成功的甲乙工厂建设": when and how it was won describes it too.)
            if (de > 0 && /\d|元|亩|推进|重点|引进|签约|落地|开工|投产|建设|承担|实施|新建|招引|位于|洽谈|成功|季度/.test(name.slice(0, de)) && name.length - de > 4) name = name.slice(de + 1);
            // "农科区的甲乙汽车零部件", "西河的钢铁新区": a place before 的 says where the project is, not what it is.
            else if (de >= 2 && /^(?:[\u4e00-\u9fff]{1,4}[区县市镇乡]|[\u4e00-\u9fff]{2})$/.test(name.slice(0, de)) && name.length - de > 3) name = name.slice(de + 1);
            // "山西某某有限公司年产20万吨…项目": the company is an attribute, the rest is the project.
            let nameCompany: string | undefined;
            const co = /^([\u4e00-\u9fffA-Za-z()（）]{2,24}?(?:有限责任公司|股份有限公司|有限公司))(?=[\u4e00-\u9fffA-Za-z0-9]{4,})/.exec(name);
            // ("甲乙农业发展有限公司一期产业项目": when what follows the company is only a kind of project, the company's
            // name is the project's.)
            const rest = co ? cleanName(name.slice(co[1].length)) : '';
            if (co && !GENERIC_RE.test(name.slice(co[1].length)) && !CATEGORY_END_RE.test(rest)) {
              // "某市与甲乙有限公司签约…项目": the company is the party after 与/和/由.
              nameCompany = co[1].replace(/^.*(?:与|和|同|跟|由)/, '').replace(/^.*?(?:领导|嘉宾|一同|共同)为/, '');
              name = rest;
            }
            // "某某云计算中心主体工程封顶": a stage of a building's works (主体/基础工程) is the project's, named before it; with
            // no name before it ("厂房已完成主体工程", "二层主体工程", "水电等基础工程") it names none.
            if (name.endsWith('工程') && /(?:主体|基础)工程$/.test(name)) {
              const owner = name.slice(0, -4);
              if (owner.length < 4 || /完成|已|的|等|计划|[房层]$|配套$/.test(owner)) continue;
              name = owner;
            }
            const before = name;
            name = name.replace(/^(?:该公司|该|这个|其)/, '').replace(/等[\u4e00-\u9fff]{0,6}?项目$|等(?:一批)?(?:重大|重点)?工程$|等[一二三四五六七八九十]大[\u4e00-\u9fff]{0,4}项目$/, '');
            // "A、B、C等新兴产业项目": the last item of a list, reached from its closer's 项目, is the list scanner's to judge
            // with the others (a list of sectors names none of them).
            if (!c.batch && text.charCodeAt(c.start - 1) === 0x3001 && name.length < before.length && /等/.test(before.slice(name.length))) continue;
            // (A 、 between activities — 研发、生产 — joins one project's words.)
            if (name.includes('、') && /[、]/.test(name.replace(/“[^”]*”/g, '').replace(ACTIVITY_LIST_RE, ''))) continue; // a whole list: its items are candidates of their own
            // "…、瑞丰光伏三个项目": the count closes a list; the last item is the name before it.
            // (Gated by char code: only a name right after a 、.)
            // (Or after 和, the last item joined to the list: "…、丙和丁三大标杆项目".)
            if (!c.batch && (text.charCodeAt(c.start - 1) === 0x3001 || text.charCodeAt(c.start - 1) === 0x548c)) name = name.replace(/(?<![等\d一二三四五六七八九十两])(?:\d+|[一二三四五六七八九十两]+)[个大](?:重点|重大|标杆|示范)?(?:项目|工程)$/, '');
            const nameStart = c.start + Math.max(0, c.name.indexOf(name));
            // Subject: the zone last named before this project.
            while (ni < names.length && names[ni].start < nameStart) {
              const h = names[ni];
              // A zone the gazetteer does not know, named at its clause start, owns the project that follows.
              const s = subjectOfHit(h) ?? (h.resolution.status === 'unknown' && (h.start === sen.start || isClauseBreak(text.charCodeAt(h.start - 1))) ? unknownSubject(h.raw) : null);
              if (s && s.scope === 'zone') cur = s;
              ni++;
            }
            // "…项目等业态融合项目": a kind word after 等, not a name.
            if (/^等/.test(c.name)) continue;
            // "A、B等投资体量大、带动能力强的主导产业项目": after a list's 等, a 、 separates qualities of the projects
            // (a description with 的), not a further name.
            if (!c.batch && text.charCodeAt(c.start - 1) === 0x3001 && name.includes('的')) {
              const pre = text.slice(startOf(c.start), c.start);
              const k = pre.lastIndexOf('等');
              if (k >= 0 && !pre.includes('项目', k)) continue;
            }
            // "甲项目和乙二期项目": two projects joined by a conjunction; each is found from its own 项目 ending.
            if (name.includes('项目') && /(?:项目|工程)(?:和|及|以及|与)[\u4e00-\u9fff]{2,}(?:项目|工程)/.test(name)) continue;
            if (JUNK_RE.test(name) || FRAGMENT_RE.test(name) || (ZONE_ONLY_RE.test(name) && !DEMO_PROJECT_RE.test(name)) || DESCRIBED_RE.test(name) || KIND_OF_PROJECTS_RE.test(name)) continue;
            // "晶科能源“年产5GW组件项目”总投资…": a name quoted after its company (the closing quote right after
            // the candidate); the words before the quote are the company, unless they are a place.
            // (Only a 项目: a quoted "…工程" after a verb is a campaign — 作为“一把手工程”; words holding a verb are no company.)
            if (!c.verbatim && text.charCodeAt(c.end) === 0x201d && name.endsWith('项目') && countOf(name, '“') === 1 && !name.includes('”')) {
              const q = name.indexOf('“');
              const pre = name.slice(0, q);
              if (/^[\u4e00-\u9fffA-Za-z]{2,12}$/.test(pre) && !/[省市县区镇乡村]$|为|是|关于|于|把|将|的|了|和|与|对|向|在|被|成|要|让/.test(pre)) {
                name = name.slice(q + 1);
                if (!nameCompany) nameCompany = pre;
              }
            }
            if (countOf(name, '“') !== countOf(name, '”')) continue; // cut through a quotation: a fragment
            // "某某产业项目13个": a count right after the name makes it a kind of project (unless the list counted).
            if (!c.batch && /项目|工程/.test(text.slice(c.end - 2, c.end)) && /^(?:[(（][一二三四五]期[)）])?(?:共计|共|达)?\d+(?:余|多)?(?:个|项)/.test(text.slice(c.end, c.end + 8))) continue;
            // "项目库", "项目推介会", "项目进展情况": 项目 qualifying the noun after it, not ending a name; so do a project
            // area ("位于某某项目区的…") and the slogans of project work ("以项目为王", "以项目建设为抓手", "项目观摩组").
            // ("某某项目进展顺利" names its project. "智能制造项目集中签约仪式": a batch's theme, its event named after it.)
            if (!c.batch && /项目$/.test(text.slice(c.start, c.end)) && /^(?:库|推介|进展情况|情况|审批|手续|管理|服务|招引|谋划|储备|资金|用地|包装|负责人|单位|业主|区|为王|为抓手|建设为|引领|观摩|集中签约|集中开工|集中开复|集中竣工|集中投产)/.test(text.slice(c.end, c.end + 4))) continue;
            // "科技创新体系建设": an item that is an activity, not a project.
            // (Only in lists the text does not close with a project word: "推进精品梨园建设等重点项目" is one.)
            if (c.loose && /建设$|发展$|体系$/.test(name)) continue;
            // "数字产业、新材料等79个新兴产业类项目": the list's closer says its items are kinds.
            if (c.batch) {
              const tail = text.slice(c.end, endOf(c.end, brks));
              const k = tail.indexOf('等');
              const pj = k >= 0 ? tail.indexOf('项目', k) : -1;
              if (pj > k && /类|领域|行业/.test(tail.slice(k, pj))) continue;
            }
            // "在县城启动两个项目，分别是…": projects placed outside the zone, in a town or village, are not the zone's.
            // (Named again later, such a project is still outside: "陶寺遗址博物馆项目计划总投资2.7亿元".)
            const bareName = name.replace(/项目$|工程$/, '');
            if (OUTSIDE_RE.test(text.slice(sen.start, Math.min(sen.end, sen.start + 12)))) {
              outside.add(bareName);
              continue;
            }
            if (outside.has(bareName)) continue;
            // "其中65%来自A、B等新开工项目": names given as where a figure comes from.
            {
              if (text.slice(startOf(c.start), c.start).includes('来自')) continue;
            }
            // A list item printed in quotes as a code ("开发区的“702”", "“X6”") is a name as the text gives it, however
            // short (a digit or Latin letter in it: quoted slogans such as “三个一批” are not names).
            const quotedItem = c.batch === true && name.length <= 12 && /^“(?=[^”]*[0-9A-Za-z])[^“”]{2,10}”$/.test(name);
            // "开展“三个一批”、“双百”等…": a short quoted slogan standing alone as a name is a campaign, not a project.
            if (/^“[\u4e00-\u9fff]{1,4}”$/.test(name)) continue;
            // Short names are names only as items of a list the text calls projects: brand-like names of two characters
            // in a counted one ("甲乙、丙丁等18个项目投产", "…等三大百亿级项目"), of three in any ("甲乙丙、丁戊己等项目") —
            // never a sector or a place ("商贸、文旅等产业项目"). Alone, a name needs four characters with its 项目.
            const minLen = c.batch ? (c.counted ? 2 : 3) : 4;
            if (name.length < 4 && c.batch && SHORT_NOT_NAME_RE.test(name)) continue;
            if ((!quotedItem && name.length < minLen) || GENERIC_RE.test(name) || NOT_A_NAME_RE.test(name) || CATEGORY_END_RE.test(name) || VERB_PHRASE_RE.test(name)) continue;
            // (A count of machines opening a long name is its capacity: "300台蓝宝石长晶炉晶体材料生产项目".)
            if (/^(?:\d+(?:\.\d+)?(?:个|家|项|次|年|月|日|号|座|条|栋|处|批|宗)|[、，,。])|^\d+(?:\.\d+)?台(?=.{0,7}$)/.test(name)) continue;
            if (!quotedItem && !/[\u4e00-\u9fff]{2}/.test(name)) continue;
            const subject = cur ?? ctx.placeholder ?? fallback() ?? null;
            if (!subject) continue;
            // One project named twice ("年产20万吨…" and "…20万吨/年…"): the capacity's wording does not make a second one.
            const key = subject.name + '|' + name.replace(/年产|\/年|项目$/g, '');
            // The same project named again, with or without its place ("盐湖区甲乙物流园项目" / "甲乙物流园项目"),
            // possibly under a subject named only later: one record.
            const bare = name.replace(/年产|\/年|项目$/g, '');
            let earlier = seenNames.get(key);
            if (!earlier && bare.length >= 6)
              for (let qi = 0; qi < projects.length && !earlier; qi++) {
                const o = bareNames[qi];
                if (o.length >= 6 && (o.endsWith(bare) || bare.endsWith(o))) earlier = projects[qi];
              }
            // Context: from the clause start before the candidate to the clause end after it.
            const cs = startOf(c.start);
            const ce = endOf(c.end, brksNC);
            const ctxText = text.slice(cs, ce);
            const p: Project = {
              subject: subject.name,
              scope: subject.scope,
              city: subject.city,
              name,
              source: { seed: ctx.seed, ...toOriginalSpan(n, c.start, c.end) },
              quote: text.slice(c.start, c.end),
            };
            // The amount closest before the name in its clause, else the first one after it.
            let money: RegExpExecArray | null = null;
            // An item of a batch has only the amount inside its own words.
            // ("总投资分别为11亿元、6亿元的A项目和B项目": respective amounts are not paired here; none is taken.)
            const beforeName = c.batch || text.slice(cs, nameStart).includes('分别') ? '' : text.slice(cs, nameStart);
            if (beforeName.includes('投资')) for (const mm of beforeName.matchAll(MONEY_RE_G)) money = mm as RegExpExecArray;
            if (money && beforeName.length - (money.index ?? 0) - money[0].length > 30) money = null;
            money = money ?? MONEY_RE.exec(c.batch ? text.slice(c.start, c.end) : text.slice(c.end, ce));
            // "…数据中心,总投资20亿元": the amount opens the next clause.
            if (!money && !c.batch && !/、|等|\d+个/.test(ctxText) && text[c.start - 1] !== '、' && /^(?:[一二三四]期)?[,，]/.test(text.slice(c.end, c.end + 3))) {
              const nx = /^(?:[一二三四]期)?[,，]((?:总投资|计划投资|投资)(?:额)?(?:为|约|达)?(\d+(?:\.\d+)?)(亿元|万元|亿))/.exec(text.slice(c.end, c.end + 30));
              if (nx) money = [nx[1], nx[2], nx[3]] as unknown as RegExpExecArray;
            }
            // "投资2.7亿元的甲项目、2.5亿元的乙项目": a bare amount right before the name (after 的) is its own.
            if (!c.batch && beforeName) {
              const bare = /(?<!产值|收入|营收|税收|纳税|利润)(\d+(?:\.\d+)?)(亿元|万元|亿)的$/.exec(text.slice(Math.max(cs, nameStart - 14), nameStart));
              if (bare) money = bare;
            }
            let quoteEnd = -1;
            // "甲项目是…之一,项目由某公司投资,总投资25亿元": clauses that go on about the same project, up to the
            // next project named in the sentence.
            // (Not for a name inside a list or a counted batch: "A项目、B项目等重点项目11个,总投资35亿元" is the batch's.)
            if (!money && !c.batch && !/、|等|\d+个/.test(ctxText)) {
              const fo = followOn(text, ce, sen.end, cands, c);
              if (fo.money) {
                money = fo.money;
                quoteEnd = fo.end;
              }
              if (fo.company && !nameCompany) nameCompany = fo.company;
            }
            if (money) p.investment = toYi(Number(money[1]), money[2]);
            // (Context before the name stops at 、: a neighbour item's company is not this one's.)
            const compCtx = text.slice(Math.max(cs, nameStart - 40), nameStart);
            const comp = companyIn(name) ?? companyIn(compCtx.slice(compCtx.lastIndexOf('、') + 1));
            if (nameCompany) p.company = nameCompany;
            else if (comp) {
              const co = comp[1].replace(/^.*?(?:亿元|万元)的?/, '').replace(/^.*(?:项目|签约|的)(?:为|是)?/, '').replace(/^.*与/, '').replace(LEAD_RE, '').replace(/^(?:由|系|经|是)/, '');
              // "侯马主要领导得知该集团": a sentence, not a company.
              if (co.length >= 4 && !/得知|领导|主要|该|我们|他们|对接/.test(co)) p.company = co;
            }
            else {
              // (From the item's own start in a 、-list: "甲公司总投资30亿元的A项目、乙公司总投资15亿元的B项目" — B is 乙's.)
              // (A 、 inside the description — "…投资2.5亿元引进幅宽最大、速度最快的…生产线" — leaves the clause's company.)
              const LEAD_CO_RE = /^([\u4e00-\u9fffA-Za-z]{2,12}?)(?:总投资|投资)\d/;
              const ls = text.lastIndexOf('、', nameStart - 1);
              const item = ls >= cs ? text.slice(ls + 1, c.end) : '';
              const lead = (item ? LEAD_CO_RE.exec(cleanFront(item)) : null) ?? (item.includes('投资') ? null : LEAD_CO_RE.exec(cleanFront(text.slice(cs, c.end))));
              // (Not a word that qualifies the amount: 计划投资, 拟投资, 协议投资.)
              if (lead && !ZONE_TAIL_RE.test(lead[1]) && !/^(?:计划|拟|预计|协议|合同|累计|共|总|已|新|实际|固定资产)$|计划|协议/.test(lead[1])) p.company = lead[1];
            }
            const cap = CAPACITY_RE.exec(name);
            if (cap) p.capacity = cap[0];
            // The item's own clause; for a batch item the words that head its list first ("当天签约的3个项目分别为…").
            const head = c.statusFrom !== undefined ? statusOf(text.slice(c.statusFrom, Math.min(cs, c.start)), chunk.info.plan) : undefined;
            const st =
              head ||
              statusOf((c.statusFrom !== undefined && c.statusFrom < cs ? text.slice(c.statusFrom, cs) : '') + ctxText + text.slice(ce, Math.min(sen.end, ce + 12)), chunk.info.plan) ||
              evSt ||
              batchSt;
            if (st) p.status = st;
            if (period) p.period = period;
            else p.period = formatPeriod(Math.floor((ctx.published - 1) / 12), ctx.published - Math.floor((ctx.published - 1) / 12) * 12);
            // Quote: the clause that names it.
            const span = toOriginalSpan(n, cs < c.start ? Math.max(cs, c.start - 40) : c.start, Math.max(c.end, Math.min(ce, c.end + 30)));
            p.source = { seed: ctx.seed, ...span };
            p.quote = text.slice(cs < c.start ? Math.max(cs, c.start - 40) : c.start, Math.max(c.end, Math.min(ce, c.end + 30)));
            // The quote carries the amount when it was found further on.
            if (quoteEnd > 0) {
              const qs = cs < c.start ? Math.max(cs, c.start - 40) : c.start;
              p.source = { seed: ctx.seed, ...toOriginalSpan(n, qs, quoteEnd) };
              p.quote = text.slice(qs, quoteEnd);
            }
            quoteStart.set(p, cs < c.start ? Math.max(cs, c.start - 40) : c.start);
            if (earlier) {
              lastP = earlier;
              lastPara = paraNo;
              // A zone named at the second mention is a better subject than a city at the first.
              if (earlier.scope !== 'zone' && p.scope === 'zone') {
                earlier.subject = p.subject;
                earlier.scope = p.scope;
                earlier.city = p.city;
              }
              if (earlier.status === undefined && p.status !== undefined) earlier.status = p.status;
              if (earlier.investment === undefined && p.investment !== undefined) earlier.investment = p.investment;
              if (earlier.company === undefined && p.company !== undefined) earlier.company = p.company;
              if (earlier.capacity === undefined && p.capacity !== undefined) earlier.capacity = p.capacity;
              continue;
            }
            seenNames.set(key, p);
            projects.push(p);
            bareNames.push(bare);
            lastP = p;
            lastPara = paraNo;
          }
        }
        // The zone named after the paragraph's last project (or in a paragraph with none: "运城经开区着力…。") is the
        // one the report goes on about: the next paragraph's projects are its own, as they are within a paragraph.
        // (Only when those words name one zone: a paragraph going through several — "中北高新区391项、西山示范区259项、
        // …阳曲示范区48项" — is about them all, and the last of its list owns nothing after it.)
        let trailing: Subject | null = null;
        let several = false;
        for (; ni < names.length && !several; ni++) {
          const h = names[ni];
          const s = subjectOfHit(h) ?? (h.resolution.status === 'unknown' && (isClauseBreak(text.charCodeAt(h.start - 1)) || h.start === para.start) ? unknownSubject(h.raw) : null);
          if (!s || s.scope !== 'zone') continue;
          if (trailing && trailing.name !== s.name) several = true;
          trailing = s;
        }
        if (trailing && !several) cur = trailing;
        running = cur;
      }
    }
  }
  return { projects, warnings: [] };
}

/**
 * Clause fragments that end in 项目/工程 but name nothing: an aspect particle or a governing verb inside
 * ("充分展示了…项目", "体现在项目", "某县将加快推进重大项目", "滚动开展项目", "开发区举行重点项目"),
 * a dated batch ("2021年第一季度重点项目"), an activity noun ("项目建设", "产业发展").
 */
const FRAGMENT_RE =
  /了|将|举行|展示|体现|开展|掀起|按照|滚动|聚焦|涵盖|实施(?!方案)|启动|共计|具有|推进|推动|深化|紧盯|对接|积极|指导|^(?:他们|我们|其|有|部分)|^(?:全部为|全部是|都是|均属)|部分|就|网讯|\d+月\d+日|^(?:是|均为|均是|系)|^分别|^会上|^与|^如同|^区|新开工|已开工|已建成|最大|单体|为一体|\d{4}年|季度|年度|^项目|%|(?:发展|招商|引资|活动)$/;
/** "山阴经开区项目", "某某经济区(太原区)投资项目": a zone's projects in general, not one project. */
/** "当天签约的项目", "今年开工的重大项目": a description of projects, not a name. */
// (A verb before 的 makes it a description; "某产业园的扩建项目" is a name.)
const DESCRIBED_RE = /(?:签约|开工|投产|竣工|落地|落户|入驻|参与|引进|建成|推进|实施|谋划|储备|启动|承担)的[\u4e00-\u9fff]{0,3}(?:项目|工程)$/;
/**
 * Words that say which or what kind of projects, not which one: a batch ("第三批重点项目"), a phase alone ("第四期项目"),
 * a pronoun after a connective ("而这些项目"), the whole city's or county's ("全市集中开工重大项目"), a quality after 的
 * ("发展前景好的项目", "改善民生的基础设施和社会事业项目"), a programme's label ("省“152”重大项目"). A name of its own is never only these.
 */
const KIND_OF_PROJECTS_RE =
  /第[一二三四五六七八九十\d]+批|^第[一二三四五六七八九十\d]+期(?:项目|工程)$|^(?:而|但|这些|那些)|^全[省市县]|的(?:重点|重大|基础设施|社会事业|民生|公益|产业|好|和|及|与)*(?:项目|工程)$|^[省市县区]“[^”]{1,10}”(?:重大|重点)?(?:项目|工程)$/;
/**
 * "甲地新型电力系统示范区项目": a 示范区 described by what it demonstrates (a stem ending in a technical noun) is a
 * project that builds one, not a zone's projects in general ("某某示范区项目" with a short place stem).
 */
const DEMO_PROJECT_RE = /[\u4e00-\u9fff]{3,}(?:系统|电力|储能|氢能|能源|低碳|零碳|智慧|智能|数字)[\u4e00-\u9fff]{0,3}示范区项目$/;
const ZONE_ONLY_RE = new RegExp(String.raw`(?:${[...ZONE_TAILS, '经济区'].join('|')}|分会场|^[\u4e00-\u9fff]{2,4}[市县省])(?:[(（][^)）]{0,8}[)）])?(?:投资|重点|重大)?(?:项目|工程)$`);
/**
 * The two-character place + `suffix` named most often (at least twice) in `head`; with `afterCity`, only a
 * place written at least once right after a city ("某某市某某区"). indexOf walk over the suffix only.
 */
function mostNamed(head: string, suffix: string, stop: RegExp, afterCity: boolean): string {
  if (!head.includes(suffix)) return '';
  const seen = new Map<string, number>();
  const placed = new Set<string>();
  for (let k = head.indexOf(suffix); k >= 0; k = head.indexOf(suffix, k + 1)) {
    if (k < 2) continue;
    const stem = head.slice(k - 2, k);
    if (!/^[\u4e00-\u9fff]{2}$/.test(stem) || stop.test(stem)) continue;
    seen.set(stem, (seen.get(stem) ?? 0) + 1);
    if (head[k - 3] === '市') placed.add(stem);
  }
  let best = '';
  let bn = 1;
  for (const [st, c] of seen) if (c > bn && (!afterCity || placed.has(st))) [best, bn] = [st, c];
  return best ? best + suffix : '';
}
/** Before 区: zone and area words ("开发区", "集聚区", "园区", "城区", "片区", "社区"), not a district's name. */
const DISTRICT_STEM_STOP_RE = /[全各该本我每两一省市区县乡镇村和与及在的等个为是了到对之外内园片社景矿厂灾街辖郊新]$|^[省市区县的和与及在等为是了到对]|开发|经开|高新|集聚|示范|保税|自贸|功能|核心|起步|试验|合作|产业|综合|保护|风景|旅游|商务|物流|聚集|管理|行政|安置|主城|老城/;
/** Before 市: words ending in 市 that name no city ("城市", "上市", "超市", "门市", "股市", "都市", "集市"). */
const CITY_STEM_STOP_RE = /[全各该本我每两一省市区县乡镇村和与及在的等个为是了到对之外内城上超门股都集夜副入]$|^[省市区县的和与及在等为是了到对]/;
/** Two characters before 县 that are no county's name ("全县", "各县", "该县", "我县", "县委", "乡县"). */
// (Stop characters are judged at the end, next to 县: 内丘县 and 城固县 are counties, 全县 and 该县 are not.)
const COUNTY_STEM_STOP_RE = /[全各该本我每两一省市区县乡镇村和与及在的等个为是了到对之外内]$|^[省市区县的和与及在等为是了到对]/;
/** A sentence that opens by placing its projects in a town, village or the county seat. */
const OUTSIDE_RE = /^(?:同时|此外|另外|另)?[,，]?在(?:县城|城区|主城区|[\u4e00-\u9fff]{1,4}(?:乡|镇|村|街道|社区))/;

/**
 * Subject for projects when no zone was named before them: the city "我市" means (page furniture), else
 * the first zone-like name the text gives (even one the gazetteer does not know), else the first
 * county-level place it names ("孝义市", "迎泽区"), kept as a city-scope subject on its prefecture.
 */
function fallbackSubject(text: string, seg: Segmented, ctx: DocContext): Subject | null {
  if (ctx.homeCity) return ctx.homeCity;
  for (const h of seg.names) {
    const s = subjectOfHit(h) ?? (h.resolution.status === 'unknown' ? unknownSubject(h.raw) : null);
    if (s && (s.scope === 'zone' || s.scope === 'city')) return s;
  }
  // A zone outside the gazetteer's reach ("新乡经济技术开发区"): a short place stem, no verb or count in it.
  for (const z of zoneLikeNames(text)) {
    const stem = ZONE_STEM_RE.exec(z)?.[1];
    if (stem && !/[以在家级第户的和与此次批]|^(?:正式|落户|国家|全|各|本|我|该|这|此|新)/.test(stem)) return unknownSubject(z);
  }
  const head = text.slice(0, 3000);
  for (const m of head.matchAll(/([\u4e00-\u9fff]{2,3}?)(市|县|区)/g)) {
    const city = cityOfPlace(m[1]);
    if (city) return { name: m[1] + m[2], scope: 'city', city };
  }
  // A county outside the place table (other provinces' reports: "鹿邑县与全省同步举行…", "南阳市桐柏县…"):
  // the county the text names most often (at least twice) is whom its projects are reported for. A county,
  // not its prefecture: the reports of this genre are the county's own. Else a city district named with its
  // city at least once ("某某市历城区…历城区"), else a city named at least twice.
  const county = mostNamed(head, '县', COUNTY_STEM_STOP_RE, false);
  if (county) return { name: county, scope: 'city', city: '' };
  const district = mostNamed(head, '区', DISTRICT_STEM_STOP_RE, true);
  if (district) return { name: district, scope: 'city', city: '' };
  const city = mostNamed(head, '市', CITY_STEM_STOP_RE, false);
  if (city) return { name: city, scope: 'city', city };
  // The place the headline names, else the one the text's clauses open with most (the figures' own fallback:
  // "近日,甲乙区在…举行…开工仪式" names its district once, without its city).
  const doc = documentFallback(fallbackState(text, 0));
  if (doc) return doc;
  // A named project is never lost only because its page names nobody (a zone's own bulletin: "签约甲、乙等项目29个"):
  // it is kept under the unknown zone (某区, off the map), as figures are.
  return { name: '某区', scope: 'zone', city: '', unknown: true };
}

/**
 * Money and company in the clauses after a project's own, within its sentence, while they still speak of it:
 * stops at a clause holding another candidate or naming another 项目 (a clause opening with 项目/该项目 is
 * about this one).
 */
function followOn(
  text: string,
  from: number,
  to: number,
  cands: Candidate[],
  self: Candidate,
): { money: RegExpExecArray | null; company?: string; end: number } {
  let a = from;
  let company: string | undefined;
  for (let k = 0; k < 4 && a < to; k++) {
    while (a < to && isClauseBreak(text.charCodeAt(a))) a++;
    let b = a;
    while (b < to && !isClauseBreak(text.charCodeAt(b))) b++;
    if (b <= a) break;
    if (cands.some((o) => o !== self && o.start >= a && o.start < b)) break;
    const clause = text.slice(a, b);
    if (/项目|工程/.test(clause.replace(/^(?:该项目|项目)/, ''))) break;
    const co = /^(?:该)?项目由([\u4e00-\u9fffA-Za-z()（）]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团))/.exec(clause);
    if (co) company = co[1];
    const m = MONEY_RE.exec(clause);
    if (m) {
      const r: { money: RegExpExecArray | null; company?: string; end: number } = { money: m, end: a + (m.index ?? 0) + m[0].length };
      if (company) r.company = company;
      return r;
    }
    a = b;
  }
  const r: { money: RegExpExecArray | null; company?: string; end: number } = { money: null, end: -1 };
  if (company) r.company = company;
  return r;
}

function countOf(s: string, ch: string): number {
  // indexOf walk (ch is one BMP character, never half of a surrogate pair): no per-character iteration.
  let k = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) k++;
  return k;
}

function cleanFront(s: string): string {
  return s.replace(LEAD_RE, '');
}

function lastSeparatorOutsideQuotes(raw: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if ((ch === '、' && depth === 0 && !inActivityList(raw, i)) || ch === '，' || ch === ',') last = i;
  }
  return last;
}

/**
 * What a project does, listed inside its name ("某某铝箱体研发、生产、销售项目", "某某装备研发、生产项目"): the 、 joins
 * activities of one project, it does not separate projects.
 */
const ACTIVITY = '研发|生产|销售|加工|制造|组装|仓储|检测|运营|设计|贸易|应用';
const ACTIVITY_BEFORE_RE = new RegExp(`(?:${ACTIVITY})$`);
const ACTIVITY_AFTER_RE = new RegExp(`^(?:${ACTIVITY})`);
const ACTIVITY_LIST_RE = new RegExp(`(?:${ACTIVITY})(?:、(?:${ACTIVITY}))+`, 'g');
function inActivityList(raw: string, i: number): boolean {
  return ACTIVITY_BEFORE_RE.test(raw.slice(Math.max(0, i - 2), i)) && ACTIVITY_AFTER_RE.test(raw.slice(i + 1, i + 3));
}
