/**
 * Enumerated projects: the items of a 、-list that the text itself calls projects.
 *
 * Reports name their projects in batches far more often than one by one, in four shapes:
 *  - closed by a count:   "A、B、C等8个代表项目集中签约", "A、B等9个市、县重点项目"
 *  - closed by a kind:    "A、B、C等重点产业项目取得进展", "A、B等项目建成投产"
 *  - closed by 项目 itself after a governing verb: "已建成A、B项目(一期)"
 *  - introduced after a project noun: "建设一批重点产业项目，包括A、B、C等", "引进一批优质项目，其中包含A、B"
 * Each item becomes a candidate; the caller cleans and filters names, and takes status and subject from
 * the clause. The batch's money ("等9个项目总投资26亿元") belongs to the batch, never to one item, so
 * items are marked `batch` and take no amount from outside their own words.
 */

export interface ListCandidate {
  /** Offsets relative to the scanned sentence. */
  start: number;
  end: number;
  name: string;
  /** Closed by a count ("等8个…项目"): short items (brand-like names) are names there. */
  counted: boolean;
  /** An item of a batch: amounts around the list are the batch's, not the item's. */
  batch: true;
  /** An introduced list's status words stand before it ("还将建设一批项目，包括…"): where they start. */
  statusFrom?: number;
  /** Closed by a verb of building ("推进A、B建设"), not by a project word: an item may be an activity. */
  loose?: boolean;
}

