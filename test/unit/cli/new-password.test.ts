import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  PasswordEntryError,
  passwordProblem,
  readNewPassword,
} from '../../../src/cli/new-password.js';

/** A terminal of two pipes: what the user types, and what the prompt shows. */
function fakeTerminal(isTTY: boolean) {
  const input = Object.assign(new PassThrough(), {
    isTTY,
    isRaw: false,
    rawModes: [] as boolean[],
    setRawMode(mode: boolean) {
      input.isRaw = mode;
      input.rawModes.push(mode);
      return input;
    },
  });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  /** Types `keys` once the prompt has shown `prompt` (as a user does). */
  const typeAfter = async (prompt: string, keys: string) => {
    while (!shown.includes(prompt)) await new Promise((resolve) => setImmediate(resolve));
    input.write(keys);
  };
  return { input, output, shown: () => shown, typeAfter };
}

describe('readNewPassword at a terminal', () => {
  it('when the same password is typed twice, then it is answered, in raw mode (no echo) that is then left', async () => {
    const terminal = fakeTerminal(true);
    const read = readNewPassword(terminal);

    await terminal.typeAfter('Password (not shown): ', 'un mot de passe solide\r');
    await terminal.typeAfter('Same password again: ', 'un mot de passe solide\r');

    await expect(read).resolves.toBe('un mot de passe solide');
    expect(terminal.shown()).toBe('Password (not shown): \nSame password again: \n');
    expect(terminal.input.rawModes).toEqual([true, false, true, false]);
  });

  it('when the two entries differ, then it refuses with a PasswordEntryError', async () => {
    const terminal = fakeTerminal(true);
    const read = readNewPassword(terminal);

    await terminal.typeAfter('Password (not shown): ', 'un mot de passe solide\r');
    await terminal.typeAfter('Same password again: ', 'un mot de passe solid\r');

    await expect(read).rejects.toThrow(
      new PasswordEntryError('The two passwords differ: nothing was created.'),
    );
  });

  it('when the first entry is already refused, then it is not asked again', async () => {
    const terminal = fakeTerminal(true);
    const read = readNewPassword({ ...terminal, problemOf: passwordProblem });

    await terminal.typeAfter('Password (not shown): ', '          \r');

    await expect(read).resolves.toBe('          ');
    expect(terminal.shown()).not.toContain('again');
  });

  it('when keys edit the line (Backspace, Ctrl-U, an arrow), then the edited line is the password', async () => {
    const terminal = fakeTerminal(true);
    const read = readNewPassword(terminal);

    await terminal.typeAfter('Password (not shown): ', 'faux\u0015un mot de passe solidee\u007f');
    terminal.input.write('\u001b[D');
    terminal.input.write('\r');
    await terminal.typeAfter('Same password again: ', 'un mot de passe solide\n');

    await expect(read).resolves.toBe('un mot de passe solide');
  });

  it('when Ctrl-C is typed, then it gives up with a PasswordEntryError and leaves raw mode', async () => {
    const terminal = fakeTerminal(true);
    const read = readNewPassword(terminal);

    await terminal.typeAfter('Password (not shown): ', 'un mot\u0003');

    await expect(read).rejects.toThrow('Cancelled: nothing was created.');
    expect(terminal.input.isRaw).toBe(false);
  });
});

describe('readNewPassword from a pipe', () => {
  it('when standard input is not a terminal, then its first line is the password, asked once and shown nothing', async () => {
    const terminal = fakeTerminal(false);
    terminal.input.end('un mot de passe solide\r\nsecond line\n');

    await expect(readNewPassword(terminal)).resolves.toBe('un mot de passe solide');
    expect(terminal.shown()).toBe('');
  });
});

describe('passwordProblem', () => {
  it.each([
    ['', 'The password cannot be blank.'],
    ['          ', 'The password cannot be blank.'],
    ['\t \t \t \t \t ', 'The password cannot be blank.'],
    ['court', 'The password must have at least 10 characters.'],
    ['aaaaaaaaaaaa', 'The password cannot be one character repeated.'],
    ['😀😀😀😀😀😀😀😀😀😀', 'The password cannot be one character repeated.'],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each(['un mot de passe solide', 'aaaaaaaaab', ' espaces autour '])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password)).toBeUndefined();
    },
  );
});
