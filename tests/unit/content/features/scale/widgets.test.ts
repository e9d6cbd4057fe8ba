// @vitest-environment happy-dom
// The portals' own size links (src/content/features/scale/widgets.ts), on the markup of the demo and fixtures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { widgetActionAt } from '../../../../../src/content/features/scale/widgets';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8').replace(/<script[\s\S]*?<\/script>/gi, '');

function load(path: string): void {
  document.open();
  document.write(read(path));
  document.close();
}

function action(selector: string): string | null {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return widgetActionAt(element);
}

describe('portal size widgets', () => {
  it('SharePoint "Xem với cỡ chữ A A" on the demo page', () => {
    load('demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html');
    expect(action('a.fontsize-large')).toBe('increase');
    expect(action('a.fontsize-small')).toBe('decrease');
    // Anything else on the page is not a size control.
    expect(action('h1.news-title')).toBeNull();
    expect(action('.news-fontsize')).toBeNull();
    expect(action('.kg-leftmenu a')).toBeNull();
  });

  it('VCCorp a.btn-font (baochinhphu.vn, nld.com.vn): + and the "aA" sign grow, − shrinks', () => {
    for (const fixture of ['baochinhphu.vn--chinh-sach-moi-thang-3-2026', 'nld.com.vn--sai-sot-ho-kinh-doanh-thue']) {
      load(`tests/fixtures/pages/${fixture}/source.html`);
      expect(action('.btn-font .plus svg'), fixture).toBe('increase');
      expect(action('.btn-font .font'), fixture).toBe('increase');
      expect(action('.btn-font .minus'), fixture).toBe('decrease');
    }
  });

  it('OneCMS .c-font-box (baodanang.vn): plus, default size, minus', () => {
    load('tests/fixtures/pages/baodanang.vn--ho-tro-bhyt.excerpt/source.html');
    expect(action('.c-font-box__btn .plus i')).toBe('increase');
    expect(action('.c-font-box__btn .minus')).toBe('decrease');
    expect(action('.c-font-box__btn .font')).toBe('reset');
    expect(action('.c-font-box-horizontal .plus')).toBe('increase');
    // The button that opens the box is left to the portal.
    expect(action('.c-font-box__icon')).toBeNull();
  });

  it('Báo An Giang .pub-fontsize', () => {
    load('tests/fixtures/pages/baoangiang.com.vn--ngoay-tai.excerpt/source.html');
    document.querySelector('.i-up')!.setAttribute('onclick', 'contentFckFontSize(true);');
    expect(action('.pub-fontsize .i-up')).toBe('increase');
    expect(action('.pub-fontsize .i-down')).toBe('decrease');
  });

  it('any other portal: a small control named "Tăng cỡ chữ" / "Giảm cỡ chữ" / "Cỡ chữ mặc định", beside one for another size', () => {
    document.body.innerHTML = `
      <div class="tools"><a id="up" title="Tăng cỡ chữ" href="#">A+</a><button id="down" aria-label="Giảm cỡ chữ">A-</button>
      <a id="reset" href="#" title="Cỡ chữ mặc định">A</a><a id="print" title="In bài">In</a></div>
      <div id="box" title="Tăng cỡ chữ">${'Một đoạn văn dài không phải nút bấm. '.repeat(3)}</div>`;
    expect(action('#up')).toBe('increase');
    expect(action('#down')).toBe('decrease');
    expect(action('#reset')).toBe('reset');
    expect(action('#print')).toBeNull();
    expect(action('#box')).toBeNull();
  });
});

describe('look-alikes of a size widget are the page’s own: their clicks are not taken', () => {
  const ARTICLE = `<p id="text">${'Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính. '.repeat(4)}</p>`;

  it('an element titled "Tăng cỡ chữ" that is no control, or stands alone, or holds the article', () => {
    document.body.innerHTML = `
      <div id="overlay" title="Tăng cỡ chữ" style="position:fixed;inset:0"></div>
      <span id="label" title="Giảm cỡ chữ">A-</span><span id="label2" title="Tăng cỡ chữ">A+</span>
      <p>Chia sẻ <a id="alone" href="#" title="Tăng cỡ chữ">A+</a></p>
      <a id="wrapper" href="#" title="Tăng cỡ chữ"><span>${ARTICLE}</span></a><a href="#" title="Giảm cỡ chữ">A-</a>
      <div id="page"><a id="big-group" href="#" title="Tăng cỡ chữ">A+</a><a href="#" title="Giảm cỡ chữ">A-</a>${ARTICLE}</div>`;
    for (const selector of ['#overlay', '#label', '#label2', '#alone', '#wrapper', '#wrapper #text', '#big-group']) {
      expect(action(selector), selector).toBeNull();
    }
  });

  it("a known widget's class or handler on something else: the article's container, a page-wide onclick, a deeper .plus", () => {
    document.body.innerHTML = `
      <div class="btn-font" id="vccorp">${ARTICLE}<span class="minus" id="vccorp-minus">−</span></div>
      <div onclick="ChangeFontSize(1)" id="sharepoint">${ARTICLE}</div>
      <a class="fontsize-large" id="long-link" href="#">Xem thêm tin tức mới nhất của tỉnh hôm nay</a>
      <div class="c-font-box__btn"><div class="row"><span class="plus" id="deep-plus">+</span></div>${ARTICLE}</div>
      <div class="pub-fontsize" id="angiang">${ARTICLE}<span class="i-up" id="angiang-up">A</span></div>`;
    for (const selector of ['#vccorp #text', '#vccorp-minus', '#sharepoint #text', '#long-link', '#deep-plus', '#angiang-up', '#angiang #text']) {
      expect(action(selector), selector).toBeNull();
    }
  });
});
