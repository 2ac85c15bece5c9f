/*
 * What the blank paper questionnaire shows, every text already in the reader's language and
 * every question numbered, so that the renderer reads no questionnaire file (like the reports).
 */

export interface PaperOption {
  label: string;
  /** Points on the scoring grid; null for a context question or a special option. */
  points: number | null;
  /** How a special option scores: not at all, or (for "I don't know", by rule) as the lowest. */
  special: 'notApplicable' | 'dontKnowLowest' | 'dontKnowExcluded' | null;
}

export interface PaperCondition {
  /** The number of the earlier question it tests. */
  questionNumber: number;
  /** The labels of the answers that show the question (anyOf), or a range of a scale. */
  answers: string[];
  min: number | null;
  max: number | null;
}

export interface PaperQuestion {
  number: number;
  title: string;
  help: string | null;
  type: 'single' | 'multiple' | 'scale';
  /** Null for a context question (not scored). */
  weight: number | null;
  condition: PaperCondition | null;
  options: PaperOption[];
  scale: {
    min: number;
    max: number;
    step: number;
    minLabel: string | null;
    maxLabel: string | null;
    /** Each value of the scale, with its own label when the questionnaire gives every step one. */
    values: Array<{ value: number; label: string | null }>;
  } | null;
}

export interface PaperArea {
  title: string;
  description: string;
  weight: number;
  questions: PaperQuestion[];
}

export interface PaperQuestionnaire {
  locale: string;
  id: string;
  version: string;
  title: string;
  description: string;
  contextQuestions: PaperQuestion[];
  areas: PaperArea[];
  levels: Array<{ title: string; description: string; min: number; max: number }>;
  coverageThreshold: number;
  dontKnow: 'lowest' | 'exclude';
}
