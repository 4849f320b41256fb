/** Who: a person or organisation (with their role), or the role of the person asked about. */
import { roleStanding, type RoleStanding } from '../asked-role.js';
import { isParticiple } from '../../text/irregular-verbs.js';
import { DETERMINER, STOPWORDS } from '../../text/stopwords.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import type { EntityMention } from '../../types.js';
import { lookupPlace } from '../../facts/gazetteer.js';
import { ROLE_NOUNS } from '../../facts/extract-entities.js';
import { askedEntity, countriesIn, freshEntities, inClauseOrder, joinedPair, placeAsWritten, mentionedInQuestion, NO_FIT, offClause, ownedBy, personWithRole, type ShortAnswer, type ShortAnswerInput } from './shared.js';
import { STARTS_LOWER } from '../../text/unicode-patterns.js';


/** "Who is the ambassador?" answered by someone whose role says nothing of ambassadors. */
const IDENTITY_WITHOUT_ROLE = 0.4;

/**
 * The person, organisation or acting country a sentence gives for a who question.
 *
 * @example
 * personAnswer({ type: 'who', sentence: 'Mayor Ann Lee opened it.', facts, questionStems, … }); // { answer: 'Ann Lee, Mayor', fit: 1 }
 */
export function personAnswer(input: ShortAnswerInput): ShortAnswer {
  const { facts, sentence, questionStems } = input;
  // The names of the clause the question is about first ("Lee won the race, and Ward took second place").
  const fresh = inClauseOrder(freshEntities(input), (e) => e.text, input);
  const described = askedEntity(facts.entities, questionStems, input.askedName);
  if (input.aboutName && described) {
    return { answer: personWithRole(described), fit: 1, ...(input.asksIdentity && !described.roleHere ? { roleElsewhere: true } : {}), ...(described.roleCurated ? { roleCurated: true } : {}) };
  }
  // "Who is Jane Roe?" is answered by the role written beside Jane Roe, never by another name —
  // also when no people list knows her but the sentence writes her name ("who is billy koch").
  if (input.asksIdentity && (input.aboutName || writesName(sentence, input.identityWords))) return { answer: sentence, fit: 0 };
  // Prefer the person whose role is what the question asks about ("Iran's foreign minister").
  // "Who is the British ambassador?" is not answered by the U.S. ambassador.
  // "Who is the pastor of Beth El?" is not answered by its president, nor by the pastor of another church.
  const asked = input.asksIdentity && !input.aboutName ? input.askedRole : undefined;
  const standing = (e: EntityMention): RoleStanding => (asked ? roleStanding(e.role, asked) : 'none');
  // "Who said …" asks for the speaker: a name inside the quotation is what was said, not who said it.
  speechStems ??= [...new Set(SPEECH_WORDS.flatMap((w) => tokenize(w).map((t) => t.stem)))];
  // ("who overrode the state department" asks no speaker: "state" is a noun there.)
  const speaker = speechStems.some((stem) => questionStems.has(stem) && input.nounStems?.has(stem) !== true);
  const spans = speaker ? quotedSpans(sentence) : [];
  const unquoted = spans.length === 0 ? fresh : fresh.filter((e) => !insideSpan(sentence, e.text, spans));
  const quotedSpeaker = spans.length > 0 && unquoted.some((e) => e.type === 'person');
  // `"…," she said`: the speaker is the "she" an earlier sentence names, not a name in the quotation.
  const saidBy = spans.length > 0 && !quotedSpeaker && !input.asksIdentity ? speakingPronoun(sentence, spans) : undefined;
  const speakers = quotedSpeaker || saidBy !== undefined ? unquoted : fresh;
  const named = speakers.filter((e) => e.type === 'person' && !nationalityClash(e, input.questionCountries));
  const people = named.filter((e) => standing(e) !== 'other');
  // The sentence gives the asked office, or the asked body's offices, to others: whoever it names without a role is a guess.
  if (asked && people.length < named.length && !people.some((e) => standing(e) === 'held')) return { answer: sentence, fit: NO_FIT };
  // (Words of the role's meaning: "leader of the riflemen" shares nothing with "who had command of …".)
  const roleOverlap = (e: EntityMention): number =>
    e.role && (!asked || standing(e) === 'held') ? tokenize(e.role).filter((t) => !STOPWORDS.has(t.word) && questionStems.has(t.stem)).length : 0;
  const byRole = [...people].sort((a, b) => roleOverlap(b) - roleOverlap(a))[0];
  // "has been purchased by Brown University": the agent of a passive verb is who did it.
  // Only a sentence that writes `by` can name an agent: no expression is built per name otherwise.
  // Of two agents ("a play by Ann Lee, directed by Tom Hale"), the one of the question's verb.
  const byAgent = passiveAgent(sentence, fresh.filter((e) => e.type !== 'place' && standing(e) !== 'other'), questionStems);
  // "At whose insistence …": the one the asked noun belongs to ("at the insistence of General
  // Radetzky"), whoever did the deed.
  const owner = input.ownedStems?.length ? ownerOf(sentence, input.ownedStems, people) : undefined;
  if (owner) return { answer: personWithRole(owner), fit: 1 };
  // "Who does Victor Hugo call a northern scion …": the one named after the verb ("calls Macbeth"),
  // not the one who calls.
  if (input.asksObject) {
    const object = objectOf(sentence, questionStems, fresh);
    if (object !== undefined) return { answer: object, fit: 1 };
  }
  // "He brokered the deal for Oculus VR": who did it is the "he" of an earlier sentence, not a name
  // after the verb. That person, when the sentences before name one alone; else the sentence itself
  // is the answer (it may still be the one that answers).
  // (A "we" or "he" inside the quotation a speaker is asked for is the speaker's, not the doer.)
  const pronoun = saidBy ?? (input.asksIdentity || byAgent || quotedSpeaker ? undefined : pronounDoes(sentence, questionStems, fresh, input.verbStems));
  const pronounDoer = (): boolean => pronoun !== undefined;
  const meant = pronoun === undefined ? undefined : input.antecedent?.(pronoun.toLowerCase());
  if (pronoun !== undefined && meant !== undefined && !mentionedInQuestion(meant, questionStems)) {
    return { answer: `${personWithRole(meant)} ("${pronoun}")`, fit: 1 };
  }
  // "While Hale censors plays, Quillon would banish all actors": the name written right before the
  // question's verb (past its auxiliaries) is the one who does it.
  // A capitalised word there that is no one the story knows ("Morgan joined the force of Paul
  // Lafitte"): the doer is not another name of the sentence; the sentence, which says who, is.
  // (An organisation does things too: "Tom Hale said Brown University bought the mill".)
  const doers = [...people, ...fresh.filter((e) => e.type === 'organization' && standing(e) !== 'other')];
  // "… this was a myth akin to George Washington's cherry tree": the one a thing is likened to is
  // not who did anything. When no doer is found, such a name is no guess at one.
  const guessable = people.filter((e) => !comparedWith(sentence, e.text));
  // ("Modern man, as Dietrich Bonhoeffer has told us, has "come of age"": the one person named
  // outside the quotation a speaker is asked for said it, wherever the verb stands.)
  // ("Lee asked the architect to design a stand": the one asked does the question's verb, not Lee.)
  const told = input.asksObject ? undefined : toldToDo(sentence, questionStems, input.verbStems, doers);
  // "who asked ford to do the seventh edition of dana" of "Edward S. Dana … asked W. E. Ford …": where
  // the sentence writes the question's object right after its verb, the one named before the verb
  // did it, though the question names them elsewhere (not as that object: "who asked Lee" is not
  // answered by "Lee asked Hale").
  const subjects = input.asksObject || !input.verbObject || !writesAskedObject(sentence, questionStems, input.verbStems, input.verbObject) ? [] : askedSubjects(facts.entities, doers, questionStems, input.verbObject);
  const found = told ?? (quotedSpeaker && people.length === 1 ? people[0] : nameDoes(sentence, questionStems, input.verbStems, [...doers, ...subjects], input.asksObject, input.isNoun));
  const roleHolder = byRole && roleOverlap(byRole) > 0 ? byRole : undefined;
  // "who thinks the poems were dictated" of "Ann Lee suggests that the poems were dictated …": the
  // one who reports the clause the question asks about, in a verb of the sentence's own.
  const reporter = input.verbClause === true && (found === UNNAMED || found === undefined) ? reporterOf(sentence, questionStems, input.verbStems, people) : undefined;
  const doer = reporter ?? (found === UNNAMED ? undefined : found);
  const byAgentChosen = byAgent && !questionStems.has('by') ? byAgent : undefined;
  const person =
    roleHolder ??
    byAgentChosen ??
    doer ??
    // ("… be Orlick's as he strikes down …": the "he" of the question's verb is the person named just before it.)
    (pronoun === undefined && !input.asksIdentity && !quotedSpeaker ? namedBeforePronoun(sentence, questionStems, people, input.verbStems) : undefined) ??
    // "… the physics of Empedocles, Aristotle came to speak of the stars": of several people, the
    // one a verb follows is who did something, not one named in passing before.
    (guessable.length > 1 && !beforeVerb(sentence, guessable[0] as EntityMention) ? guessable.find((e) => beforeVerb(sentence, e)) : undefined) ??
    guessable[0] ??
    // ("asked Tom Hale of Harvard College to …": the body a person is of is no guess at who did it.)
    fresh.find((e) => e.type === 'organization' && standing(e) !== 'other' && !comparedWith(sentence, e.text) && !affiliationOf(sentence, e.text, facts.entities));
  if (person) {
    // "Who is the ambassador?" wants the person holding that role, not anyone the sentence names.
    const fit = input.asksIdentity && roleOverlap(person) === 0 && !input.aboutName ? IDENTITY_WITHOUT_ROLE : 1;
    // "Lee won the Iowa race, but lost to Ward": a name from a clause the question is not about is no
    // answer; the sentence, which says who, is.
    // (The speaker of a quotation stands outside the clause it quotes.)
    const unnamed = found === UNNAMED && person !== roleHolder && person !== byAgentChosen && person !== reporter;
    const elsewhere = pronounDoer() || unnamed || (person !== doer && !quotedSpeaker && offClause(sentence, person.text, questionStems));
    // "Ann Lee and Tom Hale danced": both, when neither has a role to show. "Who were the
    // founders" of a list whose founders the curators named: the list, not its first founder.
    const sharesRole = roleOverlap(person) > 0 && people.filter((e) => e !== person && roleOverlap(e) === roleOverlap(person)).length > 0;
    // "Broad and Ross have contended …": both, roles or not (the citation shows them); a role the
    // question asks about keeps to those who hold it. Bodies too: "both the Guild and the Union said …".
    const pair = person.type !== 'place' && (!person.role || sharesRole || roleOverlap(person) === 0) ? joinedPair(sentence, person, sharesRole ? named : doers.filter((e) => roleOverlap(e) === 0)) : undefined;
    // "killed by Mr. Lomax's son": the son did it, not Lomax; "Lomax's election" is still Lomax.
    const owned = elsewhere || input.isPerson === undefined ? undefined : ownedBy(sentence, person.text, (noun) => input.isPerson?.(noun) === true, questionStems);
    const answer = elsewhere ? sentence : (owned ?? pair ?? personWithRole(person));
    return { answer, fit, bonus: Math.min(roleOverlap(person), 3) * 0.03 };
  }
  // "Who is Crocker?": the person asked about, described by the role this sentence gives them.
  // ("Who said Crocker lied?" asks for someone else: not him.)
  if (described && input.asksIdentity) return { answer: personWithRole(described), fit: 0.9 };
  // "Who is the …?" asks for a person: a subject phrase or a country is no answer to it.
  if (input.asksIdentity) return { answer: sentence, fit: NO_FIT };
  // "Who did the council fight" asks for whom it was done to: the subject before the verb, which
  // the fallbacks below find, is the one who did it and no answer.
  if (input.asksObject) return { answer: sentence, fit: NO_FIT };
  // No name: the words just before the question's verb are its subject ("Iranian activists seized").
  const agent = agentBefore(sentence, questionStems, input.verbStems, input.isNoun);
  if (agent) return { answer: agent, fit: 0.6 };
  // Countries act in the news too: "The United States has rejected …".
  const actor = fresh.find((e) => e.type === 'place');
  if (actor && sentence.indexOf(actor.text) < sentence.length / 3) {
    // As written ("Britain", not the gazetteer's "United Kingdom"), both of "Britain and France".
    const places = fresh.filter((e) => e.type === 'place');
    return { answer: pronounDoer() ? sentence : (joinedPair(sentence, actor, places, placeAsWritten) ?? placeAsWritten(actor)), fit: 0.7 };
  }
  // "A chance remark … brought the rejoinder that this was a myth akin to George Washington's
  // cherry tree" says nothing of who said it: a sentence that names no one beyond the question's
  // own names and those only likened to gives no who-answer, however well it matches.
  const someone = fresh.some((e) => e.type !== 'place' && !comparedWith(sentence, e.text));
  return { answer: sentence, fit: NO_FIT, ...(someone ? {} : { namesNoOne: true }) };
}

