import { DomainError, isDomainError } from '@/lib/core/errors';
import { errorText } from '@/lib/store/atomic-write';
import type { StoreProblem } from '@/lib/store/driver';

/** The 503 every write gets while the file is bad. */
export function unavailable(problem: StoreProblem): DomainError {
  return new DomainError(
    'store_unavailable',
    `The store cannot be written: ${problem.file}: ${problem.problem}. Nothing was written; fix or restore the file (the previous revision is kept in status.json.bak).`,
    { file: problem.file, problem: problem.problem },
  );
}

/**
 * Run one of the store's own file-system steps; a failure there (disk full, permissions) is a 503 naming the file,
 * not an unexplained 500. Errors from the caller's change function never pass through here.
 */
export function storeStep<T>(file: string, what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (isDomainError(error)) throw error;
    const problem = `${what} failed: ${errorText(error)}`;
    throw new DomainError('store_unavailable', `The store cannot be written: ${file}: ${problem}.`, {
      file,
      problem,
    });
  }
}
