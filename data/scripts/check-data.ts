/**
 * `npm run check:data [file] [--complete]`: checks a dataset (JSON or CSV) with the app's own pipeline — the
 * same parser, validator and problem wording — and prints its errors and warnings. `--complete` adds the rules
 * of the bundled dataset: both languages everywhere, every documented field, our six places, and every quote
 * verbatim in its source file. Exits 1 on any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { checkParsed, parseText, readText } from '../../src/data/pipeline';
import { DatasetError, formatReport, ProblemCollector, type ProblemReport } from '../../src/data/problems';
import type { Dataset } from '../../src/data/schema';

/** Source texts named by `file` (relative to the repo root: the folder holding data/); a missing file is an error. */
export function loadSourceTexts(raw: unknown, repoRoot: string, out: ProblemCollector): Map<string, string> {
  const texts = new Map<string, string>();
  const sources = (raw as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) return texts;
  sources.forEach((s: { id?: unknown; file?: unknown }, i) => {
    if (typeof s?.id !== 'string' || typeof s.file !== 'string') return;
    const path = resolve(repoRoot, s.file);
    if (existsSync(path)) texts.set(s.id, readFileSync(path, 'utf8'));
    else out.error(`sources[${i}] (id "${s.id}") › file`, `names "${s.file}", which does not exist`);
  });
  return texts;
}

export interface CheckResult {
  report: ProblemReport;
  dataset: Dataset | null;
}

export async function checkDatasetFile(file: string, options: { complete?: boolean } = {}): Promise<CheckResult> {
  const name = basename(file);
  const out = new ProblemCollector();
  try {
    const bytes = readFileSync(file);
    const { text } = await readText(new Blob([bytes]).stream(), bytes.byteLength, name);
    const parsed = parseText(text, name);
    const sourceTexts = options.complete ? loadSourceTexts(parsed.raw, resolve(dirname(resolve(file)), '..'), out) : undefined;
    const checked = checkParsed(parsed, name, {}, { profile: options.complete ? 'complete' : 'minimal', sourceTexts });
    out.merge(checked.report);
    return { report: out.report, dataset: out.failed ? null : checked.dataset };
  } catch (err) {
    if (err instanceof DatasetError) return { report: err.report, dataset: null };
    out.error('(file)', `could not be read: ${(err as Error).message}`);
    return { report: out.report, dataset: null };
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const args = process.argv.slice(2);
  const complete = args.includes('--complete');
  const file = args.find((a) => !a.startsWith('--')) ?? 'data/dataset.json';
  const { report, dataset } = await checkDatasetFile(file, { complete });
  const lines = formatReport(file, report);
  const profile = complete ? 'complete' : 'minimal';
  if (lines.length) (dataset ? console.log : console.error)(lines.join('\n'));
  if (!dataset) {
    console.error(`check:data: ${file} is refused (${profile} rules): ${report.errorCount} error(s), ${report.warningCount} warning(s).`);
    process.exit(1);
  }
  const d = dataset;
  console.log(`check:data: ${file} is valid (${profile} rules): ${d.events.length} events, ${d.places.length} places, ${d.actors.length} actors, ${d.sources.length} sources; ${report.warningCount} warning(s).`);
}
