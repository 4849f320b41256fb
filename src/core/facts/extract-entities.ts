import type { EntityType } from '../types.js';
import { countryOfDemonym, lookupPlace } from './gazetteer.js';
import { HAS_LOWER, STARTS_UPPER } from '../text/unicode-patterns.js';

/** A token of a sentence with its offsets, so that every mention is a verbatim slice. */
interface Token {
  text: string;
  start: number;
  end: number;
  /** The token was followed by `'s` (kept out of `text`). */
  possessive: boolean;
  cap: boolean;
  /** A clause boundary (`,`, `;`, `(`, a quote…) follows the token. */
  breakAfter: boolean;
  /** Position in the sentence's token list. */
  index: number;
}

/** A name read in a sentence before article-level linking. */
export interface RawMention {
  text: string;
  start: number;
  type: EntityType | undefined;
  role?: string | undefined;
  /** True when the type came from a cue (title, role, honorific, place preposition). */
  cued: boolean;
  /** Written with `'s`: `Saddam's`. */
  possessive: boolean;
  /** The canonical place name when it differs from the text: `Communist China` → `China`. */
  canonical?: string | undefined;
  /** The first word of the sentence, where capitals prove nothing. */
  initial: boolean;
}

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** A state's name cut short with a full stop: "Pa.", "Calif.", "Ill.". */
const STATE_ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}\.$/u;

