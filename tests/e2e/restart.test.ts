// End to end, issue 8: a crash between "Delivery row written" and "marked sent" neither loses nor
// doubles an alert, at process level through the real platforms. The bot (tests/e2e/bot-process.ts,
// composed like src/main.ts) polls a local feed carrying a new exit and starts posting to a Discord
// and a Slack channel. The fake Discord takes the post but never answers (Discord has it; the bot
// does not know), the fake Slack never answers at all; the test SIGKILLs the process right then.
// A restarted process on the same database file sends nothing while the dead process's lease runs,
// then resends both: Discord drops the copy by its nonce; on Slack the bot looks for a message
// with the delivery's key, finds none and posts the alert Slack never had. Each channel ends with
// exactly one alert, and the next restart sends nothing more. (Slack taking the post before the
// crash is slack-crash-window.test.ts; the common ground is bot-restarts.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoopName, startRunningBot, within, type RunningBot } from './bot-restarts.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startRunningBot('C0000RESTART');
}, 60_000);
afterAll(async () => bot?.close());

const discordAlerts = () => bot.discord.channelMessages(bot.discord.channelId).filter((m) => JSON.stringify(m.body.embeds ?? '').includes(scoopName));
const slackAccepted = () => bot.slack.messages(bot.slackChannel);

describe('restart without duplicates', () => {
  it('a bot killed mid-delivery is restarted: each channel ends with exactly one alert', { timeout: 120_000 }, async () => {
    const { discord, slack, temp } = bot;
    bot.publishScoop();
    const discordHeld = discord.holdNext('POST', /^\/channels\/\d+\/messages$/, { accept: true });
    const slackHeld = slack.holdNext('chat.postMessage');

    // 1. The bot polls, detects, writes both Delivery rows and starts both posts; killed right there.
    const first = bot.run([0]);
    const [discordPost, slackPost] = await within('both posts reaching the fakes', Promise.all([discordHeld, slackHeld]), 45_000, first);
    first.kill();
    expect(await first.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(first.steps()).toEqual([]); // it never finished its step

    const rows = () => temp.db.delivery.findMany({ include: { subscription: true }, orderBy: { id: 'asc' } });
    const left = await rows();
    expect(left.map((d) => [d.subscription.platform, d.kind, d.status, d.attempts, d.platformMessageId])).toEqual([
      ['discord', 'alert', 'sending', 1, null],
      ['slack', 'alert', 'sending', 1, null],
    ]);
    // Discord took the post (the bot never heard back); Slack never did.
    expect(discordAlerts()).toHaveLength(1);
    const nonce = (discordPost.json as { nonce?: string; enforce_nonce?: boolean }).nonce;
    expect(discordPost.json).toMatchObject({ nonce: `exodus-delivery-${left[0]!.id}`, enforce_nonce: true });
    expect(slackPost.params.channel).toBe(bot.slackChannel);
    expect(slackAccepted()).toEqual([]);

    // 2. Restarted at once: the dead process's lease (60 s) still runs, so nothing is resent and
    //    the poll finds nothing new. Then, on the restarted bot's clock, 61 s and 3 min later.
    const second = bot.run([0, 61_000, 180_000]);
    const exit = await within('the restarted bot finishing', second.exited, 50_000, second);
    expect(exit, second.output()).toEqual({ code: 0, signal: null });
    const [atOnce, afterLease, later] = second.steps();
    expect(atOnce).toMatchObject({ newArticles: 0, failed: 0, sweep: { queued: 0, sent: 0, dead: 0 } });
    expect(afterLease).toMatchObject({ newArticles: 0, sweep: { queued: 0, sent: 2, retrying: 0, dead: 0 } });
    expect(later).toMatchObject({ newArticles: 0, sweep: { queued: 0, sent: 0 } });

    // What users see: one alert in each channel. Discord got the same nonce again and answered with
    // the message it already had; Slack, searched first, got the post it had never taken.
    expect(discordAlerts()).toHaveLength(1);
    const discordCreates = discord.requests({ method: 'POST', path: `/channels/${discord.channelId}/messages` });
    expect(discordCreates.map((r) => (r.json as { nonce?: string }).nonce)).toEqual([nonce, nonce]);
    expect(slackAccepted()).toHaveLength(1);
    expect(slack.calls('conversations.history').map((c) => c.params.channel)).toEqual([bot.slackChannel]);
    expect(JSON.stringify(slackAccepted()[0]!.blocks)).toContain(scoopName);

    const done = await rows();
    expect(done.map((d) => [d.subscription.platform, d.status, d.attempts])).toEqual([
      ['discord', 'sent', 2],
      ['slack', 'sent', 2],
    ]);
    expect(done[0]!.platformMessageId).toBe(discordAlerts()[0]!.id);
    expect(done[1]!.platformMessageId).toMatch(/^\d+\.\d+$/);
    expect(await temp.db.event.count({ where: { origin: 'detected' } })).toBe(1);
  });
});
