// A process killed in the middle of a delivery (row written and claimed, post under way) neither
// loses nor doubles the alert: a fresh process on the same database sends it exactly once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTempDatabase, type TempDatabase } from '../../helpers/temp-database.js';
import { createRecordingPublisher } from '../../fakes/recording-publisher.js';
import { addEvent, alertsRuntime, discordChannel, discordChannel2, fakeClock } from './fixtures.js';

const child = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/** Runs the child until it prints the marker, then SIGKILLs it; resolves with what it printed. */
function runAndKill(url: string, eventId: number, now: string): Promise<{ stdout: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, url, String(eventId), now], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('POSTING')) proc.kill('SIGKILL');
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (!stdout.includes('POSTING')) reject(new Error(`child never reached the post: ${stderr.slice(0, 2000)}`));
      else resolve({ stdout, signal });
    });
  });
}

describe('restart without duplicates', () => {
  let temp: TempDatabase;
  beforeEach(async () => {
    temp = await createTempDatabase();
  });
  afterEach(async () => {
    await temp.dispose();
  });

  it('resends exactly once after the process is killed mid-delivery', { timeout: 30_000 }, async () => {
    const setup = alertsRuntime(temp.db, fakeClock('2024-05-17T11:59:00Z'));
    await setup.admin.configureAlerts(discordChannel, { enabled: true });
    await setup.admin.configureAlerts(discordChannel2, { enabled: true });
    const eventId = await addEvent(temp.db);

    const { stdout, signal } = await runAndKill(temp.url, eventId, '2024-05-17T12:00:00Z');
    expect(signal).toBe('SIGKILL');
    expect(stdout).not.toContain('UNREACHABLE');

    // What the dead process left: both rows written before the post, claimed, none sent.
    const left = await temp.db.delivery.findMany({ orderBy: { id: 'asc' } });
    expect(left.map((d) => [d.dedupKey, d.status, d.attempts])).toEqual([
      [`event:${eventId}`, 'sending', 1],
      [`event:${eventId}`, 'sending', 1],
    ]);

    // A fresh process on the same database. While the dead process's lease runs, nothing is
    // resent; the next poll handing over the same event adds no second alert.
    const clock = fakeClock('2024-05-17T12:00:30Z');
    const restarted = alertsRuntime(temp.db, clock);
    const publisher = createRecordingPublisher('discord');
    restarted.publishers.register(publisher);
    await restarted.delivery.handleChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    expect(await restarted.delivery.sweep()).toMatchObject({ queued: 0, sent: 0 });
    expect(publisher.posts).toEqual([]);

    clock.set('2024-05-17T12:01:01Z'); // lease (60 s) over
    expect(await restarted.delivery.sweep()).toMatchObject({ sent: 2 });
    await restarted.delivery.sweep();
    await restarted.delivery.handleChanges([{ kind: 'created', eventId, origin: 'feed' }]);
    expect(publisher.posts.map((p) => p.channelId).sort()).toEqual([discordChannel.channelId, discordChannel2.channelId]);
    // Each resend tells the adapter the dead process may have posted it, and since when.
    const options = Object.fromEntries(publisher.posts.map((p) => [p.options?.idempotencyKey, p.options?.mayHaveBeenPosted]));
    expect(options).toEqual(Object.fromEntries(left.map((row) => [`exodus-delivery-${row.id}`, { since: row.createdAt }])));
    const done = await temp.db.delivery.findMany({ orderBy: { id: 'asc' } });
    expect(done.map((d) => [d.status, d.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
  });
});
