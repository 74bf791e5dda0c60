// Dates in article text: the date a move happened when the text states one ("I resigned from OpenAI
// on February 15, 2024", "leaving the company on Oct. 23"), and whether a clause recounts old news
// ("left in 2018", "earlier this year") rather than reporting a move.

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthWord = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const dayDate = new RegExp(`\\b${monthWord}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`);
const monthYear = new RegExp(`\\b(?:in|since|until|of)\\s+(?:(?:early|mid|late)-?\\s*)?${monthWord}(?:\\s+(\\d{4}))?\\b`, 'i');
const bareYear = /\b(?:in|since|back in|until|of)\s+(?:(?:early|mid|late)-?\s*)?((?:19|20)\d{2})\b/i;

function monthIndex(word: string): number {
  return months.indexOf(word.slice(0, 3).toLowerCase());
}

/**
 * The date stated in `text`, read relative to the publication date: "Oct. 23" means the latest
 * Oct. 23 not after publication. Undefined when the text states none.
 */
export function statedDate(text: string, publishedAt: Date | null): Date | undefined {
  const m = dayDate.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[1]!);
  const day = Number(m[2]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  const reference = publishedAt ?? new Date();
  let year = m[3] ? Number(m[3]) : reference.getUTCFullYear();
  let date = new Date(Date.UTC(year, month, day));
  if (!m[3] && date.getTime() > reference.getTime() + 2 * 86_400_000) date = new Date(Date.UTC(--year, month, day));
  return date;
}

const oldNews = /\b(?:last year|years? ago|a year ago|earlier this year|the previous year|in recent years|back in)\b/i;

/**
 * True when a clause places its move well before publication: a past year ("in 2018"), a month
 * more than about six weeks back ("in May"), or wording like "last year". Such clauses give
 * background, not news.
 */
export function isOldNews(clause: string, publishedAt: Date | null): boolean {
  if (oldNews.test(clause)) return true;
  if (!publishedAt) return false;
  const pubYear = publishedAt.getUTCFullYear();
  const year = bareYear.exec(clause);
  if (year && Number(year[1]) < pubYear) return true;
  const my = monthYear.exec(clause);
  if (my) {
    const month = monthIndex(my[1]!);
    // "in September" without a year: the September nearest the publication date.
    const candidates = my[2] ? [Number(my[2])] : [pubYear - 1, pubYear, pubYear + 1];
    const when = candidates.map((y) => Date.UTC(y, month, 15)).sort((a, b) => Math.abs(a - publishedAt.getTime()) - Math.abs(b - publishedAt.getTime()))[0]!;
    if (publishedAt.getTime() - when > 45 * 86_400_000) return true;
  }
  // An exact day ("on February 15, 2024") is a reported fact, not background, unless its year puts it
  // more than half a year before publication ("On June 14, 2024, OpenAI announced ..." in late 2025).
  const day = dayDate.exec(clause);
  if (day?.[3]) {
    const when = statedDate(day[0], publishedAt);
    if (when && publishedAt.getTime() - when.getTime() > 183 * 86_400_000) return true;
  }
  return false;
}
