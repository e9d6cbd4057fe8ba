// Hostile documents for the fuzz tests (tests/unit/fuzz/hostile-pages.test.ts in happy-dom, tests/e2e/fuzz.e2e.ts in
// real browsers): generated from a seed, the same document for the same (seed, index) everywhere.
//
// Most are small portal articles (the SharePoint layout of kiengiang.gov.vn, so the real detection finds them) made
// hostile in a few of many ways: text in NFD and with zero-width characters, tokens tens of thousands of characters
// long, Dễ Đọc's own data-dedoc-* attributes and fake <dedoc-root>s already on the page, definitions hidden with
// CSS, custom elements that throw in every callback, forms, editors, templates, SVG, and page scripts that rewrite
// the article while Dễ Đọc annotates it (on a timer and from a MutationObserver that sees our changes). A few are
// large: 10,000 elements deep, 100,000 nodes.
//
// Page scripts reach the same final state whether or not Dễ Đọc runs (their rewrites are fixed text, on a timer
// and, earlier, when they see a change): a run without Dễ Đọc (the "control") shows what the page itself makes of
// the document, and a run with it must end, once switched off, exactly there.

/** mulberry32: a small, fast, seedable generator (public domain); the same sequence on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FUZZ_SEED = 0xde_d0c;
export const FUZZ_COUNT = 1000;
/** How long page scripts keep changing the document (ms): a run waits this long before its last look. */
export const SCRIPT_SETTLE_MS = 40;

export interface HostileDoc {
  index: number;
  /** The ingredients, for the failure message. */
  traits: string[];
  html: string;
  isLarge: boolean;
  /** Its page scripts go on changing it after load: its final state is what a control run without Dễ Đọc shows. */
  hasScripts: boolean;
  /** A deep document: how deep its script nests, and what it puts at the bottom (the unit fuzz builds it by hand). */
  deepLevels?: number;
  deepContent?: string;
}

const SENTENCES = [
  'Sáng 14-6, Ủy ban nhân dân (UBND) tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác cải cách hành chính.',
  'Đồng chí Phạm Vũ Hồng, Chủ tịch UBND tỉnh, chủ trì hội nghị; dự có đại diện Hội đồng nhân dân (HĐND) tỉnh.',
  'Ban Dân vận Tỉnh ủy (BDVTU) phối hợp triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019.',
  'Theo Nghị định số 15/2020/NĐ-CP, các sở, ngành đã tiếp nhận hơn 215.000 hồ sơ, đạt 99,41%.',
  'TP. Rạch Giá và Th.S Nguyễn Văn An cho biết ngày 28/05/2019 sẽ có 1.752 thủ tục trực tuyến.',
  'Lãnh đạo BCT và Sở Giáo dục và Đào tạo (GD&ĐT) đề nghị tăng cường SXKD, kiểm tra QXZT.',
  'Tổng công ty Điện lực (EVN) cùng UBND, HĐND, MTTQ và TTXVN theo dõi kết quả.',
  'Hội nghị cũng đánh giá những hạn chế: một số đơn vị còn chậm cập nhật thủ tục mới ở cấp xã.',
];

/** Length of the endless tokens: far past any window our text processing looks at. */
const LONG_TOKEN_CHARS = 5000;
/** The small documents' hostile runs (long tokens, punctuation) are this long times the options' textScale. */
let textScale = 1;
/** Page scripts run in the same world as Dễ Đọc (happy-dom), not in a world of their own (browsers). */
let sharedWorld = false;

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u0301'];

/** Escapes text for HTML (the generator writes markup around text it chose). */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** A sentence made hostile as text: NFD, zero-width characters inside words and acronyms, endless tokens. */
function hostileText(rand: () => number, traits: Set<string>): string {
  let text = pick(rand, SENTENCES);
  const roll = rand();
  if (roll < 0.15) {
    traits.add('nfd');
    text = text.normalize('NFD');
  } else if (roll < 0.3) {
    traits.add('zero-width');
    const chars = [...text];
    for (let i = chars.length - 1; i > 0; i--) if (rand() < 0.12) chars.splice(i, 0, pick(rand, ZERO_WIDTH));
    text = chars.join('');
  } else if (roll < 0.36) {
    traits.add('long-token');
    const unit = pick(rand, ['UBND', 'A', '(', 'Ủy ban nhân dân (', 'Đ\u0300\u0301', 'HĐND-', ' ']);
    text = `${text} ${unit.repeat(Math.max(1, Math.floor((LONG_TOKEN_CHARS * textScale) / unit.length)))}x`;
  } else if (roll < 0.4) {
    traits.add('combining-stack');
    text = `${text} U${'\u0301\u0323'.repeat(300)}BND`;
  } else if (roll < 0.5) {
    // Punctuation and acronym shapes that make a backtracking pattern explode: unclosed brackets, dotted
    // abbreviations, digit groups, acronyms defined by acronyms, each repeated with a tail that does not fit.
    traits.add('punctuation');
    const unit = pick(rand, ['(', '((', '(UBND ', 'A.', 'TP. ', 'Th.S. ', '1.000,', ' - ', '…', '“(', 'UBND (HĐND (', 'ở mức ', 'ông Nguyễn Văn An, ', 'Tiến sĩ, ', 'giá 1 kg, ']);
    text = `${text} ${unit.repeat(Math.max(1, Math.floor((2000 * textScale) / unit.length)))}!`;
  }
  return text;
}

