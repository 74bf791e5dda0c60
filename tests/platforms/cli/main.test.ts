import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runCliCaptured } from '../../helpers/run-cli.js';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';

describe('cli', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    const temp = tempDatabaseUrl();
    dir = temp.dir;
    env = { DATABASE_URL: temp.url, SEED_ON_START: 'false', FEEDS_FILE: `${dir}/none.json` };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...argv: string[]) => runCliCaptured(argv, env);

  it('answers help with every command and the operator tasks', async () => {
    const { code, out } = await run('help');
    expect(code).toBe(0);
    expect(out).toContain('/help');
    expect(out).toContain('Operator tasks');
  });

  it('prints the neutral message as JSON with --json', async () => {
    const { code, out } = await run('help', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe('Exodus Watch commands');
  });

  it('exits 2 on user errors with a clear message', async () => {
    expect(await run('no-such-command')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command') });
    expect(await run('help', '--nope', 'x')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option "nope"') });
    const long = await run('help', '--command', 'x'.repeat(5000));
    expect(long.code).toBe(2);
    expect(long.err).toContain('too long');
  });

  it('exits 1 on a configuration fault', async () => {
    env.LOG_LEVEL = 'loud';
    expect(await run('help')).toMatchObject({ code: 1, err: expect.stringContaining('LOG_LEVEL') });
  });
});
