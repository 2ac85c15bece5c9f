/**
 * The characters of a join code: digits and capitals without those read alike on a projector or
 * typed wrong on a phone (0/O, 1/I/L). 31 characters, 6 of them: about 887 million codes.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/**
 * A join code from random bytes (one byte a character; the modulo bias of 256 % 31 is
 * negligible for a code that is also checked against the database).
 *
 * @example joinCodeFromBytes(new Uint8Array([0, 1, 2, 3, 4, 5])) // '234567'
 */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, JOIN_CODE_LENGTH), (byte) =>
    JOIN_CODE_ALPHABET.charAt(byte % JOIN_CODE_ALPHABET.length),
  ).join('');
}

/**
 * A code as typed, made comparable: capitals, no spaces or dashes; the look-alikes the alphabet
 * leaves out are read as what they must have meant (O as 0 does not exist, so O stays O and
 * simply matches nothing).
 *
 * @example normalizeJoinCode(' k7m-2qx ') // 'K7M2QX'
 */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}
