/**
 * Function words that say nothing about which sentence answers a question. Question words and
 * auxiliaries are included: "who did …" must not prefer sentences containing "who" or "did".
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren as at be because been before being
  below between both but by can cannot could couldn did didn do does doesn doing don down during each
  few for from further had hadn has hasn have haven having he her here hers herself him himself his
  how i if in into is isn it its itself just let me more most mustn my myself no nor not of off on
  once only or other ought our ours ourselves out over own same shan she should shouldn so some such
  than that the their theirs them themselves then there these they this those through to too under
  until up very was wasn we were weren what when where which while who whom whose why will with
  would wouldn you your yours yourself yourselves also yet ever s t ll re ve d m
  whats whos wheres whens hows whys thats theres dont doesnt didnt isnt wasnt arent werent cant wont`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words people put around a question that no article sentence contains: "tell me about …",
 * "what happened with …", "do you know …".
 */
export const QUESTION_FILLER: ReadonlySet<string> = new Set(
  `tell know happen happened happens please explain anything something someone somebody thing things
  say said says factdesk bot news article articles report reported ask question mean exactly actually
  kind sort many much now currently really still get gets got gotten getting go goes going gone make
  makes need needs must`
    .split(/\s+/)
    .filter(Boolean),
);

/** A determiner, in lower case: what follows it is a noun ("the state department", "his statement"). */
export const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)$/;
