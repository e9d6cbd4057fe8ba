// @vitest-environment happy-dom
// The early-paint article marker (public/scale/early/mark.js, built from src/sites) and the comfort steps.
import { describe, expect, it } from 'vitest';
import { buildMarkScript, listingPatterns, markRoles } from '../../../scripts/scale-assets';
import { isListingUrl } from '../../../src/core/article/hosts';
import { hasWcagSpacing, stepComfort } from '../../../src/content/features/scale/panel';
import { defaultSettings } from '../../../src/shared/settings';

const tick = () => new Promise((r) => setTimeout(r, 0));
/** An article page's address (the marker does nothing on home and search pages). */
const onArticlePage = () => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('http://kiengiang.gov.vn/tin-tuc/bai-viet.html');

describe('early article marker', () => {
  it('has one role per adapter part, host-bound adapters keep their hosts', () => {
    const roles = markRoles();
    expect(roles.length).toBeGreaterThan(20);
    expect(roles.find((r) => r.selector.includes('.post-content'))?.hosts).toEqual(['qdnd.vn']);
  });

  it('marks the first match of each part while elements arrive, never inside a marked element, and stops at DOMContentLoaded', async () => {
    onArticlePage();
    document.body.innerHTML = '';
    new Function(buildMarkScript())();
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
    onArticlePage();
    document.body.innerHTML = '';
    new Function(buildMarkScript())();
    const item = document.createElement('p');
    item.className = 'tandan-p-article-news-title';
    document.body.append(item);
    await tick();
    expect(item.hasAttribute('data-dedoc-scale-target')).toBe(true);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(item.hasAttribute('data-dedoc-scale-target')).toBe(false);
  });

  it('marks nothing on home and search pages, deciding as the article detection does', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('http://kiengiang.gov.vn/');
    document.body.innerHTML = '';
    new Function(buildMarkScript())();
    const title = document.createElement('h1');
    title.className = 'news-title';
    document.body.append(title);
    await tick();
    expect(title.hasAttribute('data-dedoc-scale-target')).toBe(false);
    const { home, search } = listingPatterns();
    const HOME = new Function(`return ${home}`)() as RegExp;
    const SEARCH = new Function(`return ${search}`)() as RegExp;
    const decide = (url: string): boolean => {
      const parsed = new URL(url);
      const path = decodeURIComponent(parsed.pathname);
      return SEARCH.test(path) || (HOME.test(path) && parsed.search === '');
    };
    for (const url of [
      'http://kiengiang.gov.vn/',
      'https://kiengiang.gov.vn/Pages/default.aspx',
      'https://kiengiang.gov.vn/Pages/default.aspx?ItemID=123',
      'https://moit.gov.vn/tim-kiem.aspx?k=thuế',
      'https://baochinhphu.vn/trang-chu',
      'https://baochinhphu.vn/chinh-sach-moi-102260228093004191.htm',
      'http://kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html',
    ]) {
      expect(decide(url), url).toBe(isListingUrl(url));
    }
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