/**
 * Words that set up what a thing is likened to: "akin to", "similar to", "compared with",
 * "likened to", "reminiscent of", "unlike", and "like" before a name that owns the thing ("like
 * Ann Lee's garden"; a bare "like Ann Lee" may list examples: "leaders like Ann Lee").
 */
const COMPARISON_BEFORE = /(?:\b(?:akin|similar|comparable|compared|likened|analogous|equivalent)\s+(?:to|with)|\breminiscent\s+of|\bunlike|\b(like))\s+(?:(?:the|a|an|that|this)\s+)?$/i;

/**
 * Whether every mention of a name in the sentence is what something is likened to: "a myth akin to
 * George Washington's cherry tree", "a voice like Ann Lee's".
 *
 * @example
 * comparedWith('It was a myth akin to George Washington\'s cherry tree.', 'George Washington'); // true
 * comparedWith('George Washington planted a cherry tree.', 'George Washington'); // false
 */
export function comparedWith(sentence: string, name: string): boolean {
  let at = sentence.indexOf(name);
  if (at < 0) return false;
  for (; at >= 0; at = sentence.indexOf(name, at + 1)) {
    const marker = COMPARISON_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
    if (marker === null) return false;
    // (A bare "like" only before an owner: "like Ann Lee's".)
    if (marker[1] !== undefined && !/^['’]s?\b/.test(sentence.slice(at + name.length))) return false;
  }
  return true;
}

/** Verbs of saying and writing: "who said …" asks for whoever spoke. */
const SPEECH_WORDS = ['say', 'said', 'says', 'write', 'wrote', 'written', 'tell', 'told', 'state', 'declare', 'claim', 'argue', 'remark', 'insist', 'warn', 'reply', 'comment', 'quip', 'exclaim', 'proclaim', 'assert'];
/** Their stems, worked out once. */
let speechStems: readonly string[] | undefined;

/** The spans of a sentence between quotation marks; an opened quotation never closed runs to the end. */
export function quotedSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, sentence.length]);
  return spans;
}

