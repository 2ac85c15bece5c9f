import { z } from 'zod';

/** An option id (single choice), option ids (multiple choice) or a number (scale). */
export const AnswerValue = z.union([
  z.string().max(64),
  z.array(z.string().max(64)).max(100),
  z.number(),
]);

/** The answers of one response, keyed by question id. */
export const Answers = z.record(z.string().max(64), AnswerValue);

/** A change to answers: a value sets an answer, `null` clears it. */
export const AnswersPatch = z.record(z.string().max(64), AnswerValue.nullable());

export type AnswerValue = z.infer<typeof AnswerValue>;
export type Answers = z.infer<typeof Answers>;
export type AnswersPatch = z.infer<typeof AnswersPatch>;
