// The gated style sheet on a page that has no early-paint registration yet (the reader's first change on a site,
// before the background has registered it for later visits). Same text as the packaged scale/page.css
// (the value table, then page.css); the page can read it, so it holds no URL of ours (the legible font comes as
// FontFace objects: font.ts). It goes in as a constructed,
// adopted style sheet: no node is added to the page, it applies in the same task as the attributes (no frame
// without it), and a strict Content-Security-Policy does not block it (tests/e2e/scale.e2e.ts on moit.gov.vn's
// strict page). Where adoption is missing, a <style> element is the fallback.
import { customPropertiesCss } from '../../../shared/settings/scale';
import pageCss from './page.css?raw';

/** A custom property page.css defines whenever one of our attributes is on <html>: the sheet is in the page. */
const SHEET_PROBE = '--dedoc-scale-sheet';

export function scaleSheetText(): string {
  return `${customPropertiesCss()}\n${pageCss}`;
}

export class PageSheet {
  private sheet: CSSStyleSheet | null = null;
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  /** Puts the sheet in unless it is there already (registered for this site, or adopted before). Call after
   *  setting an attribute: the probe property exists only while one is set. */
  ensure(): void {
    if (this.sheet || this.style) return;
    const view = this.doc.defaultView;
    if (!view) return;
    if (view.getComputedStyle(this.doc.documentElement).getPropertyValue(SHEET_PROBE).trim() !== '') return;
    const text = scaleSheetText();
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(text);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = text;
      (this.doc.head ?? this.doc.documentElement).append(style);
      this.style = style;
    }
  }

  remove(): void {
    const sheet = this.sheet;
    if (sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    this.sheet = null;
    this.style?.remove();
    this.style = null;
  }
}