/** A pronoun with its verb run together, which opens speech before a name: "You're Gavin", "I'm Dan Morgan". */
/** Verbs of command that open a sentence before a name: "Tell Sam", "Ask Dr. Lee", "Let Ann". */
const IMPERATIVES = new Set(['Tell', 'Ask', 'Let', 'Give', 'Take', 'Call', 'Send', 'Bring', 'Get', 'Meet', 'Thank', 'Help', 'Leave', 'Show', 'Remind', 'Wake', 'Kiss', 'Find', 'Fetch', 'Look', 'Listen']);
const CONTRACTED_PRONOUN = /^(?:I|You|He|She|It|We|They|That|There|Here|Who|What|Let)['’](?:m|re|s|ve|d|ll)$/;
/** An auxiliary run together with "not", which opens a question before its subject: "Hadn't Ann", "Wasn't Tom Hale". */
const NEGATED_AUXILIARY = /^\p{Lu}\p{Ll}*n['’]t$/u;
/** A verb run together with the name before it, cut off as no part of the name: "Ann'll", "Tom've". */
const CONTRACTED_VERB = /['’](?:ll|ve|re)$/;
/**
 * Conjunctions that open the next clause: one closing a run of capitals is no part of the name, but
 * a sentence whose full stop is missing ("I said her name, Ann But she was gone").
 */
const TRAILING_CONJUNCTIONS = words(`But And Or Nor Yet So Because Although Though Unless While When If`);

/** Capitalised words that open sentences or clauses but are never names on their own. */
const STOP = words(`The A An But And Or Nor So Yet For In On At To Of By With From Into Onto Over Under
  After Before Since Until While When Where Whether Why How What Who Whom Whose Which That This These Those
  There Here Then Now Still Even Also Only Just Both Each Every Either Neither No Not Some Many Most
  More Much Few All Any Such Other Another Several His Her Hers Their Theirs Its Our Ours My Your He She
  It They We I You Me Him Them Us If Although Though However Meanwhile Instead Because As Despite Among
  During Without Within Through Throughout Against Toward Towards Upon Unlike Like Per Via Asked Earlier
  Later Last Next Finally Today Yesterday Tomorrow Tonight Mr Mrs Ms Yes Well Oh
  Let Please Thus Hence Therefore Indeed Perhaps Maybe Already Again Never Always Often Sometimes Once
  Do Does Did Is Are Was Were Be Been Has Have Had Will Would Can Could Shall Should May Might Must
  One Two Three Four Five Six Seven Eight Nine Ten Those According Under Around About Above Below
  Following Including Regarding Concerning Whatever Whoever Whichever Nevertheless Nonetheless Besides
  Otherwise Rather Anyway Although Whereas Whilst Unless Except Beyond Behind Beside Between Across Along
  Whenever Wherever Moreover Furthermore Consequently Accordingly Afterward Afterwards Soon Suddenly
  Eventually`);

const DAYS_MONTHS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu
  Thur Thurs Fri Sat Sun January February March April May June July August September October November
  December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept.
  Oct. Nov. Dec. Christmas Easter`);

const HONORIFICS = words(`Mr. Mrs. Ms. Miss Mr Mrs Ms Dr. Dr Sir Dame Madame Mme. Mlle. Messrs. Messrs Mmes. Mmes Mesdames Honorable Hon. Honourable`);

/** Capitalised titles that precede a name and become its role: `U.S. Ambassador Ryan Crocker`. */
const TITLES = words(`President Vice Secretary Ambassador Senator Sen. Rep. Representative Congressman
  Congresswoman Gov. Governor Lt. Mayor Judge Justice General Gen. Col. Colonel Capt. Captain Sgt. Sergeant
  Adm. Admiral Maj. Cmdr. Commander Lieutenant Minister Chancellor King Queen Prince Princess Pope Rev.
  Reverend Father Bishop Archbishop Cardinal Sheriff Chief Commissioner Chairman Chairwoman Director
  Professor Prof. Coach Attorney Speaker Deputy Superintendent Councilman Councilwoman Alderman Detective
  Officer Lord Lady Ayatollah Sheikh Imam Emir Sultan Premier Consul Envoy  Treasurer Assemblyman
   Commissioner Pastor Rabbi   Patrolman Trooper Prosecutor Solicitor Auditor
  Comptroller Controller  Justice Magistrate Marshal Inspector Supt. Atty. Gov.-elect President-elect
  Foreign Defense Defence Interior Finance Prime State Press Executive Spokesman Spokeswoman Senior Acting
  Former Administrator Manager Editor Counsel Supervisor Principal Publisher Umpire Referee Warden
  Sen.-elect Majority Minority Leader Whip Undersecretary Under Assistant Associate Champion Statesman Secretary-General Attorney-General Governor-General Vice-President
  Vice-Premier Lieutenant-Governor
  Republican Democrat Democratic Conservative Liberal Laborite Socialist Communist`);

/** Plural titles before a list of names, each name's title in the singular: `Justices Black and Douglas`. */
const PLURAL_TITLES = new Map(
  Object.entries({
    Justices: 'Justice',
    Judges: 'Judge',
    Senators: 'Senator',
    'Sens.': 'Sen.',
    Representatives: 'Representative',
    'Reps.': 'Rep.',
    Governors: 'Governor',
    Generals: 'General',
    'Gens.': 'Gen.',
    Presidents: 'President',
    Ambassadors: 'Ambassador',
    Commissioners: 'Commissioner',
    Councilmen: 'Councilman',
    Professors: 'Professor',
    Bishops: 'Bishop',
    Cardinals: 'Cardinal',
    Mayors: 'Mayor',
  }),
);

/** Titles that can stand only as modifiers of a following title, never alone before a name. */
/** Company officers' titles written as capitals: `CEO`, `CFO`, `COO`, `CTO`. */
const OFFICER_TITLE = /^C[A-Z]{1,2}O$/;

const TITLE_MODIFIERS = words(`Vice Foreign Defense Defence Interior Finance Prime State Press Executive
  Senior Acting Former Deputy Lt. Majority Minority Under Assistant Associate`);

/** Whether a word names a kind of place in a place's name: `Street`, `Avenue`, `Lake`, `Mount`. */
export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word) || PLACE_HEADS.has(word);
}

/** Whether a word is a title or honorific written before names (`Senator`, `Mrs.`, `CEO`). */
export function isNameTitle(word: string): boolean {
  return TITLES.has(word) || HONORIFICS.has(word) || OFFICER_TITLE.test(word) || PLURAL_TITLES.has(word);
}

/**
 * How many of a name's first words are titles (`Mayor`, `Prime Minister`, `CEO`, `Mrs.`) when a
 * person's name of two or more words follows them and no organisation word ends it: `Mayor Bill de
 * Blasio` → 1, `Democratic National Committee` → 0.
 *
 * @example
 * leadingTitleLength(['CEO', 'Mark', 'Zuckerberg']); // → 1
 */
export function leadingTitleLength(words: readonly string[]): number {
  let n = 0;
  let real = false;
  while (n < words.length) {
    const w = words[n] ?? '';
    const title = TITLES.has(w) || HONORIFICS.has(w) || OFFICER_TITLE.test(w);
    if (!title) break;
    if (!TITLE_MODIFIERS.has(w)) real = true;
    n++;
  }
  const rest = words.slice(n).filter((w) => STARTS_UPPER.test(w));
  return real && rest.length >= 2 && !isOrgWord(words[words.length - 1] ?? '') && !PLACE_WORDS.has(words[words.length - 1] ?? '') ? n : 0;
}

/** Lower-case role nouns: `spokesman Sean McCormack`, `McCormack, a spokesman`. */
export const ROLE_NOUNS = words(`spokesman spokeswoman spokesperson minister secretary ambassador envoy president
  vice-president chairman chairwoman chair director official officials officer leader head chief commander
  general governor mayor senator representative congressman congresswoman lawyer attorney judge justice
  prosecutor manager executive editor reporter correspondent analyst professor teacher coach player author
  member superintendent commissioner treasurer clerk sheriff councilman councilwoman candidate aide adviser
  advisor economist expert founder owner partner principal pastor priest bishop dean surgeon doctor
  physician scientist engineer chancellor king queen prince counterpart negotiator diplomat administrator
  supervisor agent detective inspector captain lieutenant sergeant colonel admiral student resident
  witness victim suspect defendant plaintiff chemist architect banker businessman businesswoman
  publisher writer historian economist investigator auditor controller comptroller assessor legislator
  lawmaker politician premier monarch ruler dictator emir sheikh cleric imam rabbi minister chaplain
  nominee appointee deputy assistant commentator columnist critic producer actor actress singer
  musician artist designer president-elect vice-chairman co-founder proprietor operator contractor
  developer investor trader broker accountant consultant strategist spokesmen trustee regent fellow
  researcher lecturer instructor principal headmaster nurse pilot driver farmer worker employee
  chairman-elect delegate activist organizer organiser campaigner adviser patrolman trooper officer
  marshal magistrate solicitor barrister counsel`);

/** A role noun, also shared or second (`co-director`, `vice-chairman`). */
function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(lower.replace(/^(?:co|vice|deputy|assistant)-/, ''));
}

/** Lower-case words that may stand between an organisation and a role noun: `foreign minister`. */
const ROLE_MODIFIERS = words(`foreign deputy vice chief senior former acting executive general assistant
  top state county city federal defense defence interior finance prime press national security associate
  managing news district regional local health education trade commerce economy energy justice police
  fire army navy military party campaign legal financial political finance labor labour club team
  head public information communications personnel interim assistant-secretary co special permanent
  nuclear treasury foreign-affairs intelligence`);

/** Words that make a capitalised sequence an organisation: `State Department`, `Multnomah County`. */
const ORG_WORDS = words(`Department Dept. Ministry Agency Administration Council Commission Committee
  Senate House Congress Parliament Assembly Legislature Court Party Union University College School
  Company Co. Corp. Corporation Inc. Ltd. LLC Association Assn. Assn Bank Board Bureau Office Service Services Army
  Navy Force Forces Corps Police Times Post News Journal Tribune Herald Gazette Press Institute Foundation
  Church Club League Administration Authority Organization Organisation Government Republicans Democrats Community
  County Commissioners Federation Group Fund Society Center Centre Hospital Airlines Railroad Railway
  Motors Industries Bancorp Holdings Network Broadcasting Television Radio Agency Guard Cabinet
  Conference Council Coalition Alliance Front Movement Brigade Brigades Division Regiment Battalion Fleet
  Command Secretariat Tribunal Commissioners Trust Exchange Reserve Mission Embassy Consulate Institution
  Academy Museum Library Orchestra Team Giants Yankees Cardinals Club Department's Chamber Council's
  Magazine Review Daily Weekly Monthly Studios Pictures Records Systems Technologies Laboratory Laboratories Labs
  Partners Associates Consortium Cooperative Co-op Parish Diocese Synod Legion Order Workers Jury
  Temple Congregation Abbey Lodge Home Clinic Firm Brothers Bros. Stores Store Airways Lines Team Squad
  Klan Mfg. Mfg Convention Gallery Masons Band Jurisdiction Restaurant Lounge Cafe Sox Dodgers Braves Cubs Tigers Orioles Pirates
  Reds Phillies Twins Angels Athletics Senators Colts Packers Bears Lions Rams Celtics Lakers Knicks
  Electric Dynamics Mills Foods Electronics Steel Oil Petroleum Chemical Chemicals Aircraft Insurance
  Savings Telephone Telegraph Airlines Pharmaceuticals Symphony Philharmonic
  Commission`);

/**
 * Institution nouns some styles write in lower case after the name (`Royal Shrewsbury hospital`,
 * `Leeds Beckett university`): with the name before them, an organisation.
 */
const LOWER_ORG_NOUNS = words(`hospital infirmary clinic university college school academy institute museum
  library`);

/** Whether a lower-case word is an institution noun that ends an organisation's name (`… hospital`). */
export function isLowerOrgNoun(word: string): boolean {
  return LOWER_ORG_NOUNS.has(word);
}

/**
 * Bits of company names that are never an organisation alone (`Service, Inc.`), and dotted
 * abbreviations of eras and hours (`150 A.D.`, `10 P.M.`), which are no one.
 */
const ORG_TAILS = words(`Inc. Inc Co. Co Corp. Corp Ltd. Ltd LLC Bros. Jr. Jr Sr. Sr No. No A.D. B.C. B.C.E. C.E. A.M. P.M.`);

/** Whether a word is one of `ORG_TAILS`: a bit of a company's name that names no body alone (a legal form, "Inc.", "Ltd.", or "Bros."), or an era's or an hour's abbreviation. */
export function isOrgTail(word: string): boolean {
  return ORG_TAILS.has(word);
}

/** Suffixes after a person's name that are not part of how they are called: `Harvey Jr.`. */
const NAME_TAILS = words(`Jr. Jr Sr. Sr No. No II III`);

/** Last words that make a capitalised sequence a place: `Eddy Street`, `Providence River`. */
const PLACE_WORDS = words(`Street Streets St. Avenue Ave. Av. Av Boulevard Blvd. Road Rd. Drive Lane Place Circle
  Ct. Way Highway Freeway Parkway Turnpike Park Square Plaza Bridge River Lake Island Islands Mountain
  Mountains Hill Hills Ridge Valley Bay Beach Creek Falls Harbor Harbour Heights Canyon Sea Ocean Gulf
  Peninsula Desert Forest Hall Airport Station Stadium Coliseum Arena Canal Strait Coast Province Isles Playhouse Trail
  District Township Village Borough Territory Region Basin Delta Pass Springs Square Garden Gardens Hotel
  Motel Inn Theater Theatre Cemetery Route Cathedral Mansion Port City`);

/** First words that make a capitalised sequence a place: `Mount Hood`, `Lake Erie`, `Fort Worth`. */
const PLACE_HEADS = words(`Mount Mt. Lake Fort Ft. Port Cape Camp Point Gulf Isle Bay North South East West
  Northwest Northeast Southwest Southeast Upper Lower San Santa Los Las St. Saint Republic Kingdom Interstate
  Route Highway`);

/**
 * Words for a kind of place written in lower case after its name (`the Tuva region`, `Hubei
 * province`): the name before them is a place.
 */
const LOWER_PLACE_NOUNS = words(`region province district republic territory state county prefecture oblast
  area city town village island islands peninsula valley`);

/** Words for a kind of place written before "of" and its name: `State of California`, `City of London`. */
const PLACE_OF = words(`State Commonwealth City Town Province County Territory`);

/** Words that qualify a country without making a new name: `Communist China`. */
const COUNTRY_QUALIFIERS = words(`Communist Red Nationalist Free Soviet Northern Southern Eastern Western Central
  Greater Mainland Imperial Occupied Socialist Democratic Islamic Federal Republican`);

/** Well-known organisations with no organisation word in their name. */
const KNOWN_ORGS = words(`Reuters AFP AP UPI VOA BBC CNN NBC CBS ABC Fox NPR Xinhua Interfax Bloomberg
  Pentagon Kremlin Congress Senate Parliament NATO UN U.N. EU E.U. OPEC IAEA FBI CIA NSA KGB IMF WHO
  UNESCO UNICEF Hezbollah Hamas Taliban Fatah Qaeda al-Qaida al-Qaeda Vatican Interpol Google Microsoft
  Democrats Republicans Apple Amazon Facebook Twitter IBM GM Ford Boeing Airbus Toyota Honda Pemex Gazprom Aramco Knesset Duma
  Politburo Bundestag Sejm Majlis Scotland\u00a0Yard Medicare Medicaid Greenpeace Amnesty NASA Peace Corps
  Treasury Supreme White\u00a0House`);
const KNOWN_ORG_PHRASES = new Set(
  ['White House', 'Scotland Yard', 'Supreme Court', 'Wall Street', 'Red Cross', 'Red Crescent', 'United Nations', 'European Union', 'Amnesty International', 'Human Rights Watch', 'Capitol Hill', 'Downing Street', 'Associated Press', 'United Press International', 'Voice of America'].map((s) => s.toLowerCase()),
);

/** Words after a single capitalised token that make it a speaking person: `McCormack said`. */
const SPEECH_VERBS = /^\s+(?:said|says|told|added|asked|noted|stated|explained|declared|announced|argued|insisted|warned|wrote|replied|recalled|conceded|acknowledged|testified|urged|predicted|contended|suggested|stressed|emphasized|claimed|commented|complained|agreed|denied|admitted|believes|thinks|thought|believed|has\s+said|had\s+said|also\s+said)\b/;

/** Prepositions that make the next capitalised words a place when nothing else decides. */
/** A state written after a comma: "Wellsville, Mo.", "Gilbert Mills, New York". */
const STATE_AFTER = /^,\s*((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/;

/** Whether the text after a name opens with a comma and a state: the name is a town of it. */
function stateAfter(after: string): boolean {
  const state = STATE_AFTER.exec(after)?.[1];
  return state !== undefined && lookupPlace(state)?.kind === 'state';
}

const STRONG_PLACE_CUE = /\b(?:in|near|outside|throughout|across)\s+(?:the\s+)?$/i;

const ABBREVIATION = /^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Adm|Maj|Lt|Cmdr|Rev|Prof|Supt|Atty|St|Jr|Sr|Co|Corp|Inc|Ltd|Bros|Dept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|No|Mme|Mmes|Mlle|Messrs|Ave|Av|Blvd|Rd|Ct|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\.$|^[A-Z]\.[A-Z][a-z]{1,3}\.$/;

// A dash typed as two hyphens ("Canada -- Henri") is punctuation, not part of a word.
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&]|-(?!-))*|-{2,}|[,;:()"“”—–[\]!?]/gu;

const PUNCTUATION = new Set([',', ';', ':', '(', ')', '"', '“', '”', '—', '–', '[', ']', '!', '?']);
const TRAILING = new Set(['-', "'", '’']);
/** An ordinal word closing a run of capitalised words is no part of a name. */
const TRAILING_ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)$/;
const NAME_PARTICLE = /^(?:al|el|bin|ibn|de|van|von|le|la|du|da|di)-\p{Lu}/u;

/** The hot loop of the article pass: char tests first, regexes only when they can match. */
function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  // An exec loop rather than matchAll, which clones the expression on every call; this function is
  // synchronous and never re-entered, so the shared lastIndex is safe.
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m !== null; m = TOKEN_RE.exec(sentence)) {
    let text = m[0];
    const start = m.index;
    if ((text.length === 1 && PUNCTUATION.has(text)) || text.startsWith('--')) {
      const last = tokens[tokens.length - 1];
      if (last) last.breakAfter = true;
      continue;
    }
    let possessive = false;
    let breakAfter = false;
    // A trailing period ends the sentence unless the token is an abbreviation (`U.S.`, `Mr.`).
    // `Mo..` — an abbreviation that also ends the sentence.
    if (text.endsWith('..')) {
      text = text.replace(/\.+$/, '.');
      breakAfter = true;
    }
    if (text.endsWith('.') && !ABBREVIATION.test(text)) {
      text = text.replace(/\.+$/, '');
      breakAfter = true;
    }
    const n = text.length;
    const lastChar = text[n - 1];
    if (n > 2) {
      // `Iran's`, `Saddam's`, `Jones'` — but not `Shi'ite` (the apostrophe is inside).
      const penult = text[n - 2];
      if ((lastChar === 's' || lastChar === 'S') && (penult === "'" || penult === '’') && /[A-Za-z]/.test(text[n - 3] ?? '')) {
        text = text.slice(0, n - 2);
        possessive = true;
      } else if ((lastChar === "'" || lastChar === '’') && /[A-Za-z]/.test(penult ?? '')) {
        text = text.slice(0, n - 1);
        possessive = true;
      }
    }
    while (text.length > 0 && TRAILING.has(text[text.length - 1] ?? '')) text = text.slice(0, -1);
    // "Ann'll work harder": the verb run together with the name ends it ("I'll", "They've" stay whole,
    // as the pronouns the runs drop).
    if (text.length > 3 && CONTRACTED_VERB.test(text) && !CONTRACTED_PRONOUN.test(text)) {
      text = text.replace(CONTRACTED_VERB, '');
      breakAfter = true;
    }
    if (text.length === 0) continue;
    const code = text.charCodeAt(0);
    const cap =
      (code >= 65 && code <= 90) ||
      (code > 127 && STARTS_UPPER.test(text)) ||
      (text.includes('-') && NAME_PARTICLE.test(text));
    tokens.push({ text, start, end: start + text.length, possessive, cap, breakAfter, index: tokens.length });
  }
  return tokens;
}

const OF_HEADS = words(`University Bank Bay Gulf Sea Cape Isle Republic Kingdom Duke Earl House Chamber Voice
  Board Sea Lake Isle Bureau Office`);

/** Names of laws, events and documents: neither people, organisations nor places. */
const THING_WORDS = words(`Act Acts Amendment Amendments War Wars Treaty Doctrine Plan Report Award Awards
  Prize Cup Open Series Games Trophy Bowl Festival Conference Agreement Accord Pact Code Constitution
  Rules Revolution Crisis Program Programme Project Fair Show Exposition Expo Olympics Championship
  Tournament Classic Derby Stakes Invitational Holiday Era Century Concert Opera Ballet Novel
  Film Play Song Album Concerto Concertos Nocturne Nocturnes Sonata Sonatas Symphonie Prelude Preludes Etude Etudes Overture Requiem Serenade Rhapsody Fugue Cantata Oratorio Mazurka Polonaise Scherzo`);

const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'da', 'di', 'bin', 'ibn', 'al', 'el', 'for', 'and', '&']);

function isOrgWord(t: string): boolean {
  // ("Heart Associations", "County Councils": a body's head in the plural, bodies of a kind together.)
  return ORG_WORDS.has(t) || (t.length > 4 && t.endsWith('s') && AND_ORG_HEADS.has(singular(t)));
}

/** How many capitalised words after "and" may lead up to the organisation's word that ends them. */
const AND_ORG_REACH = 4;
/** The heads of a body's name that may hold an "and": "Food and Drug Administration", "Coal and Steel Community" (not "Senate Democrats", who are people). */
const AND_ORG_HEADS = words(`Administration Community Corporation Company Commission Association Authority Institute Foundation
  Bureau Board Council Society Federation Union Agency Department Railroad Railway Laboratories Laboratory`);

/**
 * Whether the capitalised words from `from` (no more than a few, no punctuation between; or a firm's
 * word alone) end in the head of a body's name, and the run before the "and" (`run`) can be the
 * start of that name: two words or more, no title, no place ("Federal Food", not "President
 * Kennedy", not "Iran").
 */
function endsInOrgWord(tokens: readonly Token[], from: number, run?: readonly Token[]): boolean {
  if (run !== undefined && (run.length < 2 || run.some((t) => TITLES.has(t.text) || HONORIFICS.has(t.text)) || lookupPlace(run.map((t) => t.text).join(' ')) !== undefined)) return false;
  let k = from;
  while (k < from + AND_ORG_REACH && tokens[k]?.cap === true && !(tokens[k]?.breakAfter ?? false) && tokens[k + 1]?.cap === true) k++;
  // ("Marshall Fenn and Company": a firm's word alone after the "and" ends its name too.)
  return tokens[k]?.cap === true && ((k > from && AND_ORG_HEADS.has(singular(tokens[k]?.text ?? ''))) || (k === from && FIRM_TAILS.has(tokens[k]?.text ?? '')));
}

/**
 * A head written in the plural, as bodies that join two causes are ("Tuberculosis and Heart
 * Associations", "Mines and Minerals Agencies"), in the singular.
 */
function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/(?<!s)s$/, '');
}

/** A firm's word that alone after "and" ends a firm's name: "Marshall Fenn and Company", "Ada Quill and Co.". */
const FIRM_TAILS = words(`Company Co.`);

/**
 * `of`/`and`/`for` join only inside institutional names (`Department of State`, `Secretary of
 * State`), so that `Iran and Iraq` stay two places.
 */
function institutional(r: Token | undefined): boolean {
  return r !== undefined && (isOrgWord(r.text) || TITLES.has(r.text) || OF_HEADS.has(r.text));
}

/**
 * A title in the plural ("Chiefs", "Commissioners", "Ministers"): after another word it heads a body
 * of the office's holders ("the Combined Chiefs of Staff", "the County Commissioners"), no one's name
 * (before names it is each one's title: "Justices Marlow and Peake"). Not a party's members.
 */
function pluralTitle(word: string): boolean {
  const singular = word.replace(/(?<=[^s])s$/, '');
  return singular !== word && TITLES.has(singular) && !TITLE_MODIFIERS.has(singular) && !PARTY_WORDS.has(singular);
}

/** Party words among the titles ("Democrat", "Republican"): "Southern Democrats" are members, no body named. */
const PARTY_WORDS = words(`Republican Democrat Democratic Conservative Liberal Laborite Socialist Communist`);

/**
 * A title and a person's name after it, with nothing of an institution's name (`President Kennedy`,
 * `Mayor Ivan Allen`): an `and` after it starts someone else (`President Kennedy and Senate
 * Democrats`), where after `Secretary of Health` it goes on with the title's complement.
 */
function titledName(run: readonly Token[]): boolean {
  const last = run[run.length - 1];
  return run.some((r) => TITLES.has(r.text)) && last !== undefined && !institutional(last) && !run.some((r) => CONNECTORS.has(r.text) || isOrgWord(r.text) || OF_HEADS.has(r.text));
}

/** `of the`, `for a`: a determiner inside an organisation's name (`Committee for a Responsible Federal Budget`). */
const NAME_DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Whether the run names an organisation by an `of`/`for` complement (`Department of Design`,
 * `Academy of Allergy`) whose part after the connector is still open: no title, honorific or
 * place in it, so that `and` or a list may continue the complement.
 */
function inOfComplement(run: readonly Token[]): boolean {
  let at = -1;
  for (let k = run.length - 1; k >= 0; k--) {
    const text = run[k]?.text;
    if (text === 'of' || text === 'for') {
      at = k;
      break;
    }
  }
  if (at < 1 || !run.slice(0, at).some((t) => isOrgWord(t.text) || OF_HEADS.has(t.text))) return false;
  const complement = run.slice(at + 1).filter((t) => t.cap);
  return complement.length > 0 && complement.every((t) => !TITLES.has(t.text) && !HONORIFICS.has(t.text) && !t.possessive) && !lookupPlace(complement.map((t) => t.text).join(' '));
}

/** A capitalised word that may continue an organisation's complement after `and` or a comma. */
function continuesComplement(t: Token | undefined): boolean {
  return t !== undefined && t.cap && !STOP.has(t.text) && !TITLES.has(t.text) && !HONORIFICS.has(t.text) && !DAYS_MONTHS.has(t.text) && lookupPlace(t.text) === undefined;
}

/**
 * After `Allergy,` inside `Academy of Allergy, Asthma and Immunology`: the index of the `and`
 * closing a list of capitalised items (`Asthma and Immunology`, `Asthma, Hay Fever, and
 * Immunology`), or -1 when what follows the comma is not such a list.
 */
function listAnd(sentence: string, tokens: readonly Token[], comma: Token): number {
  let i = comma.index + 1;
  for (let items = 0; items < 6; items++) {
    // One item: up to four capitalised words.
    const first = i;
    while (i < tokens.length && i - first < 4 && continuesComplement(tokens[i]) && !(tokens[i]?.possessive ?? false)) {
      if (tokens[i]?.breakAfter) break;
      i++;
    }
    const last = tokens[i];
    if (i === first && !continuesComplement(last)) return -1;
    if (last && continuesComplement(last) && last.breakAfter && !last.possessive) {
      // `Asthma,` — another item follows, or the serial comma before `and`.
      if (sentence.slice(last.end, tokens[i + 1]?.start ?? last.end).trim() !== ',') return -1;
      i++;
      if (tokens[i]?.text === 'and' && continuesComplement(tokens[i + 1])) return i;
      continue;
    }
    // `Asthma and Immunology`: the item ends at `and` followed by a capitalised word.
    return tokens[i]?.text === 'and' && i > first && continuesComplement(tokens[i + 1]) ? i : -1;
  }
  return -1;
}

/**
 * Lower-case words that may follow an organisation's name (verbs of reporting, auxiliaries,
 * prepositions, conjunctions); any other lower-case word after `the Connally` makes the capitalised
 * words a modifier (`the Senate of the Connally amendment`), not the end of a name.
 */
const AFTER_NAME = words(`said says told is was are were has have had will would can could may might must should
  did does do and or but nor in on at to for of with by from into than that which who whose whom as after
  before since because if when while where until also not now then itself`);

/** Whether the capitalised words from `from` on are followed, with no break, by a word they modify. */
function modifiesNoun(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (tokens[i]?.cap && !(tokens[i]?.breakAfter ?? false) && !(tokens[i]?.possessive ?? false)) i++;
  const last = tokens[i];
  if (!last || last.breakAfter || last.possessive || !last.cap) return last !== undefined && !last.cap && !AFTER_NAME.has(last.text) && !/(?:ed|s)$/.test(last.text);
  const next = tokens[i + 1];
  return next !== undefined && !next.cap && !AFTER_NAME.has(next.text) && !/(?:ed|s)$/.test(next.text);
}

/** Lower-case particles that open a surname written without its given name: `de Blasio`, `van Gogh`. */
const SURNAME_PARTICLES = words(`de van von der den du da di del della dos das bin ibn`);

/**
 * A day or month abbreviation written without its dot and followed by a capitalised word is a given
 * name (`Mar Hicks`, `Jan Berg`, `Sun Yat-sen`): as a date it is followed by a number or stands alone.
 */
function givenNameLike(t: Token, next: Token | undefined): boolean {
  return DOTLESS_ABBREVIATIONS.has(t.text) && !t.breakAfter && !t.possessive && next !== undefined && next.cap && !DAYS_MONTHS.has(next.text) && !STOP.has(next.text);
}

/** Months that are also given names: `Sally May Saabye`, `Ann June Hale`. */
const MONTH_NAMES_GIVEN = words(`April May June`);

/**
 * A month that is also a given name, between a name begun and a capitalised word, is a middle name
 * (`Sally May Saabye`): as a date it is followed by a number or stands after no name (`in May`).
 */
function middleNameMonth(previous: Token | undefined, t: Token, next: Token | undefined): boolean {
  return MONTH_NAMES_GIVEN.has(t.text) && previous !== undefined && !previous.breakAfter && !previous.possessive && !DAYS_MONTHS.has(previous.text) && !TITLES.has(previous.text) && !isOrgWord(previous.text) && lookupPlace(previous.text) === undefined && next !== undefined && next.cap && !t.breakAfter && !DAYS_MONTHS.has(next.text) && !STOP.has(next.text) && !/\d/.test(next.text);
}

const DOTLESS_ABBREVIATIONS = words(`Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept
  Oct Nov Dec`);

/** "Vs." (its full stop already cut off) or "Versus" between two names: "Ned Vale Vs. Ann Quint". */
const VERSUS = /^(?:Vs|VS|Versus)$/;

/**
 * Whether the capitalised words from token `first` are the body an office is of: a lower-case role
 * noun and `of`/`for` (and `the`) right before them (`director of Campus Crusade`).
 */
function officeOf(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  if (NAME_DETERMINERS.has(tokens[j]?.text ?? '')) j--;
  const preposition = tokens[j];
  const noun = tokens[j - 1];
  return preposition !== undefined && /^(?:of|for)$/.test(preposition.text) && noun !== undefined && !noun.cap && !noun.breakAfter && isRoleNoun(noun.text) && !PLURAL_ROLE.test(noun.text);
}

/** Runs of capitalised tokens (with inner connectors such as `of`), split at clause breaks. */
/** Capital letters (not a Roman numeral) written right before a number: a catalogue or model code ("LRX 1042"). */
function catalogueCode(t: Token | undefined, tokens: readonly Token[]): boolean {
  return t !== undefined && !t.possessive && !t.breakAfter && /^\p{Lu}{2,5}$/u.test(t.text) && !/^[IVXLCDM]+$/.test(t.text) && /^\d/.test(tokens[t.index + 1]?.text ?? '');
}

function capitalisedRuns(sentence: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length > 0 && !(run[run.length - 1]?.cap ?? false)) run.pop();
    // "Brahms Second", "Beethoven's Fifth": a work called by its number, whose composer is the name.
    while (run.length > 1 && TRAILING_ORDINAL.test(run[run.length - 1]?.text ?? '')) run.pop();
    // "Quarto Records LRX 1042": letters in capitals right before a number are a catalogue or model
    // code, no word of the name before them (a Roman numeral is: "Pius XII").
    while (run.length > 1 && catalogueCode(run[run.length - 1], tokens)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.cap && VERSUS.test(t.text)) {
      // "Ned Vale Vs. Ann Quint": "versus" stands between two names and belongs to neither.
      flush();
      continue;
    }
    if (t.cap && (!DAYS_MONTHS.has(t.text) || givenNameLike(t, tokens[i + 1]) || middleNameMonth(run[run.length - 1], t, tokens[i + 1]))) {
      run.push(t);
    } else if (run.length === 0 && SURNAME_PARTICLES.has(t.text) && (tokens[i + 1]?.cap ?? false) && !DAYS_MONTHS.has(tokens[i + 1]?.text ?? '')) {
      // `de Blasio said`, `van Gogh's`: the particle opens the surname written alone.
      run.push(t);
    } else if (run.length > 0 && (t.text === 'of' || t.text === 'for') && NAME_DETERMINERS.has(tokens[i + 1]?.text ?? '') && (tokens[i + 2]?.cap ?? false)) {
      // `Committee for a Responsible Federal Budget`, `Department of the Interior`: only right
      // after an organisation's word (`Secretary of the Navy` stays a title and a name).
      const prev = run[run.length - 1];
      if (prev && (isOrgWord(prev.text) || OF_HEADS.has(prev.text)) && !prev.possessive && !prev.breakAfter && !TITLES.has(prev.text) && !modifiesNoun(tokens, i + 2)) {
        run.push(t, tokens[i + 1] as Token);
        i += 1;
      } else flush();
      continue;
    } else if (run.length > 0 && t.text === 'to' && inOfComplement(run) && !(run[run.length - 1]?.breakAfter ?? false) && continuesComplement(tokens[i + 1])) {
      // "Council for Financial Aid to Education", "Society for the Prevention of Cruelty to
      // Animals": an open complement goes on after "to" with a capitalised word that is no place.
      run.push(t);
    } else if (run.length > 0 && CONNECTORS.has(t.text) && (tokens[i + 1]?.cap ?? false)) {
      const prev = run[run.length - 1];
      // `of` joins right after the institution or title (`Secretary of State`), never after a
      // person's name (`David Martin of Nebraska` is a man and his state).
      // (Or a place the gazetteer knows by such a name: `District of Columbia`, `Isle of Man`.)
      const spellsPlace = t.text === 'of' && lookupPlace(`${run.map((r) => r.text).join(' ')} of ${tokens[i + 1]?.text ?? ''}`) !== undefined;
      // (`for` also inside the body an office is of: `director of Campus Crusade for Christ`.)
      const joins =
        t.text === 'of' || t.text === 'for'
          ? (institutional(prev) || spellsPlace || (t.text === 'for' && officeOf(tokens, run[0]?.index ?? 0)) || (t.text === 'of' && run.length > 1 && pluralTitle(prev?.text ?? ''))) && !(prev?.possessive ?? false) && !(prev?.breakAfter ?? false)
          : t.text === 'and' || t.text === '&'
            ? (run.some(institutional) || (t.text === 'and' && endsInOrgWord(tokens, i + 1, run))) && !titledName(run) && !(prev?.possessive ?? false) && !(prev?.breakAfter ?? false)
            : !(prev?.breakAfter ?? false);
      // `and` joins two organisations' words (`Bureau of Mines and Geology Department`), or the
      // capitalised words of one `of` complement (`Department of Design and Construction`) — never
      // two names with no institution before them (`Smith and Jones met`, `Iran and Iraq`).
      // ("Federal Food and Drug Administration", "Jones and Laughlin Steel Corporation": the
      // capitalised words after "and" end in an organisation's word, and the name is all of it.)
      const andJoins = t.text !== 'and' || isOrgWord(tokens[i + 1]?.text ?? '') || isOrgWord(tokens[i + 2]?.text ?? '') || endsInOrgWord(tokens, i + 1, run) || (inOfComplement(run) && continuesComplement(tokens[i + 1]));
      if (joins && andJoins) run.push(t);
      else flush();
      continue;
    } else {
      flush();
      continue;
    }
    if (t.breakAfter && !t.possessive && inOfComplement(run) && sentence.slice(t.end, tokens[i + 1]?.start ?? t.end).trim() === ',') {
      // `Academy of Allergy, Asthma and Immunology`: a list of capitalised items closing the complement.
      const and = listAnd(sentence, tokens, t);
      if (and > 0) {
        for (let k = i + 1; k <= and; k++) run.push(tokens[k] as Token);
        i = and;
        continue;
      }
    }
    if (t.possessive || t.breakAfter) flush();
  }
  flush();
  return runs;
}

