// `node scripts/subset-fonts.mjs`: writes assets/fonts/*.ttf, the DejaVu Sans faces the timeline
// chart uses, cut down to Latin, Latin Extended, Greek, Cyrillic and common punctuation. resvg
// shapes text about six times faster with these small fonts than with the full 750 kB DejaVu
// (its text-to-path step dominates a chart's render time); the full fonts stay loaded as a
// fallback for any other character. Regenerate after upgrading dejavu-fonts-ttf.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const out = path.join(root, 'assets', 'fonts');

const ranges = [
  [0x20, 0x7e], [0xa0, 0x24f], // Latin, Latin-1, Latin Extended-A/B
  [0x370, 0x3ff], [0x400, 0x4ff], // Greek, Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese and others)
  [0x2010, 0x205e], [0x20ac, 0x20ac], [0x2190, 0x2193], [0x2022, 0x2022], [0x2026, 0x2026], // punctuation, €, arrows
];
const text = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

mkdirSync(out, { recursive: true });
for (const face of ['DejaVuSans', 'DejaVuSans-Bold']) {
  const full = readFileSync(path.join(source, `${face}.ttf`));
  const subset = await subsetFont(full, text, { targetFormat: 'truetype' });
  writeFileSync(path.join(out, `${face}-subset.ttf`), subset);
  process.stdout.write(`${face}: ${full.length} -> ${subset.length} bytes\n`);
}
writeFileSync(path.join(out, 'LICENSE-DejaVu.txt'), readFileSync(path.join(source, '..', 'LICENSE')));
