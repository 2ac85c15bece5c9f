import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/** The rules that fire on `code` as if it were the command file src/cli/some-command.ts. */
async function restrictedImportsIn(code: string, filePath = 'src/cli/some-command.ts') {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the lint zones of the commands and the use cases', { timeout: 30_000 }, () => {
  test.each([
    ["import { pdfReportRenderer } from '../report/pdf-report-renderer.js';"],
    ["import { loadCatalog } from '../catalog/load-catalog.js';"],
    ["import { scoreResponse } from '../domain/index.js';"],
    ["import { buildActionPlan } from '../domain/action-plan/build-action-plan.js';"],
    ["import { scoreResponse } from '../domain/scoring/score-response.js';"],
    ["import { createStore } from '../store/create-store.js';"],
  ])('when a command says %s, then lint refuses it', async (code) => {
    expect(await restrictedImportsIn(`${code}\nvoid 0;\n`)).toHaveLength(1);
  });

  test('when a command imports use cases and plain domain values, then lint lets it', async () => {
    const code = [
      "import { openAuthoring } from '../open-app-services.js';",
      "import { Identifier, validateAnswers } from '../domain/index.js';",
      'void [openAuthoring, Identifier, validateAnswers];',
      '',
    ].join('\n');

    expect(await restrictedImportsIn(code)).toEqual([]);
  });

  test('when a use case imports the zip or QR library, then lint refuses it: they sit behind the documents port', async () => {
    const code =
      "import { Zip } from 'fflate';\nimport QRCode from 'qrcode';\nvoid [Zip, QRCode];\n";

    expect(await restrictedImportsIn(code, 'src/usecases/workshops/x.ts')).toHaveLength(2);
  });
});
