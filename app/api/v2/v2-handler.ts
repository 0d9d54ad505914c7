import { parseLocale } from '@/lib/core/locales';
import { localizeDocument } from '@/lib/status/localize';
import { publicJson } from '@/lib/http/responses';
import { handle } from '@/lib/http/error-response';
import { statuspageDocument, type StatuspageEndpoint } from '@/lib/formats/statuspage-view';
import { getStore } from '@/lib/store';

/** CORS headers for the public API: any origin may read it and see its ETag. */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
};

/** A Statuspage v2 endpoint: one store read, one mapping, one cacheable JSON answer. */
export function v2Handler(endpoint: StatuspageEndpoint) {
  return handle(async (request: Request) => {
    const { doc } = await getStore().load();
    // Statuspage clients expect the page's default language; ?lang= asks for another (unknown ones fall back).
    const lang = parseLocale(new URL(request.url).searchParams.get('lang')) ?? doc.page.defaultLocale;
    const localized = localizeDocument(doc, lang).doc;
    return publicJson(request, statuspageDocument(endpoint, localized, new Date()), {
      'Access-Control-Expose-Headers': 'ETag',
    });
  });
}

/** Preflight for browsers that send If-None-Match themselves from another origin. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, Accept',
      'Access-Control-Max-Age': '86400',
    },
  });
}
