/**
 * The DOM emulator's files share the cores with the e2e tier's Chromium and the app servers: a
 * page that renders in 30 ms alone took over Testing Library's 1 s default to show a saved
 * state. A `findBy` that cannot succeed still fails, only later.
 */
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5_000 });
}

export {};
