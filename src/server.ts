import { loadConfig } from './config.js';
import { buildApp } from './http/build-app.js';

/** Starts the HTTP server and shuts it down gracefully on SIGTERM or SIGINT. */
async function main() {
  const config = loadConfig();
  const app = await buildApp({ config });
  const stop = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`AssoRadar is serving ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs)`);
}

main().catch((error: unknown) => {
  // Start-up failures (bad configuration, invalid questionnaire, changed version) are the
  // operator's to fix: print the message plainly, not a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
