/** The only place that reads the time; the domain and use cases receive it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
