// `poll [--once] [--due] [--feed <id|url>]`: polls feeds now, stores and hands new articles to
// detection, and prints one line per feed plus totals. `--once` (the default) polls every enabled
// feed whatever its schedule; `--due` only those whose next fetch has come. A broken feed is
// reported, not a failure: the exit code is 1 only when the bot itself failed (database, bug).
import type { CliTask } from '../cli-task.js';
import { enabledPlatforms } from '../../../config.js';
import { createDiscordRestPublisher } from '../../discord/client.js';
import { createSlackWebPublisher } from '../../slack/publisher.js';
import type { DeliveryReport } from '../../../core/alerts/delivery-service.js';
import type { CycleOptions, CycleSummary, FeedPollReport } from '../../../core/feeds/poller.js';

const poll: CliTask = {
  name: 'poll',
  usage: 'poll [--once] [--due] [--feed <id|url>]',
  description: 'Poll feeds now (every enabled feed, or --due ones), store and detect, print a summary',
  async run(args, io, context) {
    const unknown = args.filter((a, i) => !['--once', '--due', '--feed'].includes(a) && args[i - 1] !== '--feed');
    if (unknown.length > 0) {
      io.err(`error: unknown argument "${unknown[0]}". Usage: npm run cli -- ${poll.usage}\n`);
      return 2;
    }
    const app = await context.app();
    const options: CycleOptions = {};
    const feedIndex = args.indexOf('--feed');
    if (feedIndex >= 0) {
      const key = args[feedIndex + 1];
      if (!key) {
        io.err('error: --feed needs a feed id or URL\n');
        return 2;
      }
      const feed = (await app.services.feeds.list()).find((f) => String(f.id) === key || f.url === key);
      if (!feed) {
        io.err(`error: no feed "${key}" (see: npm run cli -- feeds list)\n`);
        return 2;
      }
      options.feedIds = [feed.id];
    } else if (!args.includes('--due')) {
      options.all = true;
    }
    const summary = await app.poller.runCycle(options);
    // The cycle queued its alerts as pending deliveries. With tokens configured they go out now over
    // the platforms' REST APIs (no gateway needed); otherwise they wait for the running bot.
    const enabled = enabledPlatforms(app.config);
    if (enabled.discord) app.publishers.register(createDiscordRestPublisher(app.config, app.log.child({ module: 'discord-publisher' })));
    if (enabled.slack) app.publishers.register(createSlackWebPublisher(app.config, app.log.child({ module: 'slack-publisher' })));
    const delivered = await app.alerts.delivery.sweep();
    io.out(renderSummary(summary));
    io.out(renderDeliveries(enabled.discord || enabled.slack, delivered));
    if (summary.faults > 0) io.err(`fault: ${summary.faults} feed(s) failed on the bot's side; see the log\n`);
    return summary.faults > 0 ? 1 : 0;
  },
};
export default poll;

const marks: Record<FeedPollReport['outcome'], string> = { updated: 'ok ', unchanged: '304', failed: 'ERR' };

function renderSummary(summary: CycleSummary): string {
  if (summary.polled === 0) return 'No feed to poll (none enabled, or none due).\n';
  const lines = summary.feeds.map((r) => {
    const name = (r.title ?? r.url).slice(0, 60);
    const detail =
      r.outcome === 'failed' ? `failed: ${r.error}` : r.outcome === 'unchanged' ? 'unchanged' : `${r.items} entries, ${r.newArticles} new`;
    return `${marks[r.outcome]} #${String(r.feedId).padEnd(3)} ${name.padEnd(60)} ${detail} (${r.durationMs} ms)`;
  });
  lines.push(
    '',
    `${summary.polled} feeds polled in ${(summary.durationMs / 1000).toFixed(1)} s: ${summary.polled - summary.unchanged - summary.failed} updated, ${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.itemsSeen} entries seen, ${summary.newArticles} new articles stored.`,
  );
  return `${lines.join('\n')}\n`;
}

function renderDeliveries(canDeliver: boolean, report: DeliveryReport): string {
  if (!canDeliver) return 'Alerts: no Discord or Slack token configured; any alerts wait as pending deliveries for `npm start`.\n';
  return `Alerts: ${report.sent} sent, ${report.updated} updated, ${report.retrying} to retry, ${report.dead} given up.\n`;
}
