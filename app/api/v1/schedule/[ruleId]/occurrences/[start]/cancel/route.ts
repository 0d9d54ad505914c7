import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { requireStaff } from '@/lib/next/require-staff';
import { readOptionalJsonBody, routeParam, staffWrite } from '@/lib/next/staff-write';
import { cancelOccurrence, occurrenceNoteInputSchema, restoreOccurrence } from '@/lib/status/maintenances';

type Context = { params: Promise<{ ruleId: string; start: string }> };

/** POST …/occurrences/{start}/cancel `{note?}` → 200 `{override, revision}`: one occurrence off, the rule untouched. */
export const POST = handle(async (request, { params }: Context) => {
  const principal = await requireStaff();
  const { ruleId, start } = await params;
  const input = occurrenceNoteInputSchema.parse(await readOptionalJsonBody(request));
  const { result: override, revision } = await staffWrite(
    request,
    (draft, ctx) => cancelOccurrence(draft, ruleId, routeParam(start), input, ctx),
    (o) => ({ action: 'occurrence.cancel', target: `rule:${o.ruleId}@${o.start}`, after: { note: o.note } }),
    { principal },
  );
  return privateJson({ override, revision });
});

/** DELETE …/occurrences/{start}/cancel → 200 `{override, revision}`: the occurrence takes place after all. */
export const DELETE = handle(async (request, { params }: Context) => {
  const principal = await requireStaff();
  const { ruleId, start } = await params;
  const { result: override, revision } = await staffWrite(
    request,
    (draft, ctx) => restoreOccurrence(draft, ruleId, routeParam(start), ctx),
    (o) => ({ action: 'occurrence.restore', target: `rule:${o.ruleId}@${o.start}` }),
    { principal },
  );
  return privateJson({ override, revision });
});
