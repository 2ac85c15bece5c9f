import { parseArgs } from 'node:util';
import { consoleOutput } from './cli/command-output.js';
import { facilitatorAddCommand, passwordFromStdin } from './cli/facilitator-command.js';
import { paperCommand } from './cli/paper-command.js';
import { reportCommand } from './cli/report-command.js';
import { scoreCommand } from './cli/score-command.js';
import { newCommand } from './cli/new-command.js';
import { validateCommand } from './cli/validate-command.js';
import { loadConfig } from './config.js';
import { backupConfiguredDatabase, migrateDatabase, openAppServices } from './open-app-services.js';

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

async function main(argv: string[]): Promise<number> {
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
    consoleOutput.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig();
  switch (command) {
    case 'validate':
      return validateCommand(rest, config, consoleOutput, { strict: values.strict });
    case 'new':
      if (rest.length !== 1) break;
      return newCommand(rest[0]!, values.dir ?? config.questionnairesDir, consoleOutput);
    case 'migrate': {
      const applied = await migrateDatabase(config);
      applied.forEach((line) => consoleOutput.log(line));
      consoleOutput.log(applied.length > 0 ? 'Database is up to date.' : 'Nothing to migrate.');
      return 0;
    }
    case 'score':
      if (rest.length !== 2) break;
      return scoreCommand(rest[0]!, rest[1]!, values.locale, config, consoleOutput);
    case 'purge-drafts': {
      if (rest.length !== 0) break;
      const days = values.days === undefined ? config.draftRetentionDays : Number(values.days);
      if (!Number.isInteger(days) || days < 1) {
        consoleOutput.error(`--days: "${values.days}" is not a number of days (1 or more).`);
        return 1;
      }
      const services = await openAppServices(config);
      try {
        const erased = await services.useCases.purgeAbandonedDrafts({ olderThanDays: days });
        consoleOutput.log(`${erased} draft(s) untouched for ${days} days erased.`);
        return 0;
      } finally {
        await services.close();
      }
    }
    case 'backup': {
      if (rest.length !== 1) break;
      const pages = await backupConfiguredDatabase(config, rest[0]!);
      consoleOutput.log(`Backed up ${pages} pages to ${rest[0]}.`);
      return 0;
    }
    case 'facilitator':
      if (rest.length !== 2 || rest[0] !== 'add') break;
      return facilitatorAddCommand(rest[1]!, passwordFromStdin, config, consoleOutput, values.name);
    case 'paper':
      if (rest.length !== 1) break;
      return paperCommand(rest[0]!, values, config, consoleOutput);
    case 'report':
      if (rest.length !== 3) break;
      return reportCommand(rest[0]!, rest[1]!, rest[2]!, values, config, consoleOutput);
  }
  consoleOutput.error(USAGE);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
