// Turns the sections' raw figures into the printed report: a summary table with each target and
// PASS/FAIL, and the per-command latency table. Markdown tables, so the output pastes into the
// README as it is. With --quick the sizes are smaller and the cycle target becomes its
// throughput equivalent (2,500 items/s), so a quick run still says something.
import type { SectionArgs } from './sections/args.js';

export const sectionNames = ['parse', 'detect', 'ingest', 'alerts', 'commands', 'memory'] as const;
export type SectionName = (typeof sectionNames)[number];

type Latency = { p50: number; p99: number; max: number; n: number };

export interface SectionResults {
  parse?: { documents: number; bytes: number; items: number; ms: number; itemsPerSecond: number };
  detect?: { articles: number; ms: number; articlesPerSecond: number; staffing: number; staffingDetected: number; negatives: number; negativesFlagged: number };
  ingest?: {
    feeds: number;
    cycle: { ms: number; polled: number; failed: number; errors: string[]; items: number; newArticles: number; itemsPerSecond: number; peakRssMb: number; rssBeforeMb: number; peakHeapTotalMb: number; cpuMs: number };
    unchanged: { ms: number; polled: number; unchanged: number; failed: number; peakRssMb: number };
    stored: { articles: number; events: number };
  };
  alerts?: { feeds: number; samples: number; missed: number; missedTitles: string[]; latency: Latency; cycle: Latency };
  commands?: {
    sizes: { articles: number; events: number; feeds: number; subscriptions: number };
    loaded: { people: number; eventSources: number; deliveries: number; loadMs: number };
    iterations: number;
    results: (Latency & { label: string; error?: string })[];
    missing: string[];
  };
  memory?: { feeds: number; cycles: number; newArticles: number; failed: number; ms: number; readings: { cycle: number; heapMb: number; rssMb: number; articles: number }[]; heapGrowthMb: number; rssGrowthMb: number; heapSlopeKbPerCycle: number };
}

export interface ReportInput {
  args: SectionArgs;
  environment: string;
  results: SectionResults;
  errors: Partial<Record<SectionName, string>>;
}

