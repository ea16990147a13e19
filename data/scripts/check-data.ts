/**
 * `npm run check:data [file]`: validates a dataset the way the app does, plus what only the repo can check:
 * every quote verbatim in its source file, and the six places of the design present.
 * Exits 1 with one line per problem: file, record, field, and what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { REQUIRED_PLACE_IDS } from '../../src/data/integrity';
import { formatProblems, type Problem } from '../../src/data/problems';
import { validateDataset } from '../../src/data/validate';

export function loadSourceTexts(raw: unknown, repoRoot: string, problems: Problem[]): Map<string, string> {
  const texts = new Map<string, string>();
  const sources = (raw as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) return texts;
  sources.forEach((s: { id?: unknown; file?: unknown; text?: unknown }, i) => {
    if (typeof s?.id !== 'string') return;
    if (typeof s.text === 'string') texts.set(s.id, s.text);
    else if (typeof s.file === 'string') {
      const path = resolve(repoRoot, s.file);
      if (existsSync(path)) texts.set(s.id, readFileSync(path, 'utf8'));
      else problems.push({ where: `sources[${i}] (id "${s.id}") › file`, message: `names "${s.file}", which does not exist` });
    }
  });
  return texts;
}

export function checkDatasetFile(file: string): Problem[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    return [{ where: '(file)', message: `is not readable JSON: ${(err as Error).message}` }];
  }
  const problems: Problem[] = [];
  // Source paths are relative to the repo root (the folder holding data/), as in the app's ./data/… URLs.
  const sourceTexts = loadSourceTexts(raw, resolve(dirname(resolve(file)), '..'), problems);
  const result = validateDataset(raw, { sourceTexts, requiredPlaceIds: REQUIRED_PLACE_IDS });
  if (!result.ok) problems.push(...result.problems);
  return problems;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const file = process.argv[2] ?? 'data/dataset.json';
  const problems = checkDatasetFile(file);
  if (problems.length) {
    console.error(`check:data: ${problems.length} problem(s) in ${file}\n${formatProblems(file, problems, 200)}`);
    process.exit(1);
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[]; places: unknown[]; actors: unknown[]; sources: unknown[] };
  console.log(`check:data: ${file} is valid: ${data.events.length} events, ${data.places.length} places, ${data.actors.length} actors, ${data.sources.length} sources; every quote verbatim.`);
}
