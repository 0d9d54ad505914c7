import { faviconIco } from '@/lib/formats/favicon-ico';
import { handle } from '@/lib/http/error-response';
import { strongEtag } from '@/lib/http/etag';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/responses';
import { derivePageState } from '@/lib/status/state';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** Browsers, feed readers and embedding pages ask for /favicon.ico by name: the status colour as an icon. */
export const GET = handle(async () => {
  const { doc } = await getStore().load();
  const { indicator } = derivePageState(doc, new Date());
  const body = faviconIco(indicator);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/x-icon',
      'Cache-Control': PUBLIC_CACHE_CONTROL,
      ETag: strongEtag(body),
    },
  });
});
