// The real discord.js client against the fake Discord: gateway handshake, then slash commands,
// autocomplete and buttons arriving as INTERACTION_CREATE dispatches, answered over REST.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/core/services.js';
import { createDiscordPlatform } from '../../../src/platforms/discord/client.js';
import { png, startHarness, testActions, testCommands, type Harness } from './helpers.js';
import { captureLogger, logLines } from '../../helpers/capture-logger.js';
import { startFakeDiscord, type RecordedRequest } from '../../fakes/discord/fake-discord.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const callback = (i: { id: string; token: string }) => h.fake.waitForRequest({ method: 'POST', path: `/interactions/${i.id}/${i.token}/callback` });
const original = (i: { token: string }, method: 'PATCH' | 'DELETE') => h.fake.waitForRequest({ method, path: `/webhooks/${h.fake.applicationId}/${i.token}/messages/@original` });
const followUp = (i: { token: string }) => h.fake.waitForRequest({ method: 'POST', path: `/webhooks/${h.fake.applicationId}/${i.token}` });
const data = (r: RecordedRequest) => (r.json as { data: Record<string, unknown> }).data;
const firstEmbed = (body: Record<string, unknown>) => (body.embeds as Record<string, unknown>[])[0]!;

describe('gateway', () => {
  it('connects with plain JSON, identifies with the Guilds intent only, and heartbeats', async () => {
    expect(h.fake.gateway.connections[0]!.query).toEqual({ v: '10', encoding: 'json' });
    const identify = h.fake.gateway.frames.find((f) => f.op === 2)!.d as Record<string, unknown>;
    expect(identify).toMatchObject({ token: h.fake.token, intents: 1, shard: [0, 1] });
    await expect.poll(() => h.fake.gateway.frames.some((f) => f.op === 1), { timeout: 3000 }).toBe(true);
    // discord.js measures the round trip when the HEARTBEAT_ACK (op 11) comes back.
    await expect.poll(() => h.platform.client.ws.ping, { timeout: 3000 }).toBeGreaterThanOrEqual(0);
    expect(h.platform.client.guilds.cache.has(h.fake.guildId)).toBe(true);
    expect(h.fake.requests({ path: '/gateway/bot' })[0]!.authorization).toBe(`Bot ${h.fake.token}`);
  });
});

