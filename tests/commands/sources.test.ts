// /sources: the articles behind one event, with outlet, date, link and the evidence sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSagaHarness, type SagaHarness } from './saga-harness.js';

describe('/sources', () => {
  let h: SagaHarness;
  beforeAll(async () => {
    h = await createSagaHarness();
  });
  afterAll(() => h.dispose());

  it('lists each article with outlet, date, link and the quoted evidence', async () => {
    const id = await h.eventId('Ilya Sutskever');
    const message = await h.run('sources', { event: String(id) });
    expect(message.title).toBe(`Sources for event #${id}`);
    const text = message.text!;
    expect(text).toMatch(/^\*\*Ilya Sutskever\*\* resigned \(14 May 2024\) — Chief Scientist and co-founder, Superalignment/);
    expect(text).toContain('1. **Vox**, 17 May 2024: [Why the OpenAI superalignment team in charge of AI safety imploded](https://www.vox.com/future-perfect/2024/5/17/24158403/openai-resignations-ai-safety-ilya-sutskever-jan-leike-artificial-intelligence)');
    expect(text).toContain('“Ilya Sutskever and Jan Leike announced their departures from OpenAI, the maker of ChatGPT, on Tuesday.”');
    // The blog post has no known address: named, never offered as a broken link.
    expect(text).toContain('2. **Blog (origin unknown)**, undated: OpenAI’s superalignment exodus (unsigned blog post, May 2024) (no public link)');
    expect(text).not.toContain('](seed:');
    expect(message.footer).toBe('2 articles · seed history, confirmed');
  });

  it('refuses unknown, rejected and malformed event numbers clearly', async () => {
    await expect(h.run('sources', { event: 99_999 })).rejects.toThrow('No event #99999. Event numbers appear in /exits, /person and /saga.');
    await expect(h.run('sources', { event: 0 })).rejects.toThrow('Option "event" must be at least 1.');
    await expect(h.run('sources', { event: '#3' })).rejects.toThrow('Option "event" must be a whole number.');
    await expect(h.run('sources', {})).rejects.toThrow('Option "event" is required');
    const id = await h.eventId('Cullen O\'Keefe');
    await h.db.event.update({ where: { id }, data: { status: 'rejected' } });
    try {
      await expect(h.run('sources', { event: id })).rejects.toThrow(`No event #${id}.`);
    } finally {
      await h.db.event.update({ where: { id }, data: { status: 'confirmed' } });
    }
  });

  it('answers on an empty database', async () => {
    const empty = await createSagaHarness({ seed: false });
    try {
      await expect(empty.run('sources', { event: 1 })).rejects.toThrow('No event #1.');
    } finally {
      await empty.dispose();
    }
  });
});