function slice(sentence: string, ts: readonly Token[]): string {
  const a = ts[0];
  const b = ts[ts.length - 1];
  return a && b ? sentence.slice(a.start, b.end) : '';
}

/** Plural role nouns: a group of people, never one person's role. */
const PLURAL_ROLE = /^(?:officials|\w+men)$/i;
/** How far back, in words, an `of` complement of a role may reach from the comma before a name. */
const ROLE_OF_REACH = 8;

/**
 * A role with its `of` complement, written before the comma that opens a name: `the head of the
 * mineral-rich province of Katanga, Moise Tshombe`. The role noun follows `the`/`a`/`an` (or opens
 * the sentence), and nothing between it and the comma breaks the phrase.
 */
function roleOfBefore(sentence: string, tokens: readonly Token[], last: number, nameEnd?: number): string | undefined {
  for (let j = last - 1; j >= Math.max(1, last - ROLE_OF_REACH); j--) {
    const t = tokens[j];
    if (!t || t.breakAfter) return undefined;
    if (t.text.toLowerCase() !== 'of') continue;
    const noun = tokens[j - 1];
    // `province of Katanga` within `the head of the … province of Katanga`: look further back.
    if (!noun || noun.cap || noun.breakAfter || !isRoleNoun(noun.text) || PLURAL_ROLE.test(noun.text)) continue;
    let from = j - 1;
    while (from > 0 && ROLE_MODIFIERS.has((tokens[from - 1]?.text ?? '').toLowerCase()) && !tokens[from - 1]?.breakAfter) from -= 1;
    const before = tokens[from - 1];
    // Not after a comma: `Stanley Marcus, president of Neiman-Marcus, Beneficiary of …` is Marcus's role.
    const opens = before === undefined || NAME_DETERMINERS.has(before.text.toLowerCase());
    const start = tokens[from];
    const end = tokens[last];
    // "As for the author of the Gazette, Mrs. Vane deplores …": a phrase after a preposition, with
    // the name opening the next clause, is no apposition of it.
    if (nameEnd !== undefined && before !== undefined && opensClause(sentence, nameEnd) && afterPreposition(tokens, from)) return undefined;
    return opens && start && end ? sentence.slice(start.start, end.end) : undefined;
  }
  return undefined;
}

