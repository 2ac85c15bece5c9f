/** What a client needs to act as a facilitator: the session cookie and its CSRF token. */
export interface FacilitatorCredentials {
  cookie: string;
  csrf: string;
}

export interface CallOptions {
  body?: object;
  cookie?: string;
  csrf?: string;
  bearer?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** Parsed JSON of any shape, as the tests read it (or parse it with a contract). */
  body: ReturnType<typeof JSON.parse>;
}

/** JSON over real HTTP, with the session cookie, CSRF token or bearer token a browser would send. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
      ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}),
    },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}

/** Signs a facilitator in on one instance; the session is good on every instance. */
export async function signInOver(
  base: string,
  email: string,
  password: string,
): Promise<FacilitatorCredentials> {
  const signIn = await call(base, 'POST', '/api/facilitator/session', {
    body: { email, password },
  });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
  return {
    cookie: signIn.headers.get('set-cookie')!.split(';')[0]!,
    csrf: signIn.body.csrfToken as string,
  };
}
