import { carryOverRules, type CarryOverRule } from './carry-over-schema.js';
import { compareVersions } from './compare-versions.js';
import { toPointer, type DocumentIssue } from './document-issue.js';
import type { ContextQuestion, ScoredQuestion } from './question-schema.js';
import { isScaleValue } from './scale-values.js';
import type { Questionnaire } from './questionnaire-schema.js';

type AnyQuestion = ContextQuestion | ScoredQuestion;
type Report = (path: ReadonlyArray<PropertyKey>, message: string) => void;

function allQuestions(q: Questionnaire): Map<string, AnyQuestion> {
  return new Map<string, AnyQuestion>(
    [...q.contextQuestions, ...q.questions].map((question) => [question.id, question]),
  );
}

/**
 * The carry-over rules checked against this version alone: each rule must land on a question
 * and options of this version, in a form that question accepts. Which earlier questions exist
 * is checked when the catalog loads (checkCarryOverSources), as only the catalog has them.
 */
export function checkCarryOverTargets(q: Questionnaire): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const report: Report = (path, message) => issues.push({ pointer: toPointer(path), message });
  const questions = allQuestions(q);
  const seenVersions = new Set<string>();
  q.carryOver.forEach((declaration, i) => {
    const at = ['carryOver', i];
    if (seenVersions.has(declaration.from)) {
      report([...at, 'from'], `answers of "${declaration.from}" are declared more than once`);
    }
    seenVersions.add(declaration.from);
    if (compareVersions(declaration.from, q.version) >= 0) {
      report([...at, 'from'], `"${declaration.from}" is not earlier than ${q.version}`);
    }
    const targets = new Map<string, string>();
    for (const [oldId, written] of Object.entries(declaration.questions)) {
      const rules = carryOverRules(written);
      rules.forEach((rule, j) => {
        const path = Array.isArray(written)
          ? [...at, 'questions', oldId, j]
          : [...at, 'questions', oldId];
        const to = rule.to ?? oldId;
        const other = targets.get(to);
        if (other !== undefined) {
          report(
            [...path, ...(rule.to ? ['to'] : [])],
            `"${other}" already carries into "${to}": two answers cannot share one question`,
          );
        }
        targets.set(to, oldId);
        checkRule(rule, to, questions.get(to), path, report);
      });
    }
    declaration.drop.forEach((oldId, j) => {
      if (oldId in declaration.questions) {
        report([...at, 'drop', j], `"${oldId}" cannot be both carried over and dropped`);
      }
    });
  });
  return issues;
}

function checkRule(
  rule: CarryOverRule,
  to: string,
  question: AnyQuestion | undefined,
  path: ReadonlyArray<PropertyKey>,
  report: Report,
) {
  if (!question) {
    report(rule.to ? [...path, 'to'] : path, `there is no question "${to}" in this version`);
    return;
  }
  if (rule.options) {
    const optionIds = new Set<string>(question.options.map((o) => o.id));
    for (const [oldOption, newOption] of Object.entries(rule.options)) {
      if (newOption === null) continue;
      if (!optionIds.has(newOption)) {
        report([...path, 'options', oldOption], `"${newOption}" is not an option of "${to}"`);
      }
    }
  }
  if (rule.values) {
    if (question.type !== 'scale') {
      report([...path, 'values'], `"values" apply only to scale questions; "${to}" is not one`);
      return;
    }
    rule.values.forEach((range, k) => {
      const at = [...path, 'values', k];
      if (range.max < range.min) report([...at, 'max'], '"max" must not be below "min"');
      const onScale = isScaleValue(question, range.to);
      if (!onScale) {
        report(
          [...at, 'to'],
          `${range.to} is not a value of "${to}" (${question.min} to ${question.max}, step ${question.step})`,
        );
      }
    });
  }
}

/**
 * The carry-over rules checked against the earlier versions the catalog holds: the earlier
 * version must exist, and so must every earlier question and option named; a rule must fit
 * the earlier question's type (scale ranges for scales, option maps for choices).
 */
export function checkCarryOverSources(
  q: Questionnaire,
  earlierVersion: (version: string) => Questionnaire | undefined,
): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const report: Report = (path, message) => issues.push({ pointer: toPointer(path), message });
  q.carryOver.forEach((declaration, i) => {
    const at = ['carryOver', i];
    const earlier = earlierVersion(declaration.from);
    if (!earlier) {
      report([...at, 'from'], `there is no version "${declaration.from}" of "${q.id}"`);
      return;
    }
    const questions = allQuestions(earlier);
    const next = allQuestions(q);
    for (const [oldId, written] of Object.entries(declaration.questions)) {
      const old = questions.get(oldId);
      if (!old) {
        report([...at, 'questions', oldId], `${declaration.from} has no question "${oldId}"`);
        continue;
      }
      carryOverRules(written).forEach((rule, j) => {
        const path = Array.isArray(written)
          ? [...at, 'questions', oldId, j]
          : [...at, 'questions', oldId];
        const oldOptions = new Set<string>(old.options.map((o) => o.id));
        for (const oldOption of Object.keys(rule.options ?? {})) {
          if (!oldOptions.has(oldOption)) {
            report(
              [...path, 'options', oldOption],
              `"${oldOption}" is not an option of "${oldId}" in ${declaration.from}`,
            );
          }
        }
        if (rule.values && old.type !== 'scale') {
          report([...path, 'values'], `"${oldId}" was not a scale question in ${declaration.from}`);
        }
        const target = next.get(rule.to ?? oldId);
        if (!target) return;
        if (old.type === 'multiple' && target.type !== 'multiple') {
          report(path, `several ticked options of "${oldId}" cannot become one answer`);
        }
        if (old.type !== 'scale' && target.type === 'scale' && !rule.options) {
          report(path, `map the options of "${oldId}" to the options of the scale "${target.id}"`);
        }
      });
    }
    declaration.drop.forEach((oldId, j) => {
      if (!questions.has(oldId)) {
        report([...at, 'drop', j], `${declaration.from} has no question "${oldId}"`);
      }
    });
  });
  return issues;
}
