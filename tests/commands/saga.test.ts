// /saga on the seeded history: a narrative generated from the events in order, key counts,
// latest moves with source links; date options validated; empty answers are helpful.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/commands/errors.js';
import { createSagaHarness, type SagaHarness } from './saga-harness.js';

const vox = 'https://www.vox.com/future-perfect/2024/5/17/24158403/openai-resignations-ai-safety-ilya-sutskever-jan-leike-artificial-intelligence';

describe('/saga', () => {
  let h: SagaHarness;
  beforeAll(async () => {
    h = await createSagaHarness();
  });
  afterAll(() => h.dispose());

  it('tells the saga in order, names the hardest-hit team and counts the moves', async () => {
    const message = await h.run('saga');
    const text = message.text!;
    const story = text.split('**Latest moves**')[0]!;
    expect(story).toMatch(/^Between Nov 2023 and May 2024, 12 moves involving 10 people are on record: 9 departures, 2 returns and 1 role change\./);
    const order = ['Sam Altman', 'Greg Brockman', 'William Saunders', 'Leopold Aschenbrenner', 'Daniel Kokotajlo', "Cullen O'Keefe", 'Ilya Sutskever', 'John Schulman'].map((n) => story.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(story).toContain('It began in Nov 2023, when **Sam Altman** (CEO) was fired.');
    expect(story).toContain('**Leopold Aschenbrenner** and **Pavel Izmailov** were fired (Apr 2024)');
    expect(story).toContain('**Ilya Sutskever** and **Jan Leike** resigned (14 May 2024)');
    expect(story).toContain('The hardest-hit team was Superalignment, with 5 departures');
    expect(message.fields).toEqual(
      expect.arrayContaining([
        { name: 'Moves', value: '12', inline: true },
        { name: 'People', value: '10', inline: true },
        { name: 'Departures', value: '9', inline: true },
        { name: 'Hardest-hit team', value: 'Superalignment (5 departures)', inline: true },
      ]),
    );
  });

  it('lists the latest moves newest first, each linking its source', async () => {
    const latest = (await h.run('saga')).text!.split('**Latest moves**\n')[1]!.split('\n');
    expect(latest).toHaveLength(5);
    expect(latest[0]).toContain('**John Schulman** became Lead, Superalignment');
    for (const line of latest) expect(line).toContain(`[Vox](${vox})`);
  });

  it('narrows to a date range, "until" including its day', async () => {
    const message = await h.run('saga', { since: '2024-05-14', until: '2024-05-14' });
    expect(message.title).toBe('The OpenAI departure saga from 14 May 2024 to 14 May 2024');
    expect(message.fields).toContainEqual({ name: 'Moves', value: '2', inline: true });
    expect(message.text).not.toContain('Altman');
  });

  it('explains an empty range instead of failing', async () => {
    const message = await h.run('saga', { since: '2025-01' });
    expect(message.text).toBe('No moves since 1 Jan 2025. The record runs from Nov 2023 to May 2024 (12 moves): try /saga without dates.');
  });

  it('refuses bad dates and a reversed range with a clear UserError', async () => {
    await expect(h.run('saga', { since: 'yesterday-ish' })).rejects.toThrow(/Option "since" must be a date/);
    const reversed = h.run('saga', { since: '2024-05', until: '2024-01' });
    await expect(reversed).rejects.toBeInstanceOf(UserError);
    await expect(reversed).rejects.toThrow('"since" (1 May 2024) is after "until" (1 Jan 2024).');
  });

  it('leaves rejected events out of the story', async () => {
    const id = await h.eventId('John Schulman', 'role_change');
    await h.db.event.update({ where: { id }, data: { status: 'rejected' } });
    try {
      const message = await h.run('saga');
      expect(message.text).not.toContain('Schulman');
      expect(message.fields).toContainEqual({ name: 'Moves', value: '11', inline: true });
    } finally {
      await h.db.event.update({ where: { id }, data: { status: 'confirmed' } });
    }
  });

  it('answers helpfully on an empty database', async () => {
    const empty = await createSagaHarness({ seed: false });
    try {
      const message = await empty.run('saga');
      expect(message.text).toMatch(/^No moves are on record yet\./);
      expect(message.fields).toBeUndefined();
    } finally {
      await empty.dispose();
    }
  });
});
