import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/platforms/cli/main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exodus-eval-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['eval', ...argv], { out: (t) => (out += t), err: (t) => (err += t) }, { DATABASE_URL: `file:${dir}/unused.db` });
  return { code, out, err };
}

const item = (title: string, positive: boolean, persons: string[] = []) =>
  JSON.stringify({ title, description: '', labels: { is_openai_staffing_event: positive, event_type: positive ? 'departure' : null, persons, role: null, destination: null } });

describe('cli eval', () => {
  it('prints detection, person and type figures with the baseline and the misclassified items', async () => {
    const file = path.join(dir, 'set.jsonl');
    writeFileSync(file, [item('Jan Leike resigns from OpenAI', true, ['Jan Leike']), item('OpenAI launches GPT-4o, leaving rivals behind', false), item('Sutskever resigns', true, ['Jan Leike'])].join('\n'));
    const { code, out } = await run(file);
    expect(code).toBe(0);
    expect(out).toMatch(/3 items, 2 staffing moves, 1 negatives/);
    expect(out).toMatch(/precision\s+100\.0%\s+50\.0%/);
    expect(out).toMatch(/persons exact\s+50\.0%/);
    expect(out).toContain('line 3 [persons] Sutskever resigns');
    expect(out).toContain('expected departure ["Jan Leike"]; got departure ["Ilya Sutskever"]');
  });

  it('shows the description of a mover the article does not name', async () => {
    const file = path.join(dir, 'unnamed.jsonl');
    writeFileSync(file, item('OpenAI Devices Chief Resigns Over Product Delays', true, ['Jane Roe']));
    const { out } = await run(file);
    expect(out).toContain('expected departure ["Jane Roe"]; got departure [] + unnamed ["OpenAI Devices Chief"]');
  });

  it('exits 2 naming the line of a malformed file, and on a missing file or argument', async () => {
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(file, `${item('Jan Leike resigns', true, ['Jan Leike'])}\n{"title": "no labels"}\n`);
    expect(await run(file)).toMatchObject({ code: 2, err: expect.stringContaining('line 2: labels') });
    expect(await run(path.join(dir, 'missing.jsonl'))).toMatchObject({ code: 2, err: expect.stringContaining('ENOENT') });
    expect(await run()).toMatchObject({ code: 2, err: expect.stringContaining('usage: eval') });
  });

  it('runs on the committed development set', async () => {
    const { code, out } = await run('tests/fixtures/detection/dev.jsonl');
    expect(code).toBe(0);
    expect(out).toContain('keyword baseline');
  });
});
