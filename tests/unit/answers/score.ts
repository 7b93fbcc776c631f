/**
 * Scores the extraction engine against the hand-made answer set. Pure: no file access, so the unit
 * test and scripts/score.ts share exactly the same arithmetic.
 *
 * Facts are matched per document as a multiset on (indicator, measure, value) — value equal within
 * 1e-6 — because those three are what a reader cannot repair by hand; subject, period and kind are
 * then judged only on the matched pairs. Where several pairs are possible (the same number stated
 * twice, e.g. a 2023 target repeated in the plan), the pairing that agrees most on subject, period
 * and kind wins, so the engine is not punished for an arbitrary choice of twin.
 *
 * Projects are found by name containment (either way) after normalising, one engine project per
 * expected project: a name the engine lumped together with others cannot earn credit twice.
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { ExpectedDocument, ExpectedFact, ExpectedProject } from './expected-schema';

/** The parts of an engine Fact the scorer reads (src/extract/schema.ts Fact satisfies it). */
export interface EngineFactLike {
  subject: string;
  scope: string;
  members?: string[];
  period: string;
  indicator: string;
  measure: string;
  value: number;
  kind: string;
  quote?: string;
  source: { seed: string };
}

export interface EngineProjectLike {
  name: string;
  source: { seed: string };
}

export interface EngineOutputLike {
  facts: EngineFactLike[];
  projects: EngineProjectLike[];
}

export const VALUE_TOLERANCE = 1e-6;

export interface Counts {
  expected: number;
  emitted: number;
  matched: number;
  subjectOk: number;
  periodOk: number;
  kindOk: number;
  projectsExpected: number;
  projectsEmitted: number;
  projectsFound: number;
}

/** Ratios; null where the denominator is zero (nothing to judge), never a made-up 1 or 0. */
export interface Rates {
  precision: number | null;
  recall: number | null;
  subject: number | null;
  period: number | null;
  kind: number | null;
  projects: number | null;
}

/** What a mismatch report shows of a fact: the engine's fields without scope, members and source. */
export type FactBrief = Pick<EngineFactLike, 'subject' | 'period' | 'indicator' | 'measure' | 'value' | 'kind' | 'quote'>;

export interface Mismatch {
  expected: FactBrief;
  engine: FactBrief;
}

export interface DocumentScore {
  seed: string;
  counts: Counts;
  rates: Rates;
  missing: FactBrief[];
  extra: FactBrief[];
  wrongSubject: Mismatch[];
  wrongPeriod: Mismatch[];
  wrongKind: Mismatch[];
  missingProjects: string[];
}

