import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { requireStaff } from '@/lib/next/require-staff';
import { routeParam, staffWrite } from '@/lib/next/staff-write';
import { annotateOccurrence, occurrenceNoteInputSchema } from '@/lib/status/maintenances';

/** PUT …/occurrences/{start}/note `{note}` → 200 `{override, revision}`; an empty note removes it. */
export const PUT = handle(
  async (request, { params }: { params: Promise<{ ruleId: string; start: string }> }) => {
    const principal = await requireStaff();
    const { ruleId, start } = await params;
    const input = occurrenceNoteInputSchema.parse(await readJsonBody(request));
    const { result: override, revision } = await staffWrite(
      request,
      (draft, ctx) => annotateOccurrence(draft, ruleId, routeParam(start), input, ctx),
      (o) => ({ action: 'occurrence.note', target: `rule:${o.ruleId}@${o.start}`, after: { note: o.note } }),
      { principal },
    );
    return privateJson({ override, revision });
  },
);
