// The cheap first look (core/article/probe.ts) that decides whether the full detection is loaded on a page: it
// must say yes wherever detectArticle finds an article (with the site data and without it, as on a site the user
// added), and it should say no on the list and search pages, where loading the detection would be wasted.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/article/index';
import { MIN_GENERIC_BODY_CHARS, MIN_GENERIC_PARAGRAPHS } from '../../../src/core/article/model';
import { PROBE_MIN_PARAGRAPHS, PROBE_MIN_TEXT_CHARS, mayHoldArticle } from '../../../src/core/article/probe';
import { SITES } from '../../../src/sites/index';
import { closeWindows, loadFixtures, makeDocument, makePage } from './helpers';

afterAll(closeWindows);

const ROOT = new URL('../../../', import.meta.url).pathname;

/** The pages the end-to-end tests and the demo serve under state-site names, with the address they have there. */
function servedPages(): Array<{ name: string; html: string; url: string }> {
  const pages: Array<{ name: string; html: string; url: string }> = [];
  const add = (dir: string, host: string, base = ''): void => {
    for (const entry of readdirSync(`${ROOT}${dir}`, { withFileTypes: true })) {
      if (entry.isDirectory()) add(`${dir}/${entry.name}`, host, `${base}/${entry.name}`);
      else if (entry.name.endsWith('.html')) {
        pages.push({ name: `${dir}/${entry.name}`, html: readFileSync(`${ROOT}${dir}/${entry.name}`, 'utf8'), url: `http://${host}${base}/${entry.name}` });
      }
    }
  };
  add('demo/kiengiang.gov.vn', 'kiengiang.gov.vn');
  for (const host of readdirSync(`${ROOT}tests/e2e/sites`)) add(`tests/e2e/sites/${host}`, host);
  return pages;
}

describe('mayHoldArticle', () => {
  it('keeps the thresholds of the detection it stands in front of', () => {
    expect(PROBE_MIN_TEXT_CHARS).toBe(MIN_GENERIC_BODY_CHARS);
    expect(PROBE_MIN_PARAGRAPHS).toBe(MIN_GENERIC_PARAGRAPHS);
  });

  describe.each(loadFixtures())('fixture $name', ({ html, expected }) => {
    if (expected.article === false) {
      it('says no on a list or search page', () => {
        expect(mayHoldArticle(makeDocument(html, expected.url), expected.url, SITES)).toBe(false);
      });
      return;
    }
    it('says yes where the detection finds the article, with the site data and without it', () => {
      expect(mayHoldArticle(makeDocument(html, expected.url), expected.url, SITES)).toBe(true);
      const generic = makeDocument(html, expected.url);
      if (detectArticle(generic, { url: expected.url }) !== null) expect(mayHoldArticle(generic, expected.url)).toBe(true);
    }, 60_000);
  });

  it('says yes on every served page where the detection finds an article', () => {
    for (const { name, html, url } of servedPages()) {
      const found = detectArticle(makeDocument(html, url), { url, sites: SITES }) !== null;
      if (found) expect(mayHoldArticle(makeDocument(html, url), url, SITES), name).toBe(true);
    }
  }, 60_000);

  it('says no on home and search addresses, and on pages without a body', () => {
    const prose = `<div>${'<p>Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới.</p>'.repeat(8)}</div>`;
    expect(mayHoldArticle(makePage(prose), 'https://kiengiang.gov.vn/tin-tuc/a.html')).toBe(true);
    expect(mayHoldArticle(makePage(prose), 'https://kiengiang.gov.vn/')).toBe(false);
    expect(mayHoldArticle(makePage(prose), 'https://moit.gov.vn/tim-kiem.aspx?k=x')).toBe(false);
    expect(mayHoldArticle(makeDocument('<html><head></head></html>'), 'https://kiengiang.gov.vn/a.html')).toBe(false);
  });

  it('finds prose in lines separated by <br>, and in paragraphs wrapped one by one', () => {
    const line = 'Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới';
    const url = 'https://a.gov.vn/tin/1.html';
    expect(mayHoldArticle(makePage(`<td>${`${line}<br>`.repeat(6)}</td>`), url)).toBe(true);
    expect(mayHoldArticle(makePage(`<div class="body">${`<div><p>${line}.</p></div>`.repeat(6)}</div>`), url)).toBe(true);
  });

  it('does not count links, scripts or teasers (a headline link, a date, a summary) as prose', () => {
    const url = 'https://a.gov.vn/tin/1.html';
    const summary = 'Các cơ quan hành chính được yêu cầu niêm yết mã QR thanh toán tại bộ phận một cửa và hướng dẫn người dân.';
    const item = `<div class="item"><p><a href="/a">Đẩy mạnh thanh toán không dùng tiền mặt trong thu phí</a></p><span>03/03/2026</span><p>${summary}</p></div>`;
    expect(mayHoldArticle(makePage(`<div class="list">${item.repeat(10)}</div>`), url)).toBe(false);
    expect(mayHoldArticle(makePage(`<ul>${`<li><a href="/x">${summary}</a></li>`.repeat(20)}</ul>`), url)).toBe(false);
    expect(mayHoldArticle(makePage(`<script>${'var x = 1; '.repeat(500)}</script>`), url)).toBe(false);
  });
});
