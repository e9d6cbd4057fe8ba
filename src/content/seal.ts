// How a copy of Dễ Đọc proves, to a later copy, that a <dedoc-root> is really one of ours: a page may put fake
// <dedoc-root>s and data-dedoc-* attributes in its own markup (by chance, or to probe us), and those are the page's
// content, which stale clean-up (stale.ts) must leave alone, or switching Dễ Đọc off would not give the page back.
//
// The proof is a seal inside our open shadow root: a <dedoc-seal> element with a CLOSED shadow root that holds a
// per-install secret. The page can see the element but not the closed root's content (and cannot attach a root of its
// own to an element that has one); content scripts can read closed roots in both browsers: Chrome through
// chrome.dom.openOrClosedShadowRoot (Chrome 88), Firefox through Element.openOrClosedShadowRoot (Firefox 63, content
// scripts only). The secret lives in storage.local, which pages cannot read; it is made once, by the first copy that
// needs it, and means nothing outside this browser profile (it never leaves the content scripts' world).

/** storage.local key of the per-install secret. */
export const SEAL_KEY = 'seal';
export const SEAL_TAG = 'dedoc-seal';

/** Reads an element's shadow root, open or closed (null: none, or the browser does not let us). */
export type ShadowReader = (element: Element) => ShadowRoot | null;

/** What proves a root ours: the secret and a way to read closed roots. */
export interface SealProof {
  secret: string;
  read: ShadowReader;
}

/** The browser's reader of closed shadow roots for content scripts, or null where there is none. */
export function browserShadowReader(): ShadowReader | null {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
  if (dom && typeof dom.openOrClosedShadowRoot === 'function') {
    const open = dom.openOrClosedShadowRoot.bind(dom);
    return (element) => {
      try {
        return open(element) ?? null;
      } catch {
        return null;
      }
    };
  }
  const proto = (globalThis as { Element?: { prototype: object } }).Element?.prototype;
  if (proto && 'openOrClosedShadowRoot' in proto) {
    return (element) => (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
  }
  return null;
}

/** A new secret: 128 random bits, hex. */
export function makeSecret(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The storage the secret is kept in (storage.local's shape). */
export interface SealStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The per-install secret, made and stored on first use. */
export async function loadSecret(storage: SealStorage): Promise<string> {
  const stored = (await storage.get(SEAL_KEY))[SEAL_KEY];
  if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
  const secret = makeSecret();
  await storage.set({ [SEAL_KEY]: secret });
  return secret;
}

/** Seals our UI host: a <dedoc-seal> in its (open) shadow root, with the secret in a closed root of its own. */
export function sealHost(host: Element, secret: string): void {
  const shadow = host.shadowRoot;
  if (!shadow) return;
  const seal = host.ownerDocument.createElement(SEAL_TAG);
  seal.setAttribute('hidden', '');
  seal.attachShadow({ mode: 'closed' }).textContent = secret;
  shadow.append(seal);
}

/** True when `root` carries our seal with this install's secret (a page cannot make one). */
export function isSealed(root: Element, proof: SealProof): boolean {
  const shadow = proof.read(root);
  if (!shadow) return false;
  for (const seal of shadow.querySelectorAll(SEAL_TAG)) {
    if (seal.parentNode !== shadow) continue;
    const inner = proof.read(seal);
    if (inner && inner.mode === 'closed' && inner.textContent === proof.secret) return true;
  }
  return false;
}