/** Whether every place `text` is written in the sentence lies inside one of the spans. */
function insideSpan(sentence: string, text: string, spans: ReadonlyArray<[number, number]>): boolean {
  let at = sentence.indexOf(text);
  if (at < 0) return false;
  for (; at >= 0; at = sentence.indexOf(text, at + 1)) if (!spans.some(([from, to]) => at > from && at < to)) return false;
  return true;
}

/** Between the asked noun and its owner: "insistence of General Radetzky", "the insistence of the Pope". */
const OWNER_AFTER = /^\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$/;
/** Between an owner and the asked noun: "Radetzky's insistence", "Lee's own idea". */
const OWNER_BEFORE = /^['’]s?\s+(?:[a-z]+\s+)?$/;

/**
 * The person the asked noun belongs to: "at whose insistence" is answered by "at the insistence of
 * General Radetzky" or "Radetzky's insistence", whoever else the sentence names.
 */
function ownerOf(sentence: string, stems: readonly string[], people: readonly EntityMention[]): EntityMention | undefined {
  for (const t of tokenize(sentence)) {
    if (!stems.includes(t.stem)) continue;
    const owner = people.find((e) => {
      const after = sentence.indexOf(e.text, t.end);
      if (after >= 0 && OWNER_AFTER.test(sentence.slice(t.end, after))) return true;
      const before = sentence.lastIndexOf(e.text, t.start);
      return before >= 0 && OWNER_BEFORE.test(sentence.slice(before + e.text.length, t.start));
    });
    if (owner) return owner;
  }
  return undefined;
}

/** Words after a name that do not make it the doer: prepositions, conjunctions, articles. */
const NOT_A_VERB = /^\s+(?:of|and|or|nor|in|for|to|with|at|on|by|from|as|into|the|a|an|who|whom|whose|which|that)\b/;

/** A lower-case word, not a preposition or conjunction, right after the name: "Aristotle came", "Lee was". */
function beforeVerb(sentence: string, entity: EntityMention): boolean {
  const at = sentence.indexOf(entity.text);
  if (at < 0) return false;
  const after = sentence.slice(at + entity.text.length, at + entity.text.length + 24);
  return /^\s+\p{Ll}/u.test(after) && !NOT_A_VERB.test(after);
}

/** Words before "by" within which the question's participle may stand: "made for Mrs. Monmouth by". */
const PARTICIPLE_REACH = 5;
/** `by`, the word before it, and what follows up to the agent's name (the titles of "by Gen. Tom Hale"). */
const BY_PHRASE = /(\S+)\s+by\s+/gu;
const BEFORE_AGENT = /^(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** Words for the members of a family written after its name: "the Fisher brothers", "the Mellon family". */
const KIN = /^(?:brothers|sisters|family|twins|sons|daughters|cousins|heirs)$/;
/** The capitalised words right after `by`: "called by Heydrich in 1942" → Heydrich. */
const NAME_AFTER_BY = /^(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,3})/u;

/**
 * The agent of a passive verb ("has been purchased by Brown University"): a name right after `by`.
 * Of two ("a comedy by Ann Lee, directed by Tom Hale"), the one after a participle of the
 * question's verb; else the first.
 *
 * @example
 * passiveAgent('A comedy by Ann Lee, directed by Tom Hale.', [annLee, tomHale], stems('who directed the comedy')); // tomHale
 */
function passiveAgent(sentence: string, entities: readonly EntityMention[], questionStems: ReadonlySet<string>): EntityMention | undefined {
  if (!sentence.includes('by')) return undefined;
  let first: EntityMention | undefined;
  for (const by of sentence.matchAll(BY_PHRASE)) {
    const from = by.index + by[0].length;
    const agent = entities.find((e) => {
      const at = sentence.indexOf(e.text, from);
      return at >= 0 && BEFORE_AGENT.test(sentence.slice(from, at));
    });
    // ("tiles made for Mrs. Monmouth by Picasso": the participle may stand a few words before "by".)
    const lead = sentence.slice(Math.max(0, by.index - 40), by.index + (by[1]?.length ?? 0)).split(/[,;:()]/).pop() ?? '';
    const participles = lead.split(/\s+/).slice(-PARTICIPLE_REACH).map((w) => w.toLowerCase());
    const questionVerb = participles.some((w) => isParticiple(w) && tokenize(w).some((t) => questionStems.has(t.stem) && !STOPWORDS.has(t.word)));
    if (questionVerb) {
      if (agent) return agent;
      // "the conference called by Heydrich": after the question's own verb, the capitalised name
      // that follows is the doer, though no people list knows it.
      const after = NAME_AFTER_BY.exec(sentence.slice(from));
      const named = after?.[1];
      // Not one capitalised adjective before its noun ("supplied by Soviet aircraft").
      const next = /^\s+([\p{L}]+)/u.exec(sentence.slice(from + (after?.[0].length ?? 0)))?.[1];
      const adjective = named !== undefined && !/\s/.test(named) && next !== undefined && /^\p{Ll}/u.test(next) && !STOPWORDS.has(next);
      // "controlled by the Fisher brothers": a family's name before the word for its members is who.
      if (named !== undefined && next !== undefined && KIN.test(next) && !/\s/.test(named)) {
        const family = `the ${named} ${next}`;
        return { text: family, name: family, type: 'person' };
      }
      if (named !== undefined && !adjective && !STOPWORDS.has(named.toLowerCase())) return { text: named, name: named, type: 'person' };
    }
    if (agent) first ??= agent;
  }
  return first;
}

/**
 * The sentence writes `words` as a name: in a row, each capitalised ("Billy Koch, who had once …").
 *
 * @example
 * writesName('Billy Koch, who drove for Wright, said so.', ['billy', 'koch']); // true
 * writesName('The billy goat ate.', ['billy', 'goat']); // false
 */
function writesName(sentence: string, words: readonly string[] | undefined): boolean {
  if (!words || words.length === 0) return false;
  const tokens = tokenize(sentence);
  return tokens.some((_, i) =>
    words.every((w, k) => {
      const t = tokens[i + k];
      return t !== undefined && t.word === w && /^\p{Lu}/u.test(sentence.slice(t.start, t.end));
    }),
  );
}

/**
 * The first lower-case question word the sentence holds after its first word (the question's verb,
 * mostly); -1 when none. Written "she was the first person to offer", the verb of its subject:
 * the "was" (whose subject did the offering).
 */
function questionVerbAt(tokens: readonly Token[], questionStems: ReadonlySet<string>, verbStems?: ReadonlySet<string>): number {
  // The question's own verb when it is known ("who manufactures the packaged units": not "packaged").
  const stems = verbStems ?? questionStems;
  const verb = tokens.findIndex((t, i) => i > 0 && !STOPWORDS.has(t.word) && stems.has(t.stem) && !t.capitalized);
  return verb > 0 ? (firstToDo(tokens, verb) ?? verb) : verb;
}

/** An ordinal or "only" that makes its subject the doer of the "to" after it: "the first person to offer". */
const RANKED = /^(?:first|last|only|next|second|third)$/;
/** Forms of "be" before it. */
const RANKED_BE = /^(?:was|is|were|are|became|becomes|be|been)$/;

/** The index of the "was" of "was the first (person) to <verb>" when the verb at `verb` is written so. */
function firstToDo(tokens: readonly Token[], verb: number): number | undefined {
  if (tokens[verb - 1]?.word !== 'to') return undefined;
  for (let k = verb - 2; k >= 2 && k >= verb - 4; k--) {
    if (RANKED.test((tokens[k] as Token).word) && tokens[k - 1]?.word === 'the' && RANKED_BE.test(tokens[k - 2]?.word ?? '')) return k - 2;
  }
  return undefined;
}

const SUBJECT_PRONOUN = /^(?:he|she|they|we|i)$/;
/**
 * The subject pronoun written beside a verb of saying outside a sentence's quotations (`"…," she
 * said`, `said he`, `He told reporters: "…"`): who spoke, named by an earlier sentence.
 *
 * @example
 * speakingPronoun('"It will open in May," she said.', quotedSpans(…)); // 'she'
 */
function speakingPronoun(sentence: string, spans: ReadonlyArray<[number, number]>): string | undefined {
  const tokens = tokenize(sentence).filter((t) => !spans.some(([from, to]) => t.start > from && t.end <= to));
  const speech = speechStems ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!SUBJECT_PRONOUN.test(token.word)) continue;
    const beside = [tokens[i - 1], tokens[i + 1]].filter((t): t is Token => t !== undefined && sentence.slice(Math.min(t.end, token.end), Math.max(t.start, token.start)).trim() === '');
    if (beside.some((t) => speech.includes(t.stem))) return sentence.slice(token.start, token.end);
  }
  return undefined;
}

