// Hostile input through the command front ends: very long strings, control characters, bad
// numbers and dates, dangerous URLs, and markdown/mention injection (@everyone, <@123>, <@&role>,
// <!channel>) — typed as command arguments, or arriving in a feed's headline and shown back by the
// commands and alerts. The CLI answers with a user error (exit 2) or an answer (exit 0), never a
// fault, and echoes no control characters; the Discord and Slack renders can ping no one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runCli } from '../../src/platforms/cli/main.js';
import { renderDiscordMessage } from '../../src/platforms/discord/render.js';
import { renderSlackMessage } from '../../src/platforms/slack/render.js';
import { runCommand } from '../../src/core/commands/dispatch.js';
import { isUserError } from '../../src/core/commands/errors.js';
import type { CommandContext } from '../../src/core/commands/definition.js';
import type { NeutralMessage } from '../../src/core/messages/neutral-message.js';
import { buildAlertMessage } from '../../src/core/alerts/alert-message.js';
import { createAlertEventRepository } from '../../src/infra/db/alert-event-repository.js';
import { commands } from '../../commands/index.js';
import { tempDatabaseUrl } from '../helpers/temp-database.js';
import { addEvent } from '../core/alerts/fixtures.js';
import { createBotApp, type BotApp } from './bot-app.js';

const mentions = '@everyone @here <@123456789012345678> <@!123456789012345678> <@&987654321098765432> <!channel> <!here> <!everyone> <@U0123ABCD> <!subteam^S0123ABCD>';
const markdown = '**bold** [click](javascript:alert(1)) ||spoiler|| ~~strike~~ # heading > quote `code`';
const controls = '\u0000\u0007\u001b[2J\u001b]0;pwned\u0007\r\u202e';
const hostile = `${mentions} ${markdown} ${controls}`;
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Mentions that would notify on Discord if sent as they are (user mentions only count outside embeds). */
function assertDiscordInert(message: NeutralMessage): void {
  const rendered = renderDiscordMessage(message);
  const json = JSON.stringify(rendered);
  expect(json).not.toMatch(/@(everyone|here)/); // broken with a zero-width space: "@\u200beveryone"
  expect(json).not.toMatch(/<@&\d+>/);
  expect(json).not.toContain('](javascript:');
  expect(rendered.allowed_mentions).toEqual({ parse: [] });
  if ('content' in rendered && typeof rendered.content === 'string') expect(rendered.content).not.toMatch(/<@!?\d/);
}

/** Slack acts only on real angle brackets: none of the injected ones may survive. */
function assertSlackInert(message: NeutralMessage): void {
  const rendered = renderSlackMessage(message);
  const json = JSON.stringify(rendered);
  expect(json).not.toMatch(/<!(channel|here|everyone|subteam)/);
  expect(json).not.toMatch(/<@U0123ABCD/);
  expect(json).not.toMatch(/<javascript:/i);
  expect(rendered.text.length).toBeGreaterThan(0);
}

