import { performance } from 'node:perf_hooks';
import type autocannon from 'autocannon';
import type { Answers } from '../../src/domain/index.js';

/** The requests of one respondent, in order; the results page fetches GET /api/responses/:id. */
export const JOURNEY_STEPS = [
  'create (POST /api/responses)',
  'save 1/3 (PATCH .../answers)',
  'save 2/3 (PATCH .../answers)',
  'save 3/3 (PATCH .../answers)',
  'submit (POST .../submit)',
  'results (GET /api/responses/:id)',
] as const;

/** What one connection carries from a request of its journey to the next. */
interface JourneyContext {
  id?: string;
  token?: string;
  answers?: readonly string[];
  sentAt?: number;
}

export interface Latencies {
  count: number;
  p50: number;
  p99: number;
}

export interface StepFigures extends Latencies {
  step: string;
  /** Status code → count, for every status that is not the step's success. */
  failures: Record<number, number>;
}

export interface JourneyLoad {
  /** autocannon's `requests`: each connection runs journeys one after another. */
  requests: autocannon.Request[];
  /** Journeys whose results page came back 200 with the response submitted. */
  completed(): number;
  /** Every response's latency, from the request's send to its response, in milliseconds. */
  overall(): Latencies;
  /** Latency and failures of each step. */
  steps(): StepFigures[];
}

/**
 * The mixed respondent journey for autocannon: create a draft, save its answers in three
 * patches (a third of the questions each), submit, and fetch what the results page shows. The
 * id and token come from each connection's own create; when it fails, the connection starts a
 * new journey (autocannon counts a reset). Each journey takes the next of `answerSets`.
 */
export function respondentJourney(answerSets: readonly Answers[]): JourneyLoad {
  const patches = answerSets.map(inThirds);
  const latencies: number[][] = JOURNEY_STEPS.map(() => []);
  const failures: Array<Record<number, number>> = JOURNEY_STEPS.map(() => ({}));
  let started = 0;
  let completed = 0;

  const sent = (context: JourneyContext) => {
    context.sentAt = performance.now();
  };
  const received = (step: number, status: number, ok: number, context: JourneyContext) => {
    latencies[step]!.push(performance.now() - context.sentAt!);
    if (status !== ok) failures[step]![status] = (failures[step]![status] ?? 0) + 1;
  };
  const authorized = (context: JourneyContext) => ({
    'content-type': 'application/json',
    authorization: `Bearer ${context.token}`,
  });

  const create: autocannon.Request = {
    method: 'POST',
    path: '/api/responses',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ questionnaireId: 'asso-numerique' }),
    setupRequest: (request, context: JourneyContext) => {
      context.answers = patches[started++ % patches.length];
      sent(context);
      return request;
    },
    onResponse: (status, body, context: JourneyContext) => {
      received(0, status, 201, context);
      if (status !== 201) return;
      const { id, token } = JSON.parse(body) as { id: string; token: string };
      context.id = id;
      context.token = token;
    },
  };
  const saves = [0, 1, 2].map((third): autocannon.Request => ({
    method: 'PATCH',
    setupRequest: (request, context: JourneyContext) => {
      if (!context.id) return undefined as unknown as autocannon.Request;
      sent(context);
      return {
        ...request,
        path: `/api/responses/${context.id}/answers`,
        headers: authorized(context),
        body: context.answers![third],
      };
    },
    onResponse: (status, _body, context: JourneyContext) =>
      received(1 + third, status, 200, context),
  }));
  const submit: autocannon.Request = {
    method: 'POST',
    setupRequest: (request, context: JourneyContext) => {
      sent(context);
      // No body: the submit route takes none, so no content-type either.
      return {
        ...request,
        path: `/api/responses/${context.id}/submit`,
        headers: { authorization: `Bearer ${context.token}` },
      };
    },
    onResponse: (status, _body, context: JourneyContext) => received(4, status, 200, context),
  };
  const results: autocannon.Request = {
    method: 'GET',
    setupRequest: (request, context: JourneyContext) => {
      sent(context);
      return {
        ...request,
        path: `/api/responses/${context.id}`,
        headers: { authorization: `Bearer ${context.token}` },
      };
    },
    onResponse: (status, body, context: JourneyContext) => {
      received(5, status, 200, context);
      if (status === 200 && body.includes('"status":"submitted"')) completed += 1;
    },
  };

  return {
    requests: [create, ...saves, submit, results],
    completed: () => completed,
    overall: () => summarize(latencies.flat()),
    steps: () =>
      JOURNEY_STEPS.map((step, i) => ({
        step,
        ...summarize(latencies[i]!),
        failures: failures[i]!,
      })),
  };
}

/** Three PATCH bodies, each with a third of the answers (context questions come first). */
function inThirds(answers: Answers): string[] {
  const entries = Object.entries(answers);
  const size = Math.ceil(entries.length / 3);
  return [0, 1, 2].map((third) =>
    JSON.stringify({
      answers: Object.fromEntries(entries.slice(third * size, (third + 1) * size)),
    }),
  );
}

function summarize(values: number[]): Latencies {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) =>
    sorted.length === 0
      ? NaN
      : sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99) };
}
