// Child process for the restart test: opens the database, hands one "created" change to a fresh
// alerts runtime whose publisher never answers, and prints a marker once the post is under way.
// The parent kills it (SIGKILL) at that moment: the Delivery row is written and claimed, not sent.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../../src/infra/db/generated/client.js';
import { createRecordingPublisher } from '../../fakes/recording-publisher.js';
import { alertsRuntime, fakeClock } from './fixtures.js';

const [url, eventId, now] = process.argv.slice(2);
// The parent migrated the file already. (Not openDatabase: the WASM schema engine times out on a
// file another process has open; see the alerts report.)
const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: url!, timeout: 10_000 }) });
const alerts = alertsRuntime(db, fakeClock(now));
const publisher = createRecordingPublisher('discord');
publisher.hang();
publisher.onPost = (channelId) => process.stdout.write(`POSTING ${channelId}\n`);
alerts.publishers.register(publisher);
await alerts.delivery.handleChanges([{ kind: 'created', eventId: Number(eventId), origin: 'feed' }]);
process.stdout.write('UNREACHABLE\n');
