import { counted } from './counted.js';
import type { DocumentIssue } from './questionnaire/document-issue.js';

/**
 * Every code an error of the app's inner layers carries: the domain's, then the two the use
 * cases throw (busy document workers, a database that does not answer). Clients key on them;
 * the HTTP problem table must map each one (checked when it compiles, and by a test).
 */
export const ERROR_CODES = [
  'questionnaire_not_found',
  'unsupported_locale',
  'response_not_found',
  'invalid_answers',
  'invalid_answers_file',
  'response_submitted',
  'required_unanswered',
  'response_not_submitted',
  'invalid_credentials',
  'not_signed_in',
  'facilitator_exists',
  'workshop_not_found',
  'workshop_closed',
  'participant_not_found',
  'plan_action_not_found',
  'invalid_plan',
  'plan_full',
  'plan_action_exists',
  'team_not_found',
  'team_invite_not_found',
  'invalid_agreement',
  'share_code_not_found',
  'share_not_found',
  'documents_busy',
  'database_unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure the user can act on. `code` is stable: clients and the HTTP error table key on it. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

export class QuestionnaireNotFoundError extends DomainError {
  readonly code = 'questionnaire_not_found';
  constructor(
    readonly questionnaireId: string,
    readonly version?: string,
  ) {
    super(
      version
        ? `There is no version ${version} of questionnaire "${questionnaireId}".`
        : `There is no questionnaire "${questionnaireId}".`,
    );
  }
}

export class UnsupportedLocaleError extends DomainError {
  readonly code = 'unsupported_locale';
  constructor(
    readonly locale: string,
    readonly supported: readonly string[],
  ) {
    super(
      `The questionnaire is not available in "${locale}" (available: ${supported.join(', ')}).`,
    );
  }
}

/** Also used for a wrong token: nobody learns which response ids exist. */
export class ResponseNotFoundError extends DomainError {
  readonly code = 'response_not_found';
  constructor() {
    super('There is no response with this id for this token.');
  }
}

export class InvalidAnswersError extends DomainError {
  readonly code = 'invalid_answers';
  constructor(readonly issues: DocumentIssue[]) {
    super(
      `${counted(issues.length, 'answer')} ${issues.length === 1 ? 'is' : 'are'} not valid for this questionnaire.`,
    );
  }
}

/** An answers file this server cannot take: an unknown questionnaire, or answers that do not fit. */
export class InvalidAnswersFileError extends DomainError {
  readonly code = 'invalid_answers_file';
  constructor(readonly issues: DocumentIssue[]) {
    super(`The answers file cannot be loaded: ${counted(issues.length, 'problem')}.`);
  }
}

export class ResponseAlreadySubmittedError extends DomainError {
  readonly code = 'response_submitted';
  constructor() {
    super('This response has been submitted: it can no longer change.');
  }
}

export class RequiredQuestionsUnansweredError extends DomainError {
  readonly code = 'required_unanswered';
  constructor(readonly questionIds: string[]) {
    super(
      `${counted(questionIds.length, 'required question')} ${questionIds.length === 1 ? 'is' : 'are'} still unanswered.`,
    );
  }
}

export class ResponseNotSubmittedError extends DomainError {
  readonly code = 'response_not_submitted';
  constructor() {
    super('This response is still a draft: submit it to get its report.');
  }
}

export class InvalidCredentialsError extends DomainError {
  readonly code = 'invalid_credentials';
  constructor() {
    super('The e-mail address or the password is wrong.');
  }
}

export class NotSignedInError extends DomainError {
  readonly code = 'not_signed_in';
  constructor() {
    super('Sign in first (or again: the session has expired).');
  }
}

export class FacilitatorExistsError extends DomainError {
  readonly code = 'facilitator_exists';
  constructor(readonly email: string) {
    super(`A facilitator with the address ${email} already exists.`);
  }
}

/** Also for someone else's workshop: nobody learns which workshops exist. */
export class WorkshopNotFoundError extends DomainError {
  readonly code = 'workshop_not_found';
  constructor() {
    super('There is no such workshop.');
  }
}

export class WorkshopClosedError extends DomainError {
  readonly code = 'workshop_closed';
  constructor() {
    super('This workshop is closed: it takes no new participant and no new answer.');
  }
}

export class ParticipantNotFoundError extends DomainError {
  readonly code = 'participant_not_found';
  constructor() {
    super('This workshop has no such participant.');
  }
}

/** Also for another response's action: nobody learns which action ids exist. */
export class PlanActionNotFoundError extends DomainError {
  readonly code = 'plan_action_not_found';
  constructor() {
    super('This plan has no such action.');
  }
}

/** A plan's input that does not fit the response's questionnaire or plan, field by field. */
export class InvalidPlanError extends DomainError {
  readonly code = 'invalid_plan';
  constructor(readonly issues: DocumentIssue[]) {
    super(
      `${counted(issues.length, 'field')} ${issues.length === 1 ? 'does' : 'do'} not fit this plan.`,
    );
  }
}

export class PlanFullError extends DomainError {
  readonly code = 'plan_full';
  constructor(readonly limit: number) {
    super(`A plan holds at most ${limit} actions: delete or merge some first.`);
  }
}

export class PlanActionExistsError extends DomainError {
  readonly code = 'plan_action_exists';
  constructor() {
    super('This proposal is already in the plan.');
  }
}

/**
 * Also for a response outside any team, and for what only the owner may do asked by a member:
 * nobody learns more than they may.
 */
export class TeamNotFoundError extends DomainError {
  readonly code = 'team_not_found';
  constructor() {
    super('This response belongs to no team that it may act on this way.');
  }
}

/** An unknown invite code, or one the owner has since renewed. */
export class TeamInviteNotFoundError extends DomainError {
  readonly code = 'team_invite_not_found';
  constructor() {
    super('This invite link is unknown or no longer valid: ask for a new one.');
  }
}

export class InvalidAgreementError extends DomainError {
  readonly code = 'invalid_agreement';
  constructor(
    readonly pointer: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** No centre has this share code (or no longer: the centre renewed it). */
export class ShareCodeNotFoundError extends DomainError {
  readonly code = 'share_code_not_found';
  constructor() {
    super('No support centre has this share code: check it with the centre.');
  }
}

/**
 * Also for a chain shared with another centre, or whose consent was withdrawn: nobody learns
 * which associations share with whom.
 */
export class ShareNotFoundError extends DomainError {
  readonly code = 'share_not_found';
  constructor() {
    super('This diagnosis is not shared with this centre.');
  }
}
