// The explicit registry of slash commands. Discord command JSON, the Slack manifest and the
// CLI are all generated from this list; add a command here and every front end has it.
import type { CommandDefinition } from '../src/core/commands/definition.js';
import type { ActionDefinition } from '../src/core/commands/actions.js';
import help from './help.js';
import feeds from './feeds.js';
import alerts from './alerts.js';
import digest from './digest.js';
import moderateEvent from './moderate-event.js';
import saga from './saga.js';
import exits, { exitsPages } from './exits.js';
import person from './person.js';
import timeline from './timeline.js';
import sources from './sources.js';
import stats from './stats.js';

export const commands = [help, saga, exits, person, timeline, sources, stats, feeds, alerts, digest] satisfies readonly CommandDefinition[];

/** Button handlers, by action prefix. */
export const actions = [moderateEvent, exitsPages] satisfies readonly ActionDefinition[];
