/**
 * Zone-type words: the one table of the words reports use for a kind of zone ("经济技术开发区", "高新区",
 * "园区" …). Every rule that needs "a zone word" builds its alternation here from the rows' kinds, so a new
 * type word is added in one row and joins every reading its kind takes part in.
 *
 * Alternations are built longest first: in a literal alternation only a word that starts another word can
 * win against it (工业园区 / 工业园), and longest first lets the longer one win, as the hand-written lists did.
 */

/**
 * - zone: a development zone proper, a kind the gazetteer has zones of (national and provincial ETDZs,
 *   high-tech zones, and their short forms). A text may call its own zone by the bare word.
 * - park-type: 高新技术产业园区, a provincial park type with a name of its own in front ("万年高新技术产业园区").
 * - park: an industrial park written with its kind (工业园区, 产业园区).
 * - bare-park: 园区 alone, a park of any kind; a text may call its own zone (or park) 园区.
 * - new-area: 新区, state-level new areas (江北新区), which report like development zones.
 * - other: other zone kinds that put a zone in a sentence (demonstration zones, agricultural high-tech zones,
 *   industrial clusters).
 * - name-form: words that end a zone's name (and may stand bare for it) but that the sentence readers (facts,
 *   projects, indicators) do not take: the older long forms of a high-tech zone's name (高新技术开发区,
 *   高技术产业开发区) and 集中区 clusters. Only the name readers (subject-fallback, subject-names) read them; a
 *   sentence rule that wants one adds its kind to its zoneWords() call, with a test.
 */
export type ZoneKind = 'zone' | 'park-type' | 'park' | 'bare-park' | 'new-area' | 'other' | 'name-form';

export const ZONE_TYPES: ReadonlyArray<{ word: string; kind: ZoneKind }> = [
  { word: '经济技术开发区', kind: 'zone' },
  { word: '经济开发区', kind: 'zone' },
  { word: '高新技术产业开发区', kind: 'zone' },
  { word: '经开区', kind: 'zone' },
  { word: '高新区', kind: 'zone' },
  { word: '开发区', kind: 'zone' },
  { word: '高新技术产业园区', kind: 'park-type' },
  { word: '工业园区', kind: 'park' },
  { word: '产业园区', kind: 'park' },
  // Other provinces' zone kinds, which report the same figures as a development zone: 工业集中区 (Guizhou,
  // Sichuan), 产业集聚区 (Henan), 综合保税区 and its short form 综保区, 工业园/产业园 (a park named without 区),
  // 合作区 (深汕特别合作区, 产业合作区). (A project or firm named after a park — "某某产业园项目" — is read as a
  // project before any subject: the kind only lets a name of its own before the word open a sentence.)
  { word: '工业集中区', kind: 'park' },
  { word: '产业集聚区', kind: 'park' },
  { word: '综合保税区', kind: 'park' },
  { word: '综保区', kind: 'park' },
  { word: '工业园', kind: 'park' },
  { word: '产业园', kind: 'park' },
  { word: '合作区', kind: 'park' },
  { word: '园区', kind: 'bare-park' },
  { word: '新区', kind: 'new-area' },
  { word: '示范区', kind: 'other' },
  { word: '农高区', kind: 'other' },
  { word: '集聚区', kind: 'other' },
  { word: '高新技术开发区', kind: 'name-form' },
  { word: '高技术产业开发区', kind: 'name-form' },
  { word: '产业集中区', kind: 'name-form' },
  { word: '集中区', kind: 'name-form' },
];

/** The words of the given kinds, longest first. */
export function zoneWords(...kinds: ZoneKind[]): string[] {
  return ZONE_TYPES.filter((t) => kinds.includes(t.kind))
    .map((t) => t.word)
    .sort((a, b) => b.length - a.length);
}

/**
 * The last word of each of `words`: the words no other word of the list ends in (经济技术开发区 ends in
 * 开发区). Enough to tell whether a text holds any of them, and what a short stem before one may stand for.
 */
export function tails(words: string[]): string[] {
  return words.filter((w) => !words.some((o) => o !== w && w.endsWith(o)));
}

/** A non-capturing alternation of words, longest first. */
export function alt(words: string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}

/** The bare words a text uses for its own zone ("经开区实现…", "园区完成…"): zones and 园区. */
export const OWN_WORDS = zoneWords('zone', 'bare-park');
/** Their last words (开发区, 高新区, 经开区, 园区): a clause holding one speaks of zones. */
export const OWN_TAILS = tails(OWN_WORDS);
/**
 * Type words after a name of its own ("甲乙经开区", "丙丁工业园区"): zones, parks and park types. A bare 园区
 * counts too ("石化园区" is a park of its own).
 */
export const NAMED_WORDS = zoneWords('zone', 'park-type', 'park', 'bare-park');

/** Every word of the table, longest first: what may end a zone's name (the name readers). */
export const ALL_WORDS = zoneWords('zone', 'park-type', 'park', 'bare-park', 'new-area', 'other', 'name-form');
