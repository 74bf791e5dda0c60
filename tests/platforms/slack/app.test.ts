// The real Bolt app over HTTP on 127.0.0.1: signed slash commands and button presses in, Block Kit
// out through the fake Web API and response_urls. Signatures, the 3-second ack, admin gating,
// hostile input, errors, the chart upload and buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, buttonPressBody, slashCommandBody } from '../../fakes/slack/slack-requests.js';
import { png, signingSecret, startHarness, testActions, testCommands, type Harness } from './helpers.js';
import { captureLogger } from '../../helpers/capture-logger.js';
import { createSlackPlatform, type SlackConfig } from '../../../src/platforms/slack/app.js';
import type { Services } from '../../../src/core/services.js';

let h: Harness;
let sequence = 0;

beforeAll(async () => {
  h = await startHarness();
  h.fake.users.set('U0000MEMBER', { id: 'U0000MEMBER' });
  h.fake.users.set('U0000ADMIN', { id: 'U0000ADMIN', is_admin: true });
  h.fake.users.set('U0000OWNER', { id: 'U0000OWNER', is_owner: true });
});
afterAll(async () => h?.close());

/** Sends `/exodus <text>` and returns the ack and the first message posted to its response_url. */
async function command(text: string, fields: { userId?: string; channelId?: string } = {}) {
  const id = `r${++sequence}`;
  const ack = await postSigned(h.url, slashCommandBody({ text, responseUrl: h.fake.responseUrl(id), ...fields }), { secret: signingSecret });
  const ackedAt = Date.now();
  const reply = await h.fake.waitFor(() => h.fake.responses(id)[0]);
  return { id, ack, ackedAt, answeredAt: reply.at, reply: reply.body as { response_type?: string; replace_original?: boolean; text: string; blocks: Record<string, unknown>[] } };
}

const json = (value: unknown) => JSON.stringify(value);

