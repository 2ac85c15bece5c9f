import {
  DomainError,
  type AnswerFinding,
  type AreaStatus,
  type Effort,
  type Horizon,
  type Impact,
  type PlanAction,
  type PlanActionCost,
  type PlanActionStatus,
} from '../domain/index.js';

import type { PaperQuestionnaire } from './paper/paper-questionnaire.js';

/*
 * What the PDF report takes: a view model with every text already in the reader's language. The
 * renderer reads no database, no HTTP and no questionnaire file, so the workshop's group report
 * can reuse its pieces (the radar, the plan table, the help page).
 */

export interface ReportLevel {
  id: string;
  title: string;
  description: string;
  /** [min, max) of the 0-100 scale; the last level includes 100. */
  min: number;
  max: number;
}

export interface ReportArea {
  id: string;
  title: string;
  description: string;
  /** 0-100, null when there were not enough answers or none applied. */
  score: number | null;
  status: AreaStatus;
  /** Share (0-1) of the area's weight that was answered. */
  coverage: number;
  level: ReportLevel | null;
  /**
   * What its level means for this area: the area's own text for its level, else the level's
   * description; null without a level.
   */
  levelText: string | null;
  strengths: AnswerFinding[];
  gaps: AnswerFinding[];
  dontKnow: AnswerFinding[];
  /**
   * The few answers that would take it to the next level. Null at the top level, for an area
   * without a score, when no answer would raise it, and when the answers are not shown (the
   * steps quote them).
   */
  nextLevel: ReportNextLevel | null;
}

/** What would move an area to the next level, its texts in the reader's language. */
export interface ReportNextLevel {
  /** The next level's title. */
  title: string;
  /** The next level's min minus the area's score, one decimal. */
  pointsNeeded: number;
  /** Give `answer` to `question`: the area gains `points` (one decimal). At least one. */
  steps: Array<{ question: string; answer: string; points: number }>;
  /** Whether giving every step reaches the next level. */
  reached: boolean;
}

/** Why a first action was chosen: the answer that fired it, or its area's low score. */
export type ReportFirstActionReason =
  | { trigger: 'answer'; question: string; answer: string }
  | { trigger: 'areaScore'; area: string; score: number };

/** One of "Par où commencer"'s actions: an item of the plan, with why it comes first. */
export interface ReportFirstAction {
  id: string;
  title: string;
  text: string;
  areaTitle: string;
  effort: Effort;
  reason: ReportFirstActionReason;
}

export interface ReportPlanItem {
  id: string;
  areaId: string;
  title: string;
  text: string;
  horizon: Horizon;
  effort: Effort;
  impact: Impact;
  resources: Array<{ title: string; url: string }>;
}

/** The plan the association made its own: its priorities and its actions, in its order. */
export interface ReportOwnedPlan {
  /** The priority areas' titles, in the order chosen. */
  priorities: string[];
  actions: Array<{
    title: string;
    areaTitle: string | null;
    owner: string | null;
    /** YYYY-MM-DD. */
    dueDate: string | null;
    cost: PlanActionCost | null;
    status: PlanActionStatus;
  }>;
}

/** A second polygon on the radar: the average of a peer group. */
export interface ReportComparison {
  kind: 'peerGroup';
  /** How many submitted responses the average is over. */
  groupSize: number;
  /** By area id; a missing or null score leaves that axis without a point. */
  scores: Record<string, number | null>;
}

/** One score's move since the previous diagnosis, its level titles in the reader's language. */
export interface ReportScoreChange {
  before: number | null;
  after: number | null;
  points: number | null;
  levelBefore: string | null;
  levelAfter: string | null;
  levelSteps: number | null;
}

