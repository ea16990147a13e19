/** One thing wrong with a dataset, located precisely enough for a person to fix it. */
export interface Problem {
  /** An error refuses the dataset; a warning loads it and says so. */
  severity: 'error' | 'warning';
  /** Where: `events[3] (id "kim-decree") › date`, or `line 7 › date` in a CSV. */
  where: string;
  /** What is wrong and what was expected, in words a person can act on. */
  message: string;
}

/** Problems as reported: the first `PROBLEM_CAP` of each severity, and how many there were in all. */
export interface ProblemReport {
  errors: Problem[];
  warnings: Problem[];
  errorCount: number;
  warningCount: number;
}

/** A report lists this many problems of each severity, then says how many more there are. */
export const PROBLEM_CAP = 50;

/**
 * Collects problems in one pass, keeping only the first `cap` of each severity: ten thousand broken records cost
 * ten thousand counter increments, not ten thousand strings kept and rendered.
 */
export class ProblemCollector {
  readonly report: ProblemReport = { errors: [], warnings: [], errorCount: 0, warningCount: 0 };

  constructor(private readonly cap = PROBLEM_CAP) {}

  error(where: string, message: string): void {
    if (this.report.errorCount++ < this.cap) this.report.errors.push({ severity: 'error', where, message });
  }

  warning(where: string, message: string): void {
    if (this.report.warningCount++ < this.cap) this.report.warnings.push({ severity: 'warning', where, message });
  }

  /** Whether an error has been found: a cheap test so callers can skip work whose result would be refused. */
  get failed(): boolean {
    return this.report.errorCount > 0;
  }

  /** Adds another report's problems (counted in full even past the cap). */
  merge(other: ProblemReport): void {
    for (const p of other.errors) this.error(p.where, p.message);
    for (const p of other.warnings) this.warning(p.where, p.message);
    this.report.errorCount += other.errorCount - other.errors.length;
    this.report.warningCount += other.warningCount - other.warnings.length;
  }
}

export const emptyReport = (): ProblemReport => new ProblemCollector().report;

export const reportOf = (problems: readonly Omit<Problem, 'severity'>[]): ProblemReport => {
  const c = new ProblemCollector();
  for (const p of problems) c.error(p.where, p.message);
  return c.report;
};

/** `events[3] (id "x") › date: must be …`: how the app's list and check:data both word a problem. */
export function problemText(p: Problem): string {
  return `${p.where}: ${p.message}`;
}

/** The line after a capped list: "… and 9950 more errors". */
export function moreText(shown: number, total: number, severity: Problem['severity']): string | null {
  const more = total - shown;
  return more > 0 ? `… and ${more} more ${severity}${more === 1 ? '' : 's'}` : null;
}

/** The report as lines for a terminal: `error: file: where: message`, each list capped as in the app. */
export function formatReport(file: string, report: ProblemReport): string[] {
  const lines: string[] = [];
  for (const [list, total, severity] of [
    [report.errors, report.errorCount, 'error'],
    [report.warnings, report.warningCount, 'warning'],
  ] as const) {
    for (const p of list) lines.push(`${severity}: ${file}: ${problemText(p)}`);
    const more = moreText(list.length, total, severity);
    if (more) lines.push(more);
  }
  return lines;
}

/** Thrown by the loader; the UI shows `summary` and the report's problems. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly report: ProblemReport,
    readonly summary = `The dataset ${file} cannot be used: ${report.errorCount} problem${report.errorCount === 1 ? '' : 's'} found.`,
  ) {
    super(`${summary}\n${formatReport(file, report).join('\n')}`);
    this.name = 'DatasetError';
  }

  /** A failure that is one problem, such as a file that cannot be read. */
  static single(file: string, where: string, message: string, summary?: string): DatasetError {
    return new DatasetError(file, reportOf([{ where, message }]), summary);
  }
}
