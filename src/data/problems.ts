/** One thing wrong with a dataset, located precisely enough for a person to fix it. */
export interface Problem {
  /** Where: `events[3] (id "kim-decree") › date`. */
  where: string;
  /** What is wrong, in words a person can act on. */
  message: string;
}

type PathKey = string | number | symbol;

const COLLECTIONS = new Set(['sources', 'places', 'actors', 'events']);

/** Turns a JSON path into `events[3] (id "x") › evidence[0] › quote`, naming the record by its id. */
export function describePath(path: readonly PathKey[], root: unknown): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = node !== null && typeof node === 'object' ? (node as Record<PathKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const label = `${parts.pop() ?? ''}[${key}]`;
      const id = next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      const parent = path[i - 1];
      parts.push(typeof id === 'string' && typeof parent === 'string' && COLLECTIONS.has(parent) ? `${label} (id "${id}")` : label);
    } else {
      parts.push(String(key));
    }
    node = next;
  }
  return parts.length ? parts.join(' › ') : '(top level)';
}

export function formatProblems(file: string, problems: readonly Problem[], max = 20): string {
  const lines = problems.slice(0, max).map((p) => `${file}: ${p.where}: ${p.message}`);
  if (problems.length > max) lines.push(`… and ${problems.length - max} more problem(s).`);
  return lines.join('\n');
}

/** Thrown by the loader; the UI shows `summary` and the list of problems. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly Problem[],
    readonly summary = `The dataset ${file} cannot be used: ${problems.length} problem(s) found.`,
  ) {
    super(`${summary}\n${formatProblems(file, problems)}`);
    this.name = 'DatasetError';
  }
}