describe('hostile command arguments through the CLI', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    const temp = tempDatabaseUrl();
    dir = temp.dir;
    // Feeds must be public here: the SSRF checks are part of what is tested.
    env = { DATABASE_URL: temp.url, SEED_ON_START: 'true', FEEDS_FILE: `${dir}/none.json`, LOG_LEVEL: 'silent' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, string[]][] = [
    ['a 100,000-character name', ['person', 'A'.repeat(100_000)]],
    ['mentions and control characters as a name', ['person', hostile]],
    ['terminal escapes as a date', ['exits', '--since', '\u001b]0;pwned\u0007']],
    ['an impossible date', ['saga', '--since', '2024-13-45']],
    ['a 23-digit limit', ['exits', '--limit', '99999999999999999999999']],
    ['a negative page', ['exits', '--page', '-1']],
    ['an unknown choice', ['exits', '--type', 'everything']],
    ['markdown and mentions as a team', ['exits', '--team', `${markdown} ${mentions}`]],
    ['a float event number', ['sources', '--event', '1e309']],
    ['a javascript: feed URL', ['feeds', 'add', 'javascript:alert(1)']],
    ['a file: feed URL', ['feeds', 'add', 'file:///etc/passwd']],
    ['the cloud metadata address', ['feeds', 'add', 'http://169.254.169.254/latest/meta-data/']],
    ['OPML with an external entity', ['feeds', 'import', '<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><opml><body><outline xmlUrl="&a;"/></body></opml>']],
    ['a mention as a channel', ['alerts', 'on', '--channel', 'discord:@everyone/<#1>']],
    ['a right-to-left override as a command name', ['help', '--command', `\u202e${'x'.repeat(60)}`]],
    ['entity expansion in OPML', ['feeds', 'import', `<!DOCTYPE x [<!ENTITY a "${'a'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><opml><body><outline xmlUrl="https://x.example/&c;"/></body></opml>`]],
    ['an unknown command with terminal escapes', [`${controls}nope`]],
    ['an unknown subcommand with terminal escapes', ['feeds', `${controls}list`]],
  ];

  it.each(cases)('%s: a user error or an answer, never a fault, and no control characters echoed', { timeout: 20_000 }, async (_label, argv) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, env);
    expect([0, 2]).toContain(code);
    expect(out + err).not.toMatch(controlChars);
    expect(out + err).not.toMatch(/root:.*:0:0:/); // nothing read from /etc/passwd
    // A huge argument is not echoed back whole.
    expect((out + err).length).toBeLessThan(20_000);
    if (code === 2) expect(err).toMatch(/^error: \S/);
  });
});

describe('hostile text shown back on Discord and Slack', () => {
  let bot: BotApp;
  let ctx: CommandContext;
  let eventId: number;
  beforeAll(async () => {
    bot = await createBotApp();
    ctx = { services: bot.app.services, invoker: { platform: 'discord', userId: '300000000000000001', workspaceId: '100000000000000001', channelId: '200000000000000001', isAdmin: true }, commands };
    // A move whose sources carry injected headlines and outlet names, as a hostile feed would.
    eventId = await addEvent(bot.app.db, { name: 'Jan Leike', role: hostile, team: `Superalignment ${mentions}`, destination: `Anthropic ${mentions}`, createdAt: new Date(), occurredAt: new Date(), outlets: [hostile, `Outlet ${markdown}`] });
    await bot.app.db.article.updateMany({ data: { title: hostile } });
  });
  afterAll(async () => {
    await bot.dispose();
  });

  it('renders the alert for a move with hostile sources without a live mention', async () => {
    const event = await createAlertEventRepository(bot.app.db).get(eventId);
    const message = buildAlertMessage(event!);
    assertDiscordInert(message);
    assertSlackInert(message);
  });

  it.each([
    ['sources', { command: 'sources', options: { event: String(0) } }],
    ['exits', { command: 'exits', options: { type: 'all' } }],
    ['person', { command: 'person', options: { name: 'Jan Leike' } }],
    ['saga', { command: 'saga', options: {} }],
  ] as const)('/%s answers render inert', async (_label, invocation) => {
    const options = invocation.command === 'sources' ? { event: String(eventId) } : invocation.options;
    const message = await runCommand(ctx, { command: invocation.command, options });
    expect(JSON.stringify(message)).toContain('everyone'); // the hostile text is really in the answer
    assertDiscordInert(message);
    assertSlackInert(message);
  });

  it('renders a user error echoing a hostile argument inert, as the adapters show it', async () => {
    let error: unknown;
    try {
      await runCommand(ctx, { command: 'person', options: { name: `Nobody ${mentions}`.slice(0, 100) } });
    } catch (err) {
      error = err;
    }
    expect(isUserError(error)).toBe(true);
    const message: NeutralMessage = { text: `⚠️ ${(error as Error).message}`, ephemeral: true };
    assertDiscordInert(message);
    assertSlackInert(message);
  });
});