/** Words joining a second verb to the first, which shares its subject: "She founded it and raised the money". */
const COORDINATOR = /^(?:and|but|or|then|later)$/;
/** Words that may stand between a subject and its verb: "he had quietly brokered". */
const BETWEEN_SUBJECT_AND_VERB = 3;

/**
 * The pronoun (as written) that is the sentence's doer of the question's verb, with no name before
 * it: "He brokered the deal for Oculus VR." answers "who brokered the deal" with someone an earlier
 * sentence names; so does "She founded the society and raised the money" for "who raised the money".
 *
 * @example
 * pronounDoes('He brokered the deal for Oculus VR.', stems('who brokered the deal'), entities); // 'He'
 */
function pronounDoes(sentence: string, questionStems: ReadonlySet<string>, entities: readonly EntityMention[], verbStems?: ReadonlySet<string>): string | undefined {
  const token = pronounSubject(sentence, questionStems, entities, verbStems);
  if (token === undefined) return undefined;
  const named = entities.some((e) => e.type !== 'place' && sentence.indexOf(e.text) >= 0 && sentence.indexOf(e.text) < token.start);
  return named ? undefined : sentence.slice(token.start, token.end);
}

/**
 * The person the sentence names last before the pronoun that does the question's verb: "whether the
 * hands be Orlick's as he strikes down Mrs. Gargery" → Orlick (not a name the sentence opens with).
 */
function namedBeforePronoun(sentence: string, questionStems: ReadonlySet<string>, entities: readonly EntityMention[], verbStems?: ReadonlySet<string>): EntityMention | undefined {
  const token = pronounSubject(sentence, questionStems, entities, verbStems);
  if (token === undefined) return undefined;
  let last: EntityMention | undefined;
  let lastAt = -1;
  for (const e of entities) {
    const at = sentence.indexOf(e.text);
    if (e.type === 'person' && at >= 0 && at < token.start && at > lastAt) [last, lastAt] = [e, at];
  }
  return last;
}

