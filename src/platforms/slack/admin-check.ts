// Who may run admin commands on Slack: workspace admins and owners (users.info), plus the user
// ids listed in SLACK_ADMIN_USER_IDS. Answers are cached briefly so a burst of commands costs
// one users.info call, and a demoted admin loses the right within minutes.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../infra/logger.js';
import { slackErrorCode } from './web-api.js';

export type AdminCheck = (userId: string, teamId: string | undefined) => Promise<boolean>;

export interface AdminCheckOptions {
  client: webApi.WebClient;
  log: Logger;
  /** Always admins, whatever their workspace role. */
  adminUserIds: readonly string[];
  ttlMs?: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

export function createAdminCheck({ client, log, adminUserIds, ttlMs = 5 * 60_000, maxEntries = 1000, now = Date.now }: AdminCheckOptions): AdminCheck {
  const listed = new Set(adminUserIds);
  const cache = new Map<string, { admin: boolean; until: number }>();
  return async (userId, teamId) => {
    if (listed.has(userId)) return true;
    const key = `${teamId ?? ''}:${userId}`;
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.admin;
    let admin = false;
    try {
      const { user } = await client.users.info({ user: userId });
      admin = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (err) {
      // Not knowing means not an admin; the failure is not cached so the next command asks again.
      log.warn({ userId, slackError: slackErrorCode(err) ?? (err instanceof Error ? err.message : String(err)) }, 'users.info failed; treating user as non-admin');
      return false;
    }
    cache.delete(key);
    cache.set(key, { admin, until: now() + ttlMs });
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return admin;
  };
}
