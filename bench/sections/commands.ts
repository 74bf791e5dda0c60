// Command latency: every command of commands/index.ts (every subcommand of the groups, several
// option mixes for the saga commands) run through runCommand — the path Discord, Slack and the
// CLI share: option parsing, admin check, handler, database queries, message (and PNG) building —
// against a database holding the history of a busy bot (100,000 articles, 10,000 events by
// default). Reports p50/p99 per invocation; network time to the platform is not included.
import { bulkLoad } from '../bulk-load.js';
import { createBenchApp, emit, summarise } from '../measure.js';
import { commands } from '../../commands/index.js';
import { findCommand, resolveRunnable, runCommand } from '../../src/core/commands/dispatch.js';
import { readArguments } from '../../src/core/commands/arguments.js';
import type { CommandContext } from '../../src/core/commands/definition.js';
import { readArgs } from './args.js';

const args = readArgs();
const sizes = args.quick ? { articles: 20_000, events: 2_000, feeds: 100, subscriptions: 20 } : { articles: 100_000, events: 10_000, feeds: 500, subscriptions: 50 };
const iterations = args.quick ? 15 : 100;

const bench = await createBenchApp();
try {
  const loadStarted = performance.now();
  const loaded = bulkLoad(bench.config.DATABASE_URL.replace(/^file:/, ''), sizes, args.seed, new Date(args.base));
  const loadMs = performance.now() - loadStarted;

  const ctx: CommandContext = {
    services: bench.app.services,
    invoker: { platform: 'discord', userId: '300000000000000001', workspaceId: '100000000000000000', channelId: '200000000000000000', isAdmin: true },
    commands,
  };
  let unique = 0;
  const opml = () => {
    const n = unique++;
    return `<opml version="2.0"><body>${[1, 2, 3].map((k) => `<outline type="rss" text="Imported ${n}-${k}" xmlUrl="https://import-${n}-${k}.example.org/rss"/>`).join('')}</body></opml>`;
  };
  let addedUrl = '';
  // [label, command line]: a function when each run needs fresh arguments.
  const invocations: [string, () => string[]][] = [
    ['help', () => ['help']],
    ['help saga', () => ['help', '--command', 'saga']],
    ['saga', () => ['saga']],
    ['saga --since 1y', () => ['saga', '--since', '1y']],
    ['saga --since/--until', () => ['saga', '--since', '2024-01', '--until', '2024-12']],
    ['exits', () => ['exits']],
    ['exits --type all --page 5', () => ['exits', '--type', 'all', '--page', '5']],
    ['exits --team --since', () => ['exits', '--team', 'Superalignment', '--since', '2y']],
    ['person <full name>', () => ['person', '--name', loaded.samplePeople[0]!]],
    ['person <surname>', () => ['person', '--name', loaded.samplePeople[1]!]],
    ['person <other>', () => ['person', '--name', loaded.samplePeople[2]!]],
    ['timeline (PNG)', () => ['timeline']],
    ['timeline --since 1y (PNG)', () => ['timeline', '--since', '1y']],
    ['sources <event>', () => ['sources', '--event', String(loaded.sampleEventIds[unique++ % loaded.sampleEventIds.length] ?? 1)]],
    ['stats', () => ['stats']],
    ['feeds list', () => ['feeds', 'list']],
    ['feeds status', () => ['feeds', 'status']],
    ['feeds export', () => ['feeds', 'export']],
    ['feeds add', () => ['feeds', 'add', '--url', (addedUrl = `https://added-${unique++}.example.net/feed.xml`)]],
    ['feeds remove', () => ['feeds', 'remove', '--feed', addedUrl]],
    ['feeds import (3 feeds)', () => ['feeds', 'import', '--source', opml()]],
    ['alerts on', () => ['alerts', 'on']],
    ['alerts status', () => ['alerts', 'status']],
    ['alerts off', () => ['alerts', 'off']],
    ['digest on', () => ['digest', 'on', '--time', '08:30', '--timezone', 'Europe/Paris']],
    ['digest status', () => ['digest', 'status']],
    ['digest off', () => ['digest', 'off']],
  ];
  const covered = new Set(invocations.map(([, line]) => line()[0]));
  const missing = commands.map((c) => c.name).filter((name) => !covered.has(name));

  const run = async (line: string[]) => {
    const [name, ...rest] = line;
    const command = findCommand(commands, name!);
    const subcommand = command.subcommands ? rest.shift() : undefined;
    const runnable = resolveRunnable(command, subcommand);
    return runCommand(ctx, { command: command.name, subcommand, options: readArguments(rest, runnable.options) });
  };

  const results: { label: string; p50: number; p99: number; max: number; n: number; error?: string }[] = [];
  // Pairs that undo each other (add/remove, on/off) run interleaved so every run does real work.
  const groups: string[][] = [['feeds add', 'feeds remove'], ['alerts on', 'alerts status', 'alerts off'], ['digest on', 'digest status', 'digest off']];
  const grouped = new Set(groups.flat());
  const schedule: string[][] = [...invocations.filter(([label]) => !grouped.has(label)).map(([label]) => [label]), ...groups];
  for (const labels of schedule) {
    const samples = new Map<string, number[]>(labels.map((l) => [l, []]));
    let error: string | undefined;
    for (let i = 0; i < iterations + 3 && !error; i++) {
      for (const label of labels) {
        const line = invocations.find(([l]) => l === label)![1]();
        const started = performance.now();
        try {
          await run(line);
        } catch (err) {
          error = `${label}: ${err instanceof Error ? err.message : String(err)}`;
          break;
        }
        if (i >= 3) samples.get(label)!.push(performance.now() - started);
      }
    }
    for (const label of labels) results.push({ label, ...summarise(samples.get(label)!), ...(error ? { error } : {}) });
  }
  emit({ sizes, loaded: { people: loaded.people, eventSources: loaded.eventSources, deliveries: loaded.deliveries, loadMs }, iterations, results, missing });
} finally {
  await bench.dispose();
}
