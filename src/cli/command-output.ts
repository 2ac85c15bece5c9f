/** Where a command writes: the terminal in real use, a buffer in tests. */
export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

export const consoleOutput: CommandOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};