/** Clause punctuation that ends a list when walking back from its closer. */
const BREAK = new Set(['，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '\n', '—']);

/**
 * Closers, matched at 等/项目 positions. Modifiers between 等 and 项目 are short and may contain 、
 * ("等9个市、县重点项目"), never clause punctuation or a second 等.
 */
// (An approximate count — "等20余个项目", "等30多个项目", "等项目70余个" — closes a list as an exact one does.)
const COUNTED_CLOSE_RE =
  /等(?:\d+|[一二三四五六七八九十两百]+)(?:余|多)?(?:个|项)[^，,。；;：:！？等\n]{0,10}?(?:项目|工程)|等(?:(?!公司|企业|单位|签约|成功)[^，,。；;：:！？等、\n]){0,8}?(?:项目|工程)\d+(?:余|多)?(?:个|项)|等一批[^，,。；;：:！？等、\n]{0,6}(?:企业|公司)[、和及][^，,。；;：:！？等、\n]{0,6}(?:项目|工程)/g;
/** "等重点产业项目", "等项目", "等一批重大项目": the kind words are not companies or units ("等企业项目"). */
// (Digits may stand inside the kind words — "等一批超10亿元的大项目" — but not open them: that is a count.)
// ("等一批总部型、研发型外资项目", "等先进制造业、战略性新兴产业项目": the kind words may hold their own 、;
// never 为 or 领导: "甲、乙等市领导共同为丙项目奠基" names people, and 为 opens a clause.)
// ("等投资体量大、技术含量高、市场前景好的主导产业重大项目": a longer description is read when it holds 的 — the
// qualities of the projects, then their kind.)
const KIND_CLOSE_RE =
  /等(?:一批|多个|系列)?(?!\d)((?:(?!公司|企业|单位|部门|园区|领导)[^，,。；;：:！？等为\n]){0,16}?|(?:(?!公司|企业|单位|部门|园区|领导)[^，,。；;：:！？等为\n]){2,30}?的(?:(?!公司|企业|单位|部门|园区|领导)[^，,。；;：:！？等为的、\n]){0,12}?)(?:项目|工程)/g;
/**
 * "甲一期、乙新材料一期等建成投产", "甲、乙科技等实现投产": a list closed by 等 and the verb of its completion or start,
 * the word 项目 left out (the sentence names projects elsewhere). Only verbs that end their clause: "等10户投产企业"
 * counts companies.
 */
const DONE_CLOSE_RE = /等(?:已经?|均已|均|相继|先后|陆续|全部|顺利|已全面|全面)*(?:建成投产|实现投产|建成投用|投产|开工建设|开工|竣工)(?=[，,。；;]|$)/g;
/** "A、B项目(一期)": the last item carries 项目 itself; only with a governing verb before the list. */
const BARE_CLOSE_RE = /(?:项目|工程)(?:[(（][一二三四五]期[)）]|[一二三四五]期)?/g;
/**
 * "推进A、B、C建设", "推动A、B生产线建设", "加快A、B建成投产": a list closed by the verb of its building (with the
 * kind of plant the items share). Only read with a governing verb before the list (VERB_LEAD_RE).
 */
const VERB_CLOSE_RE = /(?:项目|工程)?(?:生产线)?(?:建设|建成投产|落地开工|满负荷生产|加快实施)/g;
const VERB_LEAD_RE = /推进|推动|加快|保障|实施|开工|引进|落地|建设/;
const VERB_CLOSE_CUE_RE = /建设|建成投产|落地开工|满负荷生产|加快实施/;
/**
 * "A、B项目建成投产", "A、B、C项目相继开工", "以A、B项目为代表": what was done to the projects stated right after
 * the list's closing 项目 governs it as a verb before the list does.
 */
// (Not a ceremony or a site named after the verb: "…项目开工现场设置分会场", "…项目开工仪式".)
const AFTER_VERB_RE = /^(?:[(（][一二三四五]期[)）]|[一二三四五]期)?(?:已|已经|均已|均|相继|先后|全部|集中|同时|同步|顺利|正式|陆续|成功)*(?:建成投产|建成投用|建成|投产|投用|开工|动工|竣工|签约|落地|开复工)(?!现场|仪式|活动|典礼|以来|后|前)|^为代表/;
/** Items that are people or a ceremony's words ("市委副书记、市长某某宣布…项目开工"), not names of projects. */
const PERSON_ITEM_RE = /书记|[市县区州省]长|主任|局长|领导|嘉宾|代表|宣布|出席|主持|暨/;
/** A verb that governs a list of projects (what was done to them), before the list in its clause. */
const GOVERN_RE = /建成|投产|开工|签约|落地|引进|推进|推动|加快|实施|启动|竣工|投用|运营|谋划|储备|续建|新建/;
/** "…项目，包括A、B…", "…项目，其中包含A、B": the list follows a project noun. */
// ("新开工项目包括A、B、C等": the list may follow the project noun directly.)
// ("新开工重点项目15个,重点有A、B、C等": the projects counted, then the ones worth naming.)
const INTRO_RE = /(?:[,，:：]|^)(?:其中)?(?:主要)?(?:包括|包含|分别是|分别为|如(?![同何果此今期实]))[：:]?|^主要有[：:]?|[,，](?:其中)?(?:重点|主要)有[：:]?|(?<=项目)有[：:]|(?<=项目|工程)(?:主要)?(?:包括|包含)[：:]?/g;

/**
 * Lists printed one item per line ("此次签约的有——⏎甲项目、⏎乙中心、⏎丙基地等24个项目"): a line that ends in 、
 * continues on the next. Paragraphs (one per line) are joined across such breaks.
 */
export function joinListLines<P extends { start: number; end: number }>(paras: P[], text: string): P[] {
  const out: P[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev && /、\s*$/.test(text.slice(prev.end - 3, prev.end))) out[out.length - 1] = { ...prev, end: p.end };
    else out.push(p);
  }
  return out;
}

/** Sentences as segment.ts cuts them, except that a line break after 、 does not end one. */
export function listSentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let s = from;
  // (By char code, as segment.ts's sentences(): a loop over the codes costs a third of a regex scan for the ends,
  // and a regex scan also ran on past `to` to the next end.)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // 。！？!?；;\n
    if (!(c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b || c === 0x0a)) continue;
    if (i < s) continue;
    if (c === 10 && /、\s*$/.test(text.slice(Math.max(from, i - 3), i))) continue;
    let e = i + 1;
    // Keep a closing quote (”」』") with its sentence.
    while (e < to && isClosingQuoteCode(text.charCodeAt(e))) e++;
    if (e > s) out.push({ start: s, end: e });
    s = e;
  }
  if (s < to) out.push({ start: s, end: to });
  return out;
}
/** ” 」 』 " by char code. */
function isClosingQuoteCode(c: number): boolean {
  return c === 0x201d || c === 0x300d || c === 0x300f || c === 0x22;
}

