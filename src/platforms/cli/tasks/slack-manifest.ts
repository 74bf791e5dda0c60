// `slack-manifest`: prints the Slack app manifest generated from commands/, ready to paste into
// api.slack.com/apps -> Create New App -> From a manifest (`npm run slack:manifest`).
import type { CliTask } from '../cli-task.js';
import { commands } from '../../../../commands/index.js';
import { buildSlackManifest, type ManifestMode } from '../../slack/manifest.js';

const usage = 'slack-manifest [--socket | --http <https-base-url>] [--name <app name>]';

const slackManifest: CliTask = {
  name: 'slack-manifest',
  usage,
  description: 'Print the Slack app manifest (Socket Mode by default, or HTTP request URLs under a base URL)',
  async run(args, io) {
    let mode: ManifestMode = { socketMode: true };
    let appName: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      const value = () => inline ?? args[++i];
      if (flag === '--socket') mode = { socketMode: true };
      else if (flag === '--http') {
        const baseUrl = value();
        if (!baseUrl) return fail(io, '--http needs the public https base URL of the bot, e.g. --http https://bot.example.com');
        mode = { socketMode: false, baseUrl };
      } else if (flag === '--name') {
        appName = value();
        if (!appName) return fail(io, '--name needs a value');
      } else return fail(io, `unknown argument "${arg.slice(0, 40)}"`);
    }
    try {
      io.out(`${JSON.stringify(buildSlackManifest(commands, { mode, appName }), null, 2)}\n`);
      return 0;
    } catch (err) {
      return fail(io, err instanceof Error ? err.message : String(err));
    }
  },
};

function fail(io: { err(text: string): void }, message: string): number {
  io.err(`error: ${message}\nusage: npm run slack:manifest -- ${usage.replace(/^slack-manifest ?/, '')}\n`);
  return 2;
}

export default slackManifest;
