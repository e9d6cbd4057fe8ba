// URLs: the host of a page, hostname patterns of site adapters, and paths that never hold an article.
//
// Hostname patterns of site adapters: "baochinhphu.vn" matches the host and its "www." twin;
// "*.gov.vn" matches any subdomain at any depth ("kiengiang.gov.vn", "sotc.kiengiang.gov.vn") but not
// "gov.vn" itself.

/** A label of a DNS name: letters, digits, inner hyphens (IDN hosts are written in punycode). */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_PATTERN = new RegExp(`^(?:\\*\\.)?${LABEL}(?:\\.${LABEL})+$`);

export function isValidHostPattern(pattern: string): boolean {
  return HOST_PATTERN.test(pattern);
}

export function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern || host === `www.${pattern}`;
}

/** How specific a pattern is, for choosing between several matching adapters: exact hosts beat wildcards. */
export function hostSpecificity(pattern: string): number {
  const labels = pattern.split('.').length;
  return pattern.startsWith('*.') ? labels - 1 : labels + 100;
}

/** The host of an http(s) page, lower-cased and without a trailing dot; null for any other URL. */
export function hostOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname ? parsed.hostname.toLowerCase().replace(/\.$/, '') : null;
  } catch {
    return null;
  }
}

/**
 * Home pages ("/", "/Pages/default.aspx", "/trang-chu") and search pages ("/tim-kiem.aspx?k=…") list
 * other pages; they never are an article. Only the bare path counts: portals also serve articles as
 * "/Pages/default.aspx?ItemID=123", so a query string keeps a home path in play.
 */
const HOME_PATH = /^\/(?:(?:pages|trang|portal)\/){0,2}(?:(?:default|index|home|trang-?chu)(?:\.(?:aspx?|html?|php|jsp))?\/?)?$/i;
const SEARCH_PATH = /(?:^|\/)(?:tim-?kiem|search|ket-qua-tim-kiem|searchresults?)(?:\.(?:aspx?|html?|php|jsp))?\/?$/i;

export function isListingUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape ("%E0%A4%A"): the raw path is judged instead.
  }
  if (SEARCH_PATH.test(path)) return true;
  return HOME_PATH.test(path) && parsed.search === '';
}
