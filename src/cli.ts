import { runCli } from './cli/run-cli.js';

// The entry of `assoradar` (bin/assoradar.js) and `npm run validate`; the commands live in
// src/cli/run-cli.ts, which the tests call in process.
void runCli(process.argv.slice(2)).then((code) => process.exit(code));
