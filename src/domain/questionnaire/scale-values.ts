import type { ScaleQuestion } from './question-schema.js';

/** Decimal steps (0.1, 0.5) add up with binary rounding errors: values are kept to this many places. */
const PLACES = 9;
const round = (value: number) => Number(value.toFixed(PLACES));

type Scale = Pick<ScaleQuestion, 'min' | 'max' | 'step'>;

/** How many steps from min to max; not a whole number when max is not on the scale. */
function stepsOf({ min, max, step }: Scale): number {
  return round((max - min) / step);
}

/** Whether max is reached from min by whole steps (0 to 5 by 0.5: yes; 0 to 5 by 2: no). */
export function scaleIsWhole(scale: Scale): boolean {
  const steps = stepsOf(scale);
  return steps >= 1 && Number.isInteger(steps);
}

/**
 * The values of a scale, from min to max by step, each rounded so that 0.1 steps give 0.3 and
 * not 0.30000000000000004.
 *
 * @example scaleValues({ min: 0, max: 2, step: 0.5 }) // [0, 0.5, 1, 1.5, 2]
 */
export function scaleValues(scale: Scale): number[] {
  const count = Math.floor(stepsOf(scale)) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, i) => round(scale.min + i * scale.step));
}

/** Whether `value` is one of the scale's values (up to rounding). */
export function isScaleValue(scale: Scale, value: number): boolean {
  if (value < scale.min || value > scale.max) return false;
  return Number.isInteger(round((value - scale.min) / scale.step));
}