/** Splits a list body on 、 outside quotes and brackets; offsets kept, blanks around items trimmed. */
function splitItems(body: string, base: number): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  let depth = 0;
  let s = 0;
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    if (ch === '“' || ch === '(' || ch === '（' || ch === '《' || ch === '「') depth++;
    else if (ch === '”' || ch === ')' || ch === '）' || ch === '》' || ch === '」') depth = Math.max(0, depth - 1);
    if (i === body.length || (ch === '、' && depth === 0)) {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(body[a])) a++;
      while (b > a && /\s/.test(body[b - 1])) b--;
      if (b > a) out.push({ start: base + a, end: base + b, name: body.slice(a, b) });
      s = i + 1;
    }
  }
  return out;
}

/** Splits an item where `re` matches (the match itself dropped). */
function splitOn(it: { start: number; end: number; name: string }, re: RegExp): Array<{ start: number; end: number; name: string }> {
  const m = re.exec(it.name);
  if (!m) return [it];
  const k = m.index;
  return [
    { start: it.start, end: it.start + k, name: it.name.slice(0, k) },
    { start: it.start + k + m[0].length, end: it.end, name: it.name.slice(k + m[0].length) },
  ];
}

/** A sector or kind of work rather than a name (only judged when it stands alone before a count). */
const CATEGORY_ITEM_RE = /(?:服务|更新|建设|产业|领域|行业|基础设施|民生|社会事业|服务业|制造业|农业|工业|文旅|旅游|配套|类|园区)$/;

/**
 * "(除A、农业类、技改类等项目外)": an exception, or a list with kinds (…类) or industries among its items, names
 * kinds of projects; the one plain-looking item in it is a kind too. The list scanner asks this.
 */
