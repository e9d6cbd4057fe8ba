// @vitest-environment happy-dom
// The page's own attributes in Dễ Đọc's namespace (a page may use the same names) go back as they were when Dễ Đọc is
// switched off; what the early-paint scripts put there is Dễ Đọc's and goes (they note it: EARLY_RECORD_KEY).
import { afterEach, describe, expect, it } from 'vitest';
import { attributeScript } from '../../../scripts/vite/scale-assets';
import { earlyRecord } from '../../../src/content/features/scale/early-mark';
import { snapshotOwnNamespace } from '../../../src/content/own-namespace';
import { EARLY_RECORD_KEY } from '../../../src/shared/settings/scale';

const record = Symbol.for(EARLY_RECORD_KEY);

describe("the page's own data-dedoc-* attributes", () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[record];
    for (const name of document.documentElement.getAttributeNames()) if (name.startsWith('data-')) document.documentElement.removeAttribute(name);
  });

  it('are given back exactly; what the early scripts set (and the page value they overwrote) is told apart', () => {
    const html = document.documentElement;
    document.body.innerHTML = '<div id="page-mark" data-dedoc-scale-target="mine"><p id="early">UBND</p></div><p id="root" data-dedoc-article="x">Bài</p>';
    html.setAttribute('data-dedoc-x', 'page');
    html.setAttribute('data-dedoc-scale', '2');
    // Before the first paint: the early scripts (as packaged) set the size, mark.js marks a part.
    new Function(attributeScript('data-dedoc-scale', '1.5'))();
    new Function(attributeScript('data-dedoc-theme', 'dark'))();
    const early = document.getElementById('early')!;
    early.setAttribute('data-dedoc-scale-target', '');
    earlyRecord().marks.push(early);
    expect(html.getAttribute('data-dedoc-scale')).toBe('1.5');

    const snapshot = snapshotOwnNamespace(document);
    // Dễ Đọc runs and is switched off: everything in its namespace is taken off…
    for (const name of html.getAttributeNames()) if (name.startsWith('data-dedoc-')) html.removeAttribute(name);
    for (const element of document.querySelectorAll('[data-dedoc-scale-target], [data-dedoc-article]')) {
      element.removeAttribute('data-dedoc-scale-target');
      element.removeAttribute('data-dedoc-article');
    }
    // …and the page's own comes back, as it was.
    snapshot.restore();
    expect(Object.fromEntries(html.getAttributeNames().filter((n) => n.startsWith('data-')).map((n) => [n, html.getAttribute(n)]))).toEqual({
      'data-dedoc-x': 'page',
      'data-dedoc-scale': '2',
    });
    expect(document.getElementById('page-mark')!.getAttribute('data-dedoc-scale-target')).toBe('mine');
    expect(document.getElementById('root')!.getAttribute('data-dedoc-article')).toBe('x');
    expect(early.hasAttribute('data-dedoc-scale-target')).toBe(false);
  });
});
