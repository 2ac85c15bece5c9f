import { describe, expect, test } from 'vitest';
import { fileNameOf } from '../../../web/src/api.js';

describe('the name a downloaded file is saved under', () => {
  test('when the server gives an RFC 6266 UTF-8 name, then it is decoded, accents included', () => {
    expect(
      fileNameOf(
        `attachment; filename="rapport.pdf"; filename*=UTF-8''diagnostic-%C3%A9quipe-2026.pdf`,
      ),
    ).toBe('diagnostic-équipe-2026.pdf');
  });

  test('when only a plain name is given, quoted or not, then it is used, its escapes undone', () => {
    expect(fileNameOf('attachment; filename="plan \\"2026\\".ics"')).toBe('plan "2026".ics');
    expect(fileNameOf('attachment; filename=export.csv')).toBe('export.csv');
  });

  test('when the UTF-8 name is badly encoded, then the plain name is used instead', () => {
    expect(fileNameOf(`attachment; filename="ok.pdf"; filename*=UTF-8''%E9%ZZ.pdf`)).toBe('ok.pdf');
  });

  test('when the name holds a path, then only its base name is kept', () => {
    expect(fileNameOf('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameOf(`attachment; filename*=UTF-8''..%5C..%5Crapport.pdf`)).toBe('rapport.pdf');
  });

  test('when there is no header or no name, then there is no name (the caller has its own)', () => {
    expect(fileNameOf(null)).toBeUndefined();
    expect(fileNameOf('attachment')).toBeUndefined();
    expect(fileNameOf('attachment; filename=""')).toBeUndefined();
  });
});
