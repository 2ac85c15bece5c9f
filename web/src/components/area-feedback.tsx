import type { AreaGuidance } from '../../../src/domain/guidance/guidance-schema.js';
import { formatNumber, t } from '../i18n.js';

interface Finding {
  questionId: string;
  question: string;
  answer: string;
}

/**
 * What one area's answers say, under its score: its own text for its level, its strengths, gaps
 * and "I don't know"s, and the few answers that would take it to the next level.
 */
export function AreaFeedback({ guidance }: { guidance: AreaGuidance }) {
  const next = guidance.nextLevel;
  return (
    <>
      {guidance.levelText && <p class="area-level-text">{guidance.levelText}</p>}
      <FindingList title={t('results.area.strengths')} findings={guidance.strengths} />
      <FindingList title={t('results.area.gaps')} findings={guidance.gaps} />
      <FindingList title={t('results.area.dontKnow')} findings={guidance.dontKnow} />
      {guidance.unanswered.length > 0 && (
        <div class="area-findings">
          <h4>{t('results.area.unanswered')}</h4>
          <ul>
            {guidance.unanswered.map((q) => (
              <li key={q.questionId}>{q.question}</li>
            ))}
          </ul>
        </div>
      )}
      {next && next.steps.length > 0 && (
        <div class="area-next">
          <h4>
            {t('results.area.next', {
              level: next.title,
              points: formatNumber(next.pointsNeeded),
            })}
          </h4>
          <ul>
            {next.steps.map((step) => (
              <li key={step.questionId}>
                {t('results.area.next.step', {
                  question: step.question,
                  answer: step.answer,
                  points: formatNumber(step.points),
                })}
              </li>
            ))}
          </ul>
          {!next.reached && <p class="meta">{t('results.area.next.notEnough')}</p>}
        </div>
      )}
    </>
  );
}

function FindingList({ title, findings }: { title: string; findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <div class="area-findings">
      <h4>{title}</h4>
      <ul>
        {findings.map((f) => (
          <li key={f.questionId}>
            {t('results.area.finding', { question: f.question, answer: f.answer })}
          </li>
        ))}
      </ul>
    </div>
  );
}
