// End to end, the Slack crash window: Slack accepted chat.postMessage (the alert is in the
// channel) but the bot died before it heard back and marked the Delivery row sent. Slack has no
// idempotency key, so the restarted bot, resending the row once the dead process's lease is over,
// must find its own message (by the delivery key in its metadata, through conversations.history)
// and record it instead of posting the alert a second time: the channel shows exactly one alert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './bot-harness.js';
import { scoopName, startRunningBot, within, type RunningBot } from './bot-restarts.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startRunningBot('C0000WINDOW');
}, 60_000);
afterAll(async () => bot?.close());

describe('Slack took the post, the bot died before marking it sent', () => {
  it('the restarted bot finds the alert Slack already shows and does not post it again', { timeout: 120_000 }, async () => {
    const { slack, slackChannel, temp } = bot;
    const row = (platform: 'discord' | 'slack') => temp.db.delivery.findFirstOrThrow({ where: { subscription: { platform } } });
    bot.publishScoop();
    const accepted = slack.holdNext('chat.postMessage', { accept: true });

    // 1. The bot polls, detects, posts; Slack stores the alert, its answer never arrives: killed.
    const first = bot.run([0]);
    await within('the Slack post reaching the fake', accepted, 45_000, first);
    // The Discord alert of the same poll goes out normally; only the Slack row is left hanging.
    await waitFor('the Discord alert marked sent', async () => (await row('discord')).status === 'sent', 20_000);
    first.kill();
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });
    const left = await row('slack');
    expect(left).toMatchObject({ kind: 'alert', status: 'sending', attempts: 1, platformMessageId: null });
    const shown = slack.messages(slackChannel);
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown[0]!.blocks)).toContain(scoopName);
    expect(shown[0]!.metadata).toEqual({ event_type: 'exodus_watch_delivery', event_payload: { key: `exodus-delivery-${left.id}` } });

    // 2. Restarted: nothing while the lease (60 s) runs; after it, the row is resent and settled.
    const second = bot.run([0, 61_000, 180_000]);
    const exit = await within('the restarted bot finishing', second.exited, 50_000, second);
    expect(exit, second.output()).toEqual({ code: 0, signal: null });
    const [atOnce, afterLease, later] = second.steps();
    expect(atOnce).toMatchObject({ newArticles: 0, sweep: { queued: 0, sent: 0, dead: 0 } });
    expect(afterLease).toMatchObject({ newArticles: 0, sweep: { queued: 0, sent: 1, retrying: 0, dead: 0 } });
    expect(later).toMatchObject({ newArticles: 0, sweep: { queued: 0, sent: 0 } });

    // What users see: the one alert. The restarted bot looked before posting and posted nothing.
    expect(slack.messages(slackChannel)).toHaveLength(1);
    expect(slack.calls('chat.postMessage').filter((c) => c.params.channel === slackChannel)).toHaveLength(1);
    const lookups = slack.calls('conversations.history');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.params).toMatchObject({ channel: slackChannel, include_all_metadata: 'true' });
    expect(Number(lookups[0]!.params.oldest)).toBeLessThanOrEqual(left.createdAt.getTime() / 1000);
    expect(second.logs()).toContain('already posted; not sending again');
    expect(await row('slack')).toMatchObject({ status: 'sent', attempts: 2, platformMessageId: shown[0]!.ts });
  });
});
