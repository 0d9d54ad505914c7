import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { signOut } from '@/lib/next/staff-session';

/** POST /api/v1/auth/sign-out → 200 `{signedOut: true}`: every session of the member ends, the cookie is cleared. */
export const POST = handle(async (request) => {
  await signOut(request.url);
  return privateJson({ signedOut: true });
});
