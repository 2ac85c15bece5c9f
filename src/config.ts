import { resolve } from 'node:path';
import { z } from 'zod';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default('data/assoradar.sqlite')
    .refine((url) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^postgres(ql)?:\/\//i.test(url), {
      message: 'use an SQLite file path, an "sqlite:" URL or a "postgres://" URL',
    }),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: LogLevel.default('info'),
  QUESTIONNAIRES_DIR: z.string().min(1).default('questionnaires'),
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  WEB_DIR: z.string().min(1).default('web/dist'),
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  PEER_GROUP_QUESTION: z.string().min(1).default('budget'),
  PEER_GROUP_MINIMUM: z.coerce.number().int().min(2).default(5),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(0).default(180),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  /** `poolSize`: connections each instance keeps; the sum over instances stays under max_connections. */
  | { dialect: 'postgres'; url: string; poolSize: number };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  publicUrl: string;
  logLevel: z.infer<typeof LogLevel>;
  questionnairesDir: string;
  bodyLimit: number;
  /** The built front end (npm run build); not served when missing. */
  webDir: string;
  sessionHours: number;
  peerGroupQuestion: string;
  peerGroupMinimum: number;
  signInAttemptsPerMinute: number;
  /** Drafts untouched this long are erased once a day; 0 keeps them. */
  draftRetentionDays: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * The one reader of the environment: parses every variable, reports every bad one at once and
 * returns a frozen, typed configuration.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL, e.DATABASE_POOL_SIZE),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    questionnairesDir: resolve(e.QUESTIONNAIRES_DIR),
    bodyLimit: e.BODY_LIMIT,
    webDir: resolve(e.WEB_DIR),
    sessionHours: e.SESSION_HOURS,
    peerGroupQuestion: e.PEER_GROUP_QUESTION,
    peerGroupMinimum: e.PEER_GROUP_MINIMUM,
    signInAttemptsPerMinute: e.SIGN_IN_ATTEMPTS_PER_MINUTE,
    draftRetentionDays: e.DRAFT_RETENTION_DAYS,
  });
}

function parseDatabaseUrl(url: string, poolSize: number): DatabaseConfig {
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', url, poolSize };
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  return { dialect: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
}