/** Words that open a noun phrase before its role noun: "a retired jeweler". */
const DETERMINERS = /^(?:a|an|the)$/i;
/** Prepositions a role phrase may be the object of: "hung on a Hitchcock chair". */
const PREPOSITIONS = /^(?:on|in|at|of|from|to|with|for|by|into|onto|upon|over|under|near|beside|behind)$/;

/** Whether the phrase from token `from` is the object of a preposition: "on a Hitchcock chair", "for the author". */
function afterPreposition(tokens: readonly Token[], from: number): boolean {
  const opener = tokens[from - 1] !== undefined && DETERMINERS.test(tokens[from - 1]?.text ?? '') ? tokens[from - 2] : tokens[from - 1];
  return opener !== undefined && !opener.cap && !opener.breakAfter && PREPOSITIONS.test(opener.text);
}

/** Whether a lower-case word right after `end` goes on with the name as its clause's subject: "David took out". */
function opensClause(sentence: string, end: number): boolean {
  return /^\s+\p{Ll}/u.test(sentence.slice(end, end + 3)) && !/^\s+(?:and|or|who|whom|whose|which|of)\b/.test(sentence.slice(end, end + 8));
}

/** Lower-case words that join or open phrases, never a word of an office's name. */
const NOT_OFFICE_WORD = /^(?:and|or|but|nor|who|whom|which|that|as|than|a|an|the|on|in|at|of|from|to|with|for|by|into|onto|upon|over|under|near|beside|behind|is|was|are|were|be|been|has|had|have|not)$/;
/** How many lower-case words may stand between an office's owner and the words already read as the office. */
const OWNED_REACH = 3;