/** One block of the article, in one of many hostile shapes (it keeps the text it was given). */
function hostileBlock(rand: () => number, traits: Set<string>, id: number): string {
  const text = escape(hostileText(rand, traits));
  const roll = rand();
  const p = (inner: string, attrs = '') => `<p id="p${id}"${attrs}>${inner}</p>`;
  if (roll < 0.35) return p(text);
  if (roll < 0.4) {
    traits.add('hidden-definition');
    return p(`${text} <span style="display:none">Quỹ Xanh Zin Tốt (QXZT)</span><span class="sr-only">Sản xuất kinh doanh (SXKD)</span>`);
  }
  if (roll < 0.45) {
    traits.add('custom-element');
    return `<x-boom id="p${id}">${text}</x-boom><x-bang>${text}</x-bang>`;
  }
  if (roll < 0.5) {
    traits.add('preset-attributes');
    const attr = pick(rand, ['data-dedoc-scale-target=""', 'data-dedoc-article=""', 'data-dedoc-acronym=""', 'data-dedoc-x="1"', 'data-expansion="giả"']);
    return p(`${text} <abbr data-dedoc-acronym data-expansion="giả mạo" tabindex="0">UBND</abbr>`, ` ${attr}`);
  }
  if (roll < 0.55) {
    traits.add('fake-dedoc-root');
    return p(`${text}<dedoc-root data-action="toolbar-collapse"><button data-action="open-options">UBND</button></dedoc-root>`);
  }
  if (roll < 0.6) {
    traits.add('forms');
    return p(`${text} <input value="UBND HĐND"><textarea>UBND</textarea><select><option>HĐND</option></select><button>UBND</button>`);
  }
  if (roll < 0.65) {
    traits.add('editable');
    return `<div id="p${id}" contenteditable="true">${text}</div>`;
  }
  if (roll < 0.7) {
    traits.add('template-svg');
    return p(`${text}<template><p>UBND (Ủy ban)</p></template><svg><text>UBND</text></svg><code>HĐND</code><!-- UBND -->`);
  }
  if (roll < 0.75) {
    traits.add('own-abbr');
    return p(`<abbr title="Ủy ban nhân dân">UBND</abbr> ${text} <a href="/x">NĐ-CP <b>UBND</b></a>`);
  }
  if (roll < 0.8) {
    traits.add('nested-inline');
    return p(`<b><i><u><s><small>${text}</small></s></u></i></b>`);
  }
  if (roll < 0.85) {
    traits.add('table');
    return `<table id="p${id}"><tr><td>${text}</td><td>UBND</td></tr></table>`;
  }
  if (roll < 0.87) {
    traits.add('frames');
    return p(`${text} <iframe srcdoc="&lt;p&gt;UBND (Ủy ban)&lt;/p&gt;" title="UBND"></iframe><object data="x.svg">HĐND</object><embed src="y">`);
  }
  if (roll < 0.9) {
    traits.add('shadow-dom');
    // The shadow roots are attached after load (by the page's script in browsers, by the unit fuzz in happy-dom).
    return p(`${text} <span class="shadow-host">UBND</span>`);
  }
  if (roll < 0.92) {
    traits.add('broken-markup');
    return `<p id="p${id}">${text}<span><b>UBND<i>HĐND</p></b><div>`;
  }
  return p(text.replace(/ /g, '<br>'));
}

