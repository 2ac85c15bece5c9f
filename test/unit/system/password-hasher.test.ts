import { describe, expect, test } from 'vitest';
import { scryptPasswordHasher } from '../../../src/system/password-hasher.js';
import { testPasswordHasher } from '../../support/test-password-hasher.js';

describe('scryptPasswordHasher, at the production cost', () => {
  test('when a password is hashed, then the stored form names scrypt and its cost, N = 2^15, r = 8, p = 1, with a 16-byte salt and a 32-byte key', async () => {
    const stored = await scryptPasswordHasher.hash('un mot de passe solide');

    const [scheme, N, r, p, salt, key] = stored.split('$');
    expect([scheme, N, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
  });

  test('when the same password is hashed twice, then the salts differ and each hash verifies it; another password does not', async () => {
    const first = await scryptPasswordHasher.hash('un mot de passe solide');
    const second = await scryptPasswordHasher.hash('un mot de passe solide');

    expect(first).not.toBe(second);
    expect(await scryptPasswordHasher.verify('un mot de passe solide', first)).toBe(true);
    expect(await scryptPasswordHasher.verify('un mot de passe solide', second)).toBe(true);
    expect(await scryptPasswordHasher.verify('un mot de passe solidE', first)).toBe(false);
  });

  test('when a password is typed composed or decomposed, then both verify (NFC)', async () => {
    const composed = 'mot de passe d\u00e9j\u00e0 vu';
    const decomposed = 'mot de passe de\u0301ja\u0300 vu';
    const stored = await scryptPasswordHasher.hash(composed);

    expect(await scryptPasswordHasher.verify(decomposed, stored)).toBe(true);
  });

  test('when the stored form is not a scrypt hash, then nothing verifies against it', async () => {
    for (const stored of ['', 'bcrypt$10$abc', 'scrypt$32768$8$1$', 'plain text']) {
      expect(await scryptPasswordHasher.verify('un mot de passe solide', stored), stored).toBe(
        false,
      );
    }
  });

  test("when a hash was made at another cost (the tests' hasher), then it is verified at the cost it names", async () => {
    const cheap = await testPasswordHasher.hash('un mot de passe solide');

    expect(cheap.split('$').slice(0, 4)).toEqual(['scrypt', '16', '1', '1']);
    expect(await scryptPasswordHasher.verify('un mot de passe solide', cheap)).toBe(true);
    expect(await scryptPasswordHasher.verify('un autre mot de passe', cheap)).toBe(false);
  });
});
