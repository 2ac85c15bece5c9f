const MIN_PASSWORD = 10;

/**
 * What is wrong with a new facilitator's password, if anything: blank, too short, or one
 * character repeated (a password anyone tries first).
 *
 * @example passwordProblem('aaaaaaaaaaaa') // 'The password cannot be one character repeated.'
 */
export function passwordProblem(password: string): string | undefined {
  if (password.trim() === '') return 'The password cannot be blank.';
  if ([...password].length < MIN_PASSWORD) {
    return `The password must have at least ${MIN_PASSWORD} characters.`;
  }
  if (new Set(password).size === 1) return 'The password cannot be one character repeated.';
  return undefined;
}

/** What the prompt reads from: standard input in real use, a fake terminal in tests. */
export interface PromptInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  isRaw?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** A password entry that cannot go on: the two entries differ, or the user gave up. */
export class PasswordEntryError extends Error {}

const ENTER = new Set(['\r', '\n']);
const INTERRUPT = '\u0003'; // Ctrl-C
const END_OF_INPUT = '\u0004'; // Ctrl-D
const ERASE = new Set(['\u007f', '\b']); // Backspace, Ctrl-H
const ERASE_LINE = '\u0015'; // Ctrl-U
const ESCAPE = '\u001b';

/**
 * Reads a new password: at a terminal, typed twice without being shown, the second entry asked
 * only when `problemOf` finds nothing wrong with the first (the caller then refuses it with that
 * problem); from a pipe or a file, its first line, for scripts. Throws a PasswordEntryError when
 * the two entries differ or the user gives up (Ctrl-C, Ctrl-D).
 *
 * @example await readNewPassword({ input: process.stdin, output: process.stderr })
 */
export async function readNewPassword(options: {
  input: PromptInput;
  output: NodeJS.WritableStream;
  problemOf?: (password: string) => string | undefined;
}): Promise<string> {
  const { input, output, problemOf } = options;
  if (!input.isTTY || !input.setRawMode) return firstLine(input);
  const first = await readHiddenLine('Password (not shown): ', input, output);
  if (problemOf?.(first) !== undefined) return first;
  const second = await readHiddenLine('Same password again: ', input, output);
  if (first !== second) {
    throw new PasswordEntryError('The two passwords differ: nothing was created.');
  }
  return first;
}

/**
 * One line typed at a terminal, in raw mode so that the terminal shows nothing of it (not even
 * stars, which would tell its length). Backspace and Ctrl-U edit; arrow keys are ignored.
 */
export function readHiddenLine(
  prompt: string,
  input: PromptInput,
  output: NodeJS.WritableStream,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const wasRaw = input.isRaw ?? false;
    let line: string[] = [];
    const finish = () => {
      input.removeListener('data', onData);
      input.setRawMode?.(wasRaw);
      input.pause();
      output.write('\n');
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of String(chunk)) {
        if (ENTER.has(char)) {
          finish();
          resolve(line.join(''));
          return;
        }
        if (char === INTERRUPT || (char === END_OF_INPUT && line.length === 0)) {
          finish();
          reject(new PasswordEntryError('Cancelled: nothing was created.'));
          return;
        }
        // An arrow or function key arrives as one escape sequence: the rest of it is dropped.
        if (char === ESCAPE) break;
        if (ERASE.has(char)) line = line.slice(0, -1);
        else if (char === ERASE_LINE) line = [];
        else if (char >= ' ') line.push(char);
      }
    };
    // Raw before the prompt: what is typed as soon as it shows is never echoed.
    input.setRawMode?.(true);
    output.write(prompt);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

/** The first line of a stream that is not a terminal (a pipe, a file), without its line break. */
async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return (text.split('\n')[0] ?? '').replace(/\r$/, '');
}
