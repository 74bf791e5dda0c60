// /exits on the seeded history: departures newest first by default, filters by date, team and
// type, pagination, every option validated, and a helpful empty answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSagaHarness, type SagaHarness } from './saga-harness.js';
import exits from '../../commands/exits.js';
import { actions } from '../../commands/index.js';
import { runAction } from '../../src/core/commands/actions.js';

const names = (text: string) => [...text.matchAll(/· \*\*([^*]+)\*\* /g)].map((m) => m[1]);

describe('/exits', () => {
  let h: SagaHarness;
  beforeAll(async () => {
    h = await createSagaHarness();
  });
  afterAll(() => h.dispose());

  it('lists departures newest first, with role, team, source link and event number', async () => {
    const message = await h.run('exits');
    expect(message.title).toBe('Departures');
    expect(names(message.text!)).toEqual(['Jan Leike', 'Ilya Sutskever', "Cullen O'Keefe", 'Daniel Kokotajlo', 'Pavel Izmailov', 'Leopold Aschenbrenner', 'William Saunders', 'Greg Brockman', 'Sam Altman']);
    const leike = message.text!.split('\n')[0]!;
    expect(leike).toMatch(/^• \*\*14 May 2024\*\* · \*\*Jan Leike\*\* resigned — Co-lead, Superalignment · \[Vox\]\(https:\/\/www\.vox\.com\/[^)]+\) \+1 · `#\d+`$/);
    expect(message.footer).toContain('1–9 of 9 moves, newest first · page 1 of 1');
  });

  it('filters by team (any case, or a prefix), type and date', async () => {
    const team = await h.run('exits', { team: 'superALIGNMENT' });
    expect(team.title).toBe('Departures — Superalignment team');
    expect(names(team.text!)).toEqual(['Jan Leike', 'Ilya Sutskever', 'Pavel Izmailov', 'Leopold Aschenbrenner', 'William Saunders']);
    expect(names((await h.run('exits', { team: 'gov' })).text!)).toEqual(['Daniel Kokotajlo']);
    expect(names((await h.run('exits', { type: 'return' })).text!)).toEqual(['Greg Brockman', 'Sam Altman']);
    expect(names((await h.run('exits', { type: 'all', since: '2024-05' })).text!)).toEqual(['John Schulman', 'Jan Leike', 'Ilya Sutskever']);
  });

  it('pages with limit and page', async () => {
    const first = await h.run('exits', { type: 'all', limit: 5 });
    const second = await h.run('exits', { type: 'all', limit: 5, page: 2 });
    const third = await h.run('exits', { type: 'all', limit: 5, page: 3 });
    expect(names(first.text!)).toHaveLength(5);
    expect(first.footer).toContain('page 1 of 3 · next: /exits page:2');
    expect(names(second.text!)).toEqual(['Pavel Izmailov', 'Leopold Aschenbrenner', 'William Saunders', 'Greg Brockman', 'Sam Altman']);
    expect(third.text).toContain('**Sam Altman** was fired');
    expect(names(third.text!)).toEqual(['Greg Brockman', 'Sam Altman']);
    expect(third.footer).toContain('11–12 of 12 moves');
    expect(third.footer).not.toContain('next:');
  });

  it('pages with Older / Newer buttons that carry the whole query', async () => {
    const first = await h.run('exits', { type: 'all', limit: 4, since: '2023-12', team: 'Superalignment' });
    expect(first.buttons).toEqual([{ action: expect.stringMatching(/^exits:page:2:4:all:[0-9a-z]+:Superalignment$/), label: 'Older →', style: 'secondary' }]);
    const second = await runAction(actions, h.ctx, first.buttons![0]!.action);
    expect(names(second.text!)).toEqual(['Leopold Aschenbrenner', 'William Saunders']);
    expect(second.title).toBe('Moves — Superalignment team, since 1 Dec 2023');
    expect(second.buttons!.map((b) => b.label)).toEqual(['← Newer']);
    expect(names((await runAction(actions, h.ctx, second.buttons![0]!.action)).text!)).toEqual(names(first.text!));
    expect((await h.run('exits', { limit: 25 })).buttons).toBeUndefined();
    for (const tampered of ['exits:page:0:4:all:-:-', 'exits:page:2:99:all:-:-', 'exits:page:2:4:coup:-:-', 'exits:page:2:4:all:%%%:-', 'exits:page:2:4:all:-:%E0%A4%A', 'exits:jump:2:4:all:-:-']) {
      await expect(runAction(actions, h.ctx, tampered)).rejects.toThrow('This button no longer works: run /exits again.');
    }
  });

  it('validates every option with a clear message', async () => {
    await expect(h.run('exits', { limit: 0 })).rejects.toThrow('Option "limit" must be at least 1.');
    await expect(h.run('exits', { limit: 26 })).rejects.toThrow('Option "limit" must be at most 25.');
    await expect(h.run('exits', { page: 'two' })).rejects.toThrow('Option "page" must be a whole number.');
    await expect(h.run('exits', { type: 'exodus' })).rejects.toThrow('Option "type" must be one of: departure, arrival, return, role_change, all.');
    await expect(h.run('exits', { team: 'Marketing' })).rejects.toThrow('No team called "Marketing". Teams on record: Governance, Leadership, Policy, Superalignment.');
    await expect(h.run('exits', { page: 4 })).rejects.toThrow('Page 4 is past the end: 9 moves make 1 page of 10.');
    await expect(h.run('exits', { since: '2024-13' })).rejects.toThrow(/Option "since" must be a date/);
  });

  it('says when nothing matches, and when nothing is on record', async () => {
    const none = await h.run('exits', { type: 'arrival' });
    expect(none.text).toBe('Nothing matches these options (12 moves on record in all). Try fewer options.');
    const empty = await createSagaHarness({ seed: false });
    try {
      expect((await empty.run('exits')).text).toBe('No moves are on record yet. They appear here as the news feeds report them.');
      expect(await exits.autocomplete!(empty.ctx, 'team', '')).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });

  it('autocompletes team names', async () => {
    expect(await exits.autocomplete!(h.ctx, 'team', 'al')).toEqual([{ name: 'Superalignment', value: 'Superalignment' }]);
    expect((await exits.autocomplete!(h.ctx, 'team', '')).map((c) => c.value)).toEqual(['Governance', 'Leadership', 'Policy', 'Superalignment']);
  });
});
