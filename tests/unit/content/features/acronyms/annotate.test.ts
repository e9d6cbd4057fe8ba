// The annotator on real documents (happy-dom): text intact, idempotent, exact restore, forbidden places left
// alone, later content annotated once, our own mutations kept from the page observer.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { detectArticle, type ArticleModel } from '../../../../../src/core/index';
import { collectText } from '../../../../../src/core/article/text';
import { SITES } from '../../../../../src/sites/index';
import { Annotator } from '../../../../../src/content/features/acronyms/annotate';
import { ArticleTracker } from '../../../../../src/content/article';
import { FULL_DETECTION } from '../../../../../src/content/detection';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

function load(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

const DEMO = readFileSync(new URL('../../../../../demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html', import.meta.url), 'utf8');
const DEMO_URL = 'http://kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html';
const CSP_PAGE = readFileSync(new URL('../../../../e2e/sites/moit.gov.vn/acronyms.csp.html', import.meta.url), 'utf8');
const CSP_URL = 'http://moit.gov.vn/acronyms.csp.html';

interface Setup {
  doc: Document;
  model: ArticleModel;
  annotator: Annotator;
  ignored: number;
}

function setup(html: string, url: string): Setup {
  const doc = load(html, url);
  const model = detectArticle(doc, { url, sites: [...SITES] });
  if (!model) throw new Error('no article');
  const state: Setup = { doc, model, annotator: null as unknown as Annotator, ignored: 0 };
  state.annotator = new Annotator({
    doc,
    ignoreMutations: (change) => {
      state.ignored++;
      return change();
    },
    // As the feature says it (index.ts), with where the meaning comes from.
    describe: (r) => `${[r.expansion, ...r.alternatives].join(' hoặc ')}, ${r.source}`,
    // Tests run without a time budget: slices still happen, yields are immediate.
    yieldToPage: () => Promise.resolve(),
  });
  return state;
}

/** Node structure of a subtree (types, names, text), so a split that is not merged back shows. */
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

const signal = (): AbortSignal => new AbortController().signal;

describe('annotating the demo article', () => {
  it('wraps every UBND, BDVTU and NDVCQ of the article with the definition given in it', async () => {
    const { doc, model, annotator } = setup(DEMO, DEMO_URL);
    await annotator.run(model, signal());
    const abbrs = [...doc.querySelectorAll('abbr[data-dedoc-acronym]')];
    const byForm = (form: string) => abbrs.filter((a) => a.textContent === form);
    const body = doc.querySelector('[id$="RichHtmlField"]')!;
    // Every occurrence in the body's text is wrapped (the body text itself is unchanged).
    for (const form of ['UBND', 'BDVTU', 'NDVCQ']) {
      const inText = body.textContent!.split(new RegExp(`(?<![\\p{L}\\p{N}])${form}(?![\\p{L}\\p{N}])`, 'u')).length - 1;
      expect(byForm(form).length, form).toBe(inText);
      expect(inText, form).toBeGreaterThan(1);
    }
    expect(new Set(byForm('UBND').map((a) => a.getAttribute('data-expansion')))).toEqual(new Set(['Ủy ban nhân dân']));
    expect(new Set(byForm('BDVTU').map((a) => a.getAttribute('data-expansion')))).toEqual(new Set(['Ban Dân vận Tỉnh ủy']));
    expect(new Set(byForm('NDVCQ').map((a) => a.getAttribute('data-expansion')))).toEqual(new Set(['Năm dân vận chính quyền']));
    for (const abbr of abbrs) {
      // Where a meaning comes from is ours to know (tooltip, glossary) and the screen reader's to say, not an
      // attribute for the page to query.
      expect(abbr.hasAttribute('data-source')).toBe(false);
      expect(annotator.infoOf(abbr)?.resolution.source).toBe('page');
      expect(abbr.getAttribute('aria-description')).toBe(`${abbr.getAttribute('data-expansion')}, page`);
      expect(model.root.contains(abbr) || model.title?.element.contains(abbr)).toBe(true);
    }
    // Outside the article (menus, "Tin khác", the right column, the footer): nothing.
    for (const selector of ['#kg-left', '#kg-right', '.other-news', '#kg-footer', '#kg-mainmenu']) {
      expect(doc.querySelectorAll(`${selector} abbr`).length, selector).toBe(0);
    }
    // One tab stop per acronym: the first occurrence.
    const stops = abbrs.filter((a) => a.getAttribute('tabindex') === '0');
    expect(stops.map((a) => a.textContent).sort()).toEqual(['BDVTU', 'NDVCQ', 'UBND']);
    expect(stops.find((a) => a.textContent === 'UBND')).toBe(byForm('UBND')[0]);
  });

  it('keeps the text, is idempotent, and restores the DOM exactly', async () => {
    const { doc, model, annotator } = setup(DEMO, DEMO_URL);
    const before = structure(doc.body);
    const text = doc.body.textContent;
    const html = doc.documentElement.outerHTML;
    const firstText = doc.querySelector('[id$="RichHtmlField"] p')!.firstChild;
    await annotator.run(model, signal());
    expect(doc.body.textContent).toBe(text);
    const annotated = structure(doc.body);
    expect(annotated).not.toBe(before);
    await annotator.run(model, signal());
    expect(structure(doc.body)).toBe(annotated);
    // A second annotator (a restarted feature that missed the restore) leaves ours alone too.
    const other = new Annotator({ doc, ignoreMutations: (c) => c(), describe: (r) => r.expansion, yieldToPage: () => Promise.resolve() });
    await other.run(model, signal());
    expect(structure(doc.body)).toBe(annotated);
    annotator.restore();
    expect(structure(doc.body)).toBe(before);
    expect(doc.documentElement.outerHTML).toBe(html);
    // The page's own text node is the one that holds the text again (references the page keeps stay valid).
    expect(doc.querySelector('[id$="RichHtmlField"] p')!.firstChild).toBe(firstText);
  });

  it('does all its DOM writes inside ignoreMutations', async () => {
    const state = setup(DEMO, DEMO_URL);
    const { doc, model, annotator } = state;
    const view = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const seen: MutationRecord[] = [];
    let isIgnoring = false;
    const observer = new view.MutationObserver((records) => {
      if (!isIgnoring) seen.push(...records);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    const wrapped = new Annotator({
      doc,
      ignoreMutations: (change) => {
        isIgnoring = true;
        try {
          return change();
        } finally {
          observer.takeRecords();
          isIgnoring = false;
        }
      },
      describe: (r) => r.expansion,
      yieldToPage: () => Promise.resolve(),
    });
    await wrapped.run(model, signal());
    expect(wrapped.size).toBeGreaterThan(10);
    wrapped.restore();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    void annotator;
  });

  it('restores in batches per frame too, exactly', async () => {
    const { doc, model, annotator } = setup(DEMO, DEMO_URL);
    const before = structure(doc.body);
    await annotator.run(model, signal());
    await annotator.restoreInSlices();
    expect(structure(doc.body)).toBe(before);
  });

  it('with the real article tracker: our writes never make it report a change', async () => {
    const doc = load(DEMO, DEMO_URL);
    const tracker = new ArticleTracker(doc, { detector: FULL_DETECTION });
    tracker.start();
    const model = tracker.current!;
    expect(model).not.toBeNull();
    let changes = 0;
    tracker.subscribe(() => changes++);
    const annotator = new Annotator({
      doc,
      ignoreMutations: (change) => tracker.ignoreMutations(change),
      describe: (r) => r.expansion,
      yieldToPage: () => Promise.resolve(),
    });
    await annotator.run(model, signal());
    expect(annotator.size).toBeGreaterThan(10);
    // A page change elsewhere flushes whatever the tracker queued, then its debounce passes.
    doc.getElementById('kg-clock')!.textContent = 'Thứ Năm';
    await new Promise((r) => setTimeout(r, 400));
    annotator.restore();
    await new Promise((r) => setTimeout(r, 400));
    expect(changes).toBe(0);
    expect(tracker.current).toBe(model);
    tracker.stop();
  });

  it('annotates content that arrives later, once', async () => {
    const { doc, model, annotator } = setup(DEMO, DEMO_URL);
    await annotator.run(model, signal());
    const count = doc.querySelectorAll('abbr[data-dedoc-acronym]').length;
    const body = doc.querySelector('[id$="RichHtmlField"]')!;
    const p = doc.createElement('p');
    p.textContent = 'Đoạn mới: UBND tỉnh và BDVTU tiếp tục NDVCQ.';
    body.append(p);
    const next = detectArticle(doc, { url: DEMO_URL, sites: [...SITES] })!;
    await annotator.run(next, signal());
    await annotator.run(next, signal());
    expect(doc.querySelectorAll('abbr[data-dedoc-acronym]').length).toBe(count + 3);
    expect(doc.querySelectorAll('abbr abbr').length).toBe(0);
    expect(p.textContent).toBe('Đoạn mới: UBND tỉnh và BDVTU tiếp tục NDVCQ.');
  });

  it('stops between slices when aborted, and restore() still puts everything back', async () => {
    const { doc, model } = setup(DEMO, DEMO_URL);
    const before = structure(doc.body);
    const controller = new AbortController();
    let yields = 0;
    const annotator = new Annotator({
      doc,
      ignoreMutations: (c) => c(),
      describe: (r) => r.expansion,
      sliceMs: 0,
      yieldToPage: async () => {
        if (++yields === 5) controller.abort();
      },
    });
    await expect(annotator.run(model, controller.signal)).rejects.toThrow('aborted');
    annotator.restore();
    expect(structure(doc.body)).toBe(before);
  });
});

describe('annotating a page with links, tables, captions and forbidden places', () => {
  it('annotates title, sapo, body, table and caption, inside links without breaking them', async () => {
    const { doc, model, annotator } = setup(CSP_PAGE, CSP_URL);
    const linkHref = doc.getElementById('doc-link')!.getAttribute('href');
    await annotator.run(model, signal());
    const abbr = (selector: string) => [...doc.querySelectorAll(`${selector} abbr[data-dedoc-acronym]`)].map((a) => a.textContent);
    expect(abbr('.news-title h1')).toEqual(expect.arrayContaining(['XNK', 'FTA', 'NĐ-CP']));
    expect(abbr('#divArticleDescription')).toEqual(expect.arrayContaining(['UBND', 'CPTPP', 'EVFTA']));
    expect(abbr('table.data')).toEqual(expect.arrayContaining(['XNK', 'UBND', 'HĐND']));
    expect(abbr('figcaption')).toEqual(expect.arrayContaining(['XTTMQG', 'TTXVN']));
    const link = doc.getElementById('doc-link')!;
    expect(link.getAttribute('href')).toBe(linkHref);
    expect(link.textContent).toBe('58/2026/NĐ-CP');
    expect(link.querySelector('abbr')?.getAttribute('data-expansion')).toBe('Nghị định của Chính phủ');
    expect(annotator.infoOf(link.querySelector('abbr')!)?.resolution.source).toBe('builtin');
    // Inside a link an occurrence takes no tab stop of its own.
    for (const a of doc.querySelectorAll('a abbr')) expect(a.hasAttribute('tabindex')).toBe(false);
    // Defined in the article: page; the dictionary's: builtin.
    const xt = doc.querySelector('#divArticleContent abbr[data-dedoc-acronym]')!;
    expect(xt.textContent).toBe('XTTMQG');
    expect(annotator.infoOf(xt)?.resolution.source).toBe('page');
    expect(xt.getAttribute('data-expansion')).toBe('Xúc tiến thương mại quốc gia');
  });

  it('never touches code, form fields, editable regions, menus or the other news', async () => {
    const { doc, model, annotator } = setup(CSP_PAGE, CSP_URL);
    await annotator.run(model, signal());
    for (const selector of ['code', '#field', '#choice', '#notes', '#editable', 'nav.menu', '.other-news', 'footer']) {
      expect(doc.querySelectorAll(`${selector} abbr, ${selector}:is(abbr)`).length, selector).toBe(0);
    }
    expect(doc.querySelector('code')!.textContent).toBe('UBND');
    expect(doc.getElementById('editable')!.textContent).toBe('Vùng soạn thảo có UBND và HĐND phải giữ nguyên.');
  });

  it('shows every meaning of an ambiguous acronym when the context does not decide, and lists unknown all-caps tokens', async () => {
    const { doc, model, annotator } = setup(CSP_PAGE, CSP_URL);
    await annotator.run(model, signal());
    const bct = [...doc.querySelectorAll('abbr[data-dedoc-acronym]')].find((a) => a.textContent === 'BCT')!;
    expect(bct).toBeTruthy();
    const meanings = [bct.getAttribute('data-expansion'), ...(bct.getAttribute('data-alternatives')?.split(' | ') ?? [])];
    expect(meanings).toEqual(expect.arrayContaining(['Bộ Công Thương']));
    const { entries, unknown } = annotator.glossary();
    expect(unknown).toContain('SXKD');
    expect(entries.map((e) => e.form)).toEqual(expect.arrayContaining(['XNK', 'UBND', 'XTTMQG', 'NĐ-CP']));
    expect(entries.find((e) => e.form === 'UBND')!.count).toBeGreaterThan(3);
  });

  it('uses the user dictionary below the article and above the built-in dictionary', async () => {
    const { doc, model, annotator } = setup(CSP_PAGE, CSP_URL);
    annotator.setUserEntries([
      { short: 'SXKD', long: 'sản xuất kinh doanh' },
      // The article defines UBND itself: its definition wins over the user's.
      { short: 'UBND', long: 'Ủy ban của tôi' },
      // Built-in HĐND loses to the user's.
      { short: 'HĐND', long: 'Hội đồng nhân dân (của bạn)' },
    ]);
    await annotator.run(model, signal());
    const first = (form: string) => [...doc.querySelectorAll('abbr[data-dedoc-acronym]')].find((a) => a.textContent === form)!;
    const source = (form: string) => annotator.infoOf(first(form))?.resolution.source;
    expect([source('SXKD'), source('UBND'), source('HĐND')]).toEqual(['user', 'page', 'page']);
    // The page sees the meaning a screen reader needs, never which entries are the reader's own as an attribute.
    expect(doc.querySelectorAll('[data-source]').length).toBe(0);
    expect(first('SXKD').getAttribute('aria-description')).toBe('sản xuất kinh doanh, user');
    // The user removes an entry: the occurrence goes back to plain text, and restore is still exact.
    annotator.setUserEntries([]);
    await annotator.run(model, signal());
    expect([...doc.querySelectorAll('abbr[data-dedoc-acronym]')].some((a) => a.textContent === 'SXKD')).toBe(false);
    expect(annotator.glossary().unknown).toContain('SXKD');
  });
});

describe('definitions the page hides', () => {
  /** A one-paragraph-per-block article of `html`, as the tracker would hand it over. */
  function articleOf(html: string): Setup {
    const doc = load(`<!doctype html><html><head><style>
      .gone { display: none } .ghost { visibility: hidden } .faded { opacity: 0 }
      .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap }
      .tiny { font-size: 0 } .covered { content-visibility: hidden }
    </style></head><body><article id="a">${html}</article></body></html>`, 'http://moit.gov.vn/bai-viet.html');
    const root = doc.getElementById('a')!;
    const blocks = [...root.querySelectorAll('p')].map((p) => ({ kind: 'paragraph' as const, element: p, text: collectText(p) }));
    const model: ArticleModel = { root, blocks, source: 'site' };
    const state: Setup = { doc, model, annotator: null as unknown as Annotator, ignored: 0 };
    state.annotator = new Annotator({ doc, ignoreMutations: (change) => change(), describe: (r) => r.expansion, yieldToPage: () => Promise.resolve() });
    return state;
  }

  it('finds no definition in text that is not drawn (a class with display:none, visibility, opacity, sr-only, font-size 0, a hidden block), only in what the reader sees', async () => {
    const hidden = [
      '<p>Tin tức hôm nay. <span class="gone">Quỹ Xanh Zin Tốt (QXZT)</span> Bài viết nói về QXZT.</p>',
      '<p>Tin tức hôm nay. <span class="ghost">Quỹ Xanh Zin Tốt (QXZT)</span> Bài viết nói về QXZT.</p>',
      '<p>Tin tức hôm nay. <span class="faded">Quỹ Xanh Zin Tốt (QXZT)</span> Bài viết nói về QXZT.</p>',
      '<p>Tin tức hôm nay. <span class="sr-only">Quỹ Xanh Zin Tốt (QXZT)</span> Bài viết nói về QXZT.</p>',
      '<p>Tin tức hôm nay. <span class="tiny">Quỹ Xanh Zin Tốt (QXZT)</span> Bài viết nói về QXZT.</p>',
      '<p>Tin tức hôm nay. <span class="covered">Quỹ Xanh Zin Tốt (QXZT)</span> Bài viết nói về QXZT.</p>',
      '<div class="gone"><p>Quỹ Xanh Zin Tốt (QXZT) là một quỹ.</p></div><p>Bài viết nói về QXZT.</p>',
    ];
    for (const html of hidden) {
      const { doc, model, annotator } = articleOf(html);
      await annotator.run(model, signal());
      expect(doc.querySelectorAll('abbr[data-dedoc-acronym]').length, html).toBe(0);
      expect(annotator.glossary().unknown, html).toContain('QXZT');
    }
    // The same definition in view explains every occurrence.
    const { doc, model, annotator } = articleOf('<p>Tin tức hôm nay. <span>Quỹ Xanh Zin Tốt (QXZT)</span> Bài viết nói về QXZT.</p>');
    await annotator.run(model, signal());
    const abbrs = [...doc.querySelectorAll('abbr[data-dedoc-acronym]')];
    expect(abbrs.map((a) => a.getAttribute('data-expansion'))).toEqual(['Quỹ Xanh Zin Tốt', 'Quỹ Xanh Zin Tốt']);
    expect(annotator.infoOf(abbrs[0]!)?.resolution.source).toBe('page');
  });
});
