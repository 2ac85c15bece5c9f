import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedSchemaFile } from '../../../src/cli/new-command.js';

/** An installation at /opt/assoradar: only its schema exists. */
const INSTALLATION = join('/opt', 'assoradar');
const SCHEMA = join(INSTALLATION, 'questionnaires', 'questionnaire.schema.json');
const exists = (file: string) => file === SCHEMA;

describe('installedSchemaFile', () => {
  it('when the CLI runs from its sources (src/cli, through tsx), then the schema is two folders up', () => {
    expect(installedSchemaFile(join(INSTALLATION, 'src', 'cli'), exists)).toBe(SCHEMA);
  });

  it("when the CLI runs built (dist/src/cli), then the schema is still the installation's, three folders up", () => {
    expect(installedSchemaFile(join(INSTALLATION, 'dist', 'src', 'cli'), exists)).toBe(SCHEMA);
  });

  it('when no folder up holds the schema, then there is none', () => {
    expect(installedSchemaFile(join('/srv', 'elsewhere', 'cli'), exists)).toBeUndefined();
  });
});