/** Heap growth (after GC) from the first to the last checkpoint that still counts as flat. */
const flatHeapMb = 5;

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const n1 = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const ms = (x: number) => (x >= 1000 ? `${n1(x / 1000)} s` : x >= 10 ? `${n0(x)} ms` : `${x.toFixed(1)} ms`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export function renderReport({ args, environment, results, errors }: ReportInput): { text: string; failed: boolean } {
  const rows: [string, string, string, string][] = [];
  let failed = Object.keys(errors).length > 0;
  const judge = (ok: boolean) => {
    if (!ok) failed = true;
    return verdict(ok);
  };
  const { parse, detect, ingest, alerts, commands, memory } = results;

  if (ingest) {
    const c = ingest.cycle;
    const total = ingest.feeds * args.items;
    const cycleOk = c.failed === 0 && (args.quick ? c.itemsPerSecond >= 2500 : c.ms < 10_000 && c.items >= total);
    rows.push([
      `Ingestion cycle: ${n0(ingest.feeds)} feeds × ${args.items} items (${n0(c.items)} items, ${n0(c.newArticles)} new articles, ${n0(ingest.stored.events)} events)`,
      `${ms(c.ms)} — ${n0(c.itemsPerSecond)} items/s (CPU ${ms(c.cpuMs)})${c.failed ? `, ${c.failed} feeds failed: ${c.errors.join('; ')}` : ''}`,
      args.quick ? '≥ 2,500 items/s' : '< 10 s',
      judge(cycleOk),
    ]);
    rows.push([`Peak RSS of the bot process during that cycle`, `${n0(c.peakRssMb)} MB (${n0(c.rssBeforeMb)} MB before it; V8 heap peaked at ${n0(c.peakHeapTotalMb)} MB)`, '< 300 MB', judge(c.peakRssMb < 300)]);
    const u = ingest.unchanged;
    rows.push([`Unchanged cycle: ${n0(u.polled)} feeds answering 304 (ETag)`, `${ms(u.ms)} (${u.unchanged} unchanged, ${u.failed} failed)`, '< 1 s', judge(u.ms < 1000 && u.unchanged === u.polled)]);
  }
  if (parse) {
    const ratio = ingest ? ` — the pipeline runs at ${n1((ingest.cycle.itemsPerSecond / parse.itemsPerSecond) * 100)} % of it (${n1(parse.itemsPerSecond / ingest.cycle.itemsPerSecond)}× slower)` : '';
    rows.push([`Reference: rss-parser parseString alone, same ${n0(parse.documents)} documents (${n1(parse.bytes / 1024 / 1024)} MB)`, `${n0(parse.itemsPerSecond)} items/s${ratio}`, 'reference', '—']);
  }
  if (detect) {
    rows.push([
      `Detection, pure detector, ${n0(detect.articles)} articles`,
      `${n0(detect.articlesPerSecond)} articles/s; ${n0(detect.staffingDetected)}/${n0(detect.staffing)} generated moves found, ${n0(detect.negativesFlagged)}/${n0(detect.negatives)} negatives flagged`,
      '≥ 20,000 articles/s on one core',
      judge(detect.articlesPerSecond >= 20_000),
    ]);
  }
  if (alerts) {
    rows.push([
      `Alert latency, article published → poll → detection → post (${alerts.feeds} feeds polled, ${alerts.samples} alerts)`,
      `p50 ${ms(alerts.latency.p50)}, p99 ${ms(alerts.latency.p99)}${alerts.missed ? `; ${alerts.missed} never posted: ${alerts.missedTitles.map((t) => `"${t}"`).join(', ')}` : ''} (plus the poll interval)`,
      'every alert posted',
      judge(alerts.missed === 0),
    ]);
  }
  if (commands) {
    const worst = [...commands.results].sort((a, b) => b.p99 - a.p99)[0];
    const broken = commands.results.filter((r) => r.error);
    rows.push([
      `Commands: ${commands.results.length} invocations × ${commands.iterations} runs, ${n0(commands.sizes.articles)} articles / ${n0(commands.sizes.events)} events`,
      worst ? `worst p99 ${ms(worst.p99)} (${worst.label})${broken.length ? `; ${broken.length} failed` : ''}${commands.missing.length ? `; not covered: ${commands.missing.join(', ')}` : ''}` : 'no result',
      'p99 < 100 ms each',
      judge(!!worst && worst.p99 < 100 && broken.length === 0 && commands.missing.length === 0),
    ]);
  }
  if (memory) {
    const first = memory.readings[0]!;
    const last = memory.readings.at(-1)!;
    rows.push([
      `Memory over ${memory.cycles} cycles (${memory.feeds} feeds, ${n0(memory.newArticles)} new articles), heap / RSS after GC`,
      `cycle ${first.cycle}: ${n1(first.heapMb)} / ${n0(first.rssMb)} MB → cycle ${last.cycle}: ${n1(last.heapMb)} / ${n0(last.rssMb)} MB (heap ${memory.heapGrowthMb >= 0 ? '+' : ''}${n1(memory.heapGrowthMb)} MB, ${n1(memory.heapSlopeKbPerCycle)} KB/cycle)`,
      `flat: heap +< ${flatHeapMb} MB`,
      judge(memory.heapGrowthMb < flatHeapMb && memory.failed === 0),
    ]);
  }
  for (const [name, message] of Object.entries(errors)) rows.push([`Section ${name}`, `ERROR: ${message}`, '—', 'FAIL']);

  const lines = [
    `Exodus Watch benchmark — ${args.quick ? 'quick' : 'full'} run, seed ${args.seed}`,
    environment,
    '',
    '| Measure | Figure | Target | Result |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  if (commands) {
    lines.push('', `Command latency (${n0(commands.sizes.articles)} articles, ${n0(commands.sizes.events)} events, ${n0(commands.loaded.people)} people, ${n0(commands.sizes.feeds)} feeds; ${commands.iterations} runs each)`, '', '| Command | p50 | p99 | Result |', '| --- | --- | --- | --- |');
    for (const r of commands.results) lines.push(`| /${r.label} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.error ? `FAIL: ${r.error}` : verdict(r.p99 < 100)} |`);
  }
  if (memory) {
    lines.push('', 'Heap / RSS after GC by cycle: ' + memory.readings.map((r) => `${r.cycle}: ${n1(r.heapMb)} / ${n0(r.rssMb)} MB`).join(', '));
  }
  lines.push('', failed ? 'Some targets were missed.' : 'All targets met.', '');
  return { text: lines.join('\n'), failed };
}
