// Where Dễ Đọc runs without asking: the Vietnamese state sites. Kept equal to manifest.json's
// host_permissions and content_scripts matches by tests/unit/manifest.test.ts.
export const DEFAULT_SITE_PATTERNS = [
  '*://*.gov.vn/*',
  '*://*.chinhphu.vn/*',
  '*://*.baochinhphu.vn/*',
  '*://*.quochoi.vn/*',
  '*://*.dangcongsan.vn/*',
  '*://*.nhandan.vn/*',
  '*://*.vietnamplus.vn/*',
  '*://*.qdnd.vn/*',
] as const;

/** The registrable suffixes behind DEFAULT_SITE_PATTERNS: a host is listed when it is one of them or below one. */
const DEFAULT_SUFFIXES = DEFAULT_SITE_PATTERNS.map((pattern) => pattern.slice('*://*.'.length, -'/*'.length));

/** Lower-cases and strips a trailing dot, so "KienGiang.gov.vn." and "kiengiang.gov.vn" are one site. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** The longest host name DNS allows. */
export const MAX_HOST_CHARS = 253;

/** A normalised host name as Dễ Đọc stores one (ASCII, as URL.hostname gives it; length checked before the pattern). */
export function isHostName(host: string): boolean {
  return host.length > 0 && host.length <= MAX_HOST_CHARS && /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && !host.includes('..');
}

export function isDefaultSite(host: string): boolean {
  const h = normalizeHost(host);
  return DEFAULT_SUFFIXES.some((suffix) => h === suffix || h.endsWith(`.${suffix}`));
}

/** A host Dễ Đọc can run on at all: http(s) pages only (not the browser's own pages or file URLs). */
export { hostOfUrl } from '../core/article/urls';

/** The match patterns that cover exactly one user-enabled host (any scheme we support, any port and path). */
export function patternsForHost(host: string): string[] {
  return [`*://${normalizeHost(host)}/*`];
}
