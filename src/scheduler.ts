// Thin node-cron wrapper: named jobs that never overlap themselves, whose errors are logged per
// tick instead of escaping, and whose in-flight runs are awaited on shutdown.
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from './infra/logger.js';

/** A job is a plain async function of injected dependencies; tests call `run` directly. */
export interface Job {
  name: string;
  /** node-cron expression (seconds field optional). */
  schedule: string;
  timezone?: string;
  run: () => Promise<void>;
}

export interface Scheduler {
  start(jobs: readonly Job[]): void;
  /**
   * Stops future ticks and waits for running jobs to finish, at most `drainMs`: a job stuck on a
   * hung peer must not outlast a supervisor's kill timeout. Work cut short is safe to abandon
   * (deliveries are resent after their lease, unfinished polls are redone).
   */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  drainMs?: number;
}

export function createScheduler(log: Logger, { drainMs = 5_000 }: SchedulerOptions = {}): Scheduler {
  const tasks: ScheduledTask[] = [];
  const running = new Set<Promise<void>>();

  const guarded = (job: Job) => async () => {
    const started = Date.now();
    const run = job.run().then(
      () => log.debug({ job: job.name, ms: Date.now() - started }, 'job finished'),
      (err: unknown) => log.error({ err, job: job.name }, 'job failed'),
    );
    running.add(run);
    await run.finally(() => running.delete(run));
  };

  return {
    start(jobs) {
      for (const job of jobs) {
        tasks.push(cron.schedule(job.schedule, guarded(job), { name: job.name, timezone: job.timezone, noOverlap: true }));
        log.info({ job: job.name, schedule: job.schedule }, 'job scheduled');
      }
    },
    async stop() {
      await Promise.all(tasks.splice(0).map((task) => task.destroy()));
      if (running.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), drainMs)));
      const outcome = await Promise.race([Promise.all([...running]).then(() => 'drained' as const), deadline]);
      clearTimeout(timer);
      if (outcome === 'timeout') log.warn({ jobs: running.size, drainMs }, 'jobs still running at shutdown; leaving them');
    },
  };
}
