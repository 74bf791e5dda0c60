import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../helpers/temp-database.js';
import { runCommand } from '../../src/core/commands/dispatch.js';
import { runAction } from '../../src/core/commands/actions.js';
import { readArguments, tokenize } from '../../src/core/commands/arguments.js';
import type { CommandContext, Invoker } from '../../src/core/commands/definition.js';
import { actions } from '../../commands/index.js';
import alerts from '../../commands/alerts.js';
import { addEvent } from '../core/alerts/fixtures.js';
import { alertsContext, elsewhere, guild, here, invokers } from './alerts-context.js';

describe('/alerts', () => {
  let temp: TempDatabase;
  let context: (invoker: Invoker) => CommandContext;
  beforeEach(async () => {
    temp = await createTempDatabase();
    ({ context } = alertsContext(temp.db));
  });
  afterEach(async () => temp.dispose());

  const run = (invoker: Invoker, subcommand: string, options: Record<string, unknown> = {}) => runCommand(context(invoker), { command: 'alerts', subcommand, options });
  const subscriptions = () => temp.db.subscription.findMany({ orderBy: { id: 'asc' } });

  it("turns alerts on for the invoker's channel with the default confidence", async () => {
    const reply = await run(invokers.discordAdmin, 'on');
    expect(reply.ephemeral).toBe(true);
    expect(reply.text).toContain('Alerts on for this channel');
    expect(reply.text).toContain('≥ 70%');
    expect(await subscriptions()).toMatchObject([{ platform: 'discord', workspaceId: guild, channelId: here, alertsEnabled: true, minConfidence: 0.7, state: 'active' }]);
  });

  it('configures another channel of the same workspace, with a minimum confidence', async () => {
    const reply = await run(invokers.discordAdmin, 'on', { channel: `<#${elsewhere}>`, 'min-confidence': '0.85' });
    expect(reply.text).toContain(`<#${elsewhere}>`);
    expect(await subscriptions()).toMatchObject([{ channelId: elsewhere, minConfidence: 0.85 }]);
    await run(invokers.slackAdmin, 'on', { channel: '<#C0000002|news>' });
    expect((await subscriptions())[1]).toMatchObject({ platform: 'slack', workspaceId: 'T0000001', channelId: 'C0000002' });
  });

  it('turns alerts off, and says so when they were never on', async () => {
    expect((await run(invokers.discordAdmin, 'off')).text).toBe('Alerts were not on for this channel.');
    expect(await subscriptions()).toEqual([]);
    await run(invokers.discordAdmin, 'on');
    expect((await run(invokers.discordAdmin, 'off')).text).toBe('🔕 Alerts off for this channel.');
    expect(await subscriptions()).toMatchObject([{ alertsEnabled: false }]);
  });

  it('refuses members, direct messages, bad channels and out-of-range confidence', async () => {
    await expect(run(invokers.discordMember, 'on')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(run(invokers.discordDm, 'on')).rejects.toMatchObject({ code: 'invalid_option', message: expect.stringContaining('direct message') });
    await expect(run(invokers.discordAdmin, 'on', { channel: 'general' })).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(run(invokers.discordAdmin, 'on', { 'min-confidence': '1.5' })).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(run(invokers.discordAdmin, 'on', { 'min-confidence': 'high' })).rejects.toMatchObject({ code: 'invalid_option' });
    expect(await subscriptions()).toEqual([]);
  });

  it('needs a fully named channel from the CLI, and lists every subscription there', async () => {
    await expect(run(invokers.cli, 'on')).rejects.toMatchObject({ code: 'missing_option', message: expect.stringContaining('discord:<guild-id>/<channel-id>') });
    await expect(run(invokers.cli, 'on', { channel: `discord:${here}` })).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(run(invokers.cli, 'on', { channel: 'slack:T0000001/general' })).rejects.toMatchObject({ code: 'invalid_option' });
    const tokens = tokenize(`on --channel discord:${guild}/${here} --min-confidence 0.9`);
    const reply = await run(invokers.cli, tokens[0]!, readArguments(tokens.slice(1), alerts.subcommands![0]!.options));
    expect(reply.text).toContain(`\`discord:${guild}/${here}\``);
    await run(invokers.cli, 'on', { channel: 'slack:T0000001/C0000001' });
    const list = await run(invokers.cli, 'status');
    expect(list.title).toBe('2 subscribed channels');
    expect(list.text).toContain(`discord:${guild}/${here}`);
    expect(list.text).toContain('≥ 90%');
  });

  it('shows a channel’s status, including a broken state and recent deliveries', async () => {
    expect((await run(invokers.discordAdmin, 'status')).text).toContain('No alerts or digest for this channel');
    await run(invokers.discordAdmin, 'on');
    await temp.db.subscription.updateMany({ data: { state: 'broken', lastError: 'forbidden: Missing Access' } });
    const status = await run(invokers.discordAdmin, 'status');
    expect(status.fields).toContainEqual({ name: 'Alerts', value: 'on, for moves detected with confidence ≥ 70%', inline: true });
    expect(status.fields?.find((f) => f.name === 'State')?.value).toContain('broken — forbidden: Missing Access');
  });
});

describe('moderation buttons', () => {
  let temp: TempDatabase;
  let context: (invoker: Invoker) => CommandContext;
  beforeEach(async () => {
    temp = await createTempDatabase();
    ({ context } = alertsContext(temp.db));
  });
  afterEach(async () => temp.dispose());

  it('confirms or rejects an event and answers with the alert as it now reads', async () => {
    const eventId = await addEvent(temp.db);
    const confirmed = await runAction(actions, context(invokers.discordAdmin), `event:confirm:${eventId}`);
    expect(confirmed.buttons).toBeUndefined();
    expect(confirmed.text).toContain(`Confirmed by <@${invokers.discordAdmin.userId}>`);
    expect((await temp.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('confirmed');
    const rejected = await runAction(actions, context(invokers.cli), `event:reject:${eventId}`);
    expect(rejected.text).toContain('Rejected by operator');
    expect((await temp.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('rejected');
  });

  it('refuses members, unknown verbs, malformed and missing events', async () => {
    const eventId = await addEvent(temp.db);
    await expect(runAction(actions, context(invokers.discordMember), `event:confirm:${eventId}`)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(runAction(actions, context(invokers.discordAdmin), `event:delete:${eventId}`)).rejects.toMatchObject({ code: 'unknown_command' });
    await expect(runAction(actions, context(invokers.discordAdmin), 'event:confirm:1e3')).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(runAction(actions, context(invokers.discordAdmin), 'event:confirm')).rejects.toMatchObject({ code: 'invalid_option' });
    await expect(runAction(actions, context(invokers.discordAdmin), 'event:confirm:999')).rejects.toMatchObject({ code: 'not_found' });
    expect((await temp.db.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('detected');
  });
});
