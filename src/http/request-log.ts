/** Query parameters whose values are never secret; any other value is logged as "***". */
const PLAIN_QUERY_PARAMETERS = new Set(['lang']);

/**
 * What the log says of a request: its method and its address, with nothing that opens
 * anything. No IP address and no header: tokens travel in Authorization, the facilitator's
 * session in a cookie, and neither is logged. A join code opens its workshop to whoever holds
 * it, so it is masked, and so are a team's invite code and a centre's share code (a log that
 * leaks codes would undo their rate limit); so is any query value but the locale (no route
 * takes a secret there, but a client might send one).
 */
export function loggedRequest(request: { method: string; url: string }): {
  method: string;
  url: string;
} {
  return { method: request.method, url: redactUrl(request.url) };
}

/** `/api/join/AB12CD?x=1&lang=fr` is logged as `/api/join/***?x=***&lang=fr`. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const maskedPath = path
    .replace(/^(\/api\/join\/)[^/]+/, '$1***')
    // An invite code lets whoever holds it into an association's team.
    .replace(/^(\/api\/team-invites\/)[^/]+/, '$1***')
    // A share code names a centre and lets associations hand it their results.
    .replace(/^(\/api\/share-codes\/)[^/]+/, '$1***');
  if (queryStart === -1) return maskedPath;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0]!;
      if (PLAIN_QUERY_PARAMETERS.has(name)) return pair;
      return pair.includes('=') ? `${name}=***` : '***';
    })
    .join('&');
  return `${maskedPath}?${query}`;
}

/**
 * Paths pino blanks out whatever logs them: headers are not logged today (see loggedRequest),
 * but a future serializer or a debugging line must not leak a token, a session or a password.
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-csrf-token"]',
  'password',
  'body.password',
];
