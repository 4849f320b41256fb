/**
 * What reader mode leaves that is not the story: captions and credits, gallery labels, "Continue
 * reading", bracketed "[Read: …]" and "Related: …" links, "Powered by …", calls to action of
 * transcripts and newsletters, a note that the story appeared in print, the author's bio. Rules are about the form of a line, never about a particular site.
 */

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** "Image caption …", "Photo: …", "Credit: …", "Photograph: …". */
const CAPTION = /^(image|photo|picture|video|media) (caption|copyright|credit|source)\b|^(photo(graph)?s?|image|credits?|illustration|video|caption|source|pictured)( by| courtesy( of)?)?\s*:/i;

/** A trailing credit: "… (Photo: Agency)" or "… Photo by Name/Agency". */
const TRAILING_CREDIT = /(\((photo|image|credit|photograph|illustration|video)( by)?:?[^)]*\)|\b(photo|photograph|image|illustration) (by|courtesy of|credit:?) [^.]*)$/i;

/**
 * A photo credit in parentheses closing a caption, naming who took it or where it came from: "(AP
 * Photo/Jane Roe)", "(Jane Roe/Lake Agency photo via AP)", "(Photo by Jane Roe)". Wire captions run
 * long (two sentences restating the story), so unlike TRAILING_CREDIT no length or sentence count
 * keeps them: a paragraph of the story does not end in a credit.
 */
const CAPTION_CREDIT = /\((?=[^()]*\b(?:photos?|photograph|images?|pictures?)\b)[^()]*(?:\/|\bvia\b|\bby\b|\bcourtesy\b|:)[^()]*\)$/i;

/** "Continue reading the main story", "[Read: …]", "Related: …", "Read more: …". */
const LINK_LINE = /^(continue reading\b|\[\s*(read|related|see|watch|listen|more)\b[^\]]*\]$|(read|related|see also|also read|read more|more|watch|listen|recommended|further reading)\s*:)/i;

/** "Powered by …", "Read the full transcript …", "Sign up for …", "Share this …". */
const PROMPT = /^(powered by\b|read the (full|complete) (transcript|story|interview)\b|(sign up|subscribe|register) (for|to)\b|share (this|on)\b|follow (us|me)\b|click here\b|download (the|our)\b|get (the|our) .{0,40}newsletter\b)/i;

/**
 * An invitation to receive the site's newsletter, at the start of the line or of one of its clauses
 * ("Cities change fast. Keep up with the Daily newsletter.", "[Before work: Get Today in your
 * inbox.]"): PROMPT only sees one that opens the line.
 */
const NEWSLETTER_PROMPT = /(?:^|[:.!?]\s+|\[)\s*(?:get|keep up with|sign up for|subscribe to)\b[^.!?]{0,80}\b(?:newsletters?|inbox)\b/i;

/**
 * A note on where the story was printed: "A version of this article appears in print on …, on Page
 * A1 …", "Appeared in the May 3, 2019, print edition as …". About the article, not part of it.
 */
const PRINT_NOTE = /^(?:a version of )?this (?:article|story|column|review) (?:appears|appeared)\b[^.]{0,80}\bprint\b|^appeared in the [^.]{0,40}\bprint edition\b/i;

/** A gallery's label: "Gallery: Harbour at night | 14 Photos". */
const GALLERY_LABEL = /^(?:photo )?(?:gallery|slideshow)\s*:|[|\u2022\u00b7]\s*\d+\s+(?:photos|images|pictures|slides)$/i;

/** A bio: "Jane Doe is a reporter covering …" — a short paragraph opening with the byline's name. */
const BIO_VERB = /^\s*(is|was|has been|covers|writes|reports)\b/;
const BIO_ROLE = /\b(writer|reporter|correspondent|editor|journalist|columnist|contributor|author|producer|critic|fellow|staff)\b/i;

function isBio(paragraph: string, author: string | undefined): boolean {
  if (words(paragraph) > 60) return false;
  for (const name of (author ?? '').split(/,| and /).map((n) => n.replace(/^by\s+/i, '').trim()).filter((n) => n.split(' ').length >= 2)) {
    if (paragraph.startsWith(name) && BIO_VERB.test(paragraph.slice(name.length)) && BIO_ROLE.test(paragraph)) return true;
  }
  return false;
}

/**
 * Whether one paragraph of a page's article is furniture rather than the story.
 *
 * @example
 * isPageFurniture('Continue reading the main story'); // → true
 * isPageFurniture('[Read: Why the river rose]'); // → true
 * isPageFurniture('The river rose by a metre overnight.'); // → false
 */
export function isPageFurniture(paragraph: string, author?: string): boolean {
  const text = paragraph.trim();
  if (CAPTION.test(text) || LINK_LINE.test(text)) return true;
  if ((PROMPT.test(text) || NEWSLETTER_PROMPT.test(text)) && words(text) <= 30) return true;
  if (PRINT_NOTE.test(text) && words(text) <= 60) return true;
  if (GALLERY_LABEL.test(text) && words(text) <= 12 && !/[.!?]$/.test(text)) return true;
  if (CAPTION_CREDIT.test(text)) return true;
  if (TRAILING_CREDIT.test(text) && words(text) <= 40 && !/[.!?]["'\u201d\u2019]?\s/.test(text.replace(TRAILING_CREDIT, '').trim())) return true;
  return isBio(text, author);
}

/** The paragraphs of a page's article without its furniture. */
export function dropFurniture(paragraphs: readonly string[], options: { author?: string | undefined } = {}): string[] {
  return paragraphs.filter((p) => !isPageFurniture(p, options.author));
}