export interface ReportProgress {
  /** ISO-8601 submission time of the previous diagnosis. */
  previousDate: string;
  /** The previous diagnosis's scores by area id, drawn as a second polygon on the radar. */
  previousScores: Record<string, number | null>;
  overall: ReportScoreChange;
  /** This diagnosis's areas, in its order. */
  areas: Array<ReportScoreChange & { id: string; title: string }>;
  /** The previous diagnosis's own plan: the actions done since, in the order done. */
  actionsDone: Array<{ title: string; areaTitle: string | null; doneAt: string }>;
}

export interface ResponseReport {
  /** The language of the whole document: its texts, its metadata and its number format. */
  locale: string;
  /** Who answered: the report speaks to an association, or to one person about themselves. */
  respondent: 'association' | 'person';
  associationName: string | null;
  /** ISO-8601: the submission time, so that the same response always renders the same bytes. */
  date: string;
  questionnaire: { id: string; version: string; title: string };
  overall: { score: number | null; level: ReportLevel | null; coverage: number };
  levels: ReportLevel[];
  areas: ReportArea[];
  /**
   * "Par où commencer": the (at most three) actions the results chose first, as the results
   * page shows them. Empty when the plan is, and when the answers are not shown (the reasons
   * quote them): the report then has no such section.
   */
  firstActions: ReportFirstAction[];
  /** Ranked: quick wins, then three months, then a year. */
  plan: ReportPlanItem[];
  /** Printed before the proposals when the association has chosen priorities or actions. */
  ownedPlan?: ReportOwnedPlan | null;
  comparison: ReportComparison | null;
  /** The change since the diagnosis this one was taken again from. */
  progress: ReportProgress | null;
  /** False when the association did not share its answers with the reader (a facilitator). */
  answersShown: boolean;
}

/**
 * Renders reports; implemented with pdfkit in src/report, run by a pool of worker threads and
 * cached. A render may be refused with `DocumentsBusyError` when the pool's queue is full.
 */
export interface ReportRenderer {
  /** The PDF bytes: the same report always gives the same bytes. */
  renderResponseReport(report: ResponseReport): Promise<Uint8Array>;
  renderGroupReport(report: GroupReport): Promise<Uint8Array>;
  renderTeamReport(report: TeamReport): Promise<Uint8Array>;
  /** The blank questionnaire to print, with its scoring grid. */
  renderPaperQuestionnaire(paper: PaperQuestionnaire): Promise<Uint8Array>;
  /**
   * A strong validator of the bytes a view model renders to: a hash of the model and of the
   * renderer itself. Same tag, same bytes, so a client that holds them need not get them again.
   */
  documentTag(kind: DocumentKind, model: DocumentModel): string;
}

/**
 * A cell of an exported spreadsheet: text, a number (written with the table's decimal mark) or
 * nothing (an empty field).
 */
export type CsvCell = string | number | null | undefined;

export interface CsvTable {
  /** The header first, then one row a record. */
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>;
  /** "12,5" rather than "12.5", as French spreadsheets read numbers. */
  decimalComma: boolean;
}

/**
 * The export's own words, which the documents port writes in the table's language (the
 * questionnaire's words come already translated, as `{ text }`).
 */
export type ExportWord =
  | 'association'
  | 'status'
  | 'startedAt'
  | 'submittedAt'
  | 'overallScore'
  | 'overallLevel'
  | 'areaLevel'
  | 'answersShared'
  | 'statusDraft'
  | 'statusSubmitted'
  | 'yes'
  | 'no'
  | 'questionnaire'
  | 'version'
  | 'sharedSince'
  | 'latestSubmittedAt'
  | 'previousSubmittedAt'
  | 'overallPoints'
  | 'overallLevelSteps'
  | 'planPlanned'
  | 'planInProgress'
  | 'planDone'
  | 'areaPoints'
  | 'responsesSheet'
  | 'associationsSheet';

/**
 * A text of an export: the questionnaire's own, already in the table's language (an area's
 * title, a question, an option's label), or one of the export's words, its `{area}` filled.
 */
export type ExportText = { text: string } | { word: ExportWord; area?: string };

