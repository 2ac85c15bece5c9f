/**
 * A join code as typed: the server ignores case, spaces and dashes, and so does the address the
 * page builds ("k7m 2qx" and "K7M-2QX" both open #/atelier/K7M2QX).
 */
export function normalizeJoinCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** The code as shown to be read aloud or copied from a screen: two groups of three. */
export function displayJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
