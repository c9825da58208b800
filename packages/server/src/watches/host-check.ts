import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { ApiHttpError } from '../http/errors';

/**
 * Watches are URLs a user types and the server fetches: without a check, a watch would be a
 * way to make the server read its own loopback, the office network or a cloud's metadata
 * address (SSRF). Every address the host resolves to must be public, unless the server was
 * started with `--allow-private-hosts` (tests, intranet portals). Redirects never leave the
 * listing's origin (the pull's origin policy), so they reach no other host.
 */

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is loopback, private, link-local or otherwise not a public portal's. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 one.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
    return PRIVATE.check(address, 'ipv6');
  }
  return true;
}

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

const hostNotAllowed = (host: string, why: string) =>
  new ApiHttpError(422, 'host-not-allowed', `Không theo dõi được máy chủ «${host}» (${why}).`, { host });

/** Refuses (422 `host-not-allowed`) a URL that is not http(s) or reaches a non-public address. */
export async function assertWatchableUrl(
  url: string,
  allowPrivateHosts: boolean,
  resolve: Resolver = systemResolver,
): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw hostNotAllowed(url, 'not a URL');
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw hostNotAllowed(host, 'not http(s)');
  if (allowPrivateHosts) return;
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    throw hostNotAllowed(host, 'does not resolve');
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress))
    throw hostNotAllowed(host, 'loopback, private or link-local address');
}
