import type { Questionnaire } from '../../domain/index.js';
import type { QuestionnaireCatalog } from '../ports.js';
import type { ReportRenderer } from '../report-ports.js';

/**
 * What checking one questionnaire file (or the whole folder) found, as an author reads it: a
 * file with problems has its warnings found in the same pass too.
 */
export type QuestionnaireCheck =
  | { ok: true; file: string; questionnaire: Questionnaire; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

/**
 * The questionnaire files an author works on, read straight from the folder: the authoring
 * commands need no database. Implemented in src/catalog.
 */
export interface QuestionnaireFiles {
  /** The folder as a catalog; throws, listing every problem, when it does not load. */
  catalog(): Promise<QuestionnaireCatalog>;
  /** Each file of the folder, or one failed check with every problem when the folder does not load. */
  checkFolder(): Promise<QuestionnaireCheck[]>;
  checkFile(file: string): Promise<QuestionnaireCheck>;
}

/** What the authoring use cases reach: the questionnaire files and the PDF renderer. */
export interface AuthoringDependencies {
  questionnaires: QuestionnaireFiles;
  reports: ReportRenderer;
}
