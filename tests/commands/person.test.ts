// /person: profiles by name, alias or near miss, closest names suggested on a miss, autocomplete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/commands/errors.js';
import { createSagaHarness, type SagaHarness } from './saga-harness.js';
import person from '../../commands/person.js';

describe('/person', () => {
  let h: SagaHarness;
  beforeAll(async () => {
    h = await createSagaHarness();
  });
  afterAll(() => h.dispose());

  it('shows the profile: role, team, dates, destination, aliases and sourced moves', async () => {
    const message = await h.run('person', { name: 'Ilya Sutskever' });
    expect(message.title).toBe('Ilya Sutskever');
    expect(message.fields).toEqual([
      { name: 'Role', value: 'Chief Scientist and co-founder', inline: true },
      { name: 'Team', value: 'Superalignment', inline: true },
      { name: 'Joined', value: 'unknown', inline: true },
      { name: 'Left', value: '14 May 2024', inline: true },
      { name: 'Went to', value: 'A “very personally meaningful” project of his own', inline: true },
      { name: 'Also reported as', value: 'Sutskever, Ilya, Ilya Sutskevar', inline: false },
    ]);
    expect(message.text).toContain('**Ilya Sutskever** resigned');
    expect(message.text).toContain('[Vox](https://www.vox.com/');
  });

  it('finds people by a misspelled alias from the press and shows month-precise dates as months', async () => {
    const message = await h.run('person', { name: 'Daniel Cocateo' });
    expect(message.title).toBe('Daniel Kokotajlo');
    expect(message.fields).toContainEqual({ name: 'Joined', value: '2022', inline: true });
    expect(message.fields).toContainEqual({ name: 'Left', value: 'Apr 2024', inline: true });
  });

  it('tells a return apart from an exit', async () => {
    const message = await h.run('person', { name: 'altman' });
    expect(message.title).toBe('Sam Altman');
    expect(message.fields).toContainEqual({ name: 'Left', value: 'returned Nov 2023', inline: true });
    expect(message.text!.indexOf('was fired')).toBeLessThan(message.text!.indexOf('returned'));
  });

  it('accepts a near miss and says it did', async () => {
    const message = await h.run('person', { name: 'Ilia Sutskevar' });
    expect(message.title).toBe('Ilya Sutskever');
    expect(message.text).toMatch(/^_Closest match for “Ilia Sutskevar”\._/);
    expect((await h.run('person', { name: 'Schulmann' })).title).toBe('John Schulman');
  });

  it('suggests the closest names when nobody matches', async () => {
    const miss = h.run('person', { name: 'Greg Altman' });
    await expect(miss).rejects.toBeInstanceOf(UserError);
    await expect(miss).rejects.toThrow(/^No one named "Greg Altman" is on record\. Did you mean (Sam Altman, Greg Brockman|Greg Brockman, Sam Altman)\?/);
    await expect(h.run('person', { name: 'Jon Sutskever' })).rejects.toThrow(/Did you mean Ilya Sutskever/);
    await expect(h.run('person', { name: 'Zebulon Quartz' })).rejects.toThrow('No one named "Zebulon Quartz" is on record. Try /exits to see who is.');
  });

  it('validates the name option', async () => {
    await expect(h.run('person', {})).rejects.toThrow('Option "name" is required');
    await expect(h.run('person', { name: '***' })).rejects.toThrow('Type a name, for example');
    await expect(h.run('person', { name: 'x'.repeat(101) })).rejects.toThrow('Option "name" is too long (at most 100 characters).');
  });

  it('autocompletes names by prefix of any name or alias, then by near miss', async () => {
    expect(await person.autocomplete!(h.ctx, 'name', 'sut')).toEqual([{ name: 'Ilya Sutskever', value: 'Ilya Sutskever' }]);
    expect((await person.autocomplete!(h.ctx, 'name', 'Kokotaj')).map((c) => c.value)).toEqual(['Daniel Kokotajlo']);
    expect((await person.autocomplete!(h.ctx, 'name', 'Aschenbrener')).map((c) => c.value)).toEqual(['Leopold Aschenbrenner']);
    const recent = await person.autocomplete!(h.ctx, 'name', '');
    expect(recent[0]).toEqual({ name: 'John Schulman', value: 'John Schulman' });
    expect(new Set(recent.map((c) => c.value)).size).toBe(recent.length);
  });

  it('answers on an empty database', async () => {
    const empty = await createSagaHarness({ seed: false });
    try {
      await expect(empty.run('person', { name: 'Jan Leike' })).rejects.toThrow('No one named "Jan Leike": nobody is on record yet.');
      expect(await person.autocomplete!(empty.ctx, 'name', 'ja')).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });
});
