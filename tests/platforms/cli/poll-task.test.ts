// `npm run cli -- poll --once` as an operator runs it: the default feed list from FEEDS_FILE is
// loaded into the new database, every feed is polled, a per-feed line and totals are printed,
// and a broken feed is reported without failing the run (exit 0); /feeds works from the CLI too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { runCliCaptured } from '../../helpers/run-cli.js';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';
import { startFeedServer, type FeedServer } from '../../fakes/feed-server.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

describe('cli poll', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let server: FeedServer;

  beforeEach(async () => {
    server = await startFeedServer();
    server.route('/google', { body: fixture('google-news.rss'), etag: '"g1"' });
    server.route('/verge', { body: fixture('verge-ai.atom') });
    server.route('/down', { status: 500, body: '' });
    const temp = tempDatabaseUrl();
    dir = temp.dir;
    const feedsFile = `${dir}/feeds.json`;
    writeFileSync(feedsFile, JSON.stringify({ feeds: [{ url: server.url('/google'), title: 'Google News: OpenAI resigns' }, { url: server.url('/verge') }, { url: server.url('/down'), title: 'Broken' }] }));
    env = { DATABASE_URL: temp.url, SEED_ON_START: 'false', FEEDS_FILE: feedsFile, ALLOW_PRIVATE_FEED_URLS: 'true', POLL_HOST_GAP_MS: '0', FETCH_TIMEOUT_MS: '2000' };
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (...argv: string[]) => runCliCaptured(argv, env);

  it('polls every feed once, prints a line per feed and the totals, and exits 0 despite a broken feed', async () => {
    const first = await run('poll', '--once');
    expect(first.code).toBe(0);
    const lines = first.out.split('\n');
    expect(lines[0]).toMatch(/^ok  #1 +Google News: OpenAI resigns +4 entries, 4 new/);
    expect(lines[1]).toMatch(/^ok  #2 +The Verge - Artificial Intelligence +2 entries, 1 new/);
    expect(lines[2]).toMatch(/^ERR #3 +Broken +failed: HTTP 500 \(server error\)/);
    expect(first.out).toMatch(/3 feeds polled in [\d.]+ s: 2 updated, 0 unchanged, 1 failed; 6 entries seen, 5 new articles stored\./);

    const second = await run('poll', '--once');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/^304 #1 /m);
    expect(second.out).toMatch(/0 new articles stored/);

    // The broken feed is backing off, so a --due poll skips it.
    const due = await run('poll', '--due');
    expect(due.out).not.toContain('Broken');

    const status = await run('feeds', 'status');
    expect(status.code).toBe(0);
    expect(status.out).toContain('2 healthy, 1 unhealthy');
    expect(status.out).toContain('last error: HTTP 500 (server error)');
  });

  it('polls one feed by id, and refuses unknown arguments with exit 2', async () => {
    const one = await run('poll', '--feed', '2');
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^ok  #2 /);
    expect(one.out).toContain('1 feeds polled');
    expect(await run('poll', '--feed', '99')).toMatchObject({ code: 2, err: expect.stringContaining('no feed "99"') });
    expect(await run('poll', '--forever')).toMatchObject({ code: 2, err: expect.stringContaining('unknown argument') });
  });

  it('loads the default feeds into a new database only, so removing them sticks', async () => {
    expect((await run('feeds', 'list')).out).toContain('Broken');
    for (const id of ['1', '2', '3']) expect((await run('feeds', 'remove', id)).code).toBe(0);
    const after = await run('feeds', 'list');
    expect(after.code).toBe(0);
    expect(after.out).not.toContain('Broken');
    expect(after.out).not.toContain(server.url('/google'));
  });
});
