import { counted } from '../domain/index.js';
import { parseArgs } from 'node:util';
import { consoleOutput, type CommandOutput } from './command-output.js';
import { facilitatorAddCommand, passwordFromStdin } from './facilitator-command.js';
import { paperCommand } from './paper-command.js';
import { reportCommand } from './report-command.js';
import { scoreCommand } from './score-command.js';
import { newCommand } from './new-command.js';
import { validateCommand } from './validate-command.js';
import { loadConfig } from '../config.js';
import {
  backupConfiguredDatabase,
  migrateDatabase,
  openAppServices,
} from '../open-app-services.js';

const USAGE = `Usage: assoradar <command>

  validate [files...] [--strict]   check questionnaire files (default: the whole folder): every
                                   error and warning at once; --strict: warnings fail too
  new <id> [--dir questionnaires]  write <dir>/<id>/1.0.0.json, a small valid questionnaire
  migrate                          bring the database schema up to date
  score <id@version> <answers.json> [--locale fr]
                                   print the profile and action plan of an answers file
  report <id@version> <answers.json> <out.pdf> [--locale fr] [--name "..."] [--date 2026-11-26]
                                   render the PDF report of an answers file
  paper <id> [--version 1.0.0] [--lang fr] [-o file.pdf]
                                   write the blank questionnaire to print, with its scoring grid
  facilitator add <email> [--name "CRIB de la Gironde"]
                                   create a facilitator account (password typed twice, not
                                   shown; or the first line of piped standard input); --name:
                                   the centre's name associations see
  backup <file>                    copy the SQLite database to a new file, while the app runs
  purge-drafts [--days 180]        erase drafts untouched for that many days

Configuration comes from the environment (DATABASE_URL, QUESTIONNAIRES_DIR, ...): see README.`;

export interface CliOptions {
  /** Where the commands write: the terminal unless told (tests pass a buffer). */
  output?: CommandOutput;
  /** The variables the configuration is read from: the process's environment unless told. */
  env?: NodeJS.ProcessEnv;
  /** Where `facilitator add` reads the new password: standard input unless told. */
  readPassword?: () => Promise<string>;
}

/**
 * Runs one CLI command in this process and resolves with its exit code: src/cli.ts calls it
 * with the process's arguments, tests with theirs and a buffer, without a process of their own.
 * A command that throws (a database that cannot be opened, a bad configuration) writes the
 * message alone, not a stack trace, and exits 1.
 *
 * @example await runCli(['validate', '--strict'], { output: bufferOutput })
 */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<number> {
  const output = options.output ?? consoleOutput;
  try {
    return await dispatch(argv, output, options);
  } catch (error) {
    output.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

async function dispatch(argv: string[], out: CommandOutput, options: CliOptions): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      locale: { type: 'string' },
      name: { type: 'string' },
      date: { type: 'string' },
      days: { type: 'string' },
      strict: { type: 'boolean' },
      dir: { type: 'string' },
      version: { type: 'string' },
      lang: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig(options.env);
  switch (command) {
    case 'validate':
      return validateCommand(rest, config, out, { strict: values.strict });
    case 'new':
      if (rest.length !== 1) break;
      return newCommand(rest[0]!, values.dir ?? config.questionnairesDir, out);
    case 'migrate': {
      const applied = await migrateDatabase(config);
      applied.forEach((line) => out.log(line));
      out.log(applied.length > 0 ? 'Database is up to date.' : 'Nothing to migrate.');
      return 0;
    }
    case 'score':
      if (rest.length !== 2) break;
      return scoreCommand(rest[0]!, rest[1]!, values.locale, config, out);
    case 'purge-drafts': {
      if (rest.length !== 0) break;
      const days = values.days === undefined ? config.draftRetentionDays : Number(values.days);
      if (!Number.isInteger(days) || days < 1) {
        out.error(`--days: "${values.days}" is not a number of days (1 or more).`);
        return 1;
      }
      const services = await openAppServices(config);
      try {
        const erased = await services.useCases.purgeAbandonedDrafts({ olderThanDays: days });
        out.log(`${counted(erased, 'draft')} untouched for ${counted(days, 'day')} erased.`);
        return 0;
      } finally {
        await services.close();
      }
    }
    case 'backup': {
      if (rest.length !== 1) break;
      const pages = await backupConfiguredDatabase(config, rest[0]!);
      out.log(`Backed up ${pages} pages to ${rest[0]}.`);
      return 0;
    }
    case 'facilitator':
      if (rest.length !== 2 || rest[0] !== 'add') break;
      return facilitatorAddCommand(
        rest[1]!,
        options.readPassword ?? passwordFromStdin,
        config,
        out,
        values.name,
      );
    case 'paper':
      if (rest.length !== 1) break;
      return paperCommand(rest[0]!, values, config, out);
    case 'report':
      if (rest.length !== 3) break;
      return reportCommand(rest[0]!, rest[1]!, rest[2]!, values, config, out);
  }
  out.error(USAGE);
  return 1;
}
