// Text normalisation and sentence splitting for detection: one spelling of quotes, dashes and
// spaces, then sentences small enough to reason about one claim at a time. Pure and allocation-light
// because it runs on every stored article.

const abbreviations = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|Gen|Sen|Rep|Gov|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|a\.m|p\.m)\.$/;

/** One spelling for quotes, dashes, spaces and common HTML entities. */
export function normalizeText(text: string): string {
  // "Open AI" and the OCR typo "OpenAl" are the press's other spellings of OpenAI.
  if (text.includes('Open AI') || text.includes('OpenAl')) text = text.replace(/\bOpen ?A[Il]\b/g, 'OpenAI');
  // A nickname between first and last name ('Aaron "Ronnie" Chatterji') is not part of the name.
  if (/[\s(][“"'][A-Z]/.test(text)) text = text.replace(/\b([A-Z][a-z]+) [“"']([A-Z][a-z]+)[”"'] ([A-Z][a-z]+)\b/g, '$1 $3');
  // Fast path: plain ASCII needs only its entities and backticks spelt out and its spaces collapsed (the
  // quotes, dashes and odd spaces of the full path below are all beyond ASCII).
  if (/^[\x20-\x7e]*$/.test(text)) {
    if (text.includes('&')) text = decodeEntities(text);
    if (text.includes('`')) text = text.replace(/`/g, "'");
    return text.replace(/\s\s+/g, ' ').trim();
  }
  return decodeEntities(text)
    .replace(/[‘’‚‛´`]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒]/g, '-')
    .replace(/\s*[–—―]\s*/g, ' — ')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&(?:quot|#34);/g, '"')
    .replace(/&(?:#39|apos|rsquo|lsquo);/g, "'")
    .replace(/&(?:nbsp|#160);/g, ' ');
}

/**
 * Splits normalised text into sentences at . ! ? followed by a space and a capital, a quote or a
 * digit, keeping abbreviations ("U.S.", "Oct.") and initials ("D. Kingma") together.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]["')\]]?\s+(?=["'(]?[A-Z0-9])/g;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text)) !== null) {
    const end = match.index + 1;
    const head = text.slice(Math.max(start, end - 12), end);
    // "Oct. 23", "U.S. Senate" and single initials are not sentence ends.
    if (abbreviations.test(head) || /(?:^|\s)[A-Z]\.$/.test(head)) continue;
    const sentence = text.slice(start, match.index + match[0].trimEnd().length).trim();
    if (sentence) sentences.push(sentence);
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