/**
 * How many plain lower-case words end at token `i` right after a possessive (`Dade's chief
 * probation` before `officer`), or 0: words of an office whose owner is written before it.
 */
function wordsAfterOwner(tokens: readonly Token[], i: number): number {
  for (let n = 1; n <= OWNED_REACH; n++) {
    const t = tokens[i - n + 1];
    if (!t || t.cap || t.possessive || t.breakAfter || !/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || NOT_OFFICE_WORD.test(t.text)) return 0;
    const owner = tokens[i - n];
    if (owner?.possessive && !owner.breakAfter) return n;
  }
  return 0;
}

/** The role written just before a name: `State Department spokesman`, `Iran's foreign minister,`. */
function roleBefore(sentence: string, tokens: readonly Token[], runStart: number, runsByEnd: Map<number, Token[]>, nameEnd?: number): string | undefined {
  let i = runStart - 1;
  let commaBridge = false;
  const first = tokens[i];
  if (first?.breakAfter) {
    // `Iran's foreign minister, Manouchehr Mottaki` — the comma sits between role and name.
    if (sentence.slice(first.end, tokens[runStart]?.start ?? first.end).trim() !== ',') return undefined;
    commaBridge = true;
  }
  const nearest = tokens[i];
  if (nearest?.cap && TITLES.has(nearest.text) && !TITLE_MODIFIERS.has(nearest.text)) {
    // A capitalised title before the name: `Mrs. Kennedy's Social Secretary, Letitia Baldrige`.
    const run = runsByEnd.get(i);
    let startTok = run?.[0];
    const ownerTok = startTok ? tokens[startTok.index - 1] : undefined;
    if (ownerTok?.cap && ownerTok.possessive) startTok = runsByEnd.get(ownerTok.index)?.[0] ?? ownerTok;
    while (startTok && STOP.has(startTok.text)) startTok = tokens[startTok.index + 1];
    return startTok && startTok.index <= i ? sentence.slice(startTok.start, nearest.end) : undefined;
  }
  if (commaBridge && nearest && !isRoleNoun(nearest.text)) return roleOfBefore(sentence, tokens, i, nameEnd);
  if (!nearest || nearest.cap || !isRoleNoun(nearest.text)) return undefined;
  // `Like most Democratic spokesmen, Carvey`: a plural is a group the person belongs to, not their role.
  if (commaBridge && PLURAL_ROLE.test(nearest.text)) return undefined;
  // `the general Welfare`, `the chief Concern`: a word that is mostly an adjective, alone and
  // right before a capitalised word, modifies it; as a role it comes with more (`Army general`).
  // ("The general Protestant conviction": an article opening the sentence is no owner of the office.)
  const alone = !commaBridge && (tokens[i - 1] === undefined || !ROLE_MODIFIERS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) && !((tokens[i - 1]?.cap ?? false) && !STOP.has(tokens[i - 1]?.text ?? ''));
  if (alone && ROLE_MODIFIERS.has(nearest.text.toLowerCase()) && !(tokens[i - 1]?.possessive ?? false)) return undefined;
  let from = i;
  i -= 1;
  while (i >= 0) {
    const t = tokens[i];
    if (!t || t.cap || t.breakAfter || !ROLE_MODIFIERS.has(t.text.toLowerCase())) break;
    from = i;
    i -= 1;
  }
  // `Dade's chief probation officer`: other lower-case words of the office, right after its owner.
  const owned = wordsAfterOwner(tokens, i);
  if (owned > 0) {
    from = i - owned + 1;
    i -= owned;
  }
  // A lower-case owner: `the commission's vice-chairman, Mrs. Lee Patterson`.
  const owner = tokens[i];
  if (owner && !owner.cap && owner.possessive && !owner.breakAfter) {
    from = i;
    i -= 1;
  }
  // An organisation or country just before: `State Department spokesman`, `Iran's foreign minister`.
  const prev = tokens[i];
  if (prev && prev.cap && !prev.breakAfter) {
    const run = runsByEnd.get(i);
    const headStart = run?.[0];
    const k = headStart?.index ?? -1;
    if (k >= 0 && !(k === 0 && STOP.has(headStart?.text ?? ''))) from = k;
    else if (k === 0 && run && run.length > 1) from = 1;
  }
  const startTok = tokens[from];
  if (!startTok || !nearest) return undefined;
  // "His coat hung on a Hitchcock chair, David took out his pipe": a phrase after a preposition,
  // with the name opening the next clause, is no apposition of it.
  if (commaBridge && nameEnd !== undefined && opensClause(sentence, nameEnd) && afterPreposition(tokens, from)) return undefined;
  let role = sentence.slice(startTok.start, nearest.end);
  role = role.replace(/^(?:the|a|an)\s+/i, '');
  if (commaBridge && !/['’]s\b/.test(role) && from === runStart - 1) {
    // A lone `…, spokesman, Name` is too weak to be sure; accept only with an owner.
    return role.includes(' ') ? role : undefined;
  }
  return role;
}

/**
 * `Lee, his secretary, his driver and his aides`: after the phrase and its comma, another member
 * opened by the same determiner, then `and`/`or` — the phrase is a list's member, not Lee's role.
 */
const LIST_MEMBER = /^(?:['’]s?)?\s*,\s*(?:\d{1,3}\s*,\s*)?(a|an|the|his|her|their|its|our)\s[^,;:()"“”]{1,60}?,\s*(\p{L}+)\s[^,;:.()"“”]{1,40}?\s(?:and|or)\s/iu;

/**
 * A list of capitalised items closing an `of`/`for` complement or following a possessive, as one
 * name writes it: `of Allergy, Asthma and Immunology`, `MIT's Science, Technology and Society`. A
 * comma before the `and` only after two items or more: in `director of the Quay Trust, and Ann
 * Vale` it closes the role, and the next name follows.
 */
const NAME_LIST =
  /(?<=\b(?:of|for)\s+(?:the\s+)?|['’]s\s+)\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:(?:,\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}){1,5},?)?\s+(?:and|&)\s+\p{Lu}/gu;

/**
 * A phrase ending in capitalised words after `of`/`for` or a possessive: `spokesman for the city's
 * Department of Design`, `head for MIT's Science, Technology`.
 */
const OF_COMPLEMENT_END = /(?:\b(?:of|for)\s+(?:(?:the|a|an)\s+)?|\p{L}['’]s\s+)(?:\p{Lu}[\p{L}\p{M}.'’-]*,?\s+){0,5}\p{Lu}[\p{L}\p{M}.'’-]*,?$/u;

/** Words of a body's or a place's name written after an office that are not capitalised: `of`, `the`, `in`. */
const NAME_JOINERS = /^(?:of|the|for|and|&|in|at|de|du|la|le|von|van)$/;
/** The most words an office with a named complement may take (`headmaster of St. Stephen's Episcopal Day School in Coconut Grove`). */
const NAMED_OFFICE_WORDS = 16;

/**
 * An office too long for a plain appositive, whose words after its role noun's `of`/`for`/`at` are
 * all a name's: `headmaster of St. Stephen's Episcopal Day School in Coconut Grove`.
 */
function namedOffice(ws: readonly string[]): boolean {
  const at = ws.findIndex((w) => /^\p{Ll}/u.test(w) && isRoleNoun(w));
  return (
    ws.length <= NAMED_OFFICE_WORDS &&
    at >= 0 &&
    at <= 2 &&
    /^(?:of|for|at)$/.test(ws[at + 1] ?? '') &&
    ws.slice(at + 2).every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.test(w)) &&
    /^\p{Lu}/u.test(ws[ws.length - 1] ?? '')
  );
}

/** The appositive after a name: `William Smythe, director of field service,` / `Doe, 45, a Dallas lawyer`. */
function roleAfter(sentence: string, endOffset: number): string | undefined {
  const rest = sentence.slice(endOffset, endOffset + 120);
  // The commas of a list inside a name (`head of MIT's Science, Technology and Society program`)
  // do not end the appositive: read on a copy with them hidden, then slice the original.
  const read = rest.includes(',') ? rest.replace(NAME_LIST, (list) => list.replace(/,/g, '\u0000')) : rest;
  const m = /^(?:['’]s?)?\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s+)?([^,;:()"“”]{2,80}?)\s*(?:[,;:)]|\.\s*$|$)/.exec(read);
  let phrase = m?.[1] === undefined ? undefined : rest.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length).trim();
  if (!phrase) return undefined;
  let ws = phrase.split(/\s+/);
  // "president of the Quarto Hat Corporation and designer of women's gloves": two offices joined by
  // "and", the second opened by its own role noun; the first is read alone.
  if (ws.length > 9 && !namedOffice(ws)) {
    const and = ws.findIndex((w, k) => k > 1 && w === 'and' && isRoleNoun(ws[k + 1] ?? '') && /^\p{Ll}/u.test(ws[k + 1] ?? ''));
    if (and < 0 || and > 9) return undefined;
    ws = ws.slice(0, and);
    phrase = ws.join(' ');
  }
  // Stop at a verb: `Smythe, who said` or `Smythe, said` are not roles.
  if (/^(?:who|which|that|said|says|told|and|but|or|as|in|at|on|for|to|of|with|he|she|it|they|if|when|while|though|although)\b/i.test(phrase)) return undefined;
  // A clause with its own verb (`Justice Savage … declared`) is not an appositive.
  if (/\b(?:said|says|told|declared|added|asked|is|was|are|were|has|had|will|would)\b/.test(phrase)) return undefined;
  // (A capitalised role noun after lower-case words is someone's name, `contest between Palmer and
  // Player`, unless a title: an office written in capitals is capitalised throughout, `Senior Partner`.)
  const at = ws.findIndex((w, k) => isRoleNoun(w.replace(/['’]s$/, '')) && (/^\P{Lu}/u.test(w) || TITLES.has(w) || ws.slice(0, k).every((v) => /^\p{Lu}/u.test(v))));
  if (at < 0 || at > 4) return undefined;
  // Words before the role noun must describe it (`former Denver accountant`), not narrate
  // (`later joined by the commission's vice-chairman`).
  const lead = ws.slice(0, at);
  if (lead.some((w) => /^(?:by|was|is|had|has|joined|later|who|when|then|also|to|from|with)$/i.test(w))) return undefined;
  // Read last, only for what would otherwise be a role: most phrases after a name fail the tests above.
  const list = LIST_MEMBER.exec(rest);
  if (list && list[1]?.toLowerCase() === list[2]?.toLowerCase()) return undefined;
  // The role is the noun phrase up to its role noun plus an `of …` complement, which may hold an
  // `and` between capitalised words (`spokesman for the Department of Design and Construction`).
  for (const cut of phrase.matchAll(/\s+(?:said|says|told|who|which|and)\b/gi)) {
    const inName = /^\s+and$/i.test(cut[0]) && OF_COMPLEMENT_END.test(phrase.slice(0, cut.index)) && /^\s+\p{Lu}/u.test(phrase.slice(cut.index + cut[0].length));
    if (!inName) return phrase.slice(0, cut.index);
  }
  return phrase;
}

function looksLikeName(ts: readonly Token[]): boolean {
  return ts.every((t) => !/\d/.test(t.text)) && ts.some((t) => HAS_LOWER.test(t.text));
}

/**
 * Whether the words of a name read as an organisation's by their form: an organisation word ends it
 * (`Labor Relations Board`) or comes before its `of`/`for` (`Bank of Jersey City`).
 */
export function hasOrganisationHead(words: readonly string[]): boolean {
  if (isOrgWord(words[words.length - 1] ?? '')) return true;
  // ("Combined Chiefs", "Combined Chiefs of Staff": a plural title after another word.)
  if (words.length > 1 && pluralTitle(words[words.length - 1] ?? '')) return true;
  const ofAt = words.findIndex((w) => w === 'of' || w === 'for');
  return ofAt > 0 && (words.slice(0, ofAt).some(isOrgWord) || (ofAt > 1 && pluralTitle(words[ofAt - 1] ?? '')));
}

function orgType(ts: readonly Token[], text: string): boolean {
  if (KNOWN_ORG_PHRASES.has(text.toLowerCase())) return true;
  if (ts.length === 1) {
    const only = ts[0]?.text ?? '';
    // A lone `Board` or `Services` is a common noun opening a clause, not a named organisation.
    return KNOWN_ORGS.has(only) || (/^[A-Z]{2,6}$|^(?:[A-Z]\.){2,5}$/.test(only) && !ORG_TAILS.has(only));
  }
  // `Department of State`, `Bank of America`, `University of Oregon`.
  return hasOrganisationHead(ts.map((t) => t.text));
}

/** `New Yorkers` → `New York`, `North Carolinians` → `North Carolina`: a plural demonym of a known place. */
function placeDemonyms(text: string): boolean {
  const m = /^(.+?)(?:ers|ites|ians|ans|ns)$/.exec(text);
  if (!m?.[1]) return false;
  const stem = m[1];
  return [stem, `${stem}a`, `${stem}o`, `${stem}e`].some((place) => lookupPlace(place) !== undefined);
}

function placeType(ts: readonly Token[]): boolean {
  const last = ts[ts.length - 1]?.text ?? '';
  const first = ts[0]?.text ?? '';
  return ts.length > 1 && (PLACE_WORDS.has(last) || PLACE_HEADS.has(first));
}

/** Splits `U.S. Ambassador Ryan Crocker` (or `Acme CEO Jane Roe`) into the role `U.S. Ambassador` and the name. */
function splitTitle(sentence: string, run: Token[]): { name: Token[]; role?: string; honorific: boolean } {
  let lastTitle = -1;
  for (let k = 0; k < run.length - 1; k++) {
    const t = run[k]?.text ?? '';
    if (TITLES.has(t) || HONORIFICS.has(t) || OFFICER_TITLE.test(t)) lastTitle = k;
    else if (t === 'of' && lastTitle === k - 1 && k + 2 < run.length) {
      // `Secretary of State Dean Rusk`: the `of` complement belongs to the title.
      lastTitle = k + 1;
      k += 1;
    }
  }
  if (lastTitle < 0) return { name: run, honorific: false };
  const head = run.slice(0, lastTitle + 1);
  const name = run.slice(lastTitle + 1);
  // `the Archbishop of Canterbury`: an office, with no name after its title to split off.
  if (!looksLikeName(name) || name.every((t) => TITLES.has(t.text)) || !(name[0]?.cap ?? false)) return { name: run, honorific: false };
  const honorific = head.some((t) => HONORIFICS.has(t.text));
  const kept = head.filter((t) => !HONORIFICS.has(t.text) && t.text !== 'and');
  const realTitle = kept.some((t) => (TITLES.has(t.text) && !TITLE_MODIFIERS.has(t.text)) || OFFICER_TITLE.test(t.text));
  if (!realTitle && !honorific) return { name: run, honorific: false };
  return { name, role: realTitle ? slice(sentence, kept) : undefined, honorific };
}

/**
 * Whether a phrase written after a name is an office someone holds: a lower-case role noun within
 * its first words, ending the phrase or followed by its complement (`director of the Harbor
 * Trust`, `a retired teacher`), not a clause going on (`a driver reported …`).
 */
function holdsOffice(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  const at = ws.findIndex((w) => /^\p{Ll}/u.test(w) && isRoleNoun(w));
  return at >= 0 && at <= 3 && (at === ws.length - 1 || /^(?:of|for|at|in|on|with)$/.test(ws[at + 1] ?? ''));
}

/** Small words a title of a work writes in lower case: "Storm on the Quay", "War and Peace". */
const TITLE_SMALL_WORDS = /^(?:of|on|the|a|an|and|in|for|to|at|with|by|from|or|but|as|into|over|under|upon|against)$/;
/** The most words a quotation read as a title may have. */
const QUOTED_TITLE_WORDS = 12;

/**
 * Whether the text from `start` to `end` lies inside a quotation written as a title of a work: two
 * words or more, the first and every word but small ones ("on", "the") capitalised, no other
 * quotation inside, named in running text (`switching to "Hail Vessa, Happy Shore"`, `the film
 * "Storm on the Quay"`; not `"Come on, Jorge", he said`, nor `he shouted, "Morning, Ann Vale"`).
 */
function inQuotedTitle(sentence: string, start: number, end: number): boolean {
  const open = Math.max(sentence.lastIndexOf('"', start - 1), sentence.lastIndexOf('“', start - 1));
  if (open < 0) return false;
  // A straight quotation mark opens a quotation after an even number of them.
  if (sentence[open] === '"' && (sentence.slice(0, open).split('"').length - 1) % 2 !== 0) return false;
  const closing = sentence.slice(end).search(/["”]/);
  if (closing < 0) return false;
  const inside = sentence.slice(open + 1, end + closing);
  if (/["“”]/.test(inside)) return false;
  // Named in running text ("the film "…"", "switching to "…"", one of a list of them), not speech
  // opening the sentence or after a verb of saying ("Come on, Jorge", said "Morning, Ann").
  const before = sentence.slice(Math.max(0, open - 30), open);
  const named = /(?:^|\s)(?!(?:say|says|said|saying|asks?|asked|asking|cried|crying|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|repeat(?:s|ed|ing)?|whisper(?:s|ed|ing)?)\s+$)[\p{L}][\p{L}'’-]*\s+$/u.test(before) || /["”],?\s+(?:and\s+|or\s+)?$/.test(before) || /\b(?:entitled|titled):\s*$/.test(before);
  if (!named) return false;
  const ws = inside.split(/[\s,;:!?.–—]+/).filter((w) => w !== '');
  return ws.length >= 2 && ws.length <= QUOTED_TITLE_WORDS && ws.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.test(w)));
}

/** Words before a noun that make it a common noun, not a name: `the Player`, `a Driver`, `his Partner`. */
const DETERMINER_BEFORE = words(`the a an his her its their our my your this that these those every each any no another`);

/**
 * Whether a run whose last word is a role noun (`Gary Player`, `Player`) may be someone's name
 * ending in a surname spelt like that word: no determiner or owner before it (`the Player`,
 * `Acme's Player`); alone, not opening the sentence, where any word is capitalised; with more
 * words, given names before it — no title, honorific, body, place word, demonym, month or other
 * role noun (`Chief Player`, `Texan Farmer`). `Research Fellow` passes, and stays no one unless the
 * story also writes `Fellow` alone as someone (see `prepareArticle`).
 */
function roleNounSurname(run: readonly Token[], before: Token | undefined, initial: boolean): boolean {
  if (before !== undefined && (before.possessive || (!before.breakAfter && DETERMINER_BEFORE.has(before.text.toLowerCase())))) return false;
  if (run.length === 1) return !initial;
  return run.slice(0, -1).every(
    (t) =>
      t.cap &&
      !t.possessive &&
      !t.breakAfter &&
      !/\d/.test(t.text) &&
      HAS_LOWER.test(t.text) &&
      !TITLES.has(t.text) &&
      !HONORIFICS.has(t.text) &&
      !isOrgWord(t.text) &&
      !isPlaceWord(t.text) &&
      !ROLE_NOUNS.has(t.text.toLowerCase()) &&
      !ROLE_MODIFIERS.has(t.text.toLowerCase()) &&
      !DAYS_MONTHS.has(t.text) &&
      !THING_WORDS.has(t.text) &&
      countryOfDemonym(t.text) === undefined,
  );
}

/**
 * "Gov. and Mrs. Price Daniel": a title alone before "and" and a courtesy title is the title of the
 * man the couple is named after.
 */
function coupleTitle(tokens: readonly Token[], runsByEnd: ReadonlyMap<number, Token[]>, start: number): string | undefined {
  const honorific = tokens[start];
  const title = tokens[start - 2];
  if (honorific === undefined || !HONORIFICS.has(honorific.text) || tokens[start - 1]?.text !== 'and' || title === undefined || title.breakAfter || title.possessive) return undefined;
  const run = runsByEnd.get(title.index);
  if (run === undefined || !run.every((t) => TITLES.has(t.text)) || !run.some((t) => !TITLE_MODIFIERS.has(t.text))) return undefined;
  return run.map((t) => t.text).join(' ');
}

/** One mention of `ts` (a module function: a closure per run would be made for every name read). */
function pushMention(out: RawMention[], sentence: string, initial: boolean, ts: readonly Token[], type: EntityType | undefined, cued: boolean, role?: string): void {
  const last = ts[ts.length - 1];
  out.push({ text: slice(sentence, ts), start: ts[0]?.start ?? 0, type, role, cued, possessive: last?.possessive ?? false, initial });
}

/**
 * Reads people, organisations and places from one sentence, with any role written around a
 * person's name. No article-level linking: `McCormack` alone stays unresolved here.
 *
 * @example
 * readMentions('State Department spokesman Sean McCormack said so.');
 * // → [{ text: 'State Department', type: 'organization', … },
 * //    { text: 'Sean McCormack', type: 'person', role: 'State Department spokesman', … }]
 */
export function readMentions(sentence: string): RawMention[] {
  const tokens = tokenize(sentence);
  const runs = capitalisedRuns(sentence, tokens);
  const runsByEnd = new Map<number, Token[]>();
  for (const r of runs) {
    const last = r[r.length - 1];
    if (last) runsByEnd.set(last.index, r);
  }
  const out: RawMention[] = [];
  // The names after a plural title's first, by the index of their first token: the title they share.
  const sharedTitle = new Map<number, string>();
  for (const original of runs) {
    let run = original;
    // Leading stop words (`The`, `But`, `Asked`) and trailing company tails are not the name.
    while (run.length > 0 && (STOP.has(run[0]?.text ?? '') || CONTRACTED_PRONOUN.test(run[0]?.text ?? '') || NEGATED_AUXILIARY.test(run[0]?.text ?? ''))) run = run.slice(1);
    while (run.length > 1 && TRAILING_CONJUNCTIONS.has(run[run.length - 1]?.text ?? '')) run = run.slice(0, -1);
    // "University Park, Pa. Ray Pepinsky is …": a state's abbreviation that ends the place before a name.
    if (run.length >= 3 && STATE_ABBREVIATION.test(run[0]?.text ?? '') && lookupPlace(run[0]?.text ?? '')?.kind === 'state') run = run.slice(1);
    while (run.length > 1 && NAME_TAILS.has(run[run.length - 1]?.text ?? '')) run = run.slice(0, -1);
    // "Christmastime I'll be home", "Rome I loved": a pronoun that opens the next clause is no part of
    // the name (a numeral "I" after a titled name stays: "Queen Elizabeth I died").
    const last = run[run.length - 1];
    if (run.length > 1 && last !== undefined && (CONTRACTED_PRONOUN.test(last.text) || (last.text === 'I' && /^\s+\p{Ll}/u.test(sentence.slice(last.end, last.end + 3)) && !run.some((t) => TITLES.has(t.text))))) run = run.slice(0, -1);
    // "Tell Sam to come in": a verb of command opening the sentence is no word of the name.
    if (run.length > 1 && run[0]?.index === 0 && IMPERATIVES.has(run[0]?.text ?? '')) run = run.slice(1);
    // "Listen, Mr. Warden, …": alone, it calls someone, and is no one.
    if (run.length === 1 && run[0]?.index === 0 && IMPERATIVES.has(run[0]?.text ?? '')) continue;
    const head = run[0];
    if (!head || (run.length === 1 && (ORG_TAILS.has(head.text) || HONORIFICS.has(head.text) || TITLES.has(head.text)))) continue;
    // `Fig. 3`, `No. 5`, `Vol. 2`: a word cut short before a number labels a figure or an item, no name.
    if (run.length === 1 && /^\.\s*\d/.test(sentence.slice(head.end, head.end + 3))) continue;
    // "in Figure 2", "under Title 5", "see Table 3": a word before a number after a preposition labels a
    // part of the text or an item; it is no one, nor a place.
    if (run.length === 1 && /^\s+\d/.test(sentence.slice(head.end, head.end + 3)) && /\b(?:in|on|of|see|under|from|at)\s+$/i.test(sentence.slice(Math.max(0, head.start - 6), head.start))) continue;
    // `Belgians, residents of…`: a demonym alone is not a name (the country is what the question asks).
    if (run.length === 1 && countryOfDemonym(head.text) !== undefined && !lookupPlace(head.text)) continue;
    // `New Yorkers`, `Rhode Islanders`, `North Carolinians`: the people of a place, not a person.
    if (run.length > 1 && placeDemonyms(slice(sentence, run))) continue;
    // `"Random Harvest"`: a capitalised phrase that fills a quotation is a title of a work.
    const tail = run[run.length - 1];
    if (/["“]$/.test(sentence.slice(Math.max(0, original[0]?.start ?? 0) - 1, original[0]?.start ?? 0)) && tail && /^[.,!?]?["”]/.test(sentence.slice(tail.end, tail.end + 2))) continue;
    // `"Hail Vessa, Happy Shore"`, `"Storm on the Quay"`: so is every capitalised phrase of a quotation
    // written as a title (capitalised words, with commas and small words such as "on the").
    if (tail && inQuotedTitle(sentence, original[0]?.start ?? 0, tail.end)) continue;
    const firstIndex = head.index;
    const initial = original[0]?.index === 0 && run[0] === original[0];
    // "Justices Frankfurter and Jackson", "Senators Aiken, Lowe and Hart": a plural title is the
    // role of each name it heads, not a word of the first name.
    const plural = PLURAL_TITLES.get(head.text);
    const listed = sharedTitle.get(head.index);
    if ((plural !== undefined && run.length >= 2) || (listed !== undefined && plural === undefined)) {
      const name = plural === undefined ? run : run.slice(1);
      const role = plural ?? (listed as string);
      // ("Governors Conference" is a body, not a governor named Conference.)
      const body = hasOrganisationHead(name.map((t) => t.text)) || name.some((t) => isOrgWord(t.text) || THING_WORDS.has(t.text) || PLACE_WORDS.has(t.text));
      if (!body && looksLikeName(name) && name.every((t) => t.cap && !TITLES.has(t.text))) {
        pushMention(out, sentence, initial, name, 'person', true, role);
        const last = name[name.length - 1] as Token;
        const next = tokens[last.index + 1];
        // The next name of the list: after a comma, or after "and" (", and").
        const joined = next?.text === 'and' ? last.index + 2 : last.breakAfter && sentence.slice(last.end, next?.start ?? last.end).trim() === ',' ? (next?.text === 'and' ? last.index + 2 : last.index + 1) : -1;
        if (joined >= 0) sharedTitle.set(tokens[joined]?.text === 'and' ? joined + 1 : joined, role);
        continue;
      }
    }
    const fullText = slice(sentence, run);
    if (lookupPlace(fullText)) {
      pushMention(out, sentence, initial, run, 'place', true);
      continue;
    }
    // `State of California`, `City of London`: the place itself, under a word for what kind of place it is.
    const ofPlace = run.length > 2 && PLACE_OF.has(head.text) && run[1]?.text === 'of' ? lookupPlace(slice(sentence, run.slice(2))) : undefined;
    if (ofPlace) {
      pushMention(out, sentence, initial, run, 'place', true);
      const pushed = out[out.length - 1];
      if (pushed) pushed.canonical = ofPlace.name;
      continue;
    }
    // `director of Campus Crusade for Christ`: the body an office is of, named with a `for`, is no one.
    if (run.some((t) => t.text === 'for') && officeOf(tokens, head.index) && !run.some((t) => TITLES.has(t.text) || HONORIFICS.has(t.text))) {
      pushMention(out, sentence, initial, run, 'organization', true);
      continue;
    }
    // "Congressman Wilbur D. Mills": a title, then a given name and an initial, is a person whose
    // surname happens to be a body's word ("Mills", "Brothers").
    const titledPerson = run.length >= 3 && (TITLES.has(head.text) || HONORIFICS.has(head.text)) && !TITLE_MODIFIERS.has(head.text) && run.slice(1, -1).some((t) => /^\p{Lu}\.$/u.test(t.text)) && !run.some((t) => CONNECTORS.has(t.text));
    if (!titledPerson && orgType(run, fullText)) {
      // "born in Gilbert Mills, New York": a name written after "in" with its state after a comma is
      // a town, whatever its last word ("Mills", "Works") says.
      const town = STRONG_PLACE_CUE.test(sentence.slice(Math.max(0, head.start - 40), head.start)) && stateAfter(sentence.slice(tail?.end ?? 0, (tail?.end ?? 0) + 40));
      pushMention(out, sentence, initial, run, town ? 'place' : 'organization', true);
      continue;
    }
    const lastWord = run[run.length - 1]?.text ?? '';
    // `Royal Shrewsbury hospital`: a name of two or more words before a lower-case institution noun
    // is that institution (a place before one, `a Boston hospital`, was taken above).
    const noun = tail && !tail.possessive && !tail.breakAfter ? tokens[tail.index + 1] : undefined;
    if (noun && run.length > 1 && LOWER_ORG_NOUNS.has(noun.text) && !placeType(run) && !run.some((t) => TITLES.has(t.text) || HONORIFICS.has(t.text) || DAYS_MONTHS.has(t.text))) {
      pushMention(out, sentence, initial, [...run, noun], 'organization', true);
      continue;
    }
    // `Clayton Act`, `Inauguration Day`, `Communist Chinese`: laws, events and demonyms are not named
    // entities (and must not lend `Clayton` to surname linking).
    if (run.length > 1 && (THING_WORDS.has(lastWord) || (countryOfDemonym(lastWord) !== undefined && !lookupPlace(lastWord)))) continue;
    // `Social Secretary`, `Chief Executive`: a title with no name is not an entity.
    if (TITLES.has(lastWord)) continue;
    if (ROLE_NOUNS.has(lastWord.toLowerCase())) {
      // `Gary Player`, `Player said`: a surname that is also a word for what someone is. Kept
      // unknown, for the article to make a person of when the story writes the word alone as
      // someone (see `roleNounSurname`); `Research Fellow` or `Head Player` stays no one.
      if (roleNounSurname(run, tokens[head.index - 1], initial)) {
        // (Alone before a verb of speech, it is someone already: `"…", Player said`.)
        const speaks = run.length === 1 && SPEECH_VERBS.test(sentence.slice(head.end, head.end + 40));
        pushMention(out, sentence, initial, run, speaks ? 'person' : undefined, speaks);
      }
      continue;
    }
    // `Ted Place, director of the Harbor Trust,`: a name whose last word is a place word, with an
    // office written right after it, is someone's (a square or a hall holds no office).
    if (placeType(run) && !PLACE_HEADS.has(head.text) && tail !== undefined && !tail.possessive && looksLikeName(run) && !run.some((t) => TITLES.has(t.text) || HONORIFICS.has(t.text) || isOrgWord(t.text))) {
      const office = roleAfter(sentence, tail.end);
      if (office !== undefined && holdsOffice(office)) {
        pushMention(out, sentence, initial, run, 'person', true, office);
        continue;
      }
    }
    // `Communist China`, `Soviet Russia`, `Northern Ireland`: a qualified country is that country.
    const country = run.length === 2 && COUNTRY_QUALIFIERS.has(head.text) ? lookupPlace(lastWord) : undefined;
    if (country?.kind === 'country' || placeType(run)) {
      pushMention(out, sentence, initial, run, 'place', true);
      const pushed = out[out.length - 1];
      if (pushed && country) pushed.canonical = country.name;
      continue;
    }
    // `the remote Norwegian Vestmark region`: a country's adjective before a place named with a
    // lower-case place noun after it is no word of the place's name, which is `Vestmark` (`French
    // Guiana`, `British Columbia`, places of their own, were taken above; `Belgian Congo` or a
    // `British Austin` with no place noun after them are left as they are).
    if (run.length > 1 && noun !== undefined && LOWER_PLACE_NOUNS.has(noun.text) && countryOfDemonym(head.text) !== undefined && !lookupPlace(head.text)) {
      pushMention(out, sentence, false, run.slice(1), 'place', true);
      continue;
    }
    const titled = splitTitle(sentence, run);
    const name = titled.name;
    const end = name[name.length - 1]?.end ?? 0;
    if (titled.role !== undefined || titled.honorific) {
      // `Rev. Tom Ward, pastor of the Elm Street Church`: the office written out after the name says
      // more than the title before it.
      const after = roleAfter(sentence, end);
      const office = after !== undefined && after.split(/[\s-]+/).some(isRoleNoun) ? after : undefined;
      // `the SAC commander, Gen. Thomas Power,`: the office written before the title says more too,
      // as before a courtesy title (`the chairman of the Board, Dr. Ivo Marsh,`).
      const written = office === undefined ? roleBefore(sentence, tokens, firstIndex, runsByEnd, end) : undefined;
      const before = written !== undefined && written.split(/[\s-]+/).some(isRoleNoun) ? written : undefined;
      pushMention(out, sentence, initial, name, 'person', true, office ?? before ?? titled.role ?? coupleTitle(tokens, runsByEnd, head.index) ?? after);
      continue;
    }
    // Cues sit just before or after the name; short slices keep the anchored regexes cheap.
    const before = sentence.slice(Math.max(0, head.start - 40), head.start);
    const afterText = sentence.slice(end, end + 40);
    const readBefore = roleBefore(sentence, tokens, firstIndex, runsByEnd, end);
    const readAfter = readBefore ? undefined : roleAfter(sentence, end);
    if ((readBefore || readAfter) && looksLikeName(run)) {
      pushMention(out, sentence, initial, run, 'person', true, readBefore ?? readAfter);
      continue;
    }
    // `Roy Webster, of Hood River` — a comma then `of` introduces a hometown; `Wellsville, Mo.` —
    // a state after a comma makes a town.
    const hometown = /,\s*of\s+$/.test(before) || stateAfter(afterText);
    if (run.length >= 2 && looksLikeName(run)) {
      pushMention(out, sentence, initial, run, hometown || STRONG_PLACE_CUE.test(before) ? 'place' : 'person', false);
      continue;
    }
    if (run.length === 1 && looksLikeName(run) && !/['’-]/.test(head.text)) {
      if (SPEECH_VERBS.test(afterText)) pushMention(out, sentence, initial, run, 'person', true);
      else if (hometown || STRONG_PLACE_CUE.test(before)) pushMention(out, sentence, initial, run, 'place', false);
      // An unknown single word is kept for surname linking at article level, typed there or dropped.
      else pushMention(out, sentence, initial, run, undefined, false);
    }
  }
  return out;
}

export type { Token };
