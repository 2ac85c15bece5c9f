import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_LENGTH, joinCodeFromBytes } from '../domain/workshop/join-code.js';

/** Ids, bearer tokens and join codes. Only a token's hash is ever stored. */
export interface ResponseSecrets {
  newResponseId(): string;
  /** A short code participants type to join a workshop. */
  newJoinCode(): string;
  newToken(): string;
  hashToken(token: string): string;
  tokenMatches(token: string, hash: string): boolean;
}

/** 32 random bytes: a token nobody can guess, short enough for a resume link. */
const TOKEN_BYTES = 32;

export const cryptoResponseSecrets: ResponseSecrets = {
  newResponseId: () => randomUUID(),
  newJoinCode: () => joinCodeFromBytes(randomBytes(JOIN_CODE_LENGTH)),
  newToken: () => randomBytes(TOKEN_BYTES).toString('base64url'),
  hashToken,
  tokenMatches(token, hash) {
    const actual = Buffer.from(hashToken(token), 'hex');
    const expected = Buffer.from(hash, 'hex');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  },
};

function hashToken(token: string): string {
  // A salt adds nothing here: tokens are random 256-bit values, not passwords.
  return createHash('sha256').update(token).digest('hex');
}
