import { fill } from './report-texts.js';

/** Numbers and dates the way the reader writes them: "62,5" and "26 novembre 2026" in French. */
export function reportFormat(locale: string) {
  const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // A scale's values as the questionnaire writes them: "2,5", "0,25".
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  // A fixed time zone: the same response prints the same date on any server.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  // Rounded as `score` prints: "1.04 points" prints "1 point", as the number reads.
  const plurals = new Intl.PluralRules(locale, { maximumFractionDigits: 1 });
  /** The form of a counted phrase the locale's plural rules ask for (French: 0 and 1 are "one"). */
  const plural = (count: number, forms: { one: string; other: string }) =>
    plurals.select(count) === 'one' ? forms.one : forms.other;
  return {
    plural,
    /** That form with its `{count}` filled: "1 association inscrite", "3 diagnostics envoyés". */
    counted: (count: number, forms: { one: string; other: string }) =>
      fill(plural(count, forms), { count }),
    score: (value: number) => score.format(value),
    number: (value: number) => number.format(value),
    percent: (share: number) => percent.format(share),
    date: (iso: string) => date.format(new Date(iso)),
    /** A YYYY-MM-DD day, read at noon UTC so that no time zone moves it to another day. */
    day: (day: string) => date.format(new Date(`${day}T12:00:00Z`)),
  };
}

export type ReportFormat = ReturnType<typeof reportFormat>;
