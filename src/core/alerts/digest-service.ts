// The daily digest job: every minute, finds the subscriptions whose local digest time has come
// today (see digest-schedule.ts) and that have no `digest:<local date>` delivery yet, writes that
// row, and sends it through the shared delivery sender (same retries, same durability).
import { dueDigestDate, digestCatchUpMinutes } from './digest-schedule.js';
import { emptyReport, type DeliveryReport, type DeliveryService } from './delivery-service.js';
import type { AlertClock, AlertLog, DeliveryRecord, DeliveryRepository, SubscriptionRepository } from './ports.js';

export interface DigestServiceDeps {
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  delivery: DeliveryService;
  clock: AlertClock;
  log: AlertLog;
  catchUpMinutes?: number;
}

export interface DigestService {
  /** The every-minute job body. */
  runDue(): Promise<DeliveryReport>;
}

function digestKey(localDate: string): string {
  return `digest:${localDate}`;
}

export function createDigestService(deps: DigestServiceDeps): DigestService {
  const { subscriptions, deliveries, delivery, clock, log } = deps;
  const catchUp = deps.catchUpMinutes ?? digestCatchUpMinutes;
  return {
    async runDue() {
      const started = performance.now();
      const report = emptyReport();
      const now = clock.now();
      const due = (await subscriptions.listDigest()).flatMap((subscription) => {
        const date = dueDigestDate(now, subscription, catchUp);
        return date ? [{ subscription, date }] : [];
      });
      if (due.length === 0) return report;
      const existing = await deliveries.existingKeys(
        due.map((d) => d.subscription.id),
        [...new Set(due.map((d) => digestKey(d.date)))],
      );
      const rows: DeliveryRecord[] = [];
      for (const { subscription, date } of due) {
        if (existing.has(`${subscription.id} ${digestKey(date)}`)) continue;
        const row = await deliveries.createIfAbsent({ subscriptionId: subscription.id, kind: 'digest', digestDate: date, dedupKey: digestKey(date), createdAt: now });
        if (row) rows.push(row);
      }
      report.queued = rows.length;
      if (rows.length > 0) {
        await delivery.sendRows(rows, report);
        log.info({ digests: rows.length, sent: report.sent, skipped: report.skipped, retrying: report.retrying }, 'daily digests due');
      }
      report.elapsedMs = performance.now() - started;
      return report;
    },
  };
}