describe('slash commands', () => {
  it('answers at once with the rendered embed, the chart attached and nothing pinging', async () => {
    const sent = h.fake.sendChatInput('person', {
      options: [
        { name: 'name', type: 3, value: 'Jan Leike' },
        { name: 'since', type: 3, value: '2024-05' },
        { name: 'limit', type: 4, value: 3 },
      ],
    });
    const request = await callback(sent);
    expect(request.status).toBe(204);
    expect((request.json as { type: number }).type).toBe(4);
    const body = data(request);
    expect(body.flags ?? 0).toBe(0);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.components).toEqual([]);
    expect(body.embeds).toEqual([
      {
        title: 'Jan Leike',
        url: 'https://example.com/people/1',
        description: '**Jan Leike** left. @\u200beveryone look\n• [The Verge](https://www.theverge.com/a)',
        fields: [
          { name: 'Since', value: '2024-05-01', inline: true },
          { name: 'Limit', value: '3', inline: true },
          { name: 'Asked by', value: expect.stringMatching(/^<@\d{17,20}>$/), inline: true },
        ],
        footer: { text: '3 sources' },
        timestamp: '2024-05-17T12:00:00.000Z',
        color: 0xd9534f,
        image: { url: 'attachment://timeline.png' },
      },
    ]);
    expect(body.attachments).toEqual([expect.objectContaining({ id: '0', description: 'Departures per month' })]);
    expect(request.files).toEqual([expect.objectContaining({ field: 'files[0]', filename: 'timeline.png', contentType: 'image/png', size: png.length })]);
  });

  it('routes a subcommand with a channel option and answers admins privately', async () => {
    const other = '123456789012345678';
    h.fake.channels.set(other, 'announcements');
    const sent = h.fake.sendChatInput('feeds', {
      subcommand: 'add',
      as: 'moderator',
      options: [
        { name: 'url', type: 3, value: 'https://example.com/feed.xml' },
        { name: 'channel', type: 7, value: other },
      ],
    });
    const body = data(await callback(sent));
    expect(body.flags).toBe(64);
    expect(firstEmbed(body).description).toBe(`Added https://example.com/feed.xml for ${other} by an admin in ${h.fake.guildId}/${h.fake.channelId}`);
  });

  it('counts Administrator as Manage Server', async () => {
    const sent = h.fake.sendChatInput('feeds', { subcommand: 'add', as: (1n << 3n).toString(), options: [{ name: 'url', type: 3, value: 'https://e.example/f' }] });
    expect(firstEmbed(data(await callback(sent))).description).toContain('by an admin');
  });

  it('refuses an admin command to a member, ephemerally', async () => {
    const sent = h.fake.sendChatInput('feeds', { subcommand: 'add', options: [{ name: 'url', type: 3, value: 'https://e.example/f' }] });
    const body = data(await callback(sent));
    expect(body.flags).toBe(64);
    expect(firstEmbed(body)).toMatchObject({ description: '⚠️ /feeds is for server admins only.', color: 0x99aab5 });
  });

  it('shows a UserError and an invalid option to the asker only', async () => {
    const refused = data(await callback(h.fake.sendChatInput('nope')));
    expect(refused.flags).toBe(64);
    expect(firstEmbed(refused).description).toBe('⚠️ No such person.');
    const invalid = data(await callback(h.fake.sendChatInput('person', { options: [{ name: 'name', type: 3, value: 'x' }, { name: 'since', type: 3, value: 'soon' }] })));
    expect(invalid.flags).toBe(64);
    expect(firstEmbed(invalid).description).toMatch(/^⚠️ Option "since" must be a date/);
  });

  it('logs a fault with its stack and answers generically and privately', async () => {
    const body = data(await callback(h.fake.sendChatInput('boom')));
    expect(body.flags).toBe(64);
    expect(firstEmbed(body).description).toBe('Something went wrong on our side; it has been logged. Please try again in a minute.');
    const [line] = logLines(h.logs, 'discord interaction failed');
    expect(line).toMatchObject({ command: 'boom', err: { message: 'database on fire' } });
    expect(String((line!.err as { stack: string }).stack)).toContain('helpers.ts');
  });

  it('defers a slow command at once, then edits the original answer', async () => {
    const sent = h.fake.sendChatInput('slow');
    const deferral = await callback(sent);
    expect(deferral.json).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await original(sent, 'PATCH');
    expect(firstEmbed(edit.json as Record<string, unknown>).description).toBe('done at last');
    expect(edit.status).toBe(200);
  });

  it('defers a command that overruns, in time for Discord, and answers within the deadline', async () => {
    const sent = h.fake.sendChatInput('dawdle');
    const deferral = await callback(sent);
    expect(deferral.status).toBe(204);
    expect((deferral.json as { type: number }).type).toBe(5);
    expect(deferral.at - Number(BigInt(sent.id) >> 22n) - 1_420_070_400_000).toBeLessThan(h.fake.callbackDeadlineMs);
    const edit = await original(sent, 'PATCH');
    expect(firstEmbed(edit.json as Record<string, unknown>).description).toBe('finally');
    expect(edit.status).toBe(200);
  });

  it('replaces a public placeholder with a private follow-up when the late answer is ephemeral', async () => {
    const sent = h.fake.sendChatInput('dawdle', { options: [{ name: 'private', type: 5, value: true }] });
    expect((await callback(sent)).json).toEqual({ type: 5, data: { flags: 0 } });
    expect((await original(sent, 'DELETE')).status).toBe(204);
    const follow = await followUp(sent);
    expect((follow.json as { flags: number }).flags).toBe(64);
    expect(firstEmbed(follow.json as Record<string, unknown>).description).toBe('finally');
  });

  it('answers a fault after a deferral privately too', async () => {
    const sent = h.fake.sendChatInput('boom', { options: [{ name: 'late', type: 5, value: true }] });
    expect((await callback(sent)).json).toEqual({ type: 5, data: { flags: 0 } });
    await original(sent, 'DELETE');
    const follow = await followUp(sent);
    expect((follow.json as { flags: number }).flags).toBe(64);
    expect(firstEmbed(follow.json as Record<string, unknown>).description).toMatch(/^Something went wrong/);
  });
});

