// detectArticle's contract: layer order, live nodes, the page left untouched, null for non-articles,
// and isSameArticle for pages that rebuild their body.
import { afterAll, describe, expect, it } from 'vitest';
import { articleText, detectArticle, isArticleConnected, isSameArticle } from '../../../src/core/article/index';
import type { SiteAdapter } from '../../../src/core/article/index';
import { closeWindows, makePage } from './helpers';

afterAll(closeWindows);

const P1 = 'Ủy ban nhân dân tỉnh vừa ban hành kế hoạch triển khai chương trình chuyển đổi số năm 2026 với nhiều nội dung quan trọng.';
const P2 = 'Theo kế hoạch, các sở, ngành và địa phương rà soát thủ tục hành chính, đưa dịch vụ công trực tuyến toàn trình vào sử dụng.';
const P3 = 'Người cao tuổi được hỗ trợ tại bộ phận một cửa, không phải xếp hàng và được hướng dẫn cài đặt ứng dụng trên điện thoại.';
const P4 = 'Sở Thông tin và Truyền thông chịu trách nhiệm theo dõi, đôn đốc và báo cáo kết quả thực hiện hằng quý.';
const TITLE = 'Tỉnh triển khai chương trình chuyển đổi số năm 2026';

function portalPage(): Document {
  return makePage(
    `<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
     <div class="news">
       <h1 class="news-title">${TITLE}</h1>
       <p class="news-lead">(KGO) - Kế hoạch đặt mục tiêu 80% hồ sơ được xử lý trực tuyến trong năm nay.</p>
       <div class="news-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p style="text-align:right"><b>MINH ANH</b></p></div>
       <div class="other"><h3>Tin khác</h3><ul><li><a href="/a">Một tin khác rất dài để làm danh sách</a></li></ul></div>
     </div>
     <div class="footer">Cơ quan chủ quản: UBND tỉnh</div>`,
    { head: `<title>${TITLE} - Cổng thông tin điện tử tỉnh</title>`, url: 'https://example.gov.vn/tin-tuc/chuyen-doi-so-123.html' },
  );
}

const portalAdapter: SiteAdapter = {
  id: 'example-portal',
  name: 'Example portal',
  hosts: ['example.gov.vn'],
  selectors: { root: '.news-body', title: '.news-title', sapo: '.news-lead' },
};

