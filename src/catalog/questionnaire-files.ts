import { questionnaireWarnings, type Questionnaire } from '../domain/index.js';
import type {
  QuestionnaireCheck,
  QuestionnaireFiles,
} from '../usecases/authoring/authoring-ports.js';
import { CatalogError, formatProblem } from './catalog-error.js';
import { loadCatalog } from './load-catalog.js';
import { readQuestionnaireFile } from './read-questionnaire-file.js';

/** The questionnaire files port over the folder `dir`, read again at each call (authors edit). */
export function questionnaireFiles(dir: string): QuestionnaireFiles {
  return {
    catalog: () => loadCatalog(dir),
    async checkFolder() {
      try {
        const catalog = await loadCatalog(dir);
        return catalog.list().map((entry) => sound(entry.file, entry.questionnaire));
      } catch (error) {
        if (!(error instanceof CatalogError)) throw error;
        return [
          {
            ok: false,
            problems: error.problems.map(formatProblem),
            warnings: error.warnings.map(formatProblem),
          },
        ];
      }
    },
    async checkFile(file) {
      const result = await readQuestionnaireFile(file);
      return result.ok
        ? sound(file, result.questionnaire)
        : {
            ok: false,
            problems: result.problems.map(formatProblem),
            warnings: result.warnings.map(formatProblem),
          };
    },
  };
}

function sound(file: string, questionnaire: Questionnaire): QuestionnaireCheck {
  const warnings = questionnaireWarnings(questionnaire).map((issue) =>
    formatProblem({ file, ...issue }),
  );
  return { ok: true, file, questionnaire, warnings };
}
