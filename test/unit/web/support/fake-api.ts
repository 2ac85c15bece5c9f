/**
 * A stand-in for the server in the DOM emulator, where no app runs: each test says what the
 * routes it needs answer, and reads what the page sent. Answers are JSON or problem+json, as
 * the app's.
 */
export interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: SentRequest) => Answer | Promise<Answer>;

export function fakeApi(routes: Record<string, Handler>) {
  const sent: SentRequest[] = [];
  const fetch = async (input: Request): Promise<Response> => {
    const url = new URL(input.url);
    const text = await input.text();
    const request: SentRequest = {
      method: input.method,
      path: url.pathname + url.search,
      headers: input.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    sent.push(request);
    const handler = routes[`${request.method} ${url.pathname}`];
    if (!handler) return problem(404, 'route_not_found');
    const answer = await handler(request);
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
        ...answer.headers,
      },
    });
  };
  return { fetch, sent };
}

function problem(status: number, code: string): Response {
  return new Response(JSON.stringify({ type: `about:blank`, title: code, status, code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}
