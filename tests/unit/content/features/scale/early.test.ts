// @vitest-environment happy-dom
// The early-paint article marker (src/content/features/scale/early-mark.ts, packaged as scale/early/mark.js) and the
// comfort steps.
import { describe, expect, it } from 'vitest';
import { markRoles, markWhileParsing } from '../../../../../src/content/features/scale/early-mark';
import { hasWcagSpacing, stepComfort } from '../../../../../src/content/features/scale/panel';
import { defaultSettings } from '../../../../../src/shared/settings';

const tick = () => new Promise((r) => setTimeout(r, 0));
const ARTICLE_URL = 'http://kiengiang.gov.vn/tin-tuc/bai-viet.html';
/** Puts the window at `url` (the marker reads the page's address as the browser gives it). */
const visit = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

describe('early article marker', () => {
  it('has one role per adapter part, host-bound adapters keep their hosts', () => {
    const roles = markRoles();
    expect(roles.length).toBeGreaterThan(20);
    expect(roles.find((r) => r.selector.includes('.post-content'))?.hosts).toEqual(['qdnd.vn']);
  });

  it('marks the first match of each part while elements arrive, never inside a marked element, and stops at DOMContentLoaded', async () => {
    visit(ARTICLE_URL);
    document.body.innerHTML = '';
    markWhileParsing(document, location.href);
    const add = (html: string, parent: Element = document.body): Element => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      const element = holder.firstElementChild!;
      parent.append(element);
      return element;
    };
    const title = add('<h1 class="news-title">Tiêu đề</h1>');
    const root = add('<div class="ms-rtestate-field" id="ctl00_PlaceHolderMain_X_RichHtmlField"></div>');
    await tick();
    const inner = add('<p class="cms-body">đoạn</p>', root);
    const second = add('<h1 class="news-title">Tin khác</h1>');
    await tick();
    expect(title.hasAttribute('data-dedoc-scale-target')).toBe(true);
    expect(root.hasAttribute('data-dedoc-scale-target')).toBe(true);
    expect(inner.hasAttribute('data-dedoc-scale-target')).toBe(false);
    expect(second.hasAttribute('data-dedoc-scale-target')).toBe(false);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    const late = add('<div class="detail-content afcbc-body"></div>');
    await tick();
    expect(late.hasAttribute('data-dedoc-scale-target')).toBe(false);
    // An article body was found: the marks stay.
    expect(title.hasAttribute('data-dedoc-scale-target')).toBe(true);
  });

  it('takes back the marks of a page without an article body (a list of news) at DOMContentLoaded', async () => {
    visit(ARTICLE_URL);
    document.body.innerHTML = '';
    markWhileParsing(document, location.href);
    const item = document.createElement('p');
    item.className = 'tandan-p-article-news-title';
    document.body.append(item);
    await tick();
    expect(item.hasAttribute('data-dedoc-scale-target')).toBe(true);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(item.hasAttribute('data-dedoc-scale-target')).toBe(false);
  });

  it('marks nothing on home and search pages (the rule of the article detection), and copes with a malformed address', async () => {
    for (const url of ['http://kiengiang.gov.vn/', 'https://kiengiang.gov.vn/Pages/default.aspx', 'https://moit.gov.vn/tim-kiem.aspx?k=thuế']) {
      visit(url);
      document.body.innerHTML = '';
      markWhileParsing(document, location.href);
      const title = document.createElement('h1');
      title.className = 'news-title';
      document.body.append(title);
      await tick();
      expect(title.hasAttribute('data-dedoc-scale-target'), url).toBe(false);
      document.dispatchEvent(new Event('DOMContentLoaded'));
    }
    // A path that does not decode is looked at as an article page, not a crash.
    visit('http://kiengiang.gov.vn/tin-tuc/%E0%A4%A.html');
    document.body.innerHTML = '';
    expect(() => markWhileParsing(document, location.href)).not.toThrow();
    const title = document.createElement('h1');
    title.className = 'news-title';
    document.body.append(title);
    await tick();
    expect(title.hasAttribute('data-dedoc-scale-target')).toBe(true);
    document.dispatchEvent(new Event('DOMContentLoaded'));
  });
});

describe('comfort steps', () => {
  it('go from the page’s own value onto the grid and back', () => {
    expect(stepComfort('lineHeight', 0, 1)).toBe(1.5);
    expect(stepComfort('lineHeight', 1.5, 1)).toBe(1.6);
    expect(stepComfort('lineHeight', 1.5, -1)).toBe(0);
    expect(stepComfort('lineHeight', 0, -1)).toBe(0);
    expect(stepComfort('lineHeight', 2.5, 1)).toBe(2.5);
    expect(stepComfort('letterSpacing', 0.12, 1)).toBe(0.14);
    expect(stepComfort('paragraphSpacing', 0, 1)).toBe(0.5);
  });

  it('the WCAG preset counts as on only when all four spacings reach it', () => {
    const site = defaultSettings().siteDefaults;
    expect(hasWcagSpacing(site)).toBe(false);
    expect(hasWcagSpacing({ ...site, lineHeight: 1.5, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2 })).toBe(true);
    expect(hasWcagSpacing({ ...site, lineHeight: 1.8, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 1 })).toBe(false);
  });
});
