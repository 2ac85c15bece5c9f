import fc from 'fast-check';

/** Keys that reach an object's prototype, or shadow what every object has. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
];

/** Strings that have broken parsers, routers, databases and file systems. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '..',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000',
  'a\u0000b',
  '%',
  '%zz',
  '%2e%2e%2f',
  '%c0%af',
  '\uFEFF',
  '\uD800',
  '\u202Eevil',
  '🏳️‍🌈👩‍👩‍👧‍👦',
  "' or '1'='1",
  '"; drop table responses; --',
  '<script>alert(1)</script>',
  '${7*7}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  'x'.repeat(65),
  'é'.repeat(300),
  'x'.repeat(5000),
  ...PROTOTYPE_KEYS,
];

/** A string that might be anything: a nasty one, arbitrary unicode, or arbitrary code units. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'binary', minLength: 200, maxLength: 3000 }),
);

/** Any value JSON can carry, with hostile strings and keys in it, deep but not unbounded. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, 1, -1, 1e308, -1e308, 0.1, 2 ** 53 + 1),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    hostileString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString), tie('value'), {
      maxKeys: 5,
    }),
  ),
})).value;

/**
 * An object with the fields a route expects: mostly plausible values, now and then any value
 * of any type, and once in a while a hostile extra key.
 */
export function objectWithFields(
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const anyOf = Object.fromEntries(
    Object.entries(fields).map(([name, plausible]) => [
      name,
      fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: hostileJsonValue }),
    ]),
  );
  return fc
    .tuple(
      fc.record(anyOf, { requiredKeys: required }),
      fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString), hostileJsonValue, {
        minKeys: 1,
        maxKeys: 2,
      }),
      fc.nat(5),
    )
    .map(([record, extra, dice]) => (dice === 0 ? { ...extra, ...record } : record));
}

/** JSON text nested deeper than any parser or validator should recurse. */
const deepNesting = fc
  .tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

/** Prototype pollution the way an attacker writes it: keys JSON.stringify would never produce. */
const pollutionText = fc
  .tuple(
    fc.constantFrom(
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"answers":{"__proto__":{"polluted":true}}}',
      '{"answers":{"constructor":{"prototype":{"polluted":true}}}}',
      '{"questionnaireId":"mini","__proto__":{"polluted":true}}',
      '{"email":"a@b.c","password":"x","__proto__":{"isAdmin":true}}',
      '{"answers":{"site":"yes"},"associationName":{"__proto__":{"polluted":true}}}',
      '[{"__proto__":{"polluted":true}}]',
    ),
    fc.boolean(),
  )
  .map(([text, spaced]) => (spaced ? text.replaceAll(':', ' : ') : text));

/** Text sent as a JSON body: mostly JSON, sometimes broken, huge, deep or polluting. */
export function hostileBodyText(
  plausible: fc.Arbitrary<unknown> = hostileJsonValue,
): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: plausible.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 2, arbitrary: hostileJsonValue.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
    { weight: 1, arbitrary: pollutionText },
    { weight: 1, arbitrary: deepNesting },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', ' ', 'null', '"', '{', '{"a":1,}', '\uFEFF{}', '{}{}', 'x'),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 100_000, max: 400_000 })
        .map((size) => JSON.stringify({ answers: { site: 'y'.repeat(size) } })),
    },
  );
}

/** What a client might put in Content-Type, right and wrong. */
export const hostileContentType: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constantFrom(
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json; charset=latin1',
    'application/json;;;',
    'application/problem+json',
    'application/json-patch+json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/plain',
    'text/html',
    'application/octet-stream',
    'application/xml',
    '*/*',
    '',
    ';',
    'json',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
);

/** Header values as a client can send them (Node refuses control characters in headers). */
export const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 120 }),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) }),
  fc.string({ unit: 'grapheme-ascii', minLength: 4000, maxLength: 8000 }),
);

/** One path segment as it travels: percent-encoded, or raw with its nasty escapes left in. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  hostileString.map((text) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '?'))),
  fc.constantFrom(
    '..',
    '.',
    '%00',
    '%',
    '%zz',
    '%2e%2e',
    '..%2f..%2fetc%2fpasswd',
    '%c0%ae%c0%ae',
    '%FF%FE',
    '%ED%A0%80',
    '~',
    ';',
    ',',
    'a;b=c',
    "!$&'()*+,=@:",
    'x'.repeat(3000),
    encodeURIComponent('é'.repeat(500)),
  ),
);
