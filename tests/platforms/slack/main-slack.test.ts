// `npm start` with Slack credentials: the composition root starts the Bolt app (HTTP mode,
// against the fake Web API), answers a signed `/exodus` with the real command registry, and
// stops cleanly on SIGINT. Without credentials Slack stays off (tests/main.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDatabaseUrl } from '../../helpers/temp-database.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { postSigned, slashCommandBody } from '../../fakes/slack/slack-requests.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let fake: FakeSlack;
let dir: string;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm start with Slack credentials', () => {
  it('starts the Slack app, answers /exodus with the real commands, and stops on SIGINT', async () => {
    const temp = tempDatabaseUrl();
    dir = temp.dir;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_FORMAT: 'json',
        DATABASE_URL: temp.url,
        FEEDS_FILE: path.join(temp.dir, 'none.json'),
        SEED_ON_START: 'false',
        SLACK_BOT_TOKEN: 'xoxb-main-test',
        SLACK_SIGNING_SECRET: 'main-secret',
        SLACK_PORT: '0',
        SLACK_HOST: '127.0.0.1',
        SLACK_API_URL: fake.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const listening = await fake.waitFor(() => out.split('\n').find((l) => l.includes('slack listening (HTTP)')), 20_000).catch(() => {
        throw new Error(`no Slack start-up line; stdout:\n${out}\nstderr:\n${err}`);
      });
      const port = JSON.parse(listening).port as number;
      expect(out).toMatch(/"slack":"on"/);
      expect(fake.calls('auth.test')[0]!.token).toBe('xoxb-main-test');

      const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, slashCommandBody({ text: 'help', responseUrl: fake.responseUrl('main') }), { secret: 'main-secret' });
      expect(ack.status).toBe(200);
      const reply = await fake.waitFor(() => fake.responses('main')[0], 10_000);
      expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
      expect(JSON.stringify(reply.body)).toContain('/exodus help');
      expect(out + err).not.toContain('main-secret');
      expect(out + err).not.toContain('xoxb-main-test');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});
