// The app manifest generated from commands/ (and `npm run slack:manifest`), and the /exodus
// text reader: Slack's escaping undone, subcommands, channels, and command names written back.
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { buildSlackManifest, requestUrl, usageHint } from '../../../src/platforms/slack/manifest.js';
import { commandNameRewriter, parseCommandText, unescapeSlackText } from '../../../src/platforms/slack/command-text.js';
import { runCli } from '../../../src/platforms/cli/main.js';
import { testCommands } from './helpers.js';

describe('Slack app manifest', () => {
  it('declares one /exodus command, the bot scopes and Socket Mode', () => {
    const manifest = buildSlackManifest(testCommands, { mode: { socketMode: true } });
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/exodus', should_escape: true, usage_hint: 'help [command] | echo <words> | purge | feeds add | chart | slow | boom' }),
    ]);
    expect(manifest.features.slash_commands[0]).not.toHaveProperty('url');
    expect(manifest.oauth_config.scopes.bot).toEqual(['commands', 'chat:write', 'chat:write.public', 'users:read', 'files:write', 'channels:history', 'groups:history']);
    expect(manifest.settings).toEqual({ interactivity: { is_enabled: true }, org_deploy_enabled: false, socket_mode_enabled: true, token_rotation_enabled: false });
    expect(manifest.display_information.long_description).toContain('/exodus feeds add <url> [channel]: Add a feed');
    expect(manifest.display_information.long_description).toContain('/exodus purge: Admins only (admins)');
    // Slack refuses a long description under 174 characters and names over 35.
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
  });

  it('points slash commands and interactivity at the HTTP receiver in HTTP mode', () => {
    const manifest = buildSlackManifest(commands, { mode: { socketMode: false, baseUrl: 'https://bot.example.com/exodus/' } });
    expect(manifest.features.slash_commands[0]!.url).toBe('https://bot.example.com/exodus/slack/events');
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://bot.example.com/exodus/slack/events' });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(() => requestUrl('http://bot.example.com')).toThrow(/https/);
    expect(() => requestUrl('not a url')).toThrow(/not a URL/);
  });

  it('is printed by `npm run slack:manifest` with every registered command', async () => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
    expect(await runCli(['slack-manifest', '--http', 'https://bot.example.com'], io, {})).toBe(0);
    const manifest = JSON.parse(out);
    expect(manifest.features.slash_commands[0].usage_hint).toBe(usageHint(commands));
    for (const command of commands) expect(manifest.display_information.long_description).toContain(`/exodus ${command.name}`);
    expect(await runCli(['slack-manifest', '--http', 'http://insecure.example'], io, {})).toBe(2);
    expect(err).toMatch(/https/);
  });
});

describe('/exodus text', () => {
  it('reads the command, then options by name or in order', () => {
    expect(parseCommandText('', testCommands)).toEqual({ command: 'help', subcommand: undefined, options: {} });
    expect(parseCommandText('echo Jan Leike left', testCommands)).toEqual({ command: 'echo', subcommand: undefined, options: { words: 'Jan Leike left' } });
    expect(parseCommandText('feeds add url:<https://a.example/rss?x=1&amp;y=2> <#C0NEWS0001>', testCommands)).toEqual({
      command: 'feeds',
      subcommand: 'add',
      options: { url: 'https://a.example/rss?x=1&y=2', channel: 'C0NEWS0001' },
    });
  });

  it('undoes Slack escaping into plain words', () => {
    expect(unescapeSlackText('<@U123|jan> <@U456> <!here> <!subteam^S1|@safety> <mailto:a@b.c|a@b.c> &lt;b&gt; &amp;amp;')).toBe(
      '@jan @U456 @here @safety a@b.c <b> &amp;',
    );
  });

  it('refuses what is not a channel, too much text, and a missing subcommand', () => {
    expect(() => parseCommandText('feeds add https://a.example channel:#news', testCommands)).toThrow(/must be a channel/);
    expect(() => parseCommandText(`echo ${'x'.repeat(3000)}`, testCommands)).toThrow(/too long/);
    expect(() => parseCommandText('feeds url:https://a.example', testCommands)).toThrow(/needs a subcommand first: add/);
  });

  it('writes /command names the way Slack users type them, and only registered ones', () => {
    const rewrite = commandNameRewriter(testCommands);
    expect(rewrite('Try /help or `/feeds add`, not /unknown or https://x.example/help.')).toBe('Try /exodus help or `/exodus feeds add`, not /unknown or https://x.example/help.');
  });
});