describe('autocomplete', () => {
  it('suggests names matching what was typed', async () => {
    const sent = h.fake.sendAutocomplete('person', { options: [{ name: 'name', type: 3, value: 'le', focused: true }] });
    expect((await callback(sent)).json).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'Jan Leike', value: 'Jan Leike' },
          { name: 'Leopold Aschenbrenner', value: 'Leopold Aschenbrenner' },
        ],
      },
    });
  });

  it('answers an empty list for an option without autocomplete', async () => {
    const sent = h.fake.sendAutocomplete('person', { options: [{ name: 'name', type: 3, value: 'x' }, { name: 'since', type: 3, value: '20', focused: true }] });
    expect((await callback(sent)).json).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('buttons', () => {
  const alert = () =>
    h.fake.seedMessage(h.fake.channelId, {
      embeds: [{ title: 'New exit' }],
      components: [{ type: 1, components: [{ type: 2, style: 3, label: 'Confirm', custom_id: 'probe:confirm:7' }] }],
    });

  it('runs the action for a moderator and updates the pressed message in place', async () => {
    const messageId = alert();
    const sent = h.fake.sendButton('probe:confirm:7', messageId, { as: 'moderator' });
    const request = await callback(sent);
    expect((request.json as { type: number }).type).toBe(7);
    const body = data(request);
    expect(body.components).toEqual([]);
    expect(body.attachments).toEqual([]);
    expect(firstEmbed(body)).toMatchObject({ title: 'Probe 7 confirm', description: expect.stringMatching(/^by <@\d+>$/) });
    expect(h.fake.message(messageId)!.body.components).toEqual([]);
  });

  it('tells a member, privately, that only moderators can press it', async () => {
    const messageId = alert();
    const body = data(await callback(h.fake.sendButton('probe:confirm:7', messageId)));
    expect(body.flags).toBe(64);
    expect(firstEmbed(body).description).toBe('⚠️ Only moderators can do that.');
    expect(h.fake.message(messageId)!.body.components).toHaveLength(1);
  });

  it('says so when a button is no longer supported', async () => {
    const body = data(await callback(h.fake.sendButton('gone:do:1', alert(), { as: 'moderator' })));
    expect(body.flags).toBe(64);
    expect(firstEmbed(body).description).toBe('⚠️ This button is no longer supported.');
  });
});

describe('the 3-second window', () => {
  it('is enforced by the fake: an answer that was not deferred in time is refused as Unknown interaction', async () => {
    const late = await startHarness({ deferAfterMs: 5000, fake: { callbackDeadlineMs: 200 } });
    try {
      const sent = late.fake.sendChatInput('dawdle');
      const request = await late.fake.waitForRequest({ method: 'POST', path: `/interactions/${sent.id}/${sent.token}/callback` });
      expect(request.status).toBe(404);
      await expect.poll(() => logLines(late.logs, 'discord interaction failed').length).toBe(1);
      expect(logLines(late.logs, 'discord interaction failed')[0]!.err).toMatchObject({ message: 'Unknown interaction' });
    } finally {
      await late.close();
    }
  });
});

describe('start-up', () => {
  it('stops with a clear reason when Discord rejects the token, without logging it', async () => {
    const fake = await startFakeDiscord();
    const { log, logs } = captureLogger();
    const platform = createDiscordPlatform({
      config: { DISCORD_TOKEN: 'revoked-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl },
      log,
      services: {} as Services,
      commands: testCommands,
      actions: testActions,
      rest: { retries: 0, timeout: 2000 },
    });
    try {
      await expect(platform.start()).rejects.toThrow(/^Discord login failed: An invalid token was provided/);
      expect(fake.requests({ path: '/gateway/bot' })[0]!.status).toBe(401);
      expect(fake.gateway.connections).toHaveLength(0);
      expect(logs.join('\n')).not.toContain('revoked-token');
    } finally {
      await platform.stop();
      await fake.close();
    }
  });
});
