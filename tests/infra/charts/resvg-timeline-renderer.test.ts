// The PNG renderer: real PNGs, the same bytes on every machine (bundled fonts, no system fonts),
// text actually drawn, repeated renders served from the cache.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles, createResvgTimelineRenderer } from '../../../src/infra/charts/resvg-timeline-renderer.js';

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" font-family="DejaVu Sans"><rect width="300" height="60" fill="#fff"/><text x="10" y="40" font-size="24">${text}</text></svg>`;

describe('resvg timeline renderer', () => {
  it('ships its fonts', () => {
    for (const file of bundledFontFiles()) expect(existsSync(file), file).toBe(true);
  });

  it('renders a real PNG of the SVG size, deterministically, and draws the text', async () => {
    const renderer = createResvgTimelineRenderer();
    const image = await renderer.render(svg('Sutskever'));
    expect([...image.png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect({ width: image.width, height: image.height }).toEqual({ width: 300, height: 60 });
    const again = await createResvgTimelineRenderer().render(svg('Sutskever'));
    expect(Buffer.from(again.png).equals(Buffer.from(image.png))).toBe(true);
    // With no font the text would vanish and the picture equal a blank one.
    const blank = await renderer.render(svg(''));
    expect(Buffer.from(blank.png).equals(Buffer.from(image.png))).toBe(false);
    expect(image.png.byteLength).toBeGreaterThan(blank.png.byteLength);
  });

  it('serves a repeated picture from its cache', async () => {
    const renderer = createResvgTimelineRenderer();
    const first = renderer.render(svg('Leike'));
    expect(renderer.render(svg('Leike'))).toBe(first);
  });
});

describe('font fallback', () => {
  it('draws characters outside the fast subset with the full fonts', async () => {
    const renderer = createResvgTimelineRenderer();
    // U+0531 (Armenian Ayb) is in full DejaVu Sans but not in the subset.
    const withRare = await renderer.render(svg('Ω Ա'));
    const without = await renderer.render(svg('Ω'));
    expect(Buffer.from(withRare.png).equals(Buffer.from(without.png))).toBe(false);
  });
});
