import { describe, expect, test } from 'vitest';
import { formatMessage } from '../../../web/src/format-message.js';

const members = '{count, plural, one {# membre} other {# membres}}';

describe('formatMessage', () => {
  test('when a message has plain arguments, then they are filled in and unknown ones stay visible', () => {
    expect(formatMessage('Version {version} de {name}', { version: '1.0.0' }, 'fr')).toBe(
      'Version 1.0.0 de {name}',
    );
  });

  test('when French counts 0, 1 and 2, then 0 and 1 are singular and 2 plural', () => {
    expect(formatMessage(members, { count: 0 }, 'fr')).toBe('0 membre');
    expect(formatMessage(members, { count: 1 }, 'fr')).toBe('1 membre');
    expect(formatMessage(members, { count: 2 }, 'fr')).toBe('2 membres');
  });

  test('when English counts 0, 1 and 2, then only 1 is singular', () => {
    const en = '{count, plural, one {# member} other {# members}}';
    expect(formatMessage(en, { count: 0 }, 'en')).toBe('0 members');
    expect(formatMessage(en, { count: 1 }, 'en')).toBe('1 member');
    expect(formatMessage(en, { count: 2 }, 'en')).toBe('2 members');
  });

  test('when an exact case is given, then it wins over the plural category', () => {
    const message = '{n, plural, =0 {aucune action} one {# action} other {# actions}}';
    expect(formatMessage(message, { n: 0 }, 'fr')).toBe('aucune action');
    expect(formatMessage(message, { n: 1 }, 'fr')).toBe('1 action');
  });

  test('when the count is large, then # writes it as the language does', () => {
    expect(formatMessage(members, { count: 1234 }, 'fr')).toBe('1\u202f234 membres');
    expect(formatMessage('{count, plural, other {# members}}', { count: 1234 }, 'en')).toBe(
      '1,234 members',
    );
  });

  test('when a message has two counts and text around them, then each agrees with its own count', () => {
    const message =
      '{members, plural, one {# membre} other {# membres}} · {sent, plural, one {# envoyé} other {# envoyés}}';
    expect(formatMessage(message, { members: 3, sent: 1 }, 'fr')).toBe('3 membres · 1 envoyé');
  });

  test('when a select chooses by gender, then the matching case is used, else other', () => {
    const message = '{gender, select, female {inscrite} male {inscrit} other {inscrit·e}}';
    expect(formatMessage(message, { gender: 'female' }, 'fr')).toBe('inscrite');
    expect(formatMessage(message, { gender: 'unknown' }, 'fr')).toBe('inscrit·e');
  });

  test('when a select holds a plural, then # inside it is the plural count', () => {
    const message =
      '{gender, select, female {{n, plural, one {# bénévole inscrite} other {# bénévoles inscrites}}} other {{n, plural, one {# bénévole inscrit} other {# bénévoles inscrits}}}}';
    expect(formatMessage(message, { gender: 'female', n: 2 }, 'fr')).toBe('2 bénévoles inscrites');
  });

  test('when an argument type is not supported, then formatting fails loudly', () => {
    expect(() => formatMessage('{n, number}', { n: 1 }, 'fr')).toThrow(/Unsupported/);
  });
});
