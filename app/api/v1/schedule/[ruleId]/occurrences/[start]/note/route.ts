import { handle, privateJson, readJsonBody } from '@/lib/api/http';
import { requireStaff } from '@/lib/auth/next-staff';
import { routeParam, staffWrite } from '@/lib/auth/next-write';
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
