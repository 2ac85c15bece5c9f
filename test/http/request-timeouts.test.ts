import { connect } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

describe('timeouts (REQUEST_TIMEOUT_SECONDS)', () => {
  test('when nothing is set, then a request has 30 s to arrive, a silent one is dropped after 60 s, an idle keep-alive connection after 72 s', async () => {
    testApp = await startTestApp();

    const { server } = testApp.app;

    expect(server.requestTimeout).toBe(30_000);
    expect(server.headersTimeout).toBe(30_000);
    // Checked every second: a request is cut within a second of its 30 s, not up to 60 s later.
    // Node's own property, missing from its type definitions.
    expect((server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval).toBe(
      1000,
    );
    expect(server.timeout).toBe(60_000);
    expect(server.keepAliveTimeout).toBe(72_000);
  });

  test('when REQUEST_TIMEOUT_SECONDS is set, then the request and silence timeouts follow it', async () => {
    testApp = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '5' });

    expect(testApp.app.server.requestTimeout).toBe(5_000);
    expect(testApp.app.server.headersTimeout).toBe(5_000);
    expect(testApp.app.server.timeout).toBe(10_000);
  });

  for (const [what, head, trickle] of [
    ['its headers', 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: y\r\n'],
    [
      'its body',
      'POST /api/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"a":"',
      'aaaa',
    ],
  ] as const) {
    // A real socket: the server's clock on an incomplete request, which inject does not have.
    test(`when a client sends ${what} a little at a time and never ends, then it is cut at REQUEST_TIMEOUT_SECONDS`, async () => {
      testApp = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '1' });
      const address = await testApp.app.listen({ host: '127.0.0.1', port: 0 });
      const socket = connect(Number(new URL(address).port), '127.0.0.1');
      const sentAt = Date.now();
      socket.write(head);
      // Never silent long enough for the silence timeout (2 s): only the request timeout cuts.
      const dripping = setInterval(() => socket.writable && socket.write(trickle), 100);
      let answer = '';

      await new Promise<void>((resolve) => {
        socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
        socket.on('close', () => resolve());
        socket.on('error', () => undefined);
      });
      clearInterval(dripping);

      const cutAfter = Date.now() - sentAt;
      expect(cutAfter).toBeGreaterThanOrEqual(1000);
      expect(cutAfter).toBeLessThan(1800);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    });
  }

  // A real socket: what is tested is the socket's lifetime, which inject does not have.
  test('when a client sends half its headers and then nothing, then the connection is closed', async () => {
    testApp = await startTestApp({ REQUEST_TIMEOUT_SECONDS: '1' });
    const address = await testApp.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = new URL(address);
    const socket = connect(Number(port), '127.0.0.1');
    const sentAt = Date.now();
    socket.write('POST /api/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: applic');

    await new Promise<void>((resolve) => {
      socket.on('close', () => resolve());
      socket.on('error', () => undefined);
      socket.resume();
    });

    // Closed by the two-second silence timeout, not held until the test's own timeout.
    expect(Date.now() - sentAt).toBeLessThan(4_000);
  });
});
