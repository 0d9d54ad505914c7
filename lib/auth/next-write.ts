import { DomainError, errorStatus, type ErrorCode } from '@/lib/api/errors';
import { parseIfMatch, readJsonBody } from '@/lib/api/http';
import { getStore } from '@/lib/store';
import type { AuditInput } from '@/lib/store/driver';
import type { StoreDocument } from '@/lib/store/schema';
import type { WriteContext } from '@/lib/status/components';
import type { StaffRole } from '@/lib/status/vocab';
import type { Principal } from './access';
import { requireStaff } from './next-staff';

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
  options: { role?: StaffRole; principal?: Principal } = {},
): Promise<StaffWrite<T>> {
  const principal = options.principal ?? (await requireStaff({ role: options.role }));
  const expectedRevision = parseIfMatch(request);
  const now = new Date();
  try {
    const { doc, result } = await getStore().update((draft) => verb(draft, { now, actor: principal.actor }), {
      now,
      actor: principal.actor,
      expectedRevision,
      audit,
    });
    return { result, revision: doc.revision, principal };
  } catch (error) {
    throw asLocalDomainError(error);
  }
}

/**
 * The store lives on globalThis and may have been created by another route's bundle, whose DomainError class is a
 * different copy from ours; `instanceof` in errorResponse would then miss it and answer 500. Re-create it here.
 */
export function asLocalDomainError(error: unknown): unknown {
  if (error instanceof DomainError || !(error instanceof Error) || error.name !== 'DomainError') return error;
  const code: unknown = Reflect.get(error, 'code');
  return isErrorCode(code) ? new DomainError(code, error.message, Reflect.get(error, 'details')) : error;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(errorStatus, value);
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
