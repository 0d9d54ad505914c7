import { handle, privateJson } from '@/lib/api/http';
import { signOut } from '@/lib/auth/next-session';

/** POST /api/v1/auth/sign-out → 200 `{signedOut: true}`: every session of the member ends, the cookie is cleared. */
export const POST = handle(async (request) => {
  await signOut(request.url);
  return privateJson({ signedOut: true });
});
