import { DatasetSchema, type Dataset } from './schema';
import { checkIntegrity, type IntegrityOptions } from './integrity';
import { describePath, type Problem } from './problems';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Schema first (zod), then cross-record integrity; every problem says where it is and what to do. */
export function validateDataset(raw: unknown, options: IntegrityOptions = {}): ValidationResult {
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      where: describePath(issue.path, raw),
      message: issue.code === 'invalid_type' && issue.input === undefined ? 'is missing (required field)' : issue.message,
    }));
    return { ok: false, problems };
  }
  const problems = checkIntegrity(parsed.data, options);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}
