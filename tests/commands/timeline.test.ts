// /timeline: a real PNG (signature, size) drawn from the seeded moves, whose SVG names them,
// with alt text and a text fallback that links every move's source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSagaHarness, type SagaHarness } from './saga-harness.js';
import { createSagaService } from '../../src/core/saga/saga-service.js';
import { createSagaRepository } from '../../src/infra/db/saga-repository.js';
import type { TimelineRenderer } from '../../src/core/saga/ports.js';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(data: Uint8Array): { width: number; height: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The IHDR chunk comes first: width and height at bytes 16 and 20.
  expect(String.fromCharCode(...data.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('/timeline', () => {
  let h: SagaHarness;
  beforeAll(async () => {
    h = await createSagaHarness();
  });
  afterAll(() => h.dispose());

  it('answers with a PNG of the moves, alt text and a text fallback', async () => {
    const message = await h.run('timeline');
    const image = message.image!;
    expect(image.mimeType).toBe('image/png');
    expect([...image.data.slice(0, 8)]).toEqual(pngSignature);
    const size = pngSize(image.data);
    expect(size.width).toBe(1200);
    expect(size.height).toBeGreaterThan(300);
    expect(image.data.byteLength).toBeGreaterThan(10_000);
    expect(image.alt).toMatch(/^Timeline of 12 moves: Sam Altman was fired \(Nov 2023\); /);
    expect(image.alt).toContain('Ilya Sutskever resigned (14 May 2024)');
    const lines = message.text!.split('\n');
    expect(lines).toHaveLength(12);
    for (const line of lines) expect(line).toMatch(/· \[Vox\]\(https:\/\/www\.vox\.com\/[^)]+\) · `#\d+`$/);
    expect(message.footer).toBe("12 moves · /sources <#> shows an event's articles");
  });

  it('draws every seeded name into the SVG it renders', async () => {
    const svgs: string[] = [];
    const recording: TimelineRenderer = { render: async (svg) => (svgs.push(svg), { png: new Uint8Array([1]), width: 1, height: 1 }) };
    const view = await createSagaService({ repository: createSagaRepository(h.db), renderer: recording }).timeline();
    expect(view.moves).toHaveLength(12);
    for (const name of ['Sam Altman', 'Greg Brockman', 'Ilya Sutskever', 'Jan Leike', 'Leopold Aschenbrenner', 'Pavel Izmailov', 'Daniel Kokotajlo', 'William Saunders', 'Cullen O&apos;Keefe', 'John Schulman']) {
      expect(svgs[0]).toContain(`>${name}</text>`);
    }
    expect(svgs[0]).toContain('OpenAI staffing moves, Nov 2023 – May 2024');
  });

  it('narrows to a start date and validates it', async () => {
    const message = await h.run('timeline', { since: '2024-05' });
    expect(message.image!.alt).toBe('Timeline of 3 moves: Ilya Sutskever resigned (14 May 2024); Jan Leike resigned (14 May 2024); John Schulman became Lead, Superalignment (May 2024).');
    expect(message.title).toBe('Timeline of OpenAI staffing moves since 1 May 2024');
    await expect(h.run('timeline', { since: 'last spring' })).rejects.toThrow(/Option "since" must be a date/);
    const none = await h.run('timeline', { since: '2025' });
    expect(none.image).toBeUndefined();
    expect(none.text).toBe('No moves since 1 Jan 2025. Try /timeline without a date.');
  });

  it('has nothing to draw on an empty database, and says so', async () => {
    const empty = await createSagaHarness({ seed: false });
    try {
      const message = await empty.run('timeline');
      expect(message.image).toBeUndefined();
      expect(message.text).toBe('No moves are on record yet, so there is nothing to draw.');
    } finally {
      await empty.dispose();
    }
  });
});
