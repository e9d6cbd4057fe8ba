// What a page's own script can read that would give Dễ Đọc's extension URL away: the page runs this in its own
// world (page.evaluate) and reports every place a chrome-extension:// or moz-extension:// URL shows.
import type { TestPage } from './browsers';

/**
 * Runs in the page: walks the DOM (open shadow roots too, ours included), every attribute and text, every style
 * sheet the page can read (document.styleSheets, adoptedStyleSheets of the document and of each shadow root),
 * computed url() values, document.fonts, and the page's resource timing entries. Returns where an extension URL
 * was found (empty: none), plus what it looked at, so an empty result cannot come from looking at nothing.
 */
export function extensionTraces(page: TestPage): Promise<{ found: string[]; looked: Record<string, number> }> {
  return page.evaluate(() => {
    const pattern = /(?:chrome|moz)-extension:/i;
    const found: string[] = [];
    const looked = { nodes: 0, attributes: 0, sheets: 0, rules: 0, fonts: 0, entries: 0 };
    const check = (where: string, text: string | null | undefined): void => {
      if (text && pattern.test(text)) found.push(`${where}: ${text.slice(0, 160)}`);
    };
    const readSheet = (where: string, sheet: CSSStyleSheet): void => {
      looked.sheets++;
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        return; // a cross-origin sheet: the page cannot read it either
      }
      check(`${where} href`, sheet.href);
      for (const rule of rules) {
        looked.rules++;
        check(where, rule.cssText);
      }
    };
    const roots: Array<Document | ShadowRoot> = [document];
    const urlProperties = ['background-image', 'list-style-image', 'cursor', 'content', 'mask-image', 'border-image-source', 'font-family', 'src'];
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i]!;
      const where = i === 0 ? 'document' : `shadow of <${(root as ShadowRoot).host.localName}>`;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        looked.nodes++;
        if (node.nodeType !== 1) {
          check(`${where} text`, node.nodeValue);
          continue;
        }
        const element = node as Element;
        for (const attribute of element.attributes) {
          looked.attributes++;
          check(`${where} <${element.localName} ${attribute.name}>`, attribute.value);
        }
        const computed = getComputedStyle(element);
        for (const property of urlProperties) check(`${where} <${element.localName}> computed ${property}`, computed.getPropertyValue(property));
        for (const pseudo of ['::before', '::after']) check(`${where} <${element.localName}${pseudo}> content`, getComputedStyle(element, pseudo).content);
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
      for (const sheet of root.styleSheets) readSheet(`${where} styleSheets`, sheet as CSSStyleSheet);
      for (const sheet of root.adoptedStyleSheets ?? []) readSheet(`${where} adoptedStyleSheets`, sheet);
    }
    for (const face of document.fonts) {
      looked.fonts++;
      check('document.fonts', [face.family, face.style, face.weight, face.unicodeRange, face.status].join(' '));
    }
    for (const entry of performance.getEntries()) {
      looked.entries++;
      check(`performance ${entry.entryType}`, entry.name);
    }
    return { found, looked };
  });
}
