// The departure saga as the two seed articles tell it (shared/seeds, May 2024), as data: the
// November 2023 board crisis and Altman's return, then every departure they name, with date,
// role, team, circumstance and destination where stated, each backed by quoted evidence.
// Dates are as precise as the articles allow: "last month" in a 17 May piece is April 2024
// (precision "month"). A month-precise date still needs an instant to sort by: for November 2023
// it is the public-record day (fired 17 Nov, reinstated 22 Nov); otherwise the 1st of the month.
import type { Circumstance, EventType } from '../domain.js';
import type { DatePrecision } from '../domain.js';
import { exodusBlogText, voxText } from './seed-articles.js';

export type SeedArticleKey = 'vox' | 'blog';

export interface SeedArticle {
  key: SeedArticleKey;
  /** Stable identity (Article.canonicalUrl): the real address, or a `seed:` identifier when unknown. */
  canonicalUrl: string;
  url: string;
  title: string;
  outlet: string;
  publishedAt: Date | null;
  text: string;
}

export interface SeedSource {
  article: SeedArticleKey;
  /** Quoted verbatim from the article's text. */
  evidence: string;
}

export interface SeedMove {
  person: string;
  type: EventType;
  circumstance: Circumstance;
  occurredAt: Date;
  datePrecision: DatePrecision;
  role: string | null;
  team: string | null;
  destination: string | null;
  sources: SeedSource[];
}

/** Facts about a person that are not a move (the articles' "joined OpenAI in 2022"). */
export interface SeedPersonFact {
  person: string;
  /** Loose dates: the 1st of January for a year (see formatLooseDate). */
  joinedAt?: Date;
}