describe('detectArticle', () => {
  it('uses a site adapter first, with the title and sapo outside the root', () => {
    const doc = portalPage();
    const model = detectArticle(doc, { sites: [portalAdapter] })!;
    expect(model.source).toBe('site');
    expect(model.siteId).toBe('example-portal');
    expect(model.root).toBe(doc.querySelector('.news-body'));
    expect(model.title?.element).toBe(doc.querySelector('h1'));
    expect(model.root.contains(model.title!.element)).toBe(false);
    expect(model.blocks.map((block) => block.kind)).toEqual(['title', 'sapo', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'author']);
  });

  it('removes the agency dateline from the sapo text only, never from the page', () => {
    const doc = portalPage();
    const model = detectArticle(doc, { sites: [portalAdapter] })!;
    const sapo = model.blocks.find((block) => block.kind === 'sapo')!;
    expect(sapo.text).toBe('Kế hoạch đặt mục tiêu 80% hồ sơ được xử lý trực tuyến trong năm nay.');
    expect(sapo.element.textContent).toContain('(KGO) - ');
  });

  // The generic layer wants 400+ characters of body (MIN_GENERIC_BODY_CHARS): this page has about 480.
  it('falls back to Readability without adapters, and maps its result to live nodes', () => {
    const doc = portalPage();
    const model = detectArticle(doc)!;
    expect(model.source).toBe('readability');
    expect(model.title?.text).toBe(TITLE);
    const paragraphs = model.blocks.filter((block) => block.kind === 'paragraph');
    expect(paragraphs.map((block) => block.text)).toEqual([P1, P2, P3, P4]);
    expect(paragraphs.every((block) => block.element.ownerDocument === doc && block.element.isConnected)).toBe(true);
    expect(model.root).toBe(doc.querySelector('.news-body'));
    expect(model.blocks.find((block) => block.kind === 'author')?.text).toBe('MINH ANH');
  });

  it('leaves the page exactly as it was (Readability runs on a clone)', () => {
    const doc = portalPage();
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    detectArticle(doc, { sites: [portalAdapter] });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('tries a platform adapter when no site adapter matches, higher priority first', () => {
    const general: SiteAdapter = { id: 'general', name: 'General', detect: '.news', selectors: { root: '.news', title: 'h1' } };
    const specific: SiteAdapter = {
      id: 'specific',
      name: 'Specific',
      detect: '.news-body',
      priority: 1,
      selectors: { root: '.news-body', title: 'h1' },
    };
    const model = detectArticle(portalPage(), { sites: [general, specific] })!;
    expect(model.source).toBe('platform');
    expect(model.siteId).toBe('specific');
  });

  it('skips an adapter whose root is missing and one with a broken selector', () => {
    const broken: SiteAdapter = { id: 'broken', name: 'Broken', hosts: ['example.gov.vn'], selectors: { root: 'div[[' } };
    const missing: SiteAdapter = { id: 'missing', name: 'Missing', hosts: ['example.gov.vn'], selectors: { root: '.nope' } };
    const model = detectArticle(portalPage(), { sites: [broken, missing] })!;
    expect(model.source).toBe('readability');
  });

  it('returns null for a page without an article', () => {
    const list = makePage(
      `<h1>Tin tức - Sự kiện</h1><div class="list">${[1, 2, 3, 4, 5]
        .map((i) => `<div class="item"><h3><a href="/tin-${i}">Tiêu đề bản tin số ${i} trong danh sách tin tức</a></h3><p>${P1}</p></div>`)
        .join('')}</div>`,
      { head: '<title>Tin tức - Sự kiện</title>', url: 'https://example.gov.vn/tin-tuc' },
    );
    expect(detectArticle(list)).toBeNull();
    expect(detectArticle(makePage('', { url: 'https://example.gov.vn/x.html' }))).toBeNull();
  });

  it('returns null on home and search URLs whatever the page holds', () => {
    const doc = portalPage();
    expect(detectArticle(doc, { url: 'https://example.gov.vn/', sites: [portalAdapter] })).toBeNull();
    expect(detectArticle(doc, { url: 'https://example.gov.vn/tim-kiem?q=chuyen+doi+so', sites: [portalAdapter] })).toBeNull();
  });
});

describe('articleText', () => {
  it('gives title, sapo and body one per line, without the credit line', () => {
    const model = detectArticle(portalPage(), { sites: [portalAdapter] })!;
    expect(articleText(model).split('\n')).toEqual([
      TITLE,
      'Kế hoạch đặt mục tiêu 80% hồ sơ được xử lý trực tuyến trong năm nay.',
      P1,
      P2,
      P3,
      P4,
    ]);
    expect(articleText(model, ['author'])).toBe('MINH ANH');
  });
});

describe('isSameArticle', () => {
  it('is true for a second detection of an unchanged page', () => {
    const doc = portalPage();
    const a = detectArticle(doc, { sites: [portalAdapter] });
    expect(isSameArticle(a, detectArticle(doc, { sites: [portalAdapter] }))).toBe(true);
    expect(isSameArticle(null, null)).toBe(true);
    expect(isSameArticle(a, null)).toBe(false);
  });

  it('is false once the page rebuilds its body, and the old model is no longer connected', () => {
    const doc = portalPage();
    const before = detectArticle(doc, { sites: [portalAdapter] })!;
    const body = doc.querySelector('.news-body')!;
    // A framework re-render: same text, new nodes.
    const rebuilt = body.cloneNode(true);
    body.replaceWith(rebuilt);
    const after = detectArticle(doc, { sites: [portalAdapter] });
    expect(after).not.toBeNull();
    expect(isSameArticle(before, after)).toBe(false);
    expect(isArticleConnected(before)).toBe(false);
    expect(isArticleConnected(after!)).toBe(true);
  });

  it('is false when a paragraph is added to the same root', () => {
    const doc = portalPage();
    const before = detectArticle(doc, { sites: [portalAdapter] })!;
    const extra = doc.createElement('p');
    extra.textContent = 'Đoạn bổ sung được tải thêm sau khi người đọc bấm xem tiếp bài viết.';
    doc.querySelector('.news-body')!.insertBefore(extra, doc.querySelector('.news-body p:last-child'));
    expect(isSameArticle(before, detectArticle(doc, { sites: [portalAdapter] }))).toBe(false);
  });
});
