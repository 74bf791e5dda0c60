// The SSRF guard: public unicast only, whatever the spelling of the address, unless allowed.
import { describe, expect, it } from 'vitest';
import { createAddressGuard, isPublicAddress } from '../../../src/infra/feeds/address-policy.js';
import { FeedFetchError } from '../../../src/core/feeds/ports.js';

describe('address policy', () => {
  it('tells public addresses from private, loopback, link-local and reserved ones', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isPublicAddress(ip)).toBe(true);
    for (const ip of ['127.0.0.1', '10.0.0.5', '172.16.3.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::', 'nonsense']) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });

  it('refuses private literals, local names and names that resolve privately', async () => {
    const resolve = async (host: string) => ({ 'feeds.example.com': ['93.184.216.34'], 'sneaky.example.com': ['93.184.216.34', '10.1.2.3'] })[host] ?? [];
    const guard = createAddressGuard({ allowPrivate: false, resolve });
    await expect(guard.check(new URL('https://feeds.example.com/rss'))).resolves.toBeUndefined();
    for (const url of ['http://127.0.0.1/feed', 'http://[::1]/feed', 'http://2130706433/', 'http://0x7f.1/', 'http://localhost:8080/', 'http://router.local/', 'http://metadata.google.internal/', 'https://sneaky.example.com/']) {
      const err = await guard.check(new URL(url)).then(() => undefined, (e: unknown) => e);
      expect(err, url).toBeInstanceOf(FeedFetchError);
      expect((err as FeedFetchError).kind, url).toBe('refused_address');
    }
    const missing = await guard.check(new URL('https://nowhere.example.com/')).then(() => undefined, (e: unknown) => e);
    expect((missing as FeedFetchError).kind).toBe('dns');
  });

  it('allows everything when ALLOW_PRIVATE_FEED_URLS is on, but never a non-http scheme', async () => {
    const guard = createAddressGuard({ allowPrivate: true, resolve: async () => [] });
    await expect(guard.check(new URL('http://127.0.0.1:9/feed'))).resolves.toBeUndefined();
    await expect(guard.check(new URL('file:///etc/passwd'))).rejects.toMatchObject({ kind: 'invalid_url' });
  });
});
