const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]/i;

/**
 * "de" joined to a name as French writes it: the article of the name contracts or the "e" elides.
 * A name starting with "h" keeps "de": whether its h is silent is not something a rule can tell.
 *
 * @example frenchDe('Les Amis de l’École') // 'des Amis de l’École'
 * @example frenchDe('Le Club des aînés') // 'du Club des aînés'
 * @example frenchDe('La Ligue') // 'de la Ligue'
 * @example frenchDe('L’Union sportive') // 'de l’Union sportive'
 * @example frenchDe('Anne') // 'd’Anne'
 * @example frenchDe('Solidarité Paysans') // 'de Solidarité Paysans'
 */
export function frenchDe(name: string): string {
  const text = name.trim();
  const article = /^(les|le|la)\s+(.*)$/isu.exec(text);
  if (article) {
    const [, word, rest] = article;
    const lower = word!.toLowerCase();
    if (lower === 'les') return `des ${rest}`;
    if (lower === 'le') return `du ${rest}`;
    return `de la ${rest}`;
  }
  const elided = /^l['’]\s*(.*)$/isu.exec(text);
  if (elided) return `de l’${elided[1]}`;
  return VOWEL.test(text) ? `d’${text}` : `de ${text}`;
}
