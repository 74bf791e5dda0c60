// Detection throughput: the pure detector (detectStaffingEvents) over the corpus's articles in
// plain text, as the event recorder calls it, with nothing else in the loop. Also reports how
// many of the generated staffing stories got a candidate above the threshold and how many
// negatives did, so a fast-but-blind detector would show.
import { corpusBase, story, storyText } from '../corpus.js';
import { emit } from '../measure.js';
import { detectStaffingEvents } from '../../src/core/detection/detect.js';
import { detectionThreshold } from '../../src/core/detection/candidate.js';
import { readArgs } from './args.js';

const args = readArgs();
// Pinned, not "now": the roster knows when people left, and a move dated long after someone's
// known exit is (rightly) not news; a fixed date keeps every generated move a valid one.
const base = new Date(corpusBase);
const count = args.feeds * args.items;
const articles = Array.from({ length: count }, (_, n) => {
  const s = story(args.seed, n, base, (n % 720) * 3600_000);
  return { kind: s.kind, text: storyText(s) };
});

for (const a of articles.slice(0, Math.min(2000, count))) detectStaffingEvents(a.text);

const started = performance.now();
const found = articles.map((a) => detectStaffingEvents(a.text).some((c) => c.confidence >= detectionThreshold));
const ms = performance.now() - started;

const staffing = articles.filter((a) => a.kind === 'staffing').length;
const hits = articles.filter((a, i) => a.kind === 'staffing' && found[i]).length;
const falseHits = articles.filter((a, i) => a.kind === 'negative' && found[i]).length;
emit({ articles: count, ms, articlesPerSecond: (count / ms) * 1000, staffing, staffingDetected: hits, negatives: count - staffing, negativesFlagged: falseHits });