export interface AnswerSetScore {
  documents: DocumentScore[];
  overall: { counts: Counts; rates: Rates };
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Leading 山西 is a province prefix on zone names (山西祁县经济开发区 = 祁县经济开发区), not part of them. */
function normaliseName(s: string): string {
  const t = t2s(s.normalize('NFKC')).replace(/\s+/g, '');
  return t.length > 4 && t.startsWith('山西') && t !== '山西省' ? t.slice(2) : t;
}

function groupMembers(f: { subject: string; members?: string[] }): string[] {
  const raw = f.members && f.members.length > 0 ? f.members : f.subject.split(/[、,，和与及]/);
  return raw.map(normaliseName).filter(Boolean).sort();
}

/** Subjects agree when the names agree; groups agree when their member sets agree (order is free). */
export function sameSubject(
  e: { subject: string; scope: string; members?: string[] },
  g: { subject: string; scope: string; members?: string[] },
): boolean {
  if (e.scope === 'group' || g.scope === 'group') {
    if (e.scope !== g.scope) return false;
    const a = groupMembers(e);
    const b = groupMembers(g);
    return a.length === b.length && a.every((m, i) => m === b[i]);
  }
  return normaliseName(e.subject) === normaliseName(g.subject);
}

/** Project names compare without spaces, quotes, the word 项目 and script differences. */
export function normaliseProjectName(name: string): string {
  return normaliseName(name).replace(/项目|[“”‘’"'「」《》]/g, '');
}

const MIN_PROJECT_NAME = 2;

export function projectNamesMatch(expected: string, engine: string): boolean {
  const a = normaliseProjectName(expected);
  const b = normaliseProjectName(engine);
  if (Math.min(a.length, b.length) < MIN_PROJECT_NAME) return false;
  return a.includes(b) || b.includes(a);
}

function brief(f: ExpectedFact | EngineFactLike): FactBrief {
  const b: FactBrief = {
    subject: f.subject,
    period: f.period,
    indicator: f.indicator,
    measure: f.measure,
    value: f.value,
    kind: f.kind,
  };
  if (f.quote !== undefined) b.quote = f.quote;
  return b;
}

interface Pair {
  e: number;
  g: number;
  agreement: number;
}

/** Pairs expected and engine facts on (indicator, measure, value), preferring pairs that also agree on the rest. */
function matchFacts(expected: ExpectedFact[], engine: EngineFactLike[]): Pair[] {
  const candidates: Pair[] = [];
  expected.forEach((e, ei) => {
    engine.forEach((g, gi) => {
      if (e.indicator !== g.indicator || e.measure !== g.measure) return;
      if (Math.abs(e.value - g.value) > VALUE_TOLERANCE) return;
      const agreement =
        (sameSubject(e, g) ? 4 : 0) + (e.period === g.period ? 2 : 0) + (e.kind === g.kind ? 1 : 0);
      candidates.push({ e: ei, g: gi, agreement });
    });
  });
  // Stable sort: among equal agreement, earlier facts pair first (text order on both sides).
  candidates.sort((a, b) => b.agreement - a.agreement);
  const usedE = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedG.has(c.g)) continue;
    usedE.add(c.e);
    usedG.add(c.g);
    pairs.push(c);
  }
  return pairs;
}

/** Maximum one-to-one matching of expected to engine projects (Kuhn's augmenting paths; sizes are small). */
function matchProjects(expected: ExpectedProject[], engine: EngineProjectLike[]): boolean[] {
  const adj = expected.map((e) =>
    engine.flatMap((g, gi) => (projectNamesMatch(e.name, g.name) ? [gi] : [])),
  );
  const ownerOf = new Array<number>(engine.length).fill(-1);
  const tryAssign = (ei: number, seen: Set<number>): boolean => {
    for (const gi of adj[ei]) {
      if (seen.has(gi)) continue;
      seen.add(gi);
      if (ownerOf[gi] === -1 || tryAssign(ownerOf[gi], seen)) {
        ownerOf[gi] = ei;
        return true;
      }
    }
    return false;
  };
  // An augmenting path re-routes earlier expected projects but never unmatches one, so read the owners at the end.
  expected.forEach((_, ei) => tryAssign(ei, new Set()));
  return expected.map((_, ei) => ownerOf.includes(ei));
}

function rates(c: Counts): Rates {
  return {
    precision: ratio(c.matched, c.emitted),
    recall: ratio(c.matched, c.expected),
    subject: ratio(c.subjectOk, c.matched),
    period: ratio(c.periodOk, c.matched),
    kind: ratio(c.kindOk, c.matched),
    projects: ratio(c.projectsFound, c.projectsExpected),
  };
}

export function scoreDocument(expected: ExpectedDocument, output: EngineOutputLike): DocumentScore {
  const facts = output.facts.filter((f) => f.source.seed === expected.seed);
  const projects = output.projects.filter((p) => p.source.seed === expected.seed);
  const pairs = matchFacts(expected.facts, facts);

  const wrongSubject: Mismatch[] = [];
  const wrongPeriod: Mismatch[] = [];
  const wrongKind: Mismatch[] = [];
  let subjectOk = 0;
  let periodOk = 0;
  let kindOk = 0;
  for (const p of pairs) {
    const e = expected.facts[p.e];
    const g = facts[p.g];
    const m = { expected: brief(e), engine: brief(g) };
    if (sameSubject(e, g)) subjectOk++;
    else wrongSubject.push(m);
    if (e.period === g.period) periodOk++;
    else wrongPeriod.push(m);
    if (e.kind === g.kind) kindOk++;
    else wrongKind.push(m);
  }
  const matchedE = new Set(pairs.map((p) => p.e));
  const matchedG = new Set(pairs.map((p) => p.g));
  const found = matchProjects(expected.projects, projects);

  const counts: Counts = {
    expected: expected.facts.length,
    emitted: facts.length,
    matched: pairs.length,
    subjectOk,
    periodOk,
    kindOk,
    projectsExpected: expected.projects.length,
    projectsEmitted: projects.length,
    projectsFound: found.filter(Boolean).length,
  };
  return {
    seed: expected.seed,
    counts,
    rates: rates(counts),
    missing: expected.facts.filter((_, i) => !matchedE.has(i)).map(brief),
    extra: facts.filter((_, i) => !matchedG.has(i)).map(brief),
    wrongSubject,
    wrongPeriod,
    wrongKind,
    missingProjects: expected.projects.filter((_, i) => !found[i]).map((p) => p.name),
  };
}

/** Scores every expected document; overall figures are pooled over facts (micro-averaged), not averaged over documents. */
export function scoreAnswerSet(expected: ExpectedDocument[], output: EngineOutputLike): AnswerSetScore {
  const documents = expected.map((d) => scoreDocument(d, output));
  const total: Counts = {
    expected: 0,
    emitted: 0,
    matched: 0,
    subjectOk: 0,
    periodOk: 0,
    kindOk: 0,
    projectsExpected: 0,
    projectsEmitted: 0,
    projectsFound: 0,
  };
  for (const d of documents) {
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += d.counts[k];
  }
  return { documents, overall: { counts: total, rates: rates(total) } };
}

const pct = (r: number | null): string => (r === null ? '   —  ' : `${(r * 100).toFixed(1).padStart(5)}%`);

/** A fixed-width table for a terminal. */
export function formatTable(title: string, score: AnswerSetScore): string {
  const cols = ['prec', 'recall', 'subj', 'period', 'kind', 'projs'].map((c) => c.padStart(6)).join(' ');
  const head = `${'document'.padEnd(36)} ${'facts exp/emit/match'.padStart(20)} ${cols} ${'found'.padStart(7)}`;
  const row = (name: string, c: Counts, r: Rates) =>
    `${name.padEnd(36)} ${`${c.expected}/${c.emitted}/${c.matched}`.padStart(20)} ${pct(r.precision)} ${pct(r.recall)} ${pct(
      r.subject,
    )} ${pct(r.period)} ${pct(r.kind)} ${pct(r.projects)} ${`${c.projectsFound}/${c.projectsExpected}`.padStart(7)}`;
  const lines = [title, head, ...score.documents.map((d) => row(d.seed, d.counts, d.rates))];
  lines.push(row('OVERALL', score.overall.counts, score.overall.rates));
  return lines.join('\n');
}
