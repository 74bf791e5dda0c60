// The narrative paragraph: generated from events in order, grouped by date and verb, the middle
// summarised when the story is long, the hardest-hit team named.
import { describe, expect, it } from 'vitest';
import { buildNarrative, type NarrativeInput } from '../../../src/core/saga/narrative.js';
import type { MoveRecord } from '../../../src/core/saga/ports.js';
import { day, move } from './moves.js';

function input(moves: MoveRecord[], extra: Partial<NarrativeInput> = {}): NarrativeInput {
  const asc = [...moves].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id);
  const byType = new Map<string, number>();
  for (const m of moves) byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
  return {
    span: { count: moves.length, first: asc[0]?.occurredAt ?? null, last: asc.at(-1)?.occurredAt ?? null },
    people: new Set(moves.map((m) => m.personName)).size,
    byType: [...byType].map(([key, count]) => ({ key, count })),
    departuresByTeam: [],
    earliest: asc.slice(0, 10),
    latest: asc.slice(-10).reverse(),
    ...extra,
  };
}

describe('buildNarrative', () => {
  it('says so when nothing is on record', () => {
    expect(buildNarrative(input([]))).toBe('No moves are on record yet.');
  });

  it('tells a single move', () => {
    const text = buildNarrative(input([move({ personName: 'Ada Example', occurredAt: day('2024-03-05'), role: 'Researcher' })]));
    expect(text).toBe('In Mar 2024, one move is on record. It began on 5 Mar 2024, when **Ada Example** (Researcher) resigned.');
  });

  it('groups same-day same-verb moves and tells them in order, with the latest last', () => {
    const moves = [
      move({ personName: 'B Person', occurredAt: day('2024-01-10'), circumstance: 'fired' }),
      move({ personName: 'C Person', occurredAt: day('2024-01-10'), circumstance: 'fired' }),
      move({ personName: 'A Person', occurredAt: day('2023-12-01'), type: 'arrival', circumstance: 'joined' }),
      move({ personName: 'D Person', occurredAt: day('2024-02-01'), datePrecision: 'month', type: 'return', circumstance: 'returned' }),
    ];
    const text = buildNarrative(input(moves, { departuresByTeam: [{ key: 'Safety', count: 2 }, { key: 'Policy', count: 1 }] }));
    expect(text).toBe(
      'Between Dec 2023 and Feb 2024, 4 moves involving 4 people are on record: 2 departures, 1 arrival and 1 return. ' +
        'It began on 1 Dec 2023, when **A Person** joined. Then **B Person** and **C Person** were fired (10 Jan 2024). ' +
        'Most recently, **D Person** returned (Feb 2024). The hardest-hit team was Safety, with 2 departures, ahead of Policy (1).',
    );
  });

  it('summarises the middle of a long story as a count', () => {
    const moves = Array.from({ length: 30 }, (_, i) => move({ personName: `Person ${i + 1}`, occurredAt: new Date(Date.UTC(2024, 0, 1 + i * 3)) }));
    const text = buildNarrative(input(moves));
    expect(text).toContain('It began on 1 Jan 2024, when **Person 1** resigned.');
    expect(text).toMatch(/Then \*\*Person 2\*\* resigned \(4 Jan 2024\), .*\*\*Person 5\*\* resigned \(13 Jan 2024\)\. 20 more moves followed\. After that, \*\*Person 26\*\* resigned \(16 Mar 2024\)/);
    expect(text).toMatch(/Most recently, \*\*Person 30\*\* resigned \(28 Mar 2024\)\.$/);
    expect(text).not.toContain('Person 6*');
  });

  it('abbreviates a crowd and never repeats a role change\'s role', () => {
    const crowd = ['A', 'B', 'C', 'D', 'E'].map((n) => move({ personName: `${n} Crowd`, occurredAt: day('2024-04-01'), circumstance: 'left' }));
    const change = move({ personName: 'Z Lead', occurredAt: day('2024-05-01'), type: 'role_change', circumstance: 'reassigned', role: 'Head of Safety' });
    const text = buildNarrative(input([...crowd, change]));
    expect(text).toContain('when **A Crowd**, **B Crowd** and 3 others left.');
    expect(text).toContain('Most recently, **Z Lead** became Head of Safety (1 May 2024).');
  });

  it('makes stored names inert for markdown', () => {
    const text = buildNarrative(input([move({ personName: '[Eve](https://evil.example) *bold*', occurredAt: day('2024-01-01') })]));
    expect(text).not.toContain('](');
    expect(text).toContain('**(Eve)(https://evil.example) bold**');
  });
});