/** The pronoun written as the subject of the question's verb ("he had quietly brokered"), if one is. */
function pronounSubject(sentence: string, questionStems: ReadonlySet<string>, entities: readonly EntityMention[], verbStems?: ReadonlySet<string>): Token | undefined {
  const tokens = tokenize(sentence);
  // (The question's own verb when it is known: "says", a synonym of the noun "state", is none.)
  const verb = questionVerbAt(tokens, questionStems, verbStems);
  if (verb <= 0) return undefined;
  // The subject stands just before the verb, perhaps with an auxiliary or adverb between ("he had quietly brokered").
  let subject = -1;
  for (let i = verb - 1; i >= 0 && i >= verb - BETWEEN_SUBJECT_AND_VERB; i--) {
    const word = (tokens[i] as Token).word;
    if (SUBJECT_PRONOUN.test(word)) {
      subject = i;
      break;
    }
    // A name before the verb is its doer ("… and Tom Lee raised the money"), not a pronoun before it.
    if ((tokens[i] as Token).capitalized) break;
    // A second verb joined to the first: its subject is the clause's, written before the first verb.
    if (COORDINATOR.test(word)) {
      subject = clauseSubject(tokens, sentence, i, entities);
      break;
    }
  }
  return subject < 0 ? undefined : (tokens[subject] as Token);
}

/** Words that may stand between a name and its verb: "Quillon would banish", "Lafayette, who now had command". */
const BEFORE_VERB = /^(?:would|could|should|will|shall|can|may|might|must|had|has|have|was|were|is|are|be|been|did|does|do|not|never|also|now|still|once|just|already|soon|who|\p{L}+ly)$/u;

/**
 * The person (or organisation) of `doers` whose name stands right before the question's verb, with only auxiliaries and adverbs
 * (or a "who") between: its doer, whatever other name the sentence opens with.
 *
 * @example
 * nameDoes('While Hale censors plays, Quillon would banish all actors.', stems('who would banish the actors'), …); // Quillon
 */
