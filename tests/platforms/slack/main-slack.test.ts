// `npm start` with Slack credentials: the composition root starts the Bolt app (HTTP mode,
// against the fake Web API), answers a signed `/exodus` with the real command registry, and
// stops cleanly on SIGINT. Without credentials Slack stays off (tests/main.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotOnTempDatabase } from '../../helpers/start-bot.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack.js';
import { postSigned, slashCommandBody } from '../../fakes/slack/slack-requests.js';

let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => fake?.close());

describe('npm start with Slack credentials', () => {
  it('starts the Slack app, answers /exodus with the real commands, and stops on SIGINT', async () => {
    const bot = startBotOnTempDatabase({
      SLACK_BOT_TOKEN: 'xoxb-main-test',
      SLACK_SIGNING_SECRET: 'main-secret',
      SLACK_PORT: '0',
      SLACK_HOST: '127.0.0.1',
      SLACK_API_URL: fake.apiUrl,
    });
    let exitCode: number | null = null;
    try {
      const listening = await bot.waitFor('slack listening (HTTP)');
      const port = JSON.parse(listening).port as number;
      expect(bot.output().out).toMatch(/"slack":"on"/);
      expect(fake.calls('auth.test')[0]!.token).toBe('xoxb-main-test');

      const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, slashCommandBody({ text: 'help', responseUrl: fake.responseUrl('main') }), { secret: 'main-secret' });
      expect(ack.status).toBe(200);
      const reply = await fake.waitFor(() => fake.responses('main')[0], 10_000);
      expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
      expect(JSON.stringify(reply.body)).toContain('/exodus help');
      const { out, err } = bot.output();
      expect(out + err).not.toContain('main-secret');
      expect(out + err).not.toContain('xoxb-main-test');
    } finally {
      exitCode = await bot.stop();
    }
    expect(exitCode).toBe(0);
  }, 30_000);
});
