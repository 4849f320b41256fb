/**
 * A measured guess at the language of an article's body: the share of each language's most common
 * function words among the body's words, and the script for languages not written in Latin letters.
 * No phrase of any page: only general word lists.
 */

const STOPWORDS: Record<string, { name: string; words: string }> = {
  en: { name: 'English', words: 'the of and to in is was that for on with as by at from it he she they his her has have had be are were said this which an not but will who their been would after also' },
  fr: { name: 'French', words: 'le la les des du de et est un une dans pour pas que qui sur au aux avec ce cette il elle ils sont ont été par plus mais comme son ses leur nous vous être fait selon' },
  es: { name: 'Spanish', words: 'el la los las del de y es un una en para que por con no se su sus al lo como más pero fue ha han este esta ser son según entre sobre también desde' },
  de: { name: 'German', words: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es als an wird wurde werden sind hat aus bei nach oder noch wie über zur zum' },
  it: { name: 'Italian', words: 'il lo la gli le di che è e un una per non con del della dei nel alla sono ha da al anche come più ma questo questa stato essere sul' },
  pt: { name: 'Portuguese', words: 'o a os as de do da dos das e é um uma em no na para que não com por se ao mais como mas foi são ser pelo pela sua seu também entre' },
  nl: { name: 'Dutch', words: 'de het een en van is dat op te in niet zijn met voor die er aan ook als bij door maar naar om wordt werd heeft hebben nog over dan' },
};

const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([code, { words }]) => [code, new Set(words.split(' '))]));

/**
 * Whether a word is one of the commonest function words of a language other than English, and no
 * English one: "zur", "und", "avec" (not "de" or "la", which English names write too, nor "die").
 */
export function isForeignFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !(SETS.en as Set<string>).has(lower) && Object.entries(SETS).some(([code, set]) => code !== 'en' && set.has(lower));
}

/** Scripts that settle the language (or language family) by themselves. */
const SCRIPTS: [RegExp, string, string][] = [
  [/\p{Script=Cyrillic}/gu, 'ru', 'Russian (Cyrillic script)'],
  [/\p{Script=Arabic}/gu, 'ar', 'Arabic'],
  [/\p{Script=Han}/gu, 'zh', 'Chinese'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja', 'Japanese'],
  [/\p{Script=Hangul}/gu, 'ko', 'Korean'],
  [/\p{Script=Greek}/gu, 'el', 'Greek'],
  [/\p{Script=Hebrew}/gu, 'he', 'Hebrew'],
  [/\p{Script=Devanagari}/gu, 'hi', 'Hindi'],
  [/\p{Script=Thai}/gu, 'th', 'Thai'],
];

export interface LanguageGuess {
  /** ISO 639-1 code. */
  code: string;
  name: string;
}

/**
 * The language of a text, or undefined when there is too little text to tell.
 *
 * @example guessLanguage('Le président a dit que la réforme est nécessaire pour les retraites.') // → { code: 'fr', name: 'French' }
 */
export function guessLanguage(text: string): LanguageGuess | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return undefined;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.5) {
    let best: [number, string, string] = [0, 'und', 'a non-Latin script'];
    for (const [pattern, code, name] of SCRIPTS) {
      const count = text.match(pattern)?.length ?? 0;
      if (count > best[0]) best = [count, code, name];
    }
    return { code: best[1], name: best[2] };
  }
  const words = text.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
  if (words.length < 8) return undefined;
  let bestCode = 'en';
  let bestCount = -1;
  for (const [code, set] of Object.entries(SETS)) {
    const count = words.filter((w) => set.has(w)).length;
    if (count > bestCount) {
      bestCode = code;
      bestCount = count;
    }
  }
  // Too few function words of any language (a list, a table) is no evidence against English.
  if (bestCount / words.length < 0.08) return undefined;
  return { code: bestCode, name: STOPWORDS[bestCode]?.name ?? bestCode };
}

/**
 * A declared language tag (`<html lang="fr-FR">`) as a code and an English name; undefined when the
 * tag is not one.
 *
 * @example languageOfTag('fr-FR') // → { code: 'fr', name: 'French' }
 */
export function languageOfTag(tag: string | undefined): LanguageGuess | undefined {
  const code = /^([a-z]{2,3})(?:$|[-_])/i.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  if (code === undefined) return undefined;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  return { code, name: name ?? code };
}
