import { handle } from '@/lib/http/error-response';
import { privateJson } from '@/lib/http/responses';
import { readJsonBody } from '@/lib/http/request-body';
import { signInWithPassword } from '@/lib/next/staff-session';
import { publicMember, signInInputSchema } from '@/lib/auth/staff';

/**
 * POST /api/v1/auth/sign-in `{email, password}` → 200 `{member}` and a fresh session cookie.
 * 401 with one generic message for any wrong email/password; 429 + Retry-After after 5 failures in 15 minutes.
 */
export const POST = handle(async (request) => {
  const input = signInInputSchema.parse(await readJsonBody(request));
  const member = await signInWithPassword(input, request.url);
  return privateJson({ member: publicMember(member) });
});
