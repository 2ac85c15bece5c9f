import { describe, expect, test } from 'vitest';
import { useRespondentApp } from '../support/use-respondent-app.js';

describe('security headers', () => {
  const env = useRespondentApp();

  test('when any route answers, then it sends a strict Content-Security-Policy and the usual guards', async () => {
    const response = await env.testApp.app.inject({ method: 'GET', url: '/api/health' });

    const policy = response.headers['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('when an error answers, then it carries the headers too', async () => {
    const response = await env.testApp.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  test('when the API documentation is opened, then it is held to the same strict policy', async () => {
    const page = await env.testApp.app.inject({ method: 'GET', url: '/api/docs/' });
    const health = await env.testApp.app.inject({ method: 'GET', url: '/api/health' });

    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(health.headers['content-security-policy']);
    expect(String(page.headers['content-security-policy'])).not.toMatch(/https:|swagger\.io/);
  });
});
