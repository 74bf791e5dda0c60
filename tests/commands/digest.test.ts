import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../helpers/temp-database.js';
import { runCommand } from '../../src/core/commands/dispatch.js';
import type { CommandContext, Invoker } from '../../src/core/commands/definition.js';
import digest, { suggestTimeZones } from '../../commands/digest.js';
import { alertsContext, invokers } from './alerts-context.js';

describe('/digest', () => {
  let temp: TempDatabase;
  let context: (invoker: Invoker) => CommandContext;
  beforeEach(async () => {
    temp = await createTempDatabase();
    ({ context } = alertsContext(temp.db, 'Europe/Paris'));
  });
  afterEach(async () => temp.dispose());

  const run = (invoker: Invoker, subcommand: string, options: Record<string, unknown> = {}) => runCommand(context(invoker), { command: 'digest', subcommand, options });
  const subscription = () => temp.db.subscription.findFirstOrThrow();

  it('turns the digest on at a local time in an IANA zone', async () => {
    const reply = await run(invokers.slackAdmin, 'on', { time: '7:30', timezone: 'america/new_york', 'when-empty': 'yes' });
    expect(reply.text).toBe('🗞️ Digest for this channel: on, daily at 07:30 America/New_York, also on quiet days.');
    expect(await subscription()).toMatchObject({ digestEnabled: true, digestTime: '07:30', timezone: 'America/New_York', digestWhenEmpty: true, alertsEnabled: false });
  });

  it('defaults to the configured zone and keeps earlier settings when re-run', async () => {
    await run(invokers.discordAdmin, 'on');
    expect(await subscription()).toMatchObject({ digestTime: '09:00', timezone: 'Europe/Paris', digestWhenEmpty: false });
    await run(invokers.discordAdmin, 'on', { time: '18:00' });
    await run(invokers.discordAdmin, 'on', { 'when-empty': 'true' });
    expect(await subscription()).toMatchObject({ digestTime: '18:00', timezone: 'Europe/Paris', digestWhenEmpty: true });
    expect((await run(invokers.discordAdmin, 'off')).text).toBe('Digest off for this channel.');
    expect(await subscription()).toMatchObject({ digestEnabled: false, digestTime: '18:00' });
  });

  it('refuses malformed times and unknown zones with a clear message', async () => {
    await expect(run(invokers.discordAdmin, 'on', { time: '25:00' })).rejects.toMatchObject({ code: 'invalid_option', message: expect.stringContaining('HH:MM') });
    await expect(run(invokers.discordAdmin, 'on', { time: '9am' })).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(run(invokers.discordAdmin, 'on', { timezone: 'Mars/Olympus_Mons' })).rejects.toMatchObject({ code: 'invalid_option', message: expect.stringContaining('IANA') });
    await expect(run(invokers.discordAdmin, 'on', { 'when-empty': 'sometimes' })).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(run(invokers.discordMember, 'on')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await temp.db.subscription.count()).toBe(0);
  });

  it('shows the digest status', async () => {
    await run(invokers.cli, 'on', { channel: 'slack:T0000001/C0000009', time: '08:15' });
    const status = await run(invokers.cli, 'status', { channel: 'slack:T0000001/C0000009' });
    expect(status.fields).toContainEqual({ name: 'Digest', value: 'on, daily at 08:15 Europe/Paris, skipped on quiet days', inline: true });
  });

  it('suggests time zones while typing', async () => {
    expect(suggestTimeZones('paris')).toContain('Europe/Paris');
    expect(suggestTimeZones('america/new')[0]).toBe('America/New_York');
    expect(suggestTimeZones('')[0]).toBe('UTC');
    expect(suggestTimeZones('zzzz')).toEqual([]);
    expect(suggestTimeZones('a')).toHaveLength(25);
    const on = digest.subcommands!.find((s) => s.name === 'on')!;
    expect(await on.autocomplete!(context(invokers.discordAdmin), 'timezone', 'tokyo')).toEqual([{ name: 'Asia/Tokyo', value: 'Asia/Tokyo' }]);
  });
});
