import { scryptPasswordHasherAt } from '../../src/system/password-hasher.js';

/**
 * The real scrypt hasher at a trivial cost (N = 2^4, r = 1: microseconds where the production
 * cost takes about 100 ms a hash and as much a sign-in). Its hashes name their cost like the
 * real ones, so verify checks them the same way. For every test app; the hasher's own test
 * (test/unit/system/password-hasher.test.ts) keeps the production cost.
 */
export const testPasswordHasher = scryptPasswordHasherAt({ N: 2 ** 4, r: 1, p: 1 });
