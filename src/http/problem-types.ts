import type { ProblemCode } from '../contracts/problem-contract.js';

export type { ProblemCode };

/**
 * The one table from error codes to HTTP: status and title. Problem `type`s are stable URNs
 * (RFC 9457 allows any URI) so clients may key on them across deployments.
 */
export const PROBLEMS = {
  questionnaire_not_found: { status: 404, title: 'Questionnaire not found' },
  response_not_found: { status: 404, title: 'Response not found' },
  unsupported_locale: { status: 400, title: 'Unsupported locale' },
  invalid_answers: { status: 400, title: 'Invalid answers' },
  invalid_answers_file: { status: 400, title: 'Answers file cannot be loaded' },
  response_submitted: { status: 409, title: 'Response already submitted' },
  response_not_submitted: { status: 409, title: 'Response not submitted yet' },
  invalid_credentials: { status: 401, title: 'Wrong e-mail or password' },
  not_signed_in: { status: 401, title: 'Not signed in' },
  csrf_token_invalid: { status: 403, title: 'Missing or wrong cross-site protection token' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  facilitator_exists: { status: 409, title: 'Facilitator already exists' },
  workshop_not_found: { status: 404, title: 'Workshop not found' },
  participant_not_found: { status: 404, title: 'Participant not found' },
  workshop_closed: { status: 409, title: 'Workshop closed' },
  team_not_found: { status: 404, title: 'Team not found' },
  team_invite_not_found: { status: 404, title: 'Team invite not found' },
  invalid_agreement: { status: 400, title: 'Invalid agreement' },
  share_code_not_found: { status: 404, title: 'Share code not found' },
  share_not_found: { status: 404, title: 'Share not found' },
  required_unanswered: { status: 422, title: 'Required questions unanswered' },
  plan_action_not_found: { status: 404, title: 'Plan action not found' },
  invalid_plan: { status: 400, title: 'Invalid plan' },
  plan_full: { status: 400, title: 'Plan full' },
  plan_action_exists: { status: 409, title: 'Proposal already in the plan' },
  validation_failed: { status: 400, title: 'Invalid request' },
  malformed_json: { status: 400, title: 'Malformed JSON body' },
  body_too_large: { status: 413, title: 'Request body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  route_not_found: { status: 404, title: 'Not found' },
  malformed_url: { status: 400, title: 'Malformed address' },
  url_too_long: { status: 414, title: 'Address too long' },
  documents_busy: { status: 503, title: 'Too many documents being produced, try again shortly' },
  database_unavailable: { status: 503, title: 'Database unavailable' },
  internal_error: { status: 500, title: 'Internal server error' },
} as const satisfies Record<ProblemCode, { status: number; title: string }>;

export function problemType(code: ProblemCode): string {
  return `urn:assoradar:problem:${code.replaceAll('_', '-')}`;
}
