// The CLI's operator tasks, in the order `help` lists them.
import type { CliTask } from '../cli-task.js';
import migrate from './migrate.js';
import evalTask from './eval.js';
import poll from './poll.js';
import slackManifest from './slack-manifest.js';
import register from './register.js';

export const tasks: readonly CliTask[] = [migrate, poll, register, slackManifest, evalTask];
