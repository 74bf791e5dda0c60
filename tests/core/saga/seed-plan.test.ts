// The seed plan from the two May 2024 articles: every quote is verbatim, dates as precise as the
// articles allow, people keyed and aliased from the roster, profiles derived from the moves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roster } from '../../../src/core/detection/roster.js';
import { nameKey } from '../../../src/core/domain.js';
import { buildSeedPlan, defaultSeedHistory } from '../../../src/core/saga/seed-plan.js';
import { seedArticles } from '../../../src/core/saga/seed-history.js';
import { formatDate } from '../../../src/core/saga/dates.js';

const plan = buildSeedPlan(defaultSeedHistory, roster);

describe('seed plan', () => {
  it('keeps both seed articles verbatim, the Vox piece under its real address', () => {
    const shared = new URL('../../../../shared/seeds/', import.meta.url);
    const texts = ['000_9bb84791ba9a9947.txt', '002_34c0e1ca873711d4.txt'].map((f) => {
      try {
        return readFileSync(new URL(f, shared), 'utf8').trim();
      } catch {
        return undefined; // the shared seeds live outside the repository; the check runs where they exist
      }
    });
    if (texts[0]) expect(seedArticles.find((a) => a.key === 'blog')!.text).toBe(texts[0]);
    if (texts[1]) expect(seedArticles.find((a) => a.key === 'vox')!.text).toBe(texts[1]);
    expect(plan.articles.map((a) => a.canonicalUrl)).toEqual([
      'https://www.vox.com/future-perfect/2024/5/17/24158403/openai-resignations-ai-safety-ilya-sutskever-jan-leike-artificial-intelligence',
      'seed:exodus-blog-2024-05',
    ]);
    expect(plan.articles[0]!.title).toBe('Why the OpenAI superalignment team in charge of AI safety imploded');
    expect(plan.articles.every((a) => /^[0-9a-f]{64}$/.test(a.contentHash))).toBe(true);
  });

  it('quotes every piece of evidence verbatim from its article', () => {
    const textOf = new Map(plan.articles.map((a) => [a.canonicalUrl, a.summary]));
    for (const event of plan.events) {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const source of event.sources) expect(textOf.get(source.canonicalUrl), `${event.personKey}: ${source.evidence}`).toContain(source.evidence);
    }
  });

  it('tells the saga in order with dates as precise as the articles allow', () => {
    const rows = plan.events.map((e) => `${formatDate(e.occurredAt, e.datePrecision)} ${e.personKey} ${e.type}/${e.circumstance} ${e.team}`);
    expect(rows).toEqual([
      'Nov 2023 sam altman departure/fired Leadership',
      'Nov 2023 greg brockman departure/quit Leadership',
      'Nov 2023 sam altman return/returned Leadership',
      'Nov 2023 greg brockman return/returned Leadership',
      '15 Feb 2024 william saunders departure/resigned Superalignment',
      'Apr 2024 leopold aschenbrenner departure/fired Superalignment',
      'Apr 2024 pavel izmailov departure/fired Superalignment',
      'Apr 2024 daniel kokotajlo departure/quit Governance',
      'Apr 2024 cullen okeefe departure/left Policy',
      '14 May 2024 ilya sutskever departure/resigned Superalignment',
      '14 May 2024 jan leike departure/resigned Superalignment',
      'May 2024 john schulman role_change/reassigned Superalignment',
    ]);
  });

  it('plans each person once, keyed by nameKey, with roster aliases and a derived profile', () => {
    expect(plan.people).toHaveLength(10);
    expect(new Set(plan.people.map((p) => p.nameKey)).size).toBe(10);
    const kokotajlo = plan.people.find((p) => p.name === 'Daniel Kokotajlo')!;
    expect(kokotajlo.aliases.map((a) => a.aliasKey)).toContain(nameKey('Daniel Cocateo'));
    expect(kokotajlo.joinedAt).toEqual(new Date('2022-01-01T00:00:00Z'));
    expect(kokotajlo.leftAt).toEqual(new Date('2024-04-01T00:00:00Z'));
    const altman = plan.people.find((p) => p.name === 'Sam Altman')!;
    expect(altman.leftAt).toBeNull(); // he came back
    const sutskever = plan.people.find((p) => p.name === 'Ilya Sutskever')!;
    expect(sutskever.destination).toContain('personally meaningful');
    expect(plan.people.find((p) => p.name === 'John Schulman')!.role).toBe('Lead, Superalignment');
    const izmailov = plan.people.find((p) => p.name === 'Pavel Izmailov')!;
    expect(izmailov.aliases.map((a) => a.alias)).toContain('Pavel Ismailov');
  });
});
