'use client';

import { useState } from 'react';
import { fieldError, type ApiProblem, type ApiResult } from './api-client';
import { componentErrors } from './component-picker';

/**
 * A console form's round trip: busy while the call runs, the problem it answered (by field, and by component
 * for the `components.N` paths of what was sent), and a confirmation once it succeeded.
 */
export function useSubmission() {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<{ id: string }[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit<T>(
    components: { id: string }[],
    call: () => Promise<ApiResult<T>>,
  ): Promise<{ data: T } | null> {
    setBusy(true);
    setSent(components);
    setDone(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return null;
    }
    setProblem(null);
    return { data: result.data };
  }

  return {
    problem,
    busy,
    done,
    setDone,
    submit,
    fieldError: (field: string) => fieldError(problem, field),
    componentErrors: problem ? componentErrors(problem.fields, sent) : {},
  };
}