export function namesKinds(items: readonly string[]): boolean {
  return items.length > 0 && (/^[(（]?除/.test(items[0]) || items.some((it) => it.endsWith('类') || SECTOR_ITEM_RE.test(it) || QUALITY_ITEM_RE.test(it)));
}
/** "综合实力雄厚、科技创新力强、发展潜力大…的好项目": qualities (a measure and how it stands), not names. */
const QUALITY_ITEM_RE = /(?:实力|能力|潜力|创新力|带动力|竞争力|含量|体量|前景|融合度|关联度|成长性|关联性|附加值)(?:雄厚|强|大|高|好|优|足|广|快|佳|突出)$/;
/** "新能源、新材料、生物医药等一批项目": an item that is exactly an industry's name makes the list one of sectors. */
const SECTOR_ITEM_RE =
  /^(?:新能源|新材料|生物医药|高端装备|装备制造|电子信息|新一代信息技术|节能环保|现代物流|数字经济|新能源汽车|大健康|文化旅游|现代农业|精细化工|先进制造业?|现代服务业?|商贸物流|文旅康养|健康养老|商贸服务|金融服务|云计算|大数据|人工智能|集成电路|汽车零部件|机械零部件|医疗器械|中医药|智能制造|智能制造装备|机械电子|材料工业|先进材料|农产品加工|食品加工|纺织服装)$/;

/** Walks back from `end` to the clause start (、 and quotes do not end a clause). */
function clauseStart(sen: string, end: number): number {
  let b = end;
  let quote = 0;
  while (b > 0) {
    const c = sen.charCodeAt(b - 1);
    if (c === 0x201d) quote++;
    else if (c === 0x201c) quote = Math.max(0, quote - 1);
    else if (quote === 0 && isBreakCode(c)) break;
    b--;
  }
  return b;
}

/** BREAK by char code, without a Set lookup per character. */
function isBreakCode(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x2014;
}

/**
 * The first item of a backward list carries the clause's own opening ("园区承担的A", "重点推进A"):
 * the words up to the last governing verb or 的 are context, not the name.
 */
// (What is left must be a name of two characters or more: "推动甲乙、丙丁…等19个项目" names 甲乙.)
const FIRST_ITEM_LEAD_RE =
  /^.*(?:包括|包含|涵盖|其中|来自|推进|推动|加快|实施|签约|引进|招引|开工|投产|建成|竣工|落地|承担|启动|对接|跟踪|洽谈|紧盯|盯紧|[既又更还也]有|现已有|已有|了|将|把|对|以|为)的?(?=.{2,}$)/;

function trimFirst(item: { start: number; end: number; name: string }): { start: number; end: number; name: string } {
  const m = FIRST_ITEM_LEAD_RE.exec(item.name);
  if (!m) return item;
  return { start: item.start + m[0].length, end: item.end, name: item.name.slice(m[0].length) };
}

/** A bare item named as a plant, park or base (the words projects of this genre are built as). */
const PLANT_END_RE = /(?:生产线|基地|产业园|工厂|电站|物流园|物流中心|数据中心|研发中心)(?:[一二三四五]期)?$/;
/** A list item that ends as a project does: 项目/工程, maybe with its phase or its town ("…项目(一期)", "…项目(月河镇)"). */
const PROJECT_END_RE = /(?:项目|工程)(?:[(（][^()（）、]{1,8}[)）])?$/;
/** "A项目以及B项目", "A项目(一期)和B项目": a conjunction right after a project's end joins two items. */
const PROJECT_JOIN_RE = /(?:项目|工程)(?:[(（][^()（）、]{1,8}[)）])?(以及|及|和)/g;
/** One name cut by 、 ("苗木繁育、种植及加工一体化项目"): an activity word on both sides of the 、. */
const ACTIVITY_END_RE = /(?:生产|加工|研发|种植|养殖|栽培|销售|仓储|制造|储存|冷链|育种|繁育)$/;
const ACTIVITY_START_RE = /^(?:生产|加工|深加工|研发|种植|养殖|栽培|销售|仓储|制造|储存|冷链|育种|繁育)/;

/**
 * A 、-list whose items mostly end in 项目/工程 while one or two do not ("A项目(一期)、B项目、C系列酒、D项目以及
 * E项目被列入…", "F新材料、G项目、H项目正加快推进"): the text names them side by side, so the bare items are
 * projects too. (Items that end in 项目 are found as names already; only the bare ones are proposed here.)
 */
function mixedListItems(sen: string): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  // Only clauses holding a 、 (found by indexOf, each clause once) and two 项目/工程.
  for (let k = sen.indexOf('、'); k >= 0; ) {
    const from = clauseStart(sen, k);
    let i = k;
    while (i < sen.length && !isBreakCode(sen.charCodeAt(i))) i++;
    k = sen.indexOf('、', i);
    const clause = sen.slice(from, i);
    let n = 0;
    for (let q = clause.indexOf('项目'); q >= 0 && n < 2; q = clause.indexOf('项目', q + 2)) n++;
    for (let q = clause.indexOf('工程'); q >= 0 && n < 2; q = clause.indexOf('工程', q + 2)) n++;
    if (n < 2) continue;
    const raw = splitItems(clause, from);
    const items: Array<{ start: number; end: number; name: string }> = [];
    for (const it of raw) {
      let s0 = 0;
      PROJECT_JOIN_RE.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = PROJECT_JOIN_RE.exec(it.name)); ) {
        const cut = m.index + m[0].length - m[1].length;
        items.push({ start: it.start + s0, end: it.start + cut, name: it.name.slice(s0, cut) });
        s0 = m.index + m[0].length;
      }
      items.push({ start: it.start + s0, end: it.end, name: it.name.slice(s0) });
    }
    if (items.length < 3) continue;
    // The last item closes the list with its own 项目 ("…项目正加快推进"): what follows it is the clause's verb.
    if (!/项目|工程/.test(items[items.length - 1].name)) continue;
    const bare: number[] = [];
    for (let j = 0; j < items.length - 1; j++) if (!PROJECT_END_RE.test(items[j].name)) bare.push(j);
    const proj = items.length - bare.length;
    // (A bare item named as a plant — "…年产5000吨木糖生产线", "…产业园" — stands beside the projects as one of them.)
    const placed = bare.filter((j) => PLANT_END_RE.test(items[j].name)).length;
    if (!bare.length || proj < 2 || (bare.length - placed) * 2 > proj + placed) continue;
    for (const j of bare) {
      const it = j === 0 ? trimFirst(items[0]) : items[j];
      if (CATEGORY_ITEM_RE.test(it.name)) continue;
      if (ACTIVITY_END_RE.test(it.name) && ACTIVITY_START_RE.test(items[j + 1].name)) continue;
      out.push(it);
    }
  }
  return out;
}

