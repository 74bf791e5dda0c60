// Renders the saga's SVG charts to PNG with resvg (native, offline). Fonts ship with the bot and
// system fonts are never loaded, so a fresh machine with no fonts installed draws the same
// picture as a developer's laptop. The small DejaVu subsets in assets/fonts come first (resvg's
// text shaping cost grows with the font's tables: a full DejaVu face makes a 40-move chart take
// ~150 ms, the subset ~30 ms); the full faces from dejavu-fonts-ttf follow as a fallback for any
// character the subset lacks. Rendering runs off the event loop (renderAsync) and the last few
// results are kept, since the same data gives the same picture.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { RenderedImage, TimelineRenderer } from '../../core/saga/ports.js';
import { timelineFont } from '../../core/saga/timeline-svg.js';
import { projectPath } from '../project-files.js';

/** The TrueType files the charts use, in lookup order: subsets (regular, bold), then the full faces. */
export function bundledFontFiles(): string[] {
  const subsets = projectPath('assets', 'fonts');
  const full = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [
    path.join(subsets, 'DejaVuSans-subset.ttf'),
    path.join(subsets, 'DejaVuSans-Bold-subset.ttf'),
    path.join(full, 'DejaVuSans.ttf'),
    path.join(full, 'DejaVuSans-Bold.ttf'),
  ];
}

export function createResvgTimelineRenderer(options: { fontFiles?: string[]; cacheSize?: number } = {}): TimelineRenderer {
  const fontFiles = options.fontFiles ?? bundledFontFiles();
  const cacheSize = options.cacheSize ?? 8;
  const cache = new Map<string, Promise<RenderedImage>>();
  return {
    render(svg) {
      const key = createHash('sha256').update(svg).digest('hex');
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const rendering = renderAsync(svg, {
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: timelineFont, sansSerifFamily: timelineFont },
        fitTo: { mode: 'original' },
        logLevel: 'off',
      }).then((image) => ({ png: new Uint8Array(image.asPng()), width: image.width, height: image.height }));
      rendering.catch(() => cache.delete(key));
      cache.set(key, rendering);
      while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      return rendering;
    },
  };
}