/** Page scripts: custom elements that throw in every callback, and rewriters of the article. */
function pageScript(rand: () => number, traits: Set<string>, blocks: number): string | null {
  const parts: string[] = [];
  if (traits.has('custom-element') || rand() < 0.05) {
    traits.add('throwing-callbacks');
    parts.push(`
      customElements.define('x-boom', class extends HTMLElement {
        static get observedAttributes() { return ['data-dedoc-article', 'data-dedoc-scale-target', 'tabindex', 'aria-description', 'class']; }
        connectedCallback() { throw new Error('page: connected'); }
        disconnectedCallback() { throw new Error('page: disconnected'); }
        attributeChangedCallback() { throw new Error('page: attribute'); }
        adoptedCallback() { throw new Error('page: adopted'); }
      });
      customElements.define('x-bang', class extends HTMLElement {
        constructor() { super(); throw new Error('page: constructor'); }
      });`);
  }
  if (traits.has('shadow-dom')) {
    parts.push(`
      document.querySelectorAll('.shadow-host').forEach(function (host, i) {
        var root = host.attachShadow({ mode: i % 2 ? 'closed' : 'open' });
        root.innerHTML = '<p>Ủy ban nhân dân (UBND) trong bóng <slot></slot></p><dedoc-root></dedoc-root>';
      });`);
  }
  if (rand() < 0.08) {
    // The page overwrites built-ins in its own world: Dễ Đọc's content script (isolated world) must not notice.
    // Only browsers have two worlds: where page and test share one (happy-dom), the overwrite would be of our own
    // built-ins, so it is left out there (the unit fuzz tampers with what the page's window and nodes hold instead).
    traits.add('tamper');
    if (!sharedWorld) parts.push(`
      (function () {
        var boom = function () { throw new Error('page: tampered'); };
        JSON.parse = boom; JSON.stringify = boom;
        Array.prototype.includes = boom; Array.prototype.flatMap = boom; String.prototype.normalize = boom;
        Object.defineProperty(Object.prototype, 'dedocPolluted', { value: 1, enumerable: true, configurable: true, writable: true });
        Node.prototype.normalize = boom; Element.prototype.attachShadow = boom; Element.prototype.animate = boom;
        Document.prototype.createTreeWalker = boom; window.requestIdleCallback = boom; window.queueMicrotask = boom;
        customElements.define = boom;
      })();`);
  }
  if (rand() < 0.25) {
    traits.add('rewriter');
    const target = 1 + Math.floor(rand() * blocks);
    const mode = pick(rand, ['text', 'html', 'remove-add', 'normalize']);
    traits.add(`rewriter-${mode}`);
    // The rewrite is fixed (the same final state with or without Dễ Đọc), done on timers and, earlier, whenever a
    // MutationObserver sees the article change (our changes included).
    parts.push(`
      (function () {
        var done = 0;
        function rewrite() {
          var el = document.getElementById('p${target}');
          var body = document.getElementById('ctl00_PlaceHolderMain_NewsDetail1_ctl00__ControlWrapper_RichHtmlField');
          if (!body) return;
          ${
            mode === 'text'
              ? `if (el) el.textContent = 'Trang viết lại đoạn này: UBND và Hội đồng nhân dân (HĐND) tỉnh.';`
              : mode === 'html'
                ? `if (el) el.innerHTML = '<b>UBND</b> tỉnh <i>(Ủy ban)</i> <abbr title="x">HĐND</abbr>';`
                : mode === 'remove-add'
                  ? `if (el && el.parentNode) { var parent = el.parentNode, next = el.nextSibling; el.remove(); parent.insertBefore(el, next); }`
                  : `body.normalize();`
          }
        }
        new MutationObserver(function () { if (done++ < 20) rewrite(); }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        for (var t = 0; t <= ${SCRIPT_SETTLE_MS - 20}; t += 10) setTimeout(rewrite, t);
      })();`);
  }
  return parts.length > 0 ? parts.join('\n') : null;
}