/** "3", "三", "两", "十二": a small count as a number (NaN when it is not one). */
function countValue(w: string): number {
  if (/^\d+$/.test(w)) return Number(w);
  const d = '零一二三四五六七八九';
  if (w === '两') return 2;
  if (w.length === 1) return w === '十' ? 10 : d.indexOf(w) > 0 ? d.indexOf(w) : NaN;
  if (w.length === 2 && w[0] === '十') return 10 + d.indexOf(w[1]);
  return NaN;
}

/**
 * "海玉功能食品和广誉远国药": two items joined by 和 inside one 、-slot, when both sides are three characters or
 * more ("研发和生产基地" stays one) and the slot holds no quote.
 */
function splitJoined(items: Array<{ start: number; end: number; name: string }>): Array<{ start: number; end: number; name: string }> {
  const out: Array<{ start: number; end: number; name: string }> = [];
  for (const it of items) {
    const k = it.name.indexOf('和');
    if (k < 3 || it.name.length - k - 1 < 3 || it.name.indexOf('和', k + 1) >= 0 || it.name.includes('“')) out.push(it);
    else out.push({ start: it.start, end: it.start + k, name: it.name.slice(0, k) }, { start: it.start + k + 1, end: it.end, name: it.name.slice(k + 1) });
  }
  return out;
}

/** The verb-closed lists of a sentence ("推进A、B、C建设", "推动A、B生产线建设"), read per closer. */
function verbClosed(sentence: string): ListCandidate[] {
  // (A line break inside a list, after 、, is a blank: same length, so offsets hold.)
  const sen = sentence.includes('\n') ? sentence.replace(/(?<=、\s*)\n/g, ' ') : sentence;
  const out: ListCandidate[] = [];
  VERB_CLOSE_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VERB_CLOSE_RE.exec(sen)); ) {
    // Only right after a list item: a name character before the closer, a 、 earlier in the clause.
    // (建设 followed by 项目/工程 is part of a name — "…三期建设项目" — not the verb closing a list.)
    // (Nor one that a noun follows — "推进A、B建设运营工作": the list's work, not the projects — the verb ends its clause.)
    const nx = m.index + m[0].length;
    if (nx < sen.length && !isBreakCode(sen.charCodeAt(nx))) continue;
    const b = clauseStart(sen, m.index);
    const body = sen.slice(b, m.index);
    if (!body.includes('、') || body.endsWith('、') || /等$/.test(body)) continue;
    const items = splitItems(body, b);
    if (items.length < 2) continue;
    // The clause must govern the list: a verb in the first item's words before its name ("某开发区同步加快推进A、…"),
    // with three characters or more of name left after it.
    if (!VERB_LEAD_RE.test(items[0].name.slice(0, -3))) continue;
    // "等十大园区建设", "十大科研平台", "十大种业": collections of parks, platforms and programmes, not projects.
    if (/[一二三四五六七八九十两]大/.test(body)) continue;
    if (namesKinds(items.map((it) => it.name))) continue;
    // "关联性强、科技含量高的…": qualities, not names.
    if (items[items.length - 1].name.includes('的')) continue;
    items[0] = trimFirst(items[0]);
    const closedByProject = /^(?:项目|工程)/.test(m[0]);
    for (const it of splitJoined(items)) if (it.name) out.push(closedByProject ? { ...it, counted: false, batch: true } : { ...it, counted: false, batch: true, loose: true });
  }
  return out;
}