describe('Slack app over HTTP', () => {
  it('checks its token with auth.test at start and answers its health route', async () => {
    const auth = h.fake.calls('auth.test');
    expect(auth).toHaveLength(1);
    expect(auth[0]!.token).toBe('xoxb-test-token');
    const res = await fetch(h.url.replace('/slack/events', '/health'));
    expect(res.status).toBe(200);
  });

  it('answers a bare /exodus with help, privately, naming commands the Slack way', async () => {
    const { ack, reply } = await command('');
    expect(ack.status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('Exodus Watch commands');
    expect(reply.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Exodus Watch commands', emoji: true } });
    const body = json(reply.blocks);
    expect(body).toContain('/exodus echo <words>'.replace('<', '&lt;').replace('>', '&gt;'));
    expect(body).toContain('/exodus feeds add');
    // Admin commands are hidden from members.
    expect(body).not.toContain('purge');
  });

  it('acks within 3 seconds, before a slow command has finished', async () => {
    const { ack, reply, ackedAt, answeredAt } = await command('slow');
    expect(ack.status).toBe(200);
    // The command takes 400 ms; Slack had its 200 well before that, and the answer came after.
    expect(ack.ms).toBeLessThan(300);
    expect(answeredAt).toBeGreaterThanOrEqual(ackedAt + 100);
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toBe('done at last');
  });

  it('answers in the channel with Block Kit and a text fallback', async () => {
    const { reply } = await command('echo hello **world** [site](https://example.com/x)');
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toBe('Echo\nhello *world* <https://example.com/x|site>');
    expect(reply.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Echo', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'hello *world* <https://example.com/x|site>' } },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*Asked by*\nU0000MEMBER' }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'See /exodus help' }] },
    ]);
  });

  it('neutralises mentions and markup in what users type', async () => {
    // As Slack sends it with should_escape: real mentions as <!…>/<@…>, typed brackets as entities.
    const hostile = '<!channel> ping <@U0BAD|boss> &lt;!everyone&gt; &lt;@U0EVIL&gt; <!subteam^S123|@devs> x &amp; y';
    const { reply } = await command(`echo ${hostile}`);
    const body = json(reply);
    for (const ping of ['<!channel>', '<!everyone>', '<@U0BAD', '<@U0EVIL', '<!subteam', '<!here>']) expect(body).not.toContain(ping);
    expect(reply.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '@channel ping @boss &lt;!everyone&gt; &lt;@U0EVIL&gt; @devs x &amp; y' },
    });
  });

  it('refuses a bad signature and a stale timestamp with 401, and runs nothing', async () => {
    const before = h.fake.responses().length;
    const body = slashCommandBody({ text: 'echo sneaky', responseUrl: h.fake.responseUrl('bad') });
    const forged = await postSigned(h.url, body, { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const missing = await postSigned(h.url, body, { secret: signingSecret, signature: 'v0=' });
    expect(missing.status).toBe(401);
    const stale = await postSigned(h.url, body, { secret: signingSecret, timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.fake.responses()).toHaveLength(before);
  });

  it('lets only workspace admins/owners and listed users run admin commands', async () => {
    const member = await command('purge', { userId: 'U0000MEMBER' });
    expect(member.reply.response_type).toBe('ephemeral');
    expect(member.reply.text).toMatch(/\/exodus purge is for server admins only/);
    for (const userId of ['U0000ADMIN', 'U0000OWNER', 'U0000LISTED']) {
      const { reply } = await command('purge', { userId });
      expect(reply.text).toBe(`purged by ${userId}`);
      expect(reply.response_type).toBe('ephemeral');
    }
    // Listed users need no lookup; others are looked up once and cached.
    const lookups = h.fake.calls('users.info').map((c) => c.params.user);
    expect(lookups).not.toContain('U0000LISTED');
    await command('purge', { userId: 'U0000ADMIN' });
    expect(h.fake.calls('users.info').filter((c) => c.params.user === 'U0000ADMIN')).toHaveLength(1);
  });

  it('reads subcommands, links and picked channels from the command text', async () => {
    const { reply } = await command('feeds add <https://example.com/feed.xml> channel:<#C0NEWS0001|news>');
    expect(reply.response_type).toBe('in_channel');
    expect(json(reply.blocks)).toContain('*URL*\\nhttps://example.com/feed.xml');
    expect(json(reply.blocks)).toContain('*Channel*\\nC0NEWS0001');
  });

  it('answers user errors privately with what to do', async () => {
    const missing = await command('feeds');
    expect(missing.reply.response_type).toBe('ephemeral');
    expect(missing.reply.text).toContain('/exodus feeds needs a subcommand first: add');
    const unknown = await command('nope');
    expect(unknown.reply.response_type).toBe('ephemeral');
    expect(unknown.reply.text).toMatch(/Unknown command "nope"/);
    const channel = await command('feeds add https://example.com/f channel:news');
    expect(channel.reply.text).toMatch(/must be a channel/);
  });

  it('logs a fault with its stack and answers with a short generic line', async () => {
    const { reply } = await command('boom');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe('Something went wrong on our side; it has been logged. Please try again in a minute.');
    expect(reply.text).not.toContain('fire');
    const line = h.logs.find((l) => l.includes('database on fire'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!).err.stack).toMatch(/Error: database on fire\n\s+at /);
  });

  it('shares the timeline chart in the channel after the answer, or says why not', async () => {
    const { reply } = await command('chart', { channelId: 'C0000CHARTS' });
    expect(reply.response_type).toBe('in_channel');
    expect(json(reply.blocks)).toContain(':bar_chart: Departures per month, May 2024 peak');
    const complete = await h.fake.waitFor(() => h.fake.calls('files.completeUploadExternal').at(-1));
    expect(complete.params.channel_id).toBe('C0000CHARTS');
    expect(h.fake.calls('files.getUploadURLExternal').at(-1)!.params).toMatchObject({ filename: 'timeline.png', length: String(png.length) });
    expect(h.fake.uploads().at(-1)!.bytes).toBeGreaterThanOrEqual(png.length);

    h.fake.notInChannel.add('C0000PRIVATE');
    const hidden = await command('chart', { channelId: 'C0000PRIVATE' });
    const hint = await h.fake.waitFor(() => h.fake.responses(hidden.id)[1]);
    expect(hint.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(hint.body.text)).toMatch(/Invite the app here/);
  });
});

describe('Slack buttons', () => {
  async function press(actionId: string, userId: string) {
    const id = `b${++sequence}`;
    const ack = await postSigned(h.url, buttonPressBody({ actionId, userId, responseUrl: h.fake.responseUrl(id), channelId: 'C0000ALERTS', messageTs: '1700000001.000100' }), {
      secret: signingSecret,
    });
    expect(ack.status).toBe(200);
    return id;
  }

  it('runs the action for an admin and replaces the message with chat.update', async () => {
    const before = h.fake.calls('chat.update').length;
    await press('event:confirm:42', 'U0000ADMIN');
    const update = await h.fake.waitFor(() => h.fake.calls('chat.update')[before]);
    expect(update.params).toMatchObject({ channel: 'C0000ALERTS', ts: '1700000001.000100' });
    expect(update.params.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Event 42 confirmed', emoji: true } },
      // The presser is named with a real mention; the <!here> in the same text stays inert.
      { type: 'section', text: { type: 'mrkdwn', text: 'by <@U0000ADMIN> &lt;!here&gt;' } },
    ]);
    expect(update.params.text).toContain('Event 42 confirmed');
  });

  it('refuses members privately and leaves the message alone', async () => {
    const before = h.fake.calls('chat.update').length;
    const id = await press('event:reject:42', 'U0000MEMBER');
    const reply = await h.fake.waitFor(() => h.fake.responses(id)[0]);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(reply.body.text)).toMatch(/Only moderators can do that/);
    expect(h.fake.calls('chat.update')).toHaveLength(before);
  });

  it('says a button from an older version is no longer supported', async () => {
    const id = await press('legacy:thing:1', 'U0000ADMIN');
    const reply = await h.fake.waitFor(() => h.fake.responses(id)[0]);
    expect(String(reply.body.text)).toMatch(/no longer supported/);
  });
});

