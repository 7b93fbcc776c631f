/**
 * Scores the extraction engine against the hand-made answer set.
 *   npx tsx scripts/score.ts            → readable table on stderr, JSON on stdout
 *   npx tsx scripts/score.ts --nometa   → the same without the manifests' publication dates: how a bare
 *                                         text handed to the CLI is read (the year from the text alone)
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

const nometa = process.argv.includes('--nometa');
const seeds = run(seedCases(), nometa ? {} : seedManifest());
const heldout = run(heldoutCases(), nometa ? {} : heldoutManifest());
const tag = nometa ? ', no manifest' : '';

process.stderr.write(`${formatTable(`Seeds (hand-made answer set${tag})`, seeds)}\n\n`);
process.stderr.write(`${formatTable(`Held-out texts (never seen by the engine${tag})`, heldout)}\n`);
process.stdout.write(`${JSON.stringify({ seeds, heldout }, null, 2)}\n`);
