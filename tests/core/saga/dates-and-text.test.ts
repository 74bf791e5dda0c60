// Dates at the right precision and move text that is safe markdown-lite.
import { describe, expect, it } from 'vitest';
import { endOfDay, formatDate, formatLooseDate, formatMonthKey } from '../../../src/core/saga/dates.js';
import { fitMoveLines, listBudget, moveLine, safe, sourceLink, verbPhrase } from '../../../src/core/saga/move-text.js';
import { day, move } from './moves.js';

describe('dates', () => {
  it('never shows more precision than known', () => {
    expect(formatDate(day('2024-05-14'))).toBe('14 May 2024');
    expect(formatDate(day('2024-04-01'), 'month')).toBe('Apr 2024');
    expect(formatDate(day('2022-01-01'), 'year')).toBe('2022');
    expect(formatLooseDate(day('2022-01-01'))).toBe('2022');
    expect(formatLooseDate(day('2024-04-01'))).toBe('Apr 2024');
    expect(formatLooseDate(new Date('2024-04-01T09:30:00Z'))).toBe('1 Apr 2024');
    expect(formatMonthKey('2023-11')).toBe('Nov 2023');
    expect(endOfDay(new Date('2024-05-14T17:00:00Z'))).toEqual(day('2024-05-15'));
  });
});

describe('move text', () => {
  it('picks the verb from type and circumstance, singular or plural', () => {
    expect(verbPhrase({ type: 'departure', circumstance: 'fired', role: null })).toBe('was fired');
    expect(verbPhrase({ type: 'departure', circumstance: 'fired', role: null }, true)).toBe('were fired');
    expect(verbPhrase({ type: 'departure', circumstance: null, role: null })).toBe('left');
    expect(verbPhrase({ type: 'arrival', circumstance: 'hired', role: null })).toBe('was hired');
    expect(verbPhrase({ type: 'return', circumstance: 'returned', role: null })).toBe('returned');
    expect(verbPhrase({ type: 'role_change', circumstance: 'promoted', role: null })).toBe('was promoted');
    expect(verbPhrase({ type: 'role_change', circumstance: 'reassigned', role: 'Lead' })).toBe('became Lead');
  });

  it('links web sources and names the others without a link', () => {
    expect(sourceLink({ outlet: 'Vox', url: 'https://www.vox.com/a' })).toBe('[Vox](https://www.vox.com/a)');
    expect(sourceLink({ outlet: 'Blog (origin unknown)', url: 'seed:exodus-blog-2024-05' })).toBe('_Blog (origin unknown)_');
    expect(sourceLink({ outlet: 'x]', url: 'javascript:alert(1)' })).toBe('_x)_');
  });

  it('writes one line per move with date, person, verb, role, team, destination, source and id', () => {
    const line = moveLine(move({ id: 7, personName: 'Ada Example', occurredAt: day('2024-05-14'), role: 'Researcher', team: 'Safety', destination: 'Anthropic', sourceCount: 3 }));
    expect(line).toBe('**14 May 2024** · **Ada Example** resigned — Researcher, Safety → Anthropic · [News](https://news.example/7) +2 · `#7`');
    expect(moveLine(move({ id: 8, personName: 'No Source', occurredAt: day('2024-01-01'), source: null, sourceCount: 0 }))).toContain('_no source_');
  });

  it('strips markdown and line breaks from stored text', () => {
    expect(safe('a*b_c`d\n[e]|f')).toBe('abcd (e)f');
  });
});

describe('fitting a list into one message', () => {
  const many = Array.from({ length: 25 }, (_, i) =>
    move({ id: 100 + i, personName: `Person ${i}`, occurredAt: day('2024-05-14'), role: 'A rather long role title for a researcher', team: 'Some Team', destination: 'Somewhere far away', source: { articleId: i, title: 't', url: `https://news.example/${'x'.repeat(120)}/${i}`, outlet: 'News', publishedAt: null, evidence: 'e' } }),
  );

  it('keeps full lines when they fit, compact ones when not, and counts what is cut', () => {
    expect(fitMoveLines(many.slice(0, 2))).toContain('A rather long role title');
    const fitted = fitMoveLines(many);
    expect(fitted.length).toBeLessThanOrEqual(listBudget);
    expect(fitted).not.toContain('A rather long role title');
    expect(fitted).toMatch(/…and \d+ more moves \(ask for a smaller limit\)\.$/);
    const shown = fitted.split('\n').length - 1;
    expect(fitted).toContain(`…and ${25 - shown} more moves`);
  });
});
