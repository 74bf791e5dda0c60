// Measuring the detector against labeled articles: parsing the JSONL format (zod, line numbers on
// errors), scoring detection (precision, recall, F1), exact person sets and event types, and the
// keyword baseline ("OpenAI" and a leave-verb) the detector must beat. Pure: the CLI task does I/O.
// A candidate without a name (an unnamed mover) counts as a detection and adds nobody to the
// person set, so "OpenAI's robotics chief resigns" labelled with persons [] is an exact match.
import { z } from 'zod';
import { eventTypes, nameKey } from '../domain.js';
import { detectionThreshold, type ArticleText, type StaffingCandidate } from './candidate.js';

const labelsSchema = z.object({
  is_openai_staffing_event: z.boolean(),
  event_type: z.enum(eventTypes).nullable().optional(),
  persons: z.array(z.string().min(1)).default([]),
  role: z.string().nullable().optional(),
  destination: z.string().nullable().optional(),
});

const itemSchema = z.object({
  title: z.string().min(1),
  description: z.string().default(''),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  labels: labelsSchema,
});

export type LabeledItem = z.infer<typeof itemSchema> & { line: number };

export class LabeledFileError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'LabeledFileError';
  }
}

/** Parses JSONL (blank lines skipped); throws LabeledFileError naming the first bad line. */
export function parseLabeledItems(text: string): LabeledItem[] {
  const items: LabeledItem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new LabeledFileError(i + 1, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const parsed = itemSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LabeledFileError(i + 1, `${issue.path.join('.') || 'item'}: ${issue.message}`);
    }
    if (parsed.data.labels.is_openai_staffing_event && !parsed.data.labels.event_type) {
      throw new LabeledFileError(i + 1, 'labels.event_type is required when is_openai_staffing_event is true');
    }
    if (parsed.data.publishedAt && Number.isNaN(Date.parse(parsed.data.publishedAt))) {
      throw new LabeledFileError(i + 1, `publishedAt: not a date (${parsed.data.publishedAt})`);
    }
    items.push({ ...parsed.data, line: i + 1 });
  }
  return items;
}

function articleOf(item: LabeledItem): ArticleText {
  return { title: item.title, summary: item.description, source: item.source, publishedAt: item.publishedAt ? new Date(item.publishedAt) : null };
}

export interface DetectionScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function detectionScore(pairs: readonly { actual: boolean; predicted: boolean }[]): DetectionScore {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { actual, predicted } of pairs) {
    if (actual && predicted) tp++;
    else if (!actual && predicted) fp++;
    else if (actual && !predicted) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn, precision, recall, f1 };
}

const leaveVerb = /\b(?:resign\w*|quit\w*|leav\w*|left|depart\w*|exit\w*|step(?:s|ped)? down|fired|ousted|out)\b/i;

/** The baseline: an article is a staffing move when it says "OpenAI" and a leave-verb. */
export function keywordBaseline(article: ArticleText): boolean {
  const text = `${article.title} ${article.summary}`;
  return /\bOpenAI\b/i.test(text) && leaveVerb.test(text);
}

export type Miss = 'false_positive' | 'false_negative' | 'persons' | 'type';

export interface ItemResult {
  item: LabeledItem;
  predicted: boolean;
  /** Named movers. */
  persons: string[];
  /** How the article describes the movers it does not name. */
  unnamed: string[];
  type?: string;
  misses: Miss[];
}

export interface EvaluationReport {
  items: number;
  positives: number;
  detection: DetectionScore;
  baseline: DetectionScore;
  /** Exact person-set matches over true positives. */
  personsExact: { correct: number; total: number; accuracy: number };
  /** Top candidate's type equals the label over true positives. */
  typeAccuracy: { correct: number; total: number; accuracy: number };
  results: ItemResult[];
}

/**
 * The headline move of an article with several: a departure outranks the return, arrival or role
 * change it causes ("Sutskever steps down, Pachocki takes the helm" is a departure story).
 */
export function primaryOf(candidates: readonly StaffingCandidate[]): StaffingCandidate | undefined {
  const rank = { departure: 0, return: 1, arrival: 2, role_change: 3 } as const;
  // ...except that someone fired and back within one story is a return story.
  const returned = new Set(candidates.filter((c) => c.type === 'return').map((c) => c.personName));
  const order = (c: StaffingCandidate) => (c.type === 'departure' && returned.has(c.personName) ? 1.5 : rank[c.type]);
  return [...candidates].sort((a, b) => order(a) - order(b) || b.confidence - a.confidence)[0];
}

/** A name's key without middle initials: "Paul M. Nakasone" is "Paul Nakasone". */
const personKey = (name: string) => nameKey(name).replace(/ [a-z]\.?(?= )/g, '');

/**
 * Exact person sets. A label can only spell a name as the text does, so a surname the text gives
 * alone ("Brockman") matches the full name the detector resolved it to ("Greg Brockman"), and a
 * middle initial is neither needed nor wrong.
 */
function samePersons(labelled: readonly string[], found: readonly string[]): boolean {
  const got = found.map(personKey);
  if (labelled.length !== new Set(got).size) return false;
  return labelled.map(personKey).every((want) => got.some((name) => name === want || (!want.includes(' ') && name.endsWith(` ${want}`))));
}

export type Detector = (article: ArticleText) => readonly StaffingCandidate[];

export function evaluate(items: readonly LabeledItem[], detect: Detector, threshold = detectionThreshold): EvaluationReport {
  const results: ItemResult[] = [];
  let personsCorrect = 0, typeCorrect = 0, tpCount = 0;
  for (const item of items) {
    const candidates = detect(articleOf(item)).filter((c) => c.confidence >= threshold);
    const predicted = candidates.length > 0;
    const persons = [...new Set(candidates.flatMap((c) => (c.personName === null ? [] : [c.personName])))];
    const unnamed = candidates.flatMap((c) => (c.personName === null && c.moverDescription ? [c.moverDescription] : []));
    const top = primaryOf(candidates);
    const misses: Miss[] = [];
    const actual = item.labels.is_openai_staffing_event;
    if (predicted && !actual) misses.push('false_positive');
    if (!predicted && actual) misses.push('false_negative');
    if (predicted && actual) {
      tpCount++;
      if (samePersons(item.labels.persons, persons)) personsCorrect++;
      else misses.push('persons');
      if (top?.type === item.labels.event_type) typeCorrect++;
      else misses.push('type');
    }
    results.push({ item, predicted, persons, unnamed, type: top?.type, misses });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    items: items.length,
    positives: items.filter((i) => i.labels.is_openai_staffing_event).length,
    detection: detectionScore(results.map((r) => ({ actual: r.item.labels.is_openai_staffing_event, predicted: r.predicted }))),
    baseline: detectionScore(items.map((i) => ({ actual: i.labels.is_openai_staffing_event, predicted: keywordBaseline(articleOf(i)) }))),
    personsExact: { correct: personsCorrect, total: tpCount, accuracy: ratio(personsCorrect, tpCount) },
    typeAccuracy: { correct: typeCorrect, total: tpCount, accuracy: ratio(typeCorrect, tpCount) },
    results,
  };
}
