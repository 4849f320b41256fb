import { countryGroups } from '../facts/gazetteer.js';

/**
 * A small curated lexicon for news questions: what WordNet lacks or ranks too low. Each group is a
 * set of words or phrases a reader uses interchangeably when asking about a news story. General
 * English knowledge only — never facts of particular articles.
 */
export const NEWS_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['offer', 'proposal', 'suggestion', 'proposition', 'overture'],
  ['propose', 'suggest', 'offer', 'put forward'],
  ['talks', 'negotiations', 'discussions', 'dialogue', 'meeting'],
  ['talk', 'negotiate', 'discuss', 'meet'],
  ['reject', 'turn down', 'refuse', 'decline', 'rebuff', 'dismiss', 'spurn'],
  ['accept', 'agree', 'approve', 'endorse'],
  ['deny', 'dispute', 'reject'],
  ['ambassador', 'envoy', 'emissary', 'diplomat'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'representative'],
  ['minister', 'secretary'],
  ['president', 'leader', 'head', 'chief'],
  ['government', 'administration', 'authorities', 'regime'],
  ['lawmaker', 'legislator', 'congressman', 'representative', 'senator'],
  ['legislature', 'congress', 'parliament', 'assembly'],
  ['election', 'vote', 'ballot', 'poll', 'primary'],
  // Winning is not losing: 'defeat' and 'beat' name the loser too, so they are not synonyms of 'win'.
  ['win', 'won', 'victory'],
  ['war', 'conflict', 'fighting', 'hostilities'],
  ['militia', 'militias', 'fighters', 'militants', 'insurgents', 'rebels'],
  ['weapons', 'arms', 'guns'],
  ['kill', 'slay', 'murder', 'shoot'],
  ['die', 'death', 'dead', 'killed'],
  ['arrest', 'detain', 'hold', 'jail', 'apprehend', 'seize'],
  ['hostage', 'captive', 'prisoner', 'detainee'],
  ['seize', 'capture', 'take over', 'occupy', 'storm'],
  ['embassy', 'consulate', 'mission'],
  ['money', 'funds', 'funding', 'cash', 'budget'],
  ['cost', 'price', 'spend', 'spent', 'expense'],
  ['increase', 'rise', 'grow', 'climb', 'jump', 'raise'],
  ['decrease', 'fall', 'drop', 'decline', 'cut', 'reduce'],
  ['company', 'firm', 'corporation', 'business'],
  ['buy', 'purchase', 'acquire'],
  ['sell', 'sale'],
  ['job', 'post', 'position', 'office'],
  ['resign', 'quit', 'step down', 'leave'],
  ['appoint', 'name', 'nominate', 'choose', 'select'],
  ['school', 'schools', 'education'],
  ['teacher', 'teachers', 'faculty'],
  ['student', 'students', 'pupils'],
  ['police', 'officers', 'detectives', 'investigators'],
  ['court', 'judge', 'jury', 'trial'],
  ['charge', 'accuse', 'indict', 'allege'],
  ['sue', 'lawsuit', 'suit'],
  ['law', 'bill', 'legislation', 'measure', 'act'],
  ['city', 'town', 'municipal'],
  ['state', 'province'],
  ['country', 'nation'],
  ['relations', 'ties', 'contact', 'relationship'],
  ['break', 'sever', 'cut off', 'end'],
  ['improve', 'better', 'warm'],
  ['security', 'safety', 'stability'],
  ['committee', 'commission', 'panel', 'board', 'council'],
  ['meeting', 'session', 'conference', 'summit'],
  ['plan', 'program', 'scheme', 'project'],
  ['report', 'statement', 'announcement'],
  ['announce', 'declare', 'state', 'say'],
  ['warn', 'caution', 'threaten'],
  ['support', 'back', 'aid', 'help', 'assist'],
  ['supply', 'provide', 'give', 'furnish', 'arm'],
  ['train', 'training', 'instruct'],
  ['nuclear', 'atomic'],
  ['program', 'programme'],
  ['shortage', 'deficit', 'lack', 'short'],
  ['wage', 'salary', 'pay'],
  ['tax', 'taxes', 'levy'],
  ['hospital', 'clinic'],
  ['doctor', 'physician'],
  ['car', 'automobile', 'vehicle'],
  ['plane', 'aircraft', 'airplane', 'jet'],
  ['team', 'club', 'squad'],
  ['coach', 'manager'],
  ['game', 'match', 'contest'],
  ['score', 'points'],
  ['fire', 'blaze'],
  ['storm', 'hurricane'],
  ['begin', 'start', 'open', 'launch'],
  ['end', 'finish', 'close', 'conclude'],
  // Abbreviated titles, as news copy writes them before a name ("Capt. Byron D. Rickards").
  ['captain', 'capt'],
  ['governor', 'gov'],
  ['senator', 'sen'],
  ['general', 'gen'],
  ['lieutenant', 'lt'],
  ['sergeant', 'sgt'],
  ['superintendent', 'supt'],
  ['professor', 'prof'],
  ['doctor', 'dr', 'physician'],
  ['commander', 'cmdr'],
  ['attorney', 'atty'],
  ['reverend', 'rev'],
  ['department', 'dept'],
  ['company', 'co', 'corp', 'inc'],
  ['take place', 'held', 'hold', 'happen', 'occur', 'meet'],
  ['step down', 'resign', 'quit'],
  ['set up', 'create', 'establish', 'form'],
  ['break off', 'break', 'sever', 'end'],
  ['pass away', 'die', 'death'],
];


/**
 * Equivalence classes of lower-case words/phrases: synonym groups, and each country with its
 * demonyms, capital and other names. Built once; the answer engine looks words up here before
 * WordNet because these pairs are the ones news questions rely on.
 */
export function buildNewsLexicon(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (group: readonly string[]): void => {
    for (const word of group) {
      const set = map.get(word) ?? new Set<string>();
      for (const other of group) if (other !== word) set.add(other);
      map.set(word, set);
    }
  };
  for (const group of NEWS_SYNONYM_GROUPS) link(group);
  for (const group of countryGroups()) link(group);
  return map;
}
