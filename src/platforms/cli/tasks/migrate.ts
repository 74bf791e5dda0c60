// `migrate`: applies pending database migrations and exits (start-up does this too).
import type { CliTask } from '../cli-task.js';

const migrate: CliTask = {
  name: 'migrate',
  usage: 'migrate',
  description: 'Apply pending database migrations to DATABASE_URL',
  async run(_args, io, context) {
    await context.app();
    io.out(`database ${context.config.DATABASE_URL} is up to date\n`);
    return 0;
  },
};
export default migrate;
