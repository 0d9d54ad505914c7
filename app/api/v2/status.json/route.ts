import { preflight, v2Handler } from '@/app/api/v2/v2-handler';

export const dynamic = 'force-dynamic';

export const GET = v2Handler('status');
export const OPTIONS = preflight;
