/**
 * Scores the extraction engine against the hand-made answer set.
 *   npx tsx scripts/score.ts            → readable table on stderr, JSON on stdout
 * Seeds (tests/fixtures/expected + seeds/, with seeds/manifest.json metadata when present) and the
 * held-out texts the engine has never seen (tests/fixtures/heldout + its manifest.json) are scored
 * separately: the seeds show fit, the held-out set shows generalisation.
 */
import { extractDocuments } from '../src/extract/index';
import {
  heldoutCases,
  heldoutManifest,
  inputsFor,
  seedCases,
  seedManifest,
  type AnswerCase,
} from '../tests/unit/answers/load';
import { formatTable, scoreAnswerSet, type AnswerSetScore } from '../tests/unit/answers/score';
import type { Manifest } from '../src/extract/schema';

function run(cases: AnswerCase[], manifest: Manifest): AnswerSetScore {
  const output = extractDocuments(inputsFor(cases, manifest));
  return scoreAnswerSet(
    cases.map((c) => c.expected),
    output,
  );
}

const seeds = run(seedCases(), seedManifest());
const heldout = run(heldoutCases(), heldoutManifest());

process.stderr.write(`${formatTable('Seeds (hand-made answer set)', seeds)}\n\n`);
process.stderr.write(`${formatTable('Held-out texts (never seen by the engine)', heldout)}\n`);
process.stdout.write(`${JSON.stringify({ seeds, heldout }, null, 2)}\n`);
