// Server-side request forgery guard for feed URLs: only public unicast addresses may be fetched,
// unless ALLOW_PRIVATE_FEED_URLS says otherwise. `check` vets a URL before each request (admin
// add, every redirect hop); `lookup` is handed to the HTTP agent so the address actually
// connected to is vetted too (a DNS answer cannot change between check and connect).
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FeedFetchError, type UrlGuard } from '../../core/feeds/ports.js';

/** True for a public unicast address; false for private, loopback, link-local, multicast, reserved... */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into the IPv4 address it carries.
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
}

/** Names that only ever mean "this machine" or "this network". */
const localNames = /^(localhost|.*\.localhost|.*\.local|.*\.internal|.*\.home\.arpa|.*\.lan)$/i;

export interface AddressGuard extends UrlGuard {
  /** For the HTTP agent's `connect.lookup`: resolves, then refuses non-public answers. */
  readonly lookup: LookupFunction;
}

export interface AddressGuardOptions {
  allowPrivate: boolean;
  /** DNS resolution, replaceable in tests; defaults to the system resolver. */
  resolve?: (hostname: string) => Promise<string[]>;
}

const systemResolve = async (hostname: string) => (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export function createAddressGuard(options: AddressGuardOptions): AddressGuard {
  const resolve = options.resolve ?? systemResolve;
  const refuse = (host: string, address?: string) =>
    new FeedFetchError('refused_address', `${host}${address && address !== host ? ` (${address})` : ''} is a private, loopback or otherwise non-public address; feeds must be on the public internet.`);

  return {
    async check(url) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedFetchError('invalid_url', `${url.protocol} URLs are not fetched`);
      if (options.allowPrivate) return;
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (ipaddr.isValid(host)) {
        if (!isPublicAddress(host)) throw refuse(host);
        return;
      }
      if (localNames.test(host)) throw refuse(host);
      let addresses: string[];
      try {
        addresses = await resolve(host);
      } catch (err) {
        const code = (err as { code?: string }).code;
        throw new FeedFetchError('dns', `DNS lookup of ${host} failed${code ? ` (${code})` : ''}`);
      }
      if (addresses.length === 0) throw new FeedFetchError('dns', `DNS lookup of ${host} returned no address`);
      const bad = addresses.find((a) => !isPublicAddress(a));
      if (bad) throw refuse(host, bad);
    },

    lookup: ((hostname: string, lookupOptions: dns.LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void) => {
      dns.lookup(hostname, { ...lookupOptions, all: true }, (err, addresses) => {
        if (err) return callback(err, '', 0);
        const list = addresses as dns.LookupAddress[];
        if (!options.allowPrivate) {
          const bad = list.find((a) => !isPublicAddress(a.address));
          if (bad) {
            const refused = Object.assign(refuse(hostname, bad.address), { code: 'EREFUSEDADDRESS' });
            return callback(refused as unknown as NodeJS.ErrnoException, '', 0);
          }
        }
        if (lookupOptions.all) return callback(null, list);
        const first = list[0];
        if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        callback(null, first.address, first.family);
      });
    }) as LookupFunction,
  };
}
