// /feeds through the real dispatcher and app wiring (SQLite file, HTTP fetcher, local feed server):
// add/remove/list/status, URL checks (scheme, private addresses), OPML import and export.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/app.js';
import { commands } from '../../commands/index.js';
import { runCommand } from '../../src/core/commands/dispatch.js';
import type { Invoker } from '../../src/core/commands/definition.js';
import { renderText } from '../../src/core/messages/render-text.js';
import { UserError } from '../../src/core/commands/errors.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';

const fixturePath = (name: string) => new URL(`../fixtures/feeds/${name}`, import.meta.url).pathname;
const admin: Invoker = { platform: 'discord', userId: 'u1', workspaceId: 'g1', channelId: 'c1', isAdmin: true };
const cli: Invoker = { platform: 'cli', userId: 'op', isAdmin: true };

let dir: string;
let server: FeedServer;
const apps: App[] = [];

async function makeApp(allowPrivate: boolean, name = 'a'): Promise<App> {
  const config = loadConfig({
    DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`,
    FEEDS_FILE: path.join(dir, 'no-defaults.json'),
    ALLOW_PRIVATE_FEED_URLS: String(allowPrivate),
    FETCH_TIMEOUT_MS: '2000',
    POLL_HOST_GAP_MS: '0',
  });
  const app = await createApp(config, pino({ level: 'silent' }), { clock: { now: () => new Date() } });
  apps.push(app);
  return app;
}

function run(app: App, subcommand: string, options: Record<string, unknown> = {}, invoker: Invoker = admin) {
  return runCommand({ services: app.services, invoker, commands }, { command: 'feeds', subcommand, options });
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'exodus-feeds-cmd-'));
  server = await startFeedServer();
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('/feeds', () => {
  it('is admin only', async () => {
    const app = await makeApp(true);
    expect((await userError(run(app, 'list', {}, { ...admin, isAdmin: false }))).code).toBe('forbidden');
  });

  it('adds, lists and removes feeds by id or URL', async () => {
    const app = await makeApp(true);
    const added = await run(app, 'add', { url: server.url('/rss'), interval: '30' });
    expect(added.text).toContain(server.url('/rss'));
    expect(added.text).toContain('every 30 min');
    expect((await userError(run(app, 'add', { url: server.url('/rss') }))).code).toBe('conflict');
    await run(app, 'add', { url: server.url('/atom') });
    const list = renderText(await run(app, 'list'));
    expect(list).toContain('Feeds (2)');
    expect(list).toMatch(/#1 .*\/rss — every 30 min/);
    expect(list).toMatch(/#2 .*\/atom — every 10 min/);
    await run(app, 'remove', { feed: '1' });
    await run(app, 'remove', { feed: server.url('/atom') });
    expect((await userError(run(app, 'remove', { feed: '99' }))).code).toBe('not_found');
    expect((await run(app, 'list')).text).toMatch(/No feeds yet/);
  });

  it('refuses non-web schemes and private or loopback addresses unless allowed', async () => {
    const app = await makeApp(false);
    for (const url of ['ftp://example.org/feed', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect((await userError(run(app, 'add', { url }))).code, url).toBe('invalid_option');
    }
    for (const url of ['http://127.0.0.1:8080/feed', 'http://10.1.2.3/rss', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/feed', 'http://localhost/feed']) {
      const err = await userError(run(app, 'add', { url }));
      expect(err.message, url).toMatch(/non-public address/);
    }
    expect((await userError(run(app, 'add', { url: 'https://user:pw@example.org/feed' }))).message).toMatch(/password/);
    expect(await app.services.feeds.list()).toEqual([]);
  });

  it('shows health: healthy, unhealthy with the last error and failure count, pending', async () => {
    const app = await makeApp(true);
    server.route('/ok', { body: readFileSync(fixturePath('slashdot.rdf')) });
    server.route('/down', { status: 503, body: '' });
    await run(app, 'add', { url: server.url('/ok') });
    await run(app, 'add', { url: server.url('/down') });
    await app.poller.runCycle({ all: true });
    await run(app, 'add', { url: server.url('/new') });
    const message = await run(app, 'status');
    expect(message.text).toBe('1 healthy, 1 unhealthy, 1 not fetched yet.');
    const [first, second, third] = message.fields!;
    expect(first!.name).toBe('❌ #2 127.0.0.1 — unhealthy');
    expect(first!.value).toMatch(/1 failure in a row; last error: HTTP 503 \(unavailable\)/);
    // 20 minutes after the first failure, ±10 % jitter.
    expect(first!.value).toMatch(/next fetch in (18|19|20|21|22) min/);
    expect(second!.name).toBe('⏳ #3 127.0.0.1 — pending');
    expect(third!.name).toBe('✅ #1 Slashdot — healthy');
    expect(third!.value).toMatch(/last fetch (just now|\d+ s ago) \(HTTP 200\)/);
    expect(third!.value).toMatch(/2 entries seen/);
  });

  it('imports OPML text, refusing private and non-web feeds with reasons', async () => {
    const app = await makeApp(false);
    const opml = `<?xml version="1.0"?><opml version="2.0"><body>
      <outline text="Folder"><outline type="rss" text="Public" xmlUrl="http://93.184.216.34/feed.xml"/></outline>
      <outline type="rss" text="Router" xmlUrl="http://192.168.1.1/feed.xml"/>
      <outline type="rss" text="FTP" xmlUrl="ftp://93.184.216.34/feed.xml"/>
    </body></opml>`;
    const message = await run(app, 'import', { source: opml });
    expect(message.text).toMatch(/^Added 1, already present 0, refused 2\./);
    expect(message.text).toContain('192.168.1.1');
    expect((await app.services.feeds.list()).map((f) => [f.url, f.title])).toEqual([['http://93.184.216.34/feed.xml', 'Public']]);
    expect((await run(app, 'import', { source: opml })).text).toMatch(/^Added 0, already present 1, refused 2\./);
    expect((await userError(run(app, 'import', { source: '<opml><body><outline' }))).message).toMatch(/Not a usable OPML document/);
  });

  it('imports OPML from a URL anywhere and from a file path only in the CLI', async () => {
    const app = await makeApp(true);
    server.route('/subs.opml', { body: readFileSync(fixturePath('feeds.opml')), contentType: 'text/x-opml' });
    const fromUrl = await run(app, 'import', { source: server.url('/subs.opml') });
    expect(fromUrl.text).toMatch(/^Added 3, already present 0, refused 1\./);
    expect((await userError(run(app, 'import', { source: fixturePath('feeds.opml') }))).message).toMatch(/OPML document itself or an https/);
    const fromFile = await run(app, 'import', { source: fixturePath('feeds.opml') }, cli);
    expect(fromFile.text).toMatch(/^Added 0, already present 3, refused 1\./);
    expect((await userError(run(app, 'import', { source: path.join(dir, 'missing.opml') }, cli))).code).toBe('not_found');
  });

  it('exports OPML that another instance imports back to the same list', async () => {
    const source = await makeApp(true, 'source');
    await run(source, 'add', { url: server.url('/a?q=OpenAI+resigns&hl=en-US'), interval: '5' });
    await run(source, 'add', { url: server.url('/b') });
    const cliExport = await run(source, 'export', {}, cli);
    expect(cliExport.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(cliExport.text).toContain('q=OpenAI+resigns&amp;hl=en-US');
    expect((await run(source, 'export')).text).toMatch(/^```xml\n<\?xml/);
    const target = await makeApp(true, 'target');
    await run(target, 'import', { source: cliExport.text! });
    const shape = (feeds: Awaited<ReturnType<App['services']['feeds']['list']>>) => feeds.map((f) => [f.url, f.intervalMinutes, f.customInterval]);
    expect(shape(await target.services.feeds.list())).toEqual(shape(await source.services.feeds.list()));
  });
});
