import { parseIfMatch, readJsonBody } from '@/lib/http/request-body';
import { getStore } from '@/lib/store';
import type { AuditInput } from '@/lib/store/driver';
import type { StoreDocument } from '@/lib/store/schema';
import type { WriteContext } from '@/lib/store/write-context';
import type { Principal } from '@/lib/auth/access';
import { requireStaff } from '@/lib/next/require-staff';
import { clientAddress } from '@/lib/auth/throttle';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';

export interface StaffWrite<T> {
  result: T;
  revision: number;
  principal: Principal;
}

/**
 * The shape of every staff write: authorise (401/403 before anything else is read), run one domain verb on the
 * store under its lock with the request's If-Match (409 when stale), and record the audit entry with the actor.
 */
export async function staffWrite<T>(
  request: Request,
  verb: (draft: StoreDocument, ctx: WriteContext) => T,
  audit: (result: T) => AuditInput | AuditInput[],
  options: { principal?: Principal } = {},
): Promise<StaffWrite<T>> {
  const principal = options.principal ?? (await requireStaff());
  const expectedRevision = parseIfMatch(request);
  const now = new Date();
  // The audit log records where the write came from, as the front process resolved it.
  const address = clientAddress(request.headers.get(CLIENT_ADDRESS_HEADER));
  const { doc, result } = await getStore().update((draft) => verb(draft, { now, actor: principal.actor }), {
    now,
    actor: { ...principal.actor, address },
    expectedRevision,
    audit,
  });
  return { result, revision: doc.revision, principal };
}

/** A JSON body, or `{}` when the request has none (for actions whose body is optional). */
export async function readOptionalJsonBody(request: Request): Promise<unknown> {
  const length = request.headers.get('content-length');
  const chunked = request.headers.get('transfer-encoding') !== null;
  if (request.body === null || length === '0' || (length === null && !chunked)) return {};
  return readJsonBody(request);
}

/** A route parameter with any percent-encoding undone; malformed encoding is left as it is (and then fails validation). */
export function routeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