function smallDoc(index: number, rand: () => number): HostileDoc {
  const traits = new Set<string>();
  const count = 2 + Math.floor(rand() * 10);
  const blocks: string[] = [];
  for (let i = 1; i <= count; i++) blocks.push(hostileBlock(rand, traits, i));
  let htmlAttrs = '';
  if (rand() < 0.1) {
    traits.add('preset-html-attributes');
    htmlAttrs = ` ${pick(rand, ['data-dedoc-acronyms=""', 'data-dedoc-x="page"', 'data-dedoc-summary-highlight=""', 'data-dedoc-article=""'])}`;
  }
  let head = '';
  if (traits.has('hidden-definition')) {
    head += '<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>';
  }
  const outside = rand() < 0.1 ? '<dedoc-root><p>Thanh công cụ giả mạo UBND</p></dedoc-root>' : '';
  if (outside) traits.add('fake-dedoc-root');
  const script = pageScript(rand, traits, count);
  const isArticle = rand() < 0.9;
  const body = isArticle
    ? `<div id="ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail" class="news-detail">
<h1 class="news-title"><span>${escape(hostileText(rand, traits))}</span></h1>
<div class="news-date-line"><span class="news-date">(09:12 | 15/06/2019)</span></div>
<div class="news-content"><div id="ctl00_PlaceHolderMain_NewsDetail1_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field">
${blocks.join('\n')}
</div></div></div>`
    : `<ul class="list">${blocks.map((b) => `<li>${b}</li>`).join('')}</ul>`;
  if (!isArticle) traits.add('no-article');
  const html = `<!doctype html><html lang="vi"${htmlAttrs}><head><meta charset="utf-8"><title>Tin ${index}</title>${head}</head><body>
<div id="banner">Cổng thông tin điện tử Kiên Giang</div>${outside}
${body}
<div id="footer">UBND tỉnh Kiên Giang – TTĐT</div>
${script ? `<script>${script}</script>` : ''}
</body></html>`;
  return { index, traits: [...traits].sort(), html, isLarge: false, hasScripts: traits.has('rewriter') };
}

/**
 * `depth` elements deep (10,000 in browsers), blocks at the bottom. Built by a script: HTML parsers cap the depth of
 * what they build (Chromium at 512), a page's script does not.
 */
function deepDoc(index: number, rand: () => number, depth: number): HostileDoc {
  const traits = new Set<string>([`deep-${depth}`]);
  const blocks = Array.from({ length: 4 }, (_, i) => `<p id="p${i + 1}">${escape(hostileText(rand, traits))}</p>`).join('');
  const build = `(function () {
    var node = document.getElementById('deep');
    for (var i = 0; i < ${depth}; i++) { var child = document.createElement(i % 2 ? 'span' : 'div'); node.appendChild(child); node = child; }
    node.innerHTML = ${JSON.stringify(blocks.replace(/id="p/g, 'id="deep-p'))};
  })();`;
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin ${index}</title></head><body>
<div id="ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail"><h1 class="news-title">Kiên Giang sơ kết cải cách hành chính</h1>
<div id="ctl00_PlaceHolderMain_NewsDetail1_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field">
${blocks}
<div id="deep"></div>
</div></div>
<script>${build}</script>
</body></html>`;
  return { index, traits: [...traits].sort(), html, isLarge: true, hasScripts: false, deepLevels: depth, deepContent: blocks.replace(/id="p/g, 'id="deep-p') };
}

/**
 * More than 100,000 nodes: an article of 50 paragraphs of 200 bold words each (30,000 nodes), a menu of 8,000 links
 * and a footer of 23,000 spans around it (what portals' mega-menus and link farms look like).
 */
function hugeDoc(index: number, rand: () => number): HostileDoc {
  const traits = new Set<string>(['nodes-100000']);
  const paragraphs: string[] = [];
  for (let i = 0; i < 50; i++) paragraphs.push(`<p>${escape(pick(rand, SENTENCES))}${' <b>tin</b>'.repeat(200)}</p>`);
  const menu = Array.from({ length: 8000 }, (_, i) => `<li><a href="/muc-${i}">Mục ${i}</a></li>`).join('');
  const footer = '<span>UBND</span>'.repeat(23_000);
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin ${index}</title></head><body>
<ul class="menu">${menu}</ul>
<div id="ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail"><h1 class="news-title">Kiên Giang sơ kết cải cách hành chính</h1>
<div id="ctl00_PlaceHolderMain_NewsDetail1_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field">
${paragraphs.join('\n')}
</div></div>
<div id="footer">${footer}</div></body></html>`;
  return { index, traits: [...traits].sort(), html, isLarge: true, hasScripts: false };
}

/** The indices of the large documents (the rest are small). */
export const LARGE_INDICES: ReadonlySet<number> = new Set([100, 500, 900]);

/** How deep the deep documents nest: 10,000 in browsers (see DOM_DEPTH_IN_HAPPY_DOM for the unit fuzz). */
export const DEEP_LEVELS = 10_000;

export function hostileDoc(
  index: number,
  options: { seed?: number; deepLevels?: number; textScale?: number; sharedWorld?: boolean } = {},
): HostileDoc {
  const seed = options.seed ?? FUZZ_SEED;
  textScale = options.textScale ?? 1;
  sharedWorld = options.sharedWorld ?? false;
  const rand = random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  if (index === 100 || index === 900) return deepDoc(index, rand, options.deepLevels ?? DEEP_LEVELS);
  if (index === 500) return hugeDoc(index, rand);
  return smallDoc(index, rand);
}
