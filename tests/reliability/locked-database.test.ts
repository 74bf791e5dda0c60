// A database locked by another writer (a second process holding BEGIN EXCLUSIVE on the SQLite
// file): a short lock is waited out (busy timeout) and the cycle stores everything; a lock that
// outlasts the busy timeout is reported as a clear error, loses nothing, and the next cycle stores
// every article and hands each one to detection exactly once. Slash commands keep reading (WAL).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../src/infra/db/generated/client.js';
import { loadConfig } from '../../src/config.js';
import { createFeedPipeline, type FeedPipeline } from '../../src/infra/feeds/feed-pipeline.js';
import { createFeedRepository } from '../../src/infra/db/feed-repository.js';
import type { StoredArticle } from '../../src/core/pipeline.js';
import { commands } from '../../commands/index.js';
import { runCommand } from '../../src/core/commands/dispatch.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { botEnv, createBotApp, type BotApp } from './bot-app.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

/**
 * Another process takes the write lock on the file and holds it for `holdMs`, or, with no holdMs,
 * until release() (a timer would free the lock early when a loaded machine is slow to reach the write).
 */
async function lockFromAnotherProcess(file: string, holdMs?: number): Promise<{ released: Promise<void>; release: () => void; process: ChildProcess }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN EXCLUSIVE');
    process.stdout.write('LOCKED\\n');
    const release = () => { db.exec('COMMIT'); db.close(); process.stdout.write('RELEASED\\n'); process.exit(0); };
    if (process.argv[2]) setTimeout(release, Number(process.argv[2]));
    process.stdin.once('data', release);
  `;
  const child = spawn(process.execPath, ['-e', script, file, holdMs === undefined ? '' : String(holdMs)], { stdio: ['pipe', 'pipe', 'inherit'], cwd: process.cwd() });
  let out = '';
  const released = new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()).includes('RELEASED') && resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
    child.stdout!.on('data', () => out.includes('LOCKED') && resolve());
  });
  child.removeAllListeners('exit');
  return { released, release: () => void child.stdin!.write('release\n'), process: child };
}

describe('a database locked by another writer', () => {
  let bot: BotApp;
  let server: FeedServer;
  let holder: ChildProcess | undefined;
  beforeEach(async () => {
    server = await startFeedServer();
    server.route('/google', { body: fixture('google-news.rss'), etag: '"g"' });
    server.route('/verge', { body: fixture('verge-ai.atom'), contentType: 'application/atom+xml' });
    bot = await createBotApp();
    const feeds = createFeedRepository(bot.app.db);
    await feeds.add({ url: server.url('/google') });
    await feeds.add({ url: server.url('/verge') });
  });
  afterEach(async () => {
    holder?.kill();
    await bot.dispose();
    await server.close();
  });

  it('waits out a short lock (busy timeout) and stores everything; commands still answer meanwhile', async () => {
    const lock = await lockFromAnotherProcess(bot.url.replace(/^file:/, ''), 1500);
    holder = lock.process;
    // A read while the writer holds the lock: WAL lets it through at once.
    const ctx = { services: bot.app.services, invoker: { platform: 'cli' as const, userId: 'test', isAdmin: true }, commands };
    const readStarted = Date.now();
    const status = await runCommand(ctx, { command: 'feeds', subcommand: 'list', options: {} });
    expect(Date.now() - readStarted).toBeLessThan(1000);
    expect(status.title).toBe('Feeds (2)');

    const started = Date.now();
    const summary = await bot.app.poller.runCycle({ all: true });
    await lock.released;
    expect(Date.now() - started).toBeGreaterThanOrEqual(800); // it did wait for the lock
    expect(summary).toMatchObject({ polled: 2, failed: 0, faults: 0 });
    expect(summary.newArticles).toBeGreaterThan(0);
    expect(await bot.app.db.article.count()).toBe(summary.newArticles);
  });

  describe('beyond the busy timeout', () => {
    let pipeline: FeedPipeline | undefined;
    let db: PrismaClient | undefined;
    afterEach(async () => {
      await pipeline?.close();
      await db?.$disconnect();
    });

    it('reports a clear error, loses nothing, and the next cycle stores and hands over each article once', async () => {
      // The app's own feed pipeline on a client whose busy timeout (300 ms) is shorter than the lock.
      db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: bot.url, timeout: 300 }) });
      const handed: StoredArticle[] = [];
      pipeline = await createFeedPipeline({
        config: loadConfig(botEnv(bot.url, bot.dir)),
        db,
        log: pino({ level: 'silent' }),
        clock: { now: () => new Date() },
        onArticle: async (article) => void handed.push(article),
      });

      const lock = await lockFromAnotherProcess(bot.url.replace(/^file:/, ''));
      holder = lock.process;
      const locked = await pipeline.poller.runCycle({ all: true });
      expect(locked.polled).toBe(2);
      expect(locked.faults).toBe(2);
      for (const report of locked.feeds) {
        expect(report).toMatchObject({ outcome: 'failed', fault: true });
        expect(report.error).toMatch(/locked|busy|timed out/i);
      }
      expect(await db.article.count()).toBe(0);
      expect(handed).toEqual([]);

      lock.release();
      await lock.released;
      const after = await pipeline.poller.runCycle({ all: true });
      expect(after).toMatchObject({ polled: 2, failed: 0, faults: 0 });
      const stored = await db.article.findMany({ select: { id: true } });
      expect(stored.length).toBeGreaterThan(0);
      expect(handed.map((a) => a.id).sort((a, b) => a - b)).toEqual(stored.map((a) => a.id).sort((a, b) => a - b));
    });
  });
});
