// `eval <file.jsonl>`: measures the detector on labeled articles and prints precision, recall and
// F1 for detection, exact person-set and event-type accuracy, the keyword baseline beside them,
// and every misclassified item. Pure: no database. Exit 2 on a missing or malformed file.
import { readFileSync } from 'node:fs';
import type { CliTask } from '../cli-task.js';
import { detectStaffingEvents } from '../../../core/detection/detect.js';
import { evaluate, LabeledFileError, parseLabeledItems, type EvaluationReport } from '../../../core/detection/evaluation.js';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export function renderReport(file: string, report: EvaluationReport, showAll = true): string {
  const d = report.detection;
  const b = report.baseline;
  const lines = [
    `${file}: ${report.items} items, ${report.positives} staffing moves, ${report.items - report.positives} negatives`,
    '',
    '                     detector   keyword baseline',
    `  precision          ${pct(d.precision).padStart(8)}   ${pct(b.precision).padStart(8)}`,
    `  recall             ${pct(d.recall).padStart(8)}   ${pct(b.recall).padStart(8)}`,
    `  F1                 ${pct(d.f1).padStart(8)}   ${pct(b.f1).padStart(8)}`,
    `  TP/FP/FN/TN        ${`${d.truePositives}/${d.falsePositives}/${d.falseNegatives}/${d.trueNegatives}`.padStart(8)}   ${`${b.truePositives}/${b.falsePositives}/${b.falseNegatives}/${b.trueNegatives}`.padStart(8)}`,
    `  persons exact      ${pct(report.personsExact.accuracy).padStart(8)}   (${report.personsExact.correct}/${report.personsExact.total} detected moves)`,
    `  event type         ${pct(report.typeAccuracy.accuracy).padStart(8)}   (${report.typeAccuracy.correct}/${report.typeAccuracy.total})`,
  ];
  const misses = report.results.filter((r) => r.misses.length > 0);
  lines.push('', misses.length === 0 ? 'No misclassified items.' : `Misclassified (${misses.length}):`);
  for (const r of showAll ? misses : misses.slice(0, 20)) {
    const want = r.item.labels.is_openai_staffing_event ? `${r.item.labels.event_type} ${JSON.stringify(r.item.labels.persons)}` : 'no move';
    const unnamed = r.unnamed.length > 0 ? ` + unnamed ${JSON.stringify(r.unnamed)}` : '';
    const got = r.predicted ? `${r.type} ${JSON.stringify(r.persons)}${unnamed}` : 'no move';
    lines.push(`  line ${r.item.line} [${r.misses.join(', ')}] ${r.item.title}`, `      expected ${want}; got ${got}`);
  }
  return `${lines.join('\n')}\n`;
}

const evalTask: CliTask = {
  name: 'eval',
  usage: 'eval <file.jsonl>',
  description: 'Measure staffing-event detection on a labeled JSONL file',
  async run(args, io) {
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) {
      io.err('usage: eval <file.jsonl>  (one JSON object a line: title, description, labels)\n');
      return 2;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      io.err(`error: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      return 2;
    }
    try {
      const items = parseLabeledItems(text);
      if (items.length === 0) {
        io.err(`error: ${file} has no items\n`);
        return 2;
      }
      io.out(renderReport(file, evaluate(items, (article) => detectStaffingEvents(article))));
      return 0;
    } catch (err) {
      if (err instanceof LabeledFileError) {
        io.err(`error: ${file} ${err.message}\n`);
        return 2;
      }
      throw err;
    }
  },
};
export default evalTask;