export const seedArticles: readonly SeedArticle[] = [
  {
    key: 'vox',
    canonicalUrl: 'https://www.vox.com/future-perfect/2024/5/17/24158403/openai-resignations-ai-safety-ilya-sutskever-jan-leike-artificial-intelligence',
    url: 'https://www.vox.com/future-perfect/2024/5/17/24158403/openai-resignations-ai-safety-ilya-sutskever-jan-leike-artificial-intelligence',
    title: 'Why the OpenAI superalignment team in charge of AI safety imploded',
    outlet: 'Vox',
    publishedAt: new Date('2024-05-17T00:00:00Z'),
    text: voxText,
  },
  {
    // The post's origin could not be traced: a local identifier, never presented as a web link.
    key: 'blog',
    canonicalUrl: 'seed:exodus-blog-2024-05',
    url: 'seed:exodus-blog-2024-05',
    title: 'OpenAI’s superalignment exodus (unsigned blog post, May 2024)',
    outlet: 'Blog (origin unknown)',
    publishedAt: null,
    text: exodusBlogText,
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const seedMoves: readonly SeedMove[] = [
  {
    person: 'Sam Altman', type: 'departure', circumstance: 'fired', occurredAt: day('2023-11-17'), datePrecision: 'month',
    role: 'CEO', team: 'Leadership', destination: null,
    sources: [
      { article: 'vox', evidence: 'That’s when Sutskever, working together with the OpenAI board, tried to fire Altman. The board said Altman was “not consistently candid in his communications.”' },
      { article: 'blog', evidence: 'Earlier this year, OpenAI was basically a house divided when some rogue employees tried to give CEO Sam Altman the boot.' },
    ],
  },
  {
    person: 'Greg Brockman', type: 'departure', circumstance: 'quit', occurredAt: day('2023-11-17'), datePrecision: 'month',
    role: 'President and co-founder', team: 'Leadership', destination: null,
    sources: [
      { article: 'vox', evidence: 'Altman and his ally, company president Greg Brockman, threatened to take OpenAI’s top talent to Microsoft — effectively destroying OpenAI — unless Altman was reinstated.' },
    ],
  },
  {
    person: 'Sam Altman', type: 'return', circumstance: 'returned', occurredAt: day('2023-11-22'), datePrecision: 'month',
    role: 'CEO', team: 'Leadership', destination: null,
    sources: [
      { article: 'vox', evidence: 'Faced with that threat, the board gave in. Altman came back more powerful than ever, with new, more supportive board members and a freer hand to run the company.' },
      { article: 'blog', evidence: 'Somehow, he managed to keep his seat warm, but it seems like Sutskever was one of the masterminds behind that little coup attempt.' },
    ],
  },
  {
    person: 'Greg Brockman', type: 'return', circumstance: 'returned', occurredAt: day('2023-11-22'), datePrecision: 'month',
    role: 'President and co-founder', team: 'Leadership', destination: null,
    sources: [
      // The articles never narrate Brockman's own exit and return; they name him "company president"
      // at the time of writing, beside Altman, in the ultimatum that brought both back.
      { article: 'vox', evidence: 'Altman and his ally, company president Greg Brockman, threatened to take OpenAI’s top talent to Microsoft — effectively destroying OpenAI — unless Altman was reinstated.' },
    ],
  },
  {
    person: 'William Saunders', type: 'departure', circumstance: 'resigned', occurredAt: day('2024-02-15'), datePrecision: 'day',
    role: 'Safety researcher', team: 'Superalignment', destination: null,
    sources: [
      { article: 'vox', evidence: 'Saunders summarized the work he’s done at OpenAI as part of the superalignment team. Then he wrote: “I resigned from OpenAI on February 15, 2024.”' },
      { article: 'blog', evidence: 'But they weren’t the only ones – a handful of other big names from the superalignment and safety squads had already made tracks, including Leopold Aschenbrenner, Pavel Ismailov, Daniel Cocateo, and William Saunders.' },
    ],
  },
  {
    person: 'Leopold Aschenbrenner', type: 'departure', circumstance: 'fired', occurredAt: day('2024-04-01'), datePrecision: 'month',
    role: 'Researcher', team: 'Superalignment', destination: null,
    sources: [
      { article: 'vox', evidence: 'One of them was Leopold Aschenbrenner, a Sutskever ally and superalignment team member who was fired from OpenAI last month.' },
      { article: 'blog', evidence: 'But they weren’t the only ones – a handful of other big names from the superalignment and safety squads had already made tracks, including Leopold Aschenbrenner, Pavel Ismailov, Daniel Cocateo, and William Saunders.' },
    ],
  },
  {
    person: 'Pavel Izmailov', type: 'departure', circumstance: 'fired', occurredAt: day('2024-04-01'), datePrecision: 'month',
    role: 'Researcher', team: 'Superalignment', destination: null,
    sources: [
      { article: 'vox', evidence: 'Media reports noted that he and Pavel Izmailov, another researcher on the same team, were allegedly fired for leaking information.' },
      { article: 'blog', evidence: 'But they weren’t the only ones – a handful of other big names from the superalignment and safety squads had already made tracks, including Leopold Aschenbrenner, Pavel Ismailov, Daniel Cocateo, and William Saunders.' },
    ],
  },
  {
    person: 'Daniel Kokotajlo', type: 'departure', circumstance: 'quit', occurredAt: day('2024-04-01'), datePrecision: 'month',
    role: 'Researcher', team: 'Governance', destination: null,
    sources: [
      { article: 'vox', evidence: 'One former employee, however, refused to sign the offboarding agreement so that he would be free to criticize the company. Daniel Kokotajlo, who joined OpenAI in 2022 with hopes of steering it toward safe deployment of AI, worked on the governance team — until he quit last month.' },
      { article: 'blog', evidence: 'But they weren’t the only ones – a handful of other big names from the superalignment and safety squads had already made tracks, including Leopold Aschenbrenner, Pavel Ismailov, Daniel Cocateo, and William Saunders.' },
    ],
  },
  {
    person: "Cullen O'Keefe", type: 'departure', circumstance: 'left', occurredAt: day('2024-04-01'), datePrecision: 'month',
    role: 'Safety researcher', team: 'Policy', destination: null,
    sources: [
      { article: 'vox', evidence: 'The same month that Aschenbrenner and Izmailov were forced out, another safety researcher, Cullen O’Keefe, also departed the company.' },
    ],
  },
  {
    person: 'Ilya Sutskever', type: 'departure', circumstance: 'resigned', occurredAt: day('2024-05-14'), datePrecision: 'day',
    role: 'Chief Scientist and co-founder', team: 'Superalignment', destination: 'A “very personally meaningful” project of his own',
    sources: [
      { article: 'vox', evidence: 'Ilya Sutskever and Jan Leike announced their departures from OpenAI, the maker of ChatGPT, on Tuesday.' },
      { article: 'blog', evidence: 'Jan Leike, the head honcho of their superalignment team, and Ilya Sutskever, a co-founder and their Chief Scientist, both handed in their resignations.' },
    ],
  },
  {
    person: 'Jan Leike', type: 'departure', circumstance: 'resigned', occurredAt: day('2024-05-14'), datePrecision: 'day',
    role: 'Co-lead, Superalignment', team: 'Superalignment', destination: null,
    sources: [
      { article: 'vox', evidence: 'The superalignment team’s co-leader, Jan Leike, did not bother to play nice. “I resigned,” he posted on X, mere hours after Sutskever announced his departure.' },
      { article: 'blog', evidence: 'Jan Leike, the head honcho of their superalignment team, and Ilya Sutskever, a co-founder and their Chief Scientist, both handed in their resignations.' },
    ],
  },
  {
    person: 'John Schulman', type: 'role_change', circumstance: 'reassigned', occurredAt: day('2024-05-17'), datePrecision: 'month',
    role: 'Lead, Superalignment', team: 'Superalignment', destination: null,
    sources: [
      { article: 'vox', evidence: 'With Leike no longer there to run the superalignment team, OpenAI has replaced him with company co-founder John Schulman.' },
    ],
  },
];

export const seedPersonFacts: readonly SeedPersonFact[] = [
  { person: 'Daniel Kokotajlo', joinedAt: day('2022-01-01') },
];
