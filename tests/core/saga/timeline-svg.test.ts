// The timeline SVG: deterministic, every name drawn and escaped, labels never overlapping.
import { describe, expect, it } from 'vitest';
import { buildTimelineSvg } from '../../../src/core/saga/timeline-svg.js';
import { day, move } from './moves.js';

describe('buildTimelineSvg', () => {
  const moves = [
    move({ id: 1, personName: 'Sam Altman', occurredAt: day('2023-11-17'), datePrecision: 'month', circumstance: 'fired' }),
    move({ id: 2, personName: 'Sam Altman', occurredAt: day('2023-11-22'), datePrecision: 'month', type: 'return', circumstance: 'returned' }),
    move({ id: 3, personName: 'Ilya Sutskever', occurredAt: day('2024-05-14') }),
    move({ id: 4, personName: 'Jan Leike', occurredAt: day('2024-05-14') }),
    move({ id: 5, personName: "Cullen O'Keefe & <co>", occurredAt: day('2024-04-01'), datePrecision: 'month', circumstance: 'left' }),
  ];

  it('is deterministic and names every move, escaped', () => {
    const a = buildTimelineSvg(moves, 'Title', 'Sub');
    const b = buildTimelineSvg([...moves].reverse(), 'Title', 'Sub');
    expect(a.svg).toBe(b.svg);
    expect(a.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="\d+"/);
    for (const name of ['Sam Altman', 'Ilya Sutskever', 'Jan Leike', 'Cullen O&apos;Keefe &amp; &lt;co&gt;']) expect(a.svg).toContain(`>${name}</text>`);
    expect(a.svg).not.toContain('<co>');
    expect(a.svg).toContain('was fired · Nov 2023');
    expect(a.svg).toContain('dated to the month only');
  });

  it('stacks labels so that no two boxes overlap', () => {
    const { svg } = buildTimelineSvg(moves, 'T', 'S');
    const boxes = [...svg.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="30"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]) }));
    expect(boxes).toHaveLength(moves.length);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.y !== b.y || a.x + a.w <= b.x || b.x + b.w <= a.x;
        expect(apart, JSON.stringify([a, b])).toBe(true);
      }
    }
  });
});