/** One allowed value of a coded column: the id a script reads, the label a person reads. */
export interface ExportCode {
  id: string;
  label: ExportText;
}

/**
 * A column of an export: a stable id (the header of the CSV with identifiers), its header for
 * people, and what its cells hold.
 */
export interface ExportColumn {
  /** Stable across languages and releases: `overall_score`, `comm_level`, a question's id. */
  id: string;
  heading: ExportText;
  /** `dateTime` cells are ISO-8601 instants, written in Paris local time for people. */
  type: 'text' | 'number' | 'dateTime';
  /**
   * Coded cells: a cell's text is one of these ids (a number column may hold one too: a scale
   * answered "not applicable"), written as its label for people.
   */
  codes?: ExportCode[];
  /** Cells hold several codes (multiple choice). */
  multiple?: boolean;
  /** What a number column may hold, for the codebook: a scale's ends. */
  range?: { min: number; max: number };
}

/**
 * A cell: text, a number, an ISO-8601 instant (a `dateTime` column), a code of the column (or
 * several: `multiple`); null leaves it empty.
 */
export type ExportCell = string | number | readonly string[] | null;

/**
 * An export built once and written three ways by the documents port: a CSV for people (labels,
 * Paris time), a CSV for scripts (ids, UTC) and a workbook (typed cells, with its codebook).
 */
export interface ExportTable {
  /** The language of the headers, the labels and the decimal mark. */
  locale: string;
  /** The name of the workbook's data sheet. */
  sheet: ExportWord;
  columns: ExportColumn[];
  /** One row a record, its cells aligned with `columns`. */
  rows: ExportCell[][];
}

/** How an export is written as CSV: for people (labels, local times) or for scripts (ids). */
export type ExportCsvForm = 'labels' | 'ids';

/** One file of a zip. */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  mtime: Date;
}

/** What an action plan's calendar holds; every text already in `locale`. */
export interface PlanCalendarSource {
  locale: string;
  associationName: string | null;
  actions: PlanAction[];
  /** Area titles in `locale`, by area id. */
  areaTitles: Record<string, string>;
}

/**
 * The documents that are not PDF reports: spreadsheets, calendars, zips and QR codes. Beside the
 * report renderer, and like it implemented in src/report, so that every file of a kind is written
 * by one writer (one CSV escaping, one zip layout).
 */
export interface DocumentWriter {
  /** The CSV text, byte-order mark included (see writeCsv for its rules). */
  csv(table: CsvTable): string;
  /**
   * An export as CSV (through `csv`): for people, headers and codes as labels in the table's
   * language, instants in Paris local time; for scripts, column and code ids, UTC instants.
   */
  exportCsv(table: ExportTable, form: ExportCsvForm): string;
  /**
   * An export as an .xlsx workbook: typed cells, instants as Paris local date-times, and a
   * second sheet, the codebook. Written off the event loop; may be refused with
   * `DocumentsBusyError` like a PDF.
   */
  exportXlsx(table: ExportTable): Promise<Uint8Array>;
  /** The plan's dated actions as an iCalendar file (RFC 5545). */
  planCalendar(source: PlanCalendarSource): string;
  /** A zip of the entries, its bytes as each entry comes, entries stored uncompressed. */
  zip(entries: AsyncIterable<ZipEntry>): AsyncIterable<Uint8Array>;
  /** An SVG image of the text as a QR code. */
  qrCodeSvg(text: string): Promise<string>;
}

/** A view model and the kind of document it renders to. */
export type DocumentSource =
  | { kind: 'response'; model: ResponseReport }
  | { kind: 'group'; model: GroupReport }
  | { kind: 'team'; model: TeamReport }
  | { kind: 'paper'; model: PaperQuestionnaire };
export type DocumentKind = DocumentSource['kind'];
export type DocumentModel = DocumentSource['model'];

