import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import { DEFAULT_SITE_PATTERNS, hostOfUrl, isDefaultSite, normalizeHost, patternsForHost } from '../../src/shared/hosts';

describe('manifest', () => {
  it('is Manifest V3 with the fewest permissions that do the job', () => {
    expect(manifest.manifest_version).toBe(3);
    // tts: Chrome's browser voices for read-aloud; offscreen: the built-in voice's audio (both dropped for Firefox).
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage', 'tts']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('runs by default exactly on the state sites, in host permissions and content scripts alike', () => {
    expect(manifest.host_permissions).toEqual([...DEFAULT_SITE_PATTERNS]);
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]?.matches).toEqual([...DEFAULT_SITE_PATTERNS]);
  });
});

describe('hosts', () => {
  it('recognises the state sites and their subdomains, and nothing else', () => {
    for (const host of ['kiengiang.gov.vn', 'www.kiengiang.gov.vn', 'gov.vn', 'chinhphu.vn', 'baochinhphu.vn', 'xaydungchinhsach.chinhphu.vn', 'quochoi.vn', 'dangcongsan.vn', 'nhandan.vn', 'vietnamplus.vn', 'qdnd.vn', 'KienGiang.GOV.vn.']) {
      expect(isDefaultSite(host), host).toBe(true);
    }
    for (const host of ['tuoitre.vn', 'notgov.vn', 'gov.vn.example.com', 'fakechinhphu.vn', 'vnexpress.net', 'example.org']) {
      expect(isDefaultSite(host), host).toBe(false);
    }
  });

  it('reads hosts only from http(s) URLs', () => {
    expect(hostOfUrl('https://KienGiang.gov.vn:8443/a?b')).toBe('kiengiang.gov.vn');
    expect(hostOfUrl('chrome://extensions')).toBeNull();
    expect(hostOfUrl('file:///tmp/a.html')).toBeNull();
    expect(hostOfUrl('not a url')).toBeNull();
    expect(hostOfUrl(undefined)).toBeNull();
  });

  it('makes one match pattern per user site', () => {
    expect(patternsForHost('Tintuc.Example.com')).toEqual(['*://tintuc.example.com/*']);
    expect(normalizeHost(' A.b. ')).toBe('a.b');
  });
});
