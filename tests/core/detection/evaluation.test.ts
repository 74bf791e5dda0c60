import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectStaffingEvents } from '../../../src/core/detection/detect.js';
import { detectionScore, evaluate, keywordBaseline, LabeledFileError, parseLabeledItems, primaryOf } from '../../../src/core/detection/evaluation.js';
import type { StaffingCandidate } from '../../../src/core/detection/candidate.js';

const line = (o: object) => JSON.stringify(o);
const positive = { title: 'Jan Leike resigns from OpenAI', description: '', labels: { is_openai_staffing_event: true, event_type: 'departure', persons: ['Jan Leike'] } };
const negative = { title: 'OpenAI launches GPT-4o', description: 'Users left impressed.', labels: { is_openai_staffing_event: false, event_type: null, persons: [] } };

describe('parseLabeledItems', () => {
  it('reads JSONL, skipping blank lines and keeping line numbers', () => {
    const items = parseLabeledItems(`${line(positive)}\n\n${line(negative)}\n`);
    expect(items.map((i) => i.line)).toEqual([1, 3]);
    expect(items[0]!.labels.persons).toEqual(['Jan Leike']);
  });

  it('names the line of broken JSON, a missing field, a bad type or date', () => {
    expect(() => parseLabeledItems(`${line(positive)}\n{oops`)).toThrow(/^line 2: not valid JSON/);
    expect(() => parseLabeledItems('{oops')).toThrow(LabeledFileError);
    expect(() => parseLabeledItems(line({ title: 'x', labels: {} }))).toThrow(/line 1: labels.is_openai_staffing_event/);
    expect(() => parseLabeledItems(line({ ...positive, labels: { ...positive.labels, event_type: 'vanished' } }))).toThrow(/line 1: labels.event_type/);
    expect(() => parseLabeledItems(line({ ...positive, labels: { ...positive.labels, event_type: null } }))).toThrow(/line 1: labels.event_type is required/);
    expect(() => parseLabeledItems(line({ ...positive, publishedAt: 'someday' }))).toThrow(/line 1: publishedAt/);
  });
});

describe('scores', () => {
  it('computes precision, recall and F1', () => {
    const s = detectionScore([
      { actual: true, predicted: true }, { actual: true, predicted: false }, { actual: false, predicted: true }, { actual: false, predicted: false },
      { actual: true, predicted: true },
    ]);
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(detectionScore([]).f1).toBe(0);
  });

  it('has a keyword baseline that fires on "OpenAI" with a leave-verb', () => {
    expect(keywordBaseline({ title: 'OpenAI launches GPT-4o', summary: 'Users left impressed.' })).toBe(true);
    expect(keywordBaseline({ title: 'Sutskever resigns', summary: '' })).toBe(false);
  });

  it('counts exact person sets and the headline type over true positives', () => {
    const items = parseLabeledItems([line(positive), line(negative)].join('\n'));
    const report = evaluate(items, (a) => detectStaffingEvents(a));
    expect(report.detection).toMatchObject({ truePositives: 1, falsePositives: 0, trueNegatives: 1 });
    expect(report.personsExact).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(report.baseline.falsePositives).toBe(1);
    const wrongPerson = evaluate(items, () => [{ personName: 'Ilya Sutskever', type: 'departure', circumstance: 'left', occurredAt: null, confidence: 0.9, evidence: '' }]);
    expect(wrongPerson.results[0]!.misses).toEqual(['persons']);
    expect(wrongPerson.results[1]!.misses).toEqual(['false_positive']);
  });

  it('matches a surname the text gives alone to the full name found, and nothing looser', () => {
    const surnameOnly = { ...positive, title: 'Leike resigns from OpenAI', labels: { ...positive.labels, persons: ['Leike'] } };
    const items = parseLabeledItems(line(surnameOnly));
    const found = (...names: string[]) => () => names.map((personName): StaffingCandidate => ({ personName, type: 'departure', circumstance: 'resigned', occurredAt: null, confidence: 0.9, evidence: '' }));
    expect(evaluate(items, found('Jan Leike')).personsExact.correct).toBe(1);
    expect(evaluate(items, found('Jan Leikes')).personsExact.correct).toBe(0);
    expect(evaluate(items, found('Jan Leike', 'Jane Leike')).personsExact.correct).toBe(0);
    expect(evaluate(parseLabeledItems(line(positive)), found('Leike')).personsExact.correct).toBe(0);
  });

  it('reads a middle initial as neither needed nor wrong', () => {
    const withInitial = { ...positive, labels: { ...positive.labels, persons: ['Jan H. Leike'] } };
    const found = (name: string) => () => [{ personName: name, type: 'departure' as const, circumstance: 'resigned' as const, occurredAt: null, confidence: 0.9, evidence: '' }];
    expect(evaluate(parseLabeledItems(line(withInitial)), found('Jan Leike')).personsExact.correct).toBe(1);
    expect(evaluate(parseLabeledItems(line(positive)), found('Jan H Leike')).personsExact.correct).toBe(1);
    expect(evaluate(parseLabeledItems(line(positive)), found('Jan Hendrik Leike')).personsExact.correct).toBe(0);
  });

  it('counts a move with an unnamed mover as a detection that names nobody', () => {
    const unnamedExit = { ...positive, title: 'OpenAI robotics chief resigns', labels: { ...positive.labels, persons: [] } };
    const items = parseLabeledItems([line(unnamedExit), line(positive)].join('\n'));
    const unnamed: StaffingCandidate = { personName: null, moverDescription: 'OpenAI robotics chief', type: 'departure', circumstance: 'resigned', occurredAt: null, confidence: 0.9, evidence: '' };
    const report = evaluate(items, () => [unnamed]);
    expect(report.detection).toMatchObject({ truePositives: 2, falseNegatives: 0 });
    expect(report.results.map((r) => [r.persons, r.unnamed, r.misses])).toEqual([
      [[], ['OpenAI robotics chief'], []],
      [[], ['OpenAI robotics chief'], ['persons']],
    ]);
  });

  it('takes a departure as the headline move, unless the person is back', () => {
    const c = (personName: string, type: StaffingCandidate['type'], confidence: number): StaffingCandidate => ({ personName, type, circumstance: 'left', occurredAt: null, confidence, evidence: '' });
    expect(primaryOf([c('Jakub Pachocki', 'role_change', 0.99), c('Ilya Sutskever', 'departure', 0.9)])!.type).toBe('departure');
    expect(primaryOf([c('Sam Altman', 'departure', 0.99), c('Sam Altman', 'return', 0.9)])!.type).toBe('return');
  });
});

describe('the development set', () => {
  const items = parseLabeledItems(readFileSync(new URL('../../fixtures/detection/dev.jsonl', import.meta.url), 'utf8'));
  const report = evaluate(items, (a) => detectStaffingEvents(a));

  it('is large enough, from real headlines, with hard negatives for a keyword filter', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    const fooling = items.filter((i) => !i.labels.is_openai_staffing_event && keywordBaseline({ title: i.title, summary: i.description }));
    expect(fooling.length).toBeGreaterThanOrEqual(items.length / 2);
  });

  it('meets the targets and beats the keyword baseline by a wide margin', () => {
    expect(report.detection.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.detection.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.personsExact.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.detection.f1 - report.baseline.f1).toBeGreaterThanOrEqual(0.25);
  });
});
