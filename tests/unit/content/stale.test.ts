// What an old copy of Dễ Đọc leaves in a page it can no longer clean (Firefox puts a new copy into open tabs after an
// update while the old copy's sandbox is dead): the new copy's boot takes it out, the page's text and nodes back
// exactly as they were, and keeps the marks the early-paint scripts set for the reader's size.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detectArticle } from '../../../src/core/index';
import { SITES } from '../../../src/sites/index';
import { Annotator } from '../../../src/content/features/acronyms/annotate';
import { ABBR_ATTRIBUTE } from '../../../src/shared/acronyms-ui/tooltip';
import { ARTICLE_ATTRIBUTE } from '../../../src/content/article';
import { UiHost } from '../../../src/content/ui/root';
import { cleanStaleState, STALE_ABBR_ATTRIBUTE } from '../../../src/content/stale';
import { isSealed, makeSecret, sealHost, type SealProof } from '../../../src/content/seal';
import { defaultSettings } from '../../../src/shared/settings';
import { TARGET_ATTRIBUTE } from '../../../src/shared/settings/scale';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

const DEMO = readFileSync(new URL('../../../demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html', import.meta.url), 'utf8');
const DEMO_URL = 'http://kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html';

/** This install's secret, and the content scripts' view of closed shadow roots (browsers have one; in happy-dom the
 *  roots are noted as they are attached). */
let proof: SealProof;

