// `migrate`: applies pending database migrations and exits (start-up does this too).
import type { CliTask } from '../cli-task.js';

const migrate: CliTask = {
  name: 'migrate',
  usage: 'migrate',
  description: 'Apply pending database migrations to DATABASE_URL',
  needsApp: true,
  async run(_args, io, app) {
    io.out(`database ${app!.config.DATABASE_URL} is up to date\n`);
    return 0;
  },
};
export default migrate;
