import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { questionnaireFiles } from '../../../src/catalog/questionnaire-files.js';
import { pdfReportRenderer } from '../../../src/report/pdf-report-renderer.js';
import {
  createAuthoringUseCases,
  type AuthoringUseCases,
} from '../../../src/usecases/authoring/create-authoring-use-cases.js';
import { miniDocument, tempQuestionnaireFolder } from '../../support/questionnaire-folder.js';

describe('the authoring use cases, over a questionnaire folder and no database', () => {
  let folder: ReturnType<typeof tempQuestionnaireFolder>;
  let authoring: AuthoringUseCases;
  beforeEach(() => {
    folder = tempQuestionnaireFolder();
    authoring = createAuthoringUseCases({
      questionnaires: questionnaireFiles(folder.dir),
      reports: pdfReportRenderer,
    });
  });
  afterEach(() => folder.remove());

  test('when files are named, then each gets its own check, in their order, with its warnings or its problems', async () => {
    const sound = miniDocument();
    sound.questions[0].title.en = sound.questions[0].title.fr;
    const soundFile = folder.write('mini', '1.0.0.json', sound);
    const broken = miniDocument();
    broken.version = '1.1.0';
    broken.areas[0].weight = 'heavy';
    const brokenFile = folder.write('mini', '1.1.0.json', broken);

    const checks = await authoring.validateQuestionnaires({ files: [soundFile, brokenFile] });

    expect(checks).toEqual([
      {
        ok: true,
        file: soundFile,
        questionnaire: expect.objectContaining({ id: 'mini', version: '1.0.0' }),
        warnings: [
          `${soundFile} at /questions/0/title/en: the "en" text is the same as the "fr" one: not translated yet?`,
        ],
      },
      {
        ok: false,
        problems: [
          `${brokenFile} at /areas/0/weight: expected a number (without quotes), found "heavy"`,
        ],
        warnings: [],
      },
    ]);
  });

  test('when no file is named and one file of the folder is broken, then the folder fails as a whole, with the warnings of every file', async () => {
    const sound = miniDocument();
    sound.questions[0].title.en = sound.questions[0].title.fr;
    folder.write('mini', '1.0.0.json', sound);
    const broken = miniDocument();
    broken.version = '1.1.0';
    broken.recommendations[0].effort = 'tiny';
    broken.questions[1].title.en = broken.questions[1].title.fr;
    folder.write('mini', '1.1.0.json', broken);

    const checks = await authoring.validateQuestionnaires({ files: [] });

    expect(checks).toHaveLength(1);
    expect(checks[0]).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /1\.1\.0\.json at \/recommendations\/0\/effort: "tiny" is not one of "low", "medium", "high"$/,
        ),
      ],
      warnings: [
        expect.stringMatching(
          /1\.0\.0\.json at \/questions\/0\/title\/en: the "en" text is the same/,
        ),
        expect.stringMatching(
          /1\.1\.0\.json at \/questions\/1\/title\/en: the "en" text is the same/,
        ),
      ],
    });
  });

  test('when a questionnaire is looked up by id, then the latest version comes, and an unknown version gives nothing', async () => {
    folder.write('mini', '1.0.0.json', miniDocument());
    const later = miniDocument();
    later.version = '1.2.0';
    folder.write('mini', '1.2.0.json', later);

    expect((await authoring.findQuestionnaire({ reference: 'mini' }))?.version).toBe('1.2.0');
    expect((await authoring.findQuestionnaire({ reference: 'mini@1.0.0' }))?.version).toBe('1.0.0');
    expect(await authoring.findQuestionnaire({ reference: 'mini@9.9.9' })).toBeUndefined();
  });

  test('when answers are scored, then the profile is worked out without storing anything', async () => {
    folder.write('mini', '1.0.0.json', miniDocument());
    const questionnaire = (await authoring.findQuestionnaire({ reference: 'mini' }))!;

    // Communication alone is answered: site yes (2 of 2), site-updates weekly (2 of 2),
    // channels newsletter and social (2 of 2): 100. Data is left unanswered.
    const scored = authoring.scoreAnswers({
      questionnaire,
      answers: { site: 'yes', 'site-updates': 'weekly', channels: ['newsletter', 'social'] },
    });

    expect(scored.questionnaireId).toBe('mini');
    expect(scored.profile.areas.find((area) => area.id === 'comm')?.score).toBe(100);
  });
});
