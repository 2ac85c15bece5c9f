import type { FastifyInstance } from 'fastify';
import { loadConfig, publicUrlWarning } from './config.js';
import { buildApp } from './http/build-app.js';

/** While closing, how often the connections that have gone idle are closed. */
const IDLE_SWEEP_MS = 50;

/** Starts the HTTP server and shuts it down gracefully on SIGTERM or SIGINT. */
async function main() {
  const config = loadConfig();
  const app = await buildApp({ config });
  const shutDown = gracefulShutdown(app, config.shutdownTimeoutMs);
  process.on('SIGTERM', shutDown);
  process.on('SIGINT', shutDown);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`AssoRadar is serving ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs)`);
  const warning = publicUrlWarning(config);
  if (warning) app.log.warn(warning);
}

/**
 * The signal handler. The first signal closes the app: the server stops accepting connections,
 * Fastify answers 503 (with Connection: close) to any new request on a kept-alive connection,
 * the requests in flight finish, then the onClose hooks close the database (better-sqlite3
 * checkpoints the WAL; the pg pool ends its connections) and the process exits 0. A second
 * signal, a failed close or one that outlasts `timeoutMs` exits 1 at once.
 *
 * SHUTDOWN_TIMEOUT_SECONDS (10 by default): longer than any ordinary request (a PDF takes well
 * under a second) and shorter than what a supervisor waits before SIGKILL (systemd: 90 s;
 * Kubernetes: 30 s), so that a hung close ends with a line in the log rather than a silent kill.
 */
function gracefulShutdown(
  app: FastifyInstance,
  timeoutMs: number,
): (signal: NodeJS.Signals) => void {
  let closing = false;
  return (signal) => {
    if (closing) {
      app.log.error({ signal }, 'second signal while shutting down: exiting now');
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing the requests in flight');
    const deadline = setTimeout(() => {
      app.log.error(
        { timeoutMs },
        'shutdown timed out: exiting with requests or connections still open',
      );
      process.exit(1);
    }, timeoutMs);
    // Node's server.close() ends the connections idle at that moment only: one whose request
    // was in flight stays open after its response for the whole keep-alive timeout (72 s), and
    // close waits for it. Ending each as soon as it falls idle lets close finish with the last
    // response; the client's pool just opens a new connection (to another instance).
    const sweep = setInterval(() => app.server.closeIdleConnections(), IDLE_SWEEP_MS);
    app.close().then(
      () => {
        clearTimeout(deadline);
        clearInterval(sweep);
        app.log.info('shut down: requests finished, database closed');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
}

main().catch((error: unknown) => {
  // Start-up failures (bad configuration, invalid questionnaire, changed version) are the
  // operator's to fix: print the message plainly, not a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
