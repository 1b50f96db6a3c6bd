import type { Problem } from "@tpi/schemas";

export type FieldProblem = { path: string; message: string };

/**
 * An API failure as a value the UI can act on: the HTTP status, the RFC 9457 problem body and the field
 * paths it names (the note form maps those onto its controls).
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ProblemError";
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): FieldProblem[] {
    return (this.problem.errors ?? []).map(({ path, message }) => ({ path, message }));
  }
}

export function isProblemError(error: unknown, status?: number): error is ProblemError {
  return error instanceof ProblemError && (status === undefined || error.status === status);
}