function load(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(window);
  const roots = new WeakMap<Element, ShadowRoot>();
  const prototype = window.HTMLElement.prototype as unknown as { attachShadow(init: ShadowRootInit): ShadowRoot };
  const attach = prototype.attachShadow;
  prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  proof = { secret: makeSecret(), read: (element) => roots.get(element) ?? null };
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Node structure of a subtree (types, names, attributes, text), so a text node left split shows. */
function structure(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) parts.push(`#${JSON.stringify((n as Text).data)}`);
    else if (n.nodeType === 1) {
      const el = n as Element;
      parts.push(`<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
      for (const child of el.childNodes) walk(child);
      parts.push(`</${el.localName}>`);
    }
  };
  walk(node);
  return parts.join('');
}

/** The page as an old copy leaves it: its toolbar, wrapped acronyms, its marks; and the early-paint marks. */
async function leaveOldCopy(doc: Document): Promise<Element> {
  const model = detectArticle(doc, { url: DEMO_URL, sites: [...SITES] });
  if (!model) throw new Error('no article');
  const annotator = new Annotator({
    doc,
    ignoreMutations: (change) => change(),
    describe: (r) => r.expansion,
    yieldToPage: () => Promise.resolve(),
  });
  await annotator.run(model, new AbortController().signal);
  const ui = new UiHost(doc, defaultSettings().toolbar, { onToolbarChange: () => undefined, onOpenOptions: () => undefined });
  sealHost(ui.host, proof.secret);
  model.root.setAttribute(ARTICLE_ATTRIBUTE, '');
  doc.documentElement.setAttribute('data-dedoc-acronyms', '');
  return model.root;
}

describe('a new copy cleaning what an old copy left', () => {
  it('uses the wrapper mark of the acronym feature', () => {
    expect(STALE_ABBR_ATTRIBUTE).toBe(ABBR_ATTRIBUTE);
  });

  it('removes the old toolbar, unwraps every acronym and puts every text node back exactly', async () => {
    const doc = load(DEMO, DEMO_URL);
    const before = structure(doc.body);
    const text = doc.body.textContent;
    await leaveOldCopy(doc);
    expect(doc.querySelectorAll(`abbr[${ABBR_ATTRIBUTE}]`).length).toBeGreaterThan(5);
    expect(doc.querySelectorAll('dedoc-root')).toHaveLength(1);

    expect(cleanStaleState(doc, proof)).toBeGreaterThan(5);

    expect(doc.querySelectorAll('dedoc-root')).toHaveLength(0);
    expect(doc.querySelectorAll(`[${ABBR_ATTRIBUTE}], [${ARTICLE_ATTRIBUTE}]`)).toHaveLength(0);
    expect(doc.documentElement.hasAttribute('data-dedoc-acronyms')).toBe(false);
    expect(doc.body.textContent).toBe(text);
    expect(structure(doc.body)).toBe(before);
  });

  it('puts a wrapped acronym at the start, the end and alone in its text back into one node', () => {
    const doc = load('<p id="p">a</p>', DEMO_URL);
    const p = doc.getElementById('p')!;
    // As the annotator splits (features/acronyms/wrappers.ts): the original node keeps the text before the first occurrence (here none: "").
    p.innerHTML = '';
    p.append(doc.createTextNode(''));
    const abbr = (form: string): Element => {
      const element = doc.createElement('abbr');
      element.setAttribute(ABBR_ATTRIBUTE, '');
      element.textContent = form;
      return element;
    };
    p.append(abbr('UBND'), doc.createTextNode(' tỉnh và '), abbr('HĐND'));
    const lone = doc.createElement('b');
    lone.append(abbr('TP.'));
    doc.body.append(lone);
    const ui = new UiHost(doc, defaultSettings().toolbar, { onToolbarChange: () => undefined, onOpenOptions: () => undefined });
    sealHost(ui.host, proof.secret);
    cleanStaleState(doc, proof);
    expect(p.childNodes).toHaveLength(1);
    expect((p.firstChild as Text).data).toBe('UBND tỉnh và HĐND');
    expect(lone.childNodes).toHaveLength(1);
    expect(lone.textContent).toBe('TP.');
  });

  it('keeps the marks of the early-paint scripts (size on <html>, the article parts), for the size feature to take over', async () => {
    const doc = load(DEMO, DEMO_URL);
    const html = doc.documentElement;
    html.setAttribute('data-dedoc-scale', '1.5');
    html.setAttribute('data-dedoc-line-height', '0.2');
    const root = await leaveOldCopy(doc);
    root.setAttribute(TARGET_ATTRIBUTE, '');
    cleanStaleState(doc, proof);
    expect(html.getAttribute('data-dedoc-scale')).toBe('1.5');
    expect(html.getAttribute('data-dedoc-line-height')).toBe('0.2');
    expect(root.hasAttribute(TARGET_ATTRIBUTE)).toBe(true);
  });

  it('leaves a page with nothing of ours untouched', () => {
    const doc = load(DEMO, DEMO_URL);
    const before = structure(doc.documentElement);
    expect(cleanStaleState(doc, proof)).toBe(0);
    expect(structure(doc.documentElement)).toBe(before);
  });

  // A page's own markup in our namespace is its content: without a root that carries our seal (a previous copy was
  // here), nothing is touched. Before the seal, boot removed every <dedoc-root> and data-dedoc-* it found.
  const PAGE_IN_OUR_NAMESPACE =
    '<!doctype html><html lang="vi" data-dedoc-acronyms="" data-dedoc-x="page"><body><p id="a" data-dedoc-article="">' +
    'Ủy ban <abbr data-dedoc-acronym data-expansion="giả mạo">UBND</abbr> tỉnh</p>' +
    '<dedoc-root data-action="toolbar-collapse"><button data-action="open-options">UBND</button></dedoc-root>' +
    '<style data-dedoc-highlight="">p{}</style></body></html>';

  it("leaves a page's own <dedoc-root>, wrappers and data-dedoc-* attributes alone when no copy of ours was here", () => {
    const doc = load(PAGE_IN_OUR_NAMESPACE, DEMO_URL);
    const before = structure(doc.documentElement);
    expect(cleanStaleState(doc, proof)).toBe(0);
    expect(structure(doc.documentElement)).toBe(before);
    // Without a way to read closed roots nothing can be proven ours: nothing is touched either.
    expect(cleanStaleState(doc, null)).toBe(0);
    expect(structure(doc.documentElement)).toBe(before);
  });

  it('does not take a fake seal for ours: an open one, a closed one without the secret, one outside the root', () => {
    const doc = load(PAGE_IN_OUR_NAMESPACE, DEMO_URL);
    const fakes: Element[] = [];
    for (const how of ['open', 'closed-wrong', 'outside'] as const) {
      const root = doc.createElement('dedoc-root');
      const shadow = root.attachShadow({ mode: 'open' });
      const seal = doc.createElement('dedoc-seal');
      seal.attachShadow({ mode: how === 'open' ? 'open' : 'closed' }).textContent = how === 'closed-wrong' ? makeSecret() : proof.secret;
      if (how === 'outside') root.append(seal);
      else shadow.append(seal);
      doc.documentElement.append(root);
      fakes.push(root);
    }
    const before = structure(doc.documentElement);
    for (const root of fakes) expect(isSealed(root, proof)).toBe(false);
    expect(cleanStaleState(doc, proof)).toBe(0);
    expect(structure(doc.documentElement)).toBe(before);
  });

  it('takes out only the sealed root of a previous copy, not the page\'s fake beside it', async () => {
    const doc = load(DEMO, DEMO_URL);
    doc.body.insertAdjacentHTML('beforeend', '<dedoc-root id="fake"><button>UBND</button></dedoc-root>');
    await leaveOldCopy(doc);
    expect(doc.querySelectorAll('dedoc-root')).toHaveLength(2);
    expect(cleanStaleState(doc, proof)).toBeGreaterThan(5);
    expect([...doc.querySelectorAll('dedoc-root')].map((r) => r.id)).toEqual(['fake']);
  });
});
