// Renders the saga's SVG charts to PNG with resvg (native, offline). Fonts come from the
// dejavu-fonts-ttf package and system fonts are never loaded, so a fresh machine with no fonts
// installed draws the same picture as a developer's laptop. Rendering runs off the event loop
// (renderAsync) and the last few results are kept, since the same data gives the same picture.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { RenderedImage, TimelineRenderer } from '../../core/saga/ports.js';
import { timelineFont } from '../../core/saga/timeline-svg.js';

/** The bundled TrueType files the charts use (regular and bold). */
export function bundledFontFiles(): string[] {
  const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  const dir = path.join(path.dirname(packageJson), 'ttf');
  return [path.join(dir, 'DejaVuSans.ttf'), path.join(dir, 'DejaVuSans-Bold.ttf')];
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