function nameDoes(sentence: string, questionStems: ReadonlySet<string>, verbStems: ReadonlySet<string> | undefined, doers: readonly EntityMention[], wantsPatient = false, isNoun?: (word: string) => boolean | undefined): EntityMention | typeof UNNAMED | undefined {
  const tokens = tokenize(sentence);
  // The question's own verb; else its first content word the sentence writes ("who had command …").
  let verb = questionVerbAt(tokens, questionStems, verbStems);
  if (verb <= 0 && verbStems !== undefined) verb = questionVerbAt(tokens, questionStems);
  if (verb <= 0) return undefined;
  // (The sentence's first word is written with a capital whatever it is.)
  const capital = (token: Token | undefined): boolean => writtenCapital(sentence, token);
  let i = verb - 1;
  let described = -1;
  for (let gap = 0; i >= 0; i--, gap++) {
    const between = sentence.slice((tokens[i] as Token).end, (tokens[i + 1] as Token).start);
    // "Ezra Gannett, an old friend of the family, addressed …": past the description to its name
    // (also one ending in a name: "Ann Lee, editor of the Courier, asked …").
    described = /^\s*,\s*$/.test(between) ? appositiveOpening(sentence, tokens, i) : -1;
    if (described > 0) {
      i = described - 1;
      break;
    }
    if (capital(tokens[i] as Token)) break;
    if (gap >= BETWEEN_SUBJECT_AND_VERB || !BEFORE_VERB.test((tokens[i] as Token).word) || /[^\s]/.test(between)) return undefined;
  }
  const name = tokens[i];
  const next = tokens[i + 1];
  if (name === undefined || next === undefined) return undefined;
  // Only a comma before "who" may part the name from what follows it ("Lafayette, who now had …"),
  // or the quotation mark that closes a title ("the promoters of 'Porgy And Bess' overrode").
  const between = sentence.slice(name.end, next.start);
  if (/[^\s]/.test(between) && !(/^\s*,\s*$/.test(between) && (next.word === 'who' || described > 0)) && !/^['’"”]\s+$/.test(between)) return undefined;
  const person = doers.find((e) => e.text.length <= name.end && sentence.slice(name.end - e.text.length, name.end) === e.text);
  // "Ann Lee had once been robbed": the name before a passive is whom it was done to. It answers
  // "who was robbed", and says nothing of who robbed her; a name before an active verb, the reverse.
  const passive = tokens.slice(i + 1, verb).some((t) => PASSIVE_BE.test(t.word)) && isParticiple(tokens[verb]?.word ?? '');
  if (person !== undefined && passive !== wantsPatient) return UNNAMED;
  // "Maude could have shot Emile -- if she'd had a reason": what someone could, might or would
  // have done they did not, as far as the sentence says.
  if (hypothetical(tokens.slice(i + 1, verb))) return UNNAMED;
  // "the promoters of 'Porgy And Bess' overrode", "a friend of Lee said": who did it is the one of
  // the name, unnamed ("the force of Paul Lafitte, who now had command": a "who" after the name is his).
  if (person !== undefined && next.word !== 'who' && described < 0 && /\bof\s+['‘"“]?$/.test(sentence.slice(0, name.end - person.text.length))) return UNNAMED;
  if (person !== undefined) return person;
  // A capitalised word no person ends at: someone unnamed to the story, unless a common word opens the sentence ("Then had …").
  if (STOPWORDS.has(name.word) || /[.\d]/.test(name.word)) return undefined;
  // "Billie had unhitched the mules": one capitalised word opening the sentence, right before the
  // question's active verb, is who did it, though no people list knows the name (its capital proves nothing there).
  // ("Farmers had unhitched the mules": a common noun is no one's name.)
  if (i === 0 && passive === wantsPatient && !INDEFINITE.test(name.word) && isNoun?.(name.word) !== true) {
    const text = sentence.slice(name.start, name.end);
    return { text, name: text, type: 'person' };
  }
  return UNNAMED;
}

/** Words of the clause "that" opens up to the next name that reports one ("…, and Tom Hale argues that …"). */
const clauseStems = (tokens: readonly Token[], from: number, to: number, questionStems: ReadonlySet<string>, verbStems: ReadonlySet<string>): number =>
  new Set(tokens.slice(from, to).filter((t) => !STOPWORDS.has(t.word) && questionStems.has(t.stem) && !verbStems.has(t.stem)).map((t) => t.stem)).size;

/**
 * The person who reports, with a verb of the sentence's own, the clause a "who <verb> <clause>"
 * question asks about: "Ann Lee suggests that the poems were dictated to a scribe" for "who thinks
 * the poems were dictated to a scribe" — a name, its verb (auxiliaries and adverbs between) and
 * "that"; of several such names ("…, and Tom Hale argues that …"), the one whose clause, up to the
 * next, holds more of the question's words (at least two). Undefined where the sentence writes
 * the question's own verb (whose doer `nameDoes` reads) or reports nothing so.
 *
 * @example
 * reporterOf('Ann Lee suggests that the poems were dictated to a scribe.', stems('who thinks the poems were dictated to a scribe'), stems('thinks'), [annLee]); // Ann Lee
 */
function reporterOf(sentence: string, questionStems: ReadonlySet<string>, verbStems: ReadonlySet<string> | undefined, people: readonly EntityMention[]): EntityMention | undefined {
  if (verbStems === undefined) return undefined;
  const tokens = tokenize(sentence);
  if (tokens.some((t) => verbStems.has(t.stem))) return undefined;
  // Each name that reports a clause, with where its "that" stands.
  const reports: Array<{ person: EntityMention; that: number; at: number }> = [];
  for (const person of people) {
    const at = sentence.indexOf(person.text);
    if (at < 0) continue;
    const first = tokens.findIndex((t) => t.start >= at + person.text.length);
    if (first < 0) continue;
    let that = first + 1;
    while (that - first <= BETWEEN_SUBJECT_AND_VERB && tokens[that - 1] !== undefined && BEFORE_VERB.test((tokens[that - 1] as Token).word)) that++;
    const verb = tokens[that - 1];
    if (verb === undefined || tokens[that]?.word !== 'that' || STOPWORDS.has(verb.word) || verb.capitalized) continue;
    // Only words between the name, its verb and "that": "Ann Lee, the editor, said that" is read elsewhere.
    if (/[^\s\p{L}]/u.test(sentence.slice(at + person.text.length, (tokens[that] as Token).start))) continue;
    reports.push({ person, that, at });
  }
  reports.sort((a, b) => a.that - b.that);
  let best: EntityMention | undefined;
  let most = 1;
  reports.forEach(({ person, that }, k) => {
    const next = reports[k + 1];
    const end = next === undefined ? tokens.length : tokens.findIndex((t) => t.start >= next.at);
    const held = clauseStems(tokens, that + 1, end < 0 ? tokens.length : end, questionStems, verbStems);
    if (held > most) [best, most] = [person, held];
  });
  return best;
}

/** A modal before "have" and a participle: "could have shot", "might have been", "would have gone". */
const MODAL = /^(?:could|might|would|may|must|should)$/;

/** Whether the words between a subject and its verb make the deed one that may not have happened: "could have", "might well have". */
function hypothetical(between: readonly Token[]): boolean {
  return between.some((t, k) => MODAL.test(t.word) && between.slice(k + 1, k + 3).some((u) => u.word === 'have'));
}

/** Pronouns that name no one: "Someone had unhitched the mules" says nothing of who did. */
const INDEFINITE = /^(?:(?:some|any|no|every)(?:one|body)|none|nothing|something|everything|anything)$/;

/** Verbs whose object does what the "to" after it says: "asked the architect to design", "ordered Hale to leave". */
const TELLS_TO = /^(?:ask|asks|asked|asking|tell|tells|told|order|orders|ordered|urge|urges|urged|persuade|persuades|persuaded|beg|begs|begged|invite|invites|invited|hire|hires|hired|commission|commissioned|instruct|instructed|direct|directed|require|required|allow|allowed|permit|permitted|want|wanted|expect|expected|encourage|encouraged|force|forced)$/;
/** Words between such a verb and its "to" at most: "asked the young architect to". */
const TOLD_WORDS = 4;

/**
 * Who does the question's verb when the sentence writes it after "to" and someone told or asked
 * to do it ("Lee asked the architect to design a stand"): that person, when the sentence names
 * them there; else {@link UNNAMED} (not Lee, who only asked). Undefined when the verb is not so written.
 *
 * @example
 * toldToDo('Lee asked Tom Hale to design a stand.', stems('who designed the stand'), undefined, [lee, hale]); // hale
 */
function toldToDo(sentence: string, questionStems: ReadonlySet<string>, verbStems: ReadonlySet<string> | undefined, doers: readonly EntityMention[]): EntityMention | typeof UNNAMED | undefined {
  const tokens = tokenize(sentence);
  const verb = questionVerbAt(tokens, questionStems, verbStems);
  if (verb < 2 || tokens[verb - 1]?.word !== 'to') return undefined;
  for (let k = verb - 2; k >= 0 && k >= verb - 2 - TOLD_WORDS; k--) {
    const token = tokens[k] as Token;
    if (/[^\s]/.test(sentence.slice(token.end, (tokens[k + 1] as Token).start))) return undefined;
    if (!TELLS_TO.test(token.word) || k === verb - 2) continue;
    const from = (tokens[k + 1] as Token).start;
    const to = (tokens[verb - 1] as Token).start;
    return doers.find((e) => {
      const at = sentence.indexOf(e.text, from);
      return at >= 0 && at < to;
    }) ?? UNNAMED;
  }
  return undefined;
}

/** Words at most of the object's name written after the verb: "asked W. E. Ford". */
const OBJECT_NAME_WORDS = 4;

/**
 * Whether the sentence writes the object the question gives its verb (see `verbObject`) right after
 * that verb, past a determiner: "asked W. E. Ford" for "who asked ford …".
 *
 * @example writesAskedObject('Ann Lee asked Tom Hale to come.', stems('who asked hale to come'), undefined, ['hale']); // true
 */
function writesAskedObject(sentence: string, questionStems: ReadonlySet<string>, verbStems: ReadonlySet<string> | undefined, object: readonly string[]): boolean {
  const tokens = tokenize(sentence);
  const verb = questionVerbAt(tokens, questionStems, verbStems);
  if (verb <= 0) return false;
  let k = verb + 1;
  if (DETERMINER.test(tokens[k]?.word ?? '')) k++;
  for (let n = 0; n < OBJECT_NAME_WORDS && k < tokens.length && !STOPWORDS.has((tokens[k] as Token).word); n++, k++) {
    if (object.includes((tokens[k] as Token).stem)) return true;
  }
  return false;
}

/** The people of the sentence the question names, but not as its verb's object, who are not doers already. */
function askedSubjects(entities: readonly EntityMention[], doers: readonly EntityMention[], questionStems: ReadonlySet<string>, object: readonly string[]): EntityMention[] {
  return entities.filter((e) => e.type === 'person' && !doers.includes(e) && mentionedInQuestion(e, questionStems) && !tokenize(`${e.name} ${e.text}`).some((t) => object.includes(t.stem)));
}

/** Between a person's name and the body they belong to: "Tom Hale of Harvard College", "Tom Hale, Harvard College". */
const AFFILIATION = /^(?:\s+of|\s*,)\s+(?:the\s+)?$/;

/**
 * Whether every mention of an organisation in the sentence follows a person's name as the body
 * that person belongs to: "asked Tom Hale of Harvard College to …", "Ann Lee, Harvard College, and …".
 *
 * @example affiliationOf('The board asked Tom Hale of Harvard College to come.', 'Harvard College', [tomHale, harvard]); // true
 */
function affiliationOf(sentence: string, org: string, entities: readonly EntityMention[]): boolean {
  let at = sentence.indexOf(org);
  if (at < 0) return false;
  for (; at >= 0; at = sentence.indexOf(org, at + 1)) {
    const before = sentence.slice(0, at);
    const person = entities.some((e) => {
      if (e.type !== 'person' || e.text === '') return false;
      const end = before.lastIndexOf(e.text);
      return end >= 0 && AFFILIATION.test(before.slice(end + e.text.length));
    });
    if (!person) return false;
  }
  return true;
}

/** Words that open a role written before a name: "his agent Schutz", "the clerk Ann Lee". */
const ROLE_OPENER = /^(?:his|her|their|its|the)$/;

/**
 * The person written right after a possessive or "the" and one or two lower-case words at `at`
 * ("his agent Schutz"), or right after a bare role of up to three lower-case words whose last is a
 * role noun ("arrested regional leader Ann Lee"), when the sentence's entities have a person
 * starting there.
 */
function roleThenPerson(sentence: string, tokens: readonly Token[], at: number, entities: readonly EntityMention[]): EntityMention | undefined {
  const opened = ROLE_OPENER.test(tokens[at]?.word ?? '');
  if (writtenCapital(sentence, tokens[at]) || (!opened && STOPWORDS.has(tokens[at]?.word ?? ''))) return undefined;
  for (let k = opened ? at + 1 : at; k <= at + 3 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (k > at && /[^\s]/.test(sentence.slice((tokens[k - 1] as Token).end, token.start))) return undefined;
    if (writtenCapital(sentence, token)) {
      // (A bare role is one only when a role noun ends it: "regional leader", not "quickly".)
      if (k === at + 1 && opened) return undefined;
      if (!opened && (k === at || !ROLE_NOUNS.has((tokens[k - 1] as Token).word))) return undefined;
      return entities.find((e) => e.type === 'person' && sentence.startsWith(e.text, token.start));
    }
    if (STOPWORDS.has(token.word)) return undefined;
  }
  return undefined;
}

/** Longest description set off by commas after a name: "Gannett, an honorable representative of the sanhedrin, …", "Lee, editor of the Courier, …". */
const APPOSITIVE_REACH = 10;
/** What opens such a description: an article or a possessive ("a minister", "the mayor", "his deputy"), or a role noun (`ROLE_NOUNS`). */
const APPOSITIVE_OPENER = /^(?:a|an|the|his|her|their|its)$/;

/**
 * The index of the first word of a description set off by commas that ends with the token at
 * `last` (a comma follows it) and follows a comma after a name; -1 when there is none.
 *
 * @example appositiveOpening('Ann Lee, a retired judge, spoke.', tokenize('Ann Lee, a retired judge, spoke.'), 4); // 2
 */
function appositiveOpening(sentence: string, tokens: readonly Token[], last: number): number {
  for (let k = last; k > 0 && last - k < APPOSITIVE_REACH; k--) {
    const gap = sentence.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (/^\s+$/.test(gap)) continue;
    // ("Ann Lee, editor of the first edition, asked …": a bare role noun opens one too.)
    const opener = (tokens[k] as Token).word;
    return /^\s*,\s*$/.test(gap) && (APPOSITIVE_OPENER.test(opener) || ROLE_NOUNS.has(opener)) && writtenCapital(sentence, tokens[k - 1]) ? k : -1;
  }
  return -1;
}

/** Whether the sentence writes the token with a capital (its first word too, whatever it is). */
function writtenCapital(sentence: string, token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(sentence.slice(token.start, token.end));
}

/** The doer before the question's verb is a capitalised word that is no person the story knows. */
const UNNAMED = Symbol('unnamed');

/** Words that may stand between a verb and its object's name: "wrote eloquently to William James". */
const BEFORE_OBJECT = /^(?:to|with|for|about|at|on|upon|of|from|\p{L}+ly)$/u;
/** A preposition (and an article) right before a name: the name belongs to a phrase of another noun ("a workshop for the Rangers"). */
const PHRASE_BEFORE_NAME = /\b(?:of|for|with|to|at|in|on|from|by|about|against)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/i;
/** Forms of "be" before a verb: "Macbeth was called …" is passive, its subject what the question asks for. */
const PASSIVE_BE = /^(?:was|were|is|are|be|been|being)$/;
/** What may stand between a passive's subject and its verb: "had once been", "will not be". */
const PASSIVE_AUX = /^(?:was|were|is|are|be|been|being|had|has|have|will|would|could|should|may|might|must|shall|can|not|never|once|also|just|already|\p{L}+ly)$/u;

/**
 * The name a question word of the sentence governs as its object: the capitalised words right after
 * it ("calls Macbeth a northern scion", "wrote eloquently to William James"), as an entity of the
 * sentence where one starts there; or, after a form of "be" ("Macbeth was called …"), the name before.
 *
 * @example objectOf('Hugo calls Macbeth a northern scion.', stems('who does hugo call a northern scion'), entities); // 'Macbeth'
 */
function objectOf(sentence: string, questionStems: ReadonlySet<string>, entities: readonly EntityMention[]): string | undefined {
  const tokens = tokenize(sentence);
  const capital = (token: Token | undefined): boolean => writtenCapital(sentence, token);
  const entityAt = (start: number): EntityMention | undefined => entities.find((e) => sentence.startsWith(e.text, start));
  // The question's own name is not whom it asks about ("who did Morse see": not Morse).
  const asked = (text: string): boolean => tokenize(text).every((t) => questionStems.has(t.stem));
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (capital(verb) || STOPWORDS.has(verb.word) || !questionStems.has(verb.stem)) continue;
    // Past auxiliaries and adverbs to the subject: "Ann Lee had once been robbed".
    let k = i - 1;
    while (k > 0 && PASSIVE_AUX.test((tokens[k] as Token).word) && !capital(tokens[k]) && /^\s+$/.test(sentence.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start))) k--;
    if (tokens.slice(k + 1, i).some((t) => PASSIVE_BE.test(t.word))) {
      const subject = tokens[k];
      if (!capital(subject) || subject === undefined) continue;
      const before = entities.find((e) => e.type !== 'place' && e.text.length <= subject.end && sentence.slice(subject.end - e.text.length, subject.end) === e.text);
      // ("a workshop for the Harbor Rangers had been halted": the name ends a phrase of the
      // subject, "workshop", and is no subject itself.)
      const inPhrase = before !== undefined && PHRASE_BEFORE_NAME.test(sentence.slice(0, subject.end - before.text.length));
      if (before && !inPhrase && !asked(before.text)) return personWithRole(before);
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && j <= i + 2 && !capital(tokens[j]) && BEFORE_OBJECT.test((tokens[j] as Token).word)) j++;
    // "recalled his agent Schutz", "thanked the young clerk Ann Lee": a person the words before call by a role.
    const titled = roleThenPerson(sentence, tokens, j, entities);
    if (titled !== undefined && !asked(titled.text)) return personWithRole(titled);
    const first = tokens[j];
    if (!capital(first) || first === undefined || STOPWORDS.has(first.word) || /[^\s]/.test(sentence.slice((tokens[j - 1] as Token).end, first.start))) continue;
    // ("asked him to come to Europe": a place is where, not whom. A country written right after
    // the verb is whom it was done to: "the army fought Ruritania" — countries act in the news.)
    const entity = entityAt(first.start);
    if (entity?.type === 'place' || lookupPlace(first.word)) {
      const country = j === i + 1 ? countryAt(entity, sentence.slice(first.start, first.end)) : undefined;
      if (country !== undefined && !asked(country)) return country;
      continue;
    }
    if (entity) {
      if (asked(entity.text)) continue;
      return personWithRole(entity);
    }
    let last = j;
    while (capital(tokens[last + 1]) && /^\s+$/.test(sentence.slice((tokens[last] as Token).end, (tokens[last + 1] as Token).start))) last++;
    const written = sentence.slice(first.start, (tokens[last] as Token).end);
    if (asked(written)) continue;
    return written;
  }
  return undefined;
}

/** The country a place entity (or a lone word) written in a sentence names, as written; undefined for any other place. */
function countryAt(entity: EntityMention | undefined, written: string): string | undefined {
  if (entity !== undefined) return entity.type === 'place' && lookupPlace(entity.name)?.kind === 'country' ? placeAsWritten(entity) : undefined;
  return lookupPlace(written)?.kind === 'country' ? written : undefined;
}

/** Words opening a clause of its own, whose subject a later verb may share instead: "she said the board …", "she met a man who …". */
const CLAUSE_OPENER = /^(?:said|says|say|told|that|who|whom|which|when|while|because|after|before|if|since|although|though|whose)$/;

/**
 * The subject pronoun that opens the sentence ("She founded …", "In 1998, she founded …"), when
 * neither another pronoun, a person's name nor a clause of its own stands between it and the
 * coordinator at `before`; -1 otherwise.
 */
function clauseSubject(tokens: readonly Token[], sentence: string, before: number, entities: readonly EntityMention[]): number {
  const first = tokens.findIndex((t) => SUBJECT_PRONOUN.test(t.word));
  if (first < 0 || first >= before) return -1;
  // Only an opening phrase set off by a comma may stand before it ("In 1998, she …").
  if (first > 0 && !/,\s*$/.test(sentence.slice(0, (tokens[first] as Token).start))) return -1;
  if (tokens.slice(first + 1, before).some((t) => SUBJECT_PRONOUN.test(t.word) || CLAUSE_OPENER.test(t.word))) return -1;
  const from = (tokens[first] as Token).end;
  const to = (tokens[before] as Token).start;
  const person = entities.some((e) => {
    if (e.type !== 'person') return false;
    const at = sentence.indexOf(e.text, from);
    return at >= 0 && at < to;
  });
  return person ? -1 : first;
}

/** Words that open a noun phrase: "the daily hijacking" is a thing, not a doer and its verb. */

/**
 * The noun phrase right before the first question word the sentence contains: its subject. Not
 * when that word is a noun made of the verb ("the daily hijacking of a plane"): what stands before
 * it describes it and did nothing.
 */
function agentBefore(sentence: string, questionStems: ReadonlySet<string>, verbStems?: ReadonlySet<string>, isNoun?: (word: string) => boolean | undefined): string | undefined {
  const tokens = tokenize(sentence);
  const verb = questionVerbAt(tokens, questionStems, verbStems);
  if (verb <= 0) return undefined;
  const words: string[] = [];
  let i = verb - 1;
  for (; i >= 0 && words.length < 4; i--) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || STOPWORDS.has(token.word) || /[,;:.!?"()]/.test(sentence.slice(token.end, next.start))) break;
    words.unshift(sentence.slice(token.start, token.end));
  }
  if (/ing$/.test((tokens[verb] as Token).word) && DETERMINER.test(tokens[i]?.word ?? '')) return undefined;
  // A subject ends in its head noun ("Iranian activists", "police"), not in an adjective or name:
  // "an important bridge" is no one who did anything.
  const head = words[words.length - 1];
  // As written: "the Tarn-led council", not "Tarn led council", which reads as a name.
  const first = tokens[i + 1];
  const last = tokens[verb - 1];
  return head !== undefined && first !== undefined && last !== undefined && STARTS_LOWER.test(head) && isNoun?.(head.toLowerCase()) !== false ? sentence.slice(first.start, last.end) : undefined;
}

/** The role gives a country the question does not, and the question one the role does not. */
function nationalityClash(entity: EntityMention, questionCountries: ReadonlySet<string> | undefined): boolean {
  if (!entity.role || !questionCountries || questionCountries.size === 0) return false;
  const roleCountries = countriesIn(entity.role);
  if (roleCountries.size === 0) return false;
  const questionOnly = [...questionCountries].some((c) => !roleCountries.has(c));
  const roleOnly = [...roleCountries].some((c) => !questionCountries.has(c));
  return questionOnly && roleOnly;
}