/** A document to download: produced only when the client does not hold it already. */
export interface DocumentFile {
  fileName: string;
  /** `documentTag` of its view model: the HTTP layer's ETag. */
  tag: string;
  /** The bytes, rendered off the event loop or taken from the cache. */
  bytes(): Promise<Uint8Array>;
}

/** Every document worker is busy and the queue is full: try again in a moment (503). */
export class DocumentsBusyError extends DomainError {
  readonly code = 'documents_busy';
  constructor(readonly retryAfterSeconds: number) {
    super(
      `The server is producing as many documents as it can: try again in ${retryAfterSeconds} s.`,
    );
  }
}

/**
 * An association's team report: the combined profile of its members, where they disagree, and
 * the levels the board agreed on. Scores only, never a member's answers.
 */
export interface TeamReport {
  locale: string;
  /** ISO-8601, for the document's metadata: the team's creation, so bytes repeat. */
  createdAt: string;
  associationName: string | null;
  questionnaire: { id: string; version: string; title: string };
  levels: ReportLevel[];
  counts: { members: number; submitted: number };
  overall: { mean: number | null; level: string | null; count: number };
  areas: Array<{
    id: string;
    title: string;
    mean: number | null;
    /** The title of the mean's level. */
    level: string | null;
    min: number | null;
    max: number | null;
    stdDev: number | null;
    count: number;
    /** What the board agreed on, if the owner recorded it. */
    agreement: { level: string; note: string } | null;
  }>;
  members: Array<{
    /** Null: the renderer names them "Member 2". */
    displayName: string | null;
    number: number;
    submitted: boolean;
    overallScore: number | null;
    /** Aligned with `areas`. */
    areaScores: Array<number | null>;
  }>;
  /** The most divergent questions, most first. */
  topics: Array<{
    question: string;
    areaTitle: string;
    divergence: number;
    toDiscuss: boolean;
    count: number;
    /** Answers as their labels, with how many members gave each. */
    distribution: Array<{ answer: string; count: number }>;
  }>;
  discussionThreshold: number;
}

/**
 * What a workshop's room should discuss: the questions its shared answers differ most on, each
 * with how many chose each answer, never who. Texts in the report's language.
 */
export interface GroupAgenda {
  /** How many submitted responses, shared by their participants' consent, it rests on. */
  basis: number;
  /** The fewest shared responses it compares; below, it says so instead of ranking. */
  minimum: number;
  enough: boolean;
  /** It rests on the `basis` most recent shared responses only. */
  latestOnly: boolean;
  questions: Array<{
    title: string;
    areaTitle: string;
    /** Mean absolute difference between two responses' scores, 0-1. */
    disagreement: number;
    answered: number;
    distribution: Array<{ label: string; count: number }>;
  }>;
}

/** A workshop's group report: the group's profile, its shared priorities and its participants. */
export interface GroupReport {
  locale: string;
  /** ISO-8601, for the document's metadata: the workshop's creation, so bytes repeat. */
  createdAt: string;
  /** YYYY-MM-DD: the day of the workshop, printed on the cover. */
  date: string;
  title: string;
  questionnaire: { id: string; version: string; title: string };
  counts: { joined: number; inProgress: number; submitted: number };
  levels: ReportLevel[];
  areas: Array<{
    id: string;
    title: string;
    mean: number | null;
    min: number | null;
    max: number | null;
    stdDev: number | null;
    count: number;
    /** Submitted responses at each level, aligned with `levels`. */
    levelCounts: number[];
  }>;
  overall: { mean: number | null; count: number };
  /** The most shared first. */
  priorities: Array<{ title: string; areaTitle: string; count: number; share: number }>;
  /** The questions the shared answers differ most on (the dashboard's agenda): counts only. */
  agenda: GroupAgenda;
  participants: Array<{
    name: string | null;
    submitted: boolean;
    overallScore: number | null;
    overallLevel: string | null;
    /** Aligned with `areas`. */
    areaScores: Array<number | null>;
  }>;
}