describe('Slack platform set-up', () => {
  const base: SlackConfig = { SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: undefined, SLACK_APP_TOKEN: undefined, SLACK_PORT: 0, SLACK_ADMIN_USER_IDS: [], SLACK_API_URL: undefined };
  const make = (config: SlackConfig) =>
    createSlackPlatform({ config, log: captureLogger().log, services: {} as Services, commands: testCommands, actions: testActions });

  it('uses Socket Mode when an app token is set, HTTP with a signing secret otherwise', () => {
    expect(make({ ...base, SLACK_APP_TOKEN: 'xapp-1-x' }).mode).toBe('socket');
    expect(make({ ...base, SLACK_SIGNING_SECRET: 's' }).mode).toBe('http');
    expect(() => make(base)).toThrow(/SLACK_SIGNING_SECRET is required/);
    expect(() => make({ ...base, SLACK_BOT_TOKEN: undefined, SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN/);
  });

  it('refuses to start with a token Slack rejects, naming the reason', async () => {
    h.fake.rejectedTokens.add('xoxb-revoked');
    const platform = createSlackPlatform({
      config: { ...base, SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: h.fake.apiUrl, SLACK_HOST: '127.0.0.1' },
      log: captureLogger().log,
      services: {} as Services,
      commands: testCommands,
      actions: testActions,
      retryConfig: { retries: 0 },
    });
    await expect(platform.start()).rejects.toThrow('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
    expect(platform.port()).toBeUndefined();
  });
});