/** All enumerated-project candidates in one sentence. */
export function listCandidates(sentence: string): ListCandidate[] {
  // Every shape below needs 项目/工程 in the sentence (a closer, the bare close, or the noun an introduced
  // list follows): a sentence without either holds no candidate.
  // (Or a list closed by the verb of its building, "推动A、B、C生产线建设": only that shape is read there.)
  if (!sentence.includes('项目') && !sentence.includes('工程')) return sentence.includes('、') && VERB_CLOSE_CUE_RE.test(sentence) ? verbClosed(sentence) : [];
  // A line break inside a list (after 、) is a blank: same length, so offsets hold.
  const sen = sentence.includes('\n') ? sentence.replace(/(?<=、\s*)\n/g, ' ') : sentence;
  if (!sen.includes('、') && !sen.includes('等') && !/包括|包含|分别是|分别为|[,，:：]如|项目有[：:]|[,，](?:其中)?(?:重点|主要)有/.test(sen)) return [];
  const out: ListCandidate[] = [];
  const push = (items: Array<{ start: number; end: number; name: string }>, counted: boolean, statusFrom?: number, loose?: boolean): void => {
    for (const it of items) {
      if (!it.name) continue;
      const c: ListCandidate = { start: it.start, end: it.end, name: it.name, counted, batch: true };
      if (statusFrom !== undefined) c.statusFrom = statusFrom;
      if (loose) c.loose = true;
      out.push(c);
    }
  };
  const backward = (closeAt: number, counted: boolean, minItems: number): void => {
    const b = clauseStart(sen, closeAt);
    // "投资的72%来自A、B等新开工项目": the list says where a figure comes from.
    if (sen.slice(b, closeAt).includes('来自')) return;
    const items = splitItems(sen.slice(b, closeAt), b);
    if (items.length < minItems) return;
    items[0] = trimFirst(items[0]);
    // "甲饮料食品和开发区的“702”": two items joined by 和 inside one 、-slot (only when both sides are names of
    // three characters or more; "研发和生产基地" stays one).
    for (let j = items.length - 1; j >= 0; j--) {
      const it = items[j];
      const k = it.name.indexOf('和');
      if (k < 3 || it.name.length - k - 1 < 3 || it.name.indexOf('和', k + 1) >= 0 || it.name.startsWith('“')) continue;
      items.splice(j, 1, { start: it.start, end: it.start + k, name: it.name.slice(0, k) }, { start: it.start + k + 1, end: it.end, name: it.name.slice(k + 1) });
    }
    // "城市更新及公共服务等项目11个": one kind of work counted, not a named project.
    if (items.length === 1 && CATEGORY_ITEM_RE.test(items[0].name)) return;
    if (namesKinds(items.map((it) => it.name))) return;
    push(items, counted);
  };
  if (sen.includes('等')) {
    const counted = new Set<number>();
    COUNTED_CLOSE_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = COUNTED_CLOSE_RE.exec(sen)); ) {
      counted.add(m.index);
      // "数字产业、新材料等79个新兴产业类项目": a list of kinds (…类, 领域, 行业), not of projects; so is one of the
      // N big industries ("甲装备、乙材料等三大主导产业项目68个").
      if (/类|领域|行业|[一二三四五六七八九十两]大[^项、]{0,4}产业(?!园)/.test(m[0])) continue;
      backward(m.index, true, 1);
    }
    KIND_CLOSE_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = KIND_CLOSE_RE.exec(sen)); ) {
      if (counted.has(m.index)) continue;
      // "甲、乙、丙等三大百亿级项目": N big projects, N being the items listed, is a count of them.
      const big = /^([一二三四五六七八九十两])大(?![^项]{0,4}产业)/.exec(m[1]);
      if (big && !/方面|领域|行业|类/.test(m[1])) {
        const b0 = clauseStart(sen, m.index);
        if (splitItems(sen.slice(b0, m.index), b0).length === countValue(big[1])) {
          backward(m.index, true, 2);
          continue;
        }
      }
      // "等十大园区", "等方面", "等…类项目": not a list of named projects.
      if (/[一二三四五六七八九十]大(?!标杆|重点|重大)|方面|领域|行业|类/.test(m[1])) continue;
      // "总投资85亿元的甲乙智造基地等先进制造业项目": one item with its own money before it is named as the
      // batch's example (the money is its own); otherwise a kind-closed list needs two items.
      const b = clauseStart(sen, m.index);
      const one = sen.indexOf('的', b) > 0 && /^(?:总投资|计划投资|投资)(?:约|超|达)?\d+(?:\.\d+)?(?:亿元|万元)的(?=[^、]{4,}$)/.exec(sen.slice(b, m.index));
      if (one && !/[一二三四五六七八九十]大|方面|领域|行业|类/.test(m[1])) {
        push([{ start: b + one[0].length, end: m.index, name: sen.slice(b + one[0].length, m.index) }], false);
        continue;
      }
      // "甲乙通、丙丁电子等一批优质项目": a batch (一批) names its items as projects, so short brand-like names count.
      backward(m.index, m[0].startsWith('等一批'), 2);
    }
    if (/投产|开工|竣工/.test(sen)) {
      DONE_CLOSE_RE.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = DONE_CLOSE_RE.exec(sen)); ) backward(m.index, false, 2);
    }
  }
  if (sen.includes('、')) {
    push(mixedListItems(sen), false);
    BARE_CLOSE_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = BARE_CLOSE_RE.exec(sen)); ) {
      // Only the 项目 that ends the chain: "A项目、B项目、C项目" is one list, not three (keeps the pass linear).
      if (sen[m.index + m[0].length] === '、') continue;
      const b = clauseStart(sen, m.index);
      const body = sen.slice(b, m.index);
      if (!body.includes('、') || /等[^、]*$/.test(body)) continue;
      const items = splitItems(body, b);
      if (items.length < 2) continue;
      // "关联性强、科技含量高、成长性好的重点项目": qualities of the projects, not their names.
      if (items[items.length - 1].name.includes('的') || items.some((it) => QUALITY_ITEM_RE.test(it.name))) continue;
      const last = items[items.length - 1];
      // "签约A项目、B项目、C设备6个项目": the list closed by its count; the count is not part of the last name.
      // ("A、B两大项目" counts its items too; "十大种业工程" is a numbered programme, not a list of projects.)
      // ("A、B…和J十大标杆项目": a count with the kind of the projects after 大 — 标杆, 重点 — counts them too,
      // an item joined by 和 being one more.)
      const cnt = /(?:\d+|[一二三四五六七八九十两]+)(?:个|大(?:[\u4e00-\u9fff]{0,3}?(?:标杆|重点|重大|示范|产业))?)$/.exec(last.name);
      const joined = items.filter((it) => /.{3}和.{3}/.test(it.name)).length;
      const cv = cnt ? countValue(/^(?:\d+|[一二三四五六七八九十两]+)/.exec(cnt[0])![0]) : NaN;
      const counts = cv === items.length || (joined > 0 && cv === items.length + joined);
      if (/[一二三四五六七八九十两]大[^、]{0,4}$/.test(last.name) && !(cnt && cnt[0].includes('大') && counts)) continue;
      // "A、B两个项目已开工": a count that equals the items counted names them as projects without a verb before;
      // so does a verb right after the closing 项目 ("A、B项目建成投产", "以A、B项目为代表").
      // (That reading only for a list of bare names — items before the last that end in 项目 or carry their own
      // money are named projects found as such — without people, and not one name cut at 、: "研发、生产基地".)
      const after =
        !cnt &&
        AFTER_VERB_RE.test(sen.slice(m.index + m[0].length, m.index + m[0].length + 12)) &&
        !items.some((it, j) => (j < items.length - 1 && PROJECT_END_RE.test(it.name)) || /投资|\d+(?:\.\d+)?(?:亿|万)元/.test(it.name) || PERSON_ITEM_RE.test(it.name)) &&
        !items.some((it, j) => j + 1 < items.length && ACTIVITY_END_RE.test(it.name) && ACTIVITY_START_RE.test(items[j + 1].name));
      const lead = GOVERN_RE.exec(items[0].name) ?? (cnt && counts ? cnt : null) ?? (after ? m : null);
      if (!lead) continue;
      items[0] = trimFirst(items[0]);
      if (cnt) {
        // (The last item is only a count — "甲、乙、两个项目" — when what stands before its count is a number too;
        // "…、三峡新能源…风电2个项目" opens with 三 as a name does.)
        if (/^[一二三四五六七八九十两\d]*$/.test(last.name.slice(0, -cnt[0].length))) continue;
        items[items.length - 1] = { start: last.start, end: last.end - cnt[0].length, name: last.name.slice(0, -cnt[0].length) };
        push(splitJoined(items), true);
        continue;
      }
      // The last item keeps its 项目 and phase: "标准化厂房项目(一期)".
      items[items.length - 1] = { start: last.start, end: m.index + m[0].length, name: sen.slice(last.start, m.index + m[0].length) };
      push(items, false);
    }
  }
  if (sen.includes('、') && VERB_CLOSE_CUE_RE.test(sen)) for (const c of verbClosed(sen)) out.push(c);
  INTRO_RE.lastIndex = 0;
  const intro = /包括|包含|分别|[,，:：]如|有[：:]|^主要有|[,，](?:其中)?(?:重点|主要)有/.test(sen);
  for (let m: RegExpExecArray | null; intro && (m = INTRO_RE.exec(sen)); ) {
    // Only after the sentence has spoken of projects ("一批重点产业项目，包括…", "7个项目总投资…，包括…").
    // ("主要有A项目、B产业园等" opens its sentence after one about a pool of projects: there, an item of its
    // own must end in 项目/工程 and the list must be closed by 等.)
    const opening = m[0].startsWith('主要有');
    if (!opening && !/项目|工程/.test(sen.slice(0, m.index))) continue;
    const from = m.index + m[0].length;
    let to = from;
    let quote = 0;
    while (to < sen.length) {
      const ch = sen[to];
      if (ch === '“') quote++;
      else if (ch === '”') quote = Math.max(0, quote - 1);
      else if (quote === 0 && (BREAK.has(ch) || ch === '等')) break;
      to++;
    }
    const items = splitItems(sen.slice(from, to), from);
    if (opening && (sen[to] !== '等' || items.length < 2 || !items.some((it) => /(?:项目|工程)$/.test(it.name)))) continue;
    // A list cut off by the end of the page ("其中包含A、晋中万国汽"): its last item is incomplete.
    const closed = to < sen.length && (sen[to] === '等' || /[。；;！!？?，,]/.test(sen[to]));
    if (!closed) items.pop();
    // "还包括装备制造、材料工业等转型类项目": the kind after 等 says the items are sectors, not projects.
    if (sen[to] === '等' && /^等[^，,。；;：:]{0,8}?(?:类|领域|行业)/.test(sen.slice(to, to + 12))) continue;
    // "分别是A和B项目": two items joined by 和.
    const split: Array<{ start: number; end: number; name: string }> = [];
    for (const raw of items.flatMap((x) => splitOn(x, /(?:以及|及)(?=由)/))) {
      // "…生产3个产业项目": a count that sums up the items before it is not part of the last name.
      const cnt = /\d+个[\u4e00-\u9fff]{0,6}项目$/.exec(raw.name);
      const it = cnt ? { start: raw.start, end: raw.end - cnt[0].length, name: raw.name.slice(0, -cnt[0].length) } : raw;
      const k = it.name.indexOf('和');
      if (k >= 3 && it.name.length - k > 3 && !/“/.test(it.name)) {
        split.push({ start: it.start, end: it.start + k, name: it.name.slice(0, k) });
        split.push({ start: it.start + k + 1, end: it.end, name: it.name.slice(k + 1) });
      } else split.push(it);
    }
    // The status words are those of the sentence that spoke of the projects, before the list
    // ("此次开工的12个项目，总投资…，包括…").
    push(split, true, 0);
  }
  return out;
}
