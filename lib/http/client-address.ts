/**
 * The request header that carries the client's address to the app. Only the front process sets it (and
 * overwrites whatever a client sent), after deciding which proxies to believe; the app reads nothing else.
 */
export const CLIENT_ADDRESS_HEADER = 'x-status-client-address';
