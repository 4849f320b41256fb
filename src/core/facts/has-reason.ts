/**
 * Cue phrases that give a reason or cause. Cheap and deliberately broad: the answer engine uses it
 * to prefer sentences for `why` questions, not to extract the reason itself.
 */
const REASON_CUES = new RegExp(
  `\\b(?:${[
    'because',
    'due (?:\\w+ ){0,3}to',
    'explain(?:s|ed|ing)?',
    'on account of',
    'attributable to',
    'credit(?:s|ed)? (?:\\w+ )?(?:to|for|with)',
    'owing to',
    'thanks to',
    'as a result',
    'as a consequence',
    'result(?:s|ed)? (?:of|from|in)',
    'led to',
    'leads? to',
    'lead(?:s|ing)? to',
    'caus(?:e|es|ed|ing)',
    'reasons?',
    'why',
    'in order to',
    'so as to',
    'so that',
    'unless',
    'despite',
    'in spite of',
    'therefore',
    'hence',
    'consequently',
    'in response to',
    'in retaliation',
    'in protest',
    'to protest',
    'for fear',
    'on the grounds',
    'blam(?:e|es|ed|ing)',
    'attribut(?:e|ed|es) (?:it )?to',
    'stem(?:s|med)? from',
    'given that',
    'in an effort to',
    'aimed at',
    'motivated by',
    'prompted',
    'triggered',
    'sparked',
    '(?:tensions?|concerns?|disputes?|protests?|anger|fears?|rows?|clash(?:es)?|fights?|worries|outrage|criticism|controversy|debate|battles?|standoff|feud|rift|split|disagreements?|frustration|unrest) over',
  ].join('|')})\\b`,
  'i',
);

/** `after` is causal when a clause or event follows, temporal before a span of time. */
const AFTER_CAUSAL = /\bafter\s+(?!(?:\d|[a-z]+ing\b|a\s+(?:week|month|year|day|while|decade)|(?:two|three|four|five|six|several|many|few)\s+\w+|the\s+(?:war|meeting|election|game|session)\b|(?:midnight|noon|dark|that|which|lunch|dinner|breakfast)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))/i;

/** `since` is causal opening a sentence or after a comma with a clause, temporal before a time. */
const SINCE_CAUSAL = /(?:^|[,;]\s*)since\s+(?!(?:\d|then|the\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|last\b|early\b|late\b))/i;

/** `improved since the ouster of Saddam`: `since` before an event (not a time) names a cause. */
const SINCE_EVENT =
  /\bsince\s+the\s+(?!(?:beginning|start|end|first|last|early|late|mid|middle|spring|summer|fall|autumn|winter|week|month|year|day|time|days|weeks|months|years|decades?|turn|dawn|age|era|war|\d)\b)[a-z]/i;

/** Reported intent: `X said Y would …` frames a stated reason or plan. */
const SAID_WOULD = /\bsaid\b[^.;]*\bwould\b/i;

/**
 * True when the sentence gives a reason or cause (because, due to, after + event, unless, …).
 *
 * @example
 * hasReason('Crocker said no progress can be made unless Iran changes its behavior.'); // → true
 * hasReason('The ambassadors met in Baghdad.'); // → false
 */
export function hasReason(sentence: string): boolean {
  const s = sentence.trim();
  return REASON_CUES.test(s) || AFTER_CAUSAL.test(s) || SINCE_CAUSAL.test(s) || SINCE_EVENT.test(s) || SAID_WOULD.test(s);
}
