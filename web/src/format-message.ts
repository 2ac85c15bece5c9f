/**
 * The subset of ICU MessageFormat the catalogues use: `{name}`, `{n, plural, one {# membre}
 * other {# membres}}` (with `=0`-style exact cases, `#` the number as the language writes it)
 * and `{gender, select, female {...} other {...}}`. Plural categories come from
 * Intl.PluralRules, so French puts 0 and 1 in "one" and English only 1.
 * A few dozen lines instead of a library: no runtime dependency, nothing to precompile.
 * @see https://unicode-org.github.io/icu/userguide/format_parse/messages/
 */
export type MessageParams = Record<string, string | number>;

type Part =
  | string
  | { kind: 'argument'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; cases: Record<string, Part[]> };

const parsed = new Map<string, Part[]>();

export function formatMessage(message: string, params: MessageParams, lang: string): string {
  let parts = parsed.get(message);
  if (!parts) {
    parts = parse(message, { at: 0 }, false);
    parsed.set(message, parts);
  }
  return render(parts, params, lang, undefined);
}

function render(
  parts: Part[],
  params: MessageParams,
  lang: string,
  count: number | undefined,
): string {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else if (part.kind === 'pound')
      text += count === undefined ? '#' : new Intl.NumberFormat(lang).format(count);
    else if (part.kind === 'argument')
      text += part.name in params ? String(params[part.name]) : `{${part.name}}`;
    else if (part.kind === 'plural') {
      const value = Number(params[part.name]);
      const chosen =
        part.cases[`=${value}`] ??
        part.cases[new Intl.PluralRules(lang).select(value)] ??
        part.cases.other ??
        [];
      text += render(chosen, params, lang, value);
    } else {
      const chosen = part.cases[String(params[part.name])] ?? part.cases.other ?? [];
      text += render(chosen, params, lang, count);
    }
  }
  return text;
}

/** Parses until the end, or until the `}` that closes a case when `nested`. */
function parse(source: string, cursor: { at: number }, nested: boolean): Part[] {
  const parts: Part[] = [];
  let text = '';
  while (cursor.at < source.length) {
    const char = source[cursor.at]!;
    if (char === '}' && nested) break;
    if (char === '#' && nested) {
      if (text) parts.push(text);
      text = '';
      parts.push({ kind: 'pound' });
      cursor.at++;
    } else if (char === '{') {
      if (text) parts.push(text);
      text = '';
      cursor.at++;
      parts.push(parseArgument(source, cursor));
    } else {
      text += char;
      cursor.at++;
    }
  }
  if (text) parts.push(text);
  return parts;
}

function parseArgument(source: string, cursor: { at: number }): Part {
  const close = source.indexOf('}', cursor.at);
  const comma = source.indexOf(',', cursor.at);
  if (comma === -1 || (close !== -1 && close < comma)) {
    const name = source.slice(cursor.at, close).trim();
    cursor.at = close + 1;
    return { kind: 'argument', name };
  }
  const name = source.slice(cursor.at, comma).trim();
  const typeEnd = source.indexOf(',', comma + 1);
  const kind = source.slice(comma + 1, typeEnd).trim();
  if (kind !== 'plural' && kind !== 'select')
    throw new Error(`Unsupported message argument "${kind}" in: ${source}`);
  cursor.at = typeEnd + 1;
  const cases: Record<string, Part[]> = {};
  for (;;) {
    while (/\s/.test(source[cursor.at] ?? '')) cursor.at++;
    if (source[cursor.at] === '}') {
      cursor.at++;
      return { kind, name, cases };
    }
    const open = source.indexOf('{', cursor.at);
    if (open === -1) throw new Error(`Unclosed message argument in: ${source}`);
    const key = source.slice(cursor.at, open).trim();
    cursor.at = open + 1;
    cases[key] = parse(source, cursor, true);
    cursor.at++; // The case's closing brace.
  }
}
