// /stats: counts by month, team and type from the seeded history, and the feeds' health.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSagaHarness, type SagaHarness } from './saga-harness.js';

const field = (message: { fields?: { name: string; value: string }[] }, name: string) => message.fields?.find((f) => f.name === name)?.value;

describe('/stats', () => {
  let h: SagaHarness;
  beforeAll(async () => {
    h = await createSagaHarness();
  });
  afterAll(() => h.dispose());

  it('counts moves by type, team and month', async () => {
    const message = await h.run('stats');
    expect(message.text).toBe('The record runs from Nov 2023 to May 2024.');
    expect(field(message, 'Moves')).toBe('12');
    expect(field(message, 'People')).toBe('10');
    expect(field(message, 'Articles stored')).toBe('2');
    expect(field(message, 'By type')).toBe('Departures: 9\nArrivals: 0\nReturns: 2\nRole changes: 1');
    expect(field(message, 'By team')).toBe('Superalignment: 6\nLeadership: 4\nGovernance: 1\nPolicy: 1');
    const months = field(message, 'By month (latest 12)')!.split('\n');
    expect(months.map((m) => m.replace(/ █+ /, ' '))).toEqual(['`May 2024` 3', '`Apr 2024` 4', '`Feb 2024` 1', '`Nov 2023` 4']);
  });

  it('summarises feed health: healthy, failing, never fetched, the worst offenders', async () => {
    expect(field(await h.run('stats'), 'Feeds')).toBe('No feeds configured: an admin can add one with /feeds add.');
    const at = new Date('2024-05-31T08:30:00Z');
    await h.db.feed.createMany({
      data: [
        { url: 'https://a.example/feed', title: 'A', lastFetchedAt: at, lastSuccessAt: at },
        { url: 'https://b.example/feed', title: 'B', lastFetchedAt: at, failureCount: 4, lastError: 'HTTP 503' },
        { url: 'https://c.example/feed' },
        { url: 'https://d.example/feed', enabled: false },
      ],
    });
    const feeds = field(await h.run('stats'), 'Feeds')!;
    expect(feeds).toBe('4 feeds (3 enabled): 1 healthy, 1 failing, 1 not fetched yet · last successful fetch 31 May 2024 08:30 UTC\n• B: 4 failures in a row (HTTP 503)');
  });

  it('answers on an empty database', async () => {
    const empty = await createSagaHarness({ seed: false });
    try {
      const message = await empty.run('stats');
      expect(message.text).toBe('No moves are on record yet.');
      expect(message.fields!.map((f) => f.name)).toEqual(['Moves', 'People', 'Articles stored', 'Feeds']);
      expect(field(message, 'Moves')).toBe('0');
    } finally {
      await empty.dispose();
    }
  });

  it('takes no options', async () => {
    await expect(h.run('stats', { team: 'x' })).rejects.toThrow('Unknown option "team". Options: none.');
  });
});
