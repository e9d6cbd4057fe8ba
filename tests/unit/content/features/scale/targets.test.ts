// @vitest-environment happy-dom
// Which elements grow (src/content/features/scale/targets.ts): the article's outermost parts, inline parts
// replaced by the block that holds only them, early marks kept where they already cover a part.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectArticle } from '../../../../../src/core/article/index';
import { SITES } from '../../../../../src/sites/index';
import { computeTargets, markTargets, outermost } from '../../../../../src/content/features/scale/targets';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../../..');
const DEMO = readFileSync(join(ROOT, 'demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html'), 'utf8');
const URL_ = 'http://kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html';

function load(html: string): void {
  document.open();
  document.write(html.replace(/<script[\s\S]*?<\/script>/gi, ''));
  document.close();
}

const describeEl = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(/\s+/).join('.')}` : ''}`;

describe('scale targets', () => {
  beforeEach(() => load(DEMO));

  it('grow the demo article: title, date line and body; the inline SharePoint field gives way to its block', () => {
    const model = detectArticle(document, { url: URL_, sites: [...SITES] });
    expect(model).not.toBeNull();
    const targets = computeTargets(model, document).map(describeEl);
    expect(targets).toEqual(['h1.news-title', 'div.news-date-line', 'div.news-content']);
  });

  it('keep an early mark that covers a part, and drop marks on anything else', () => {
    const model = detectArticle(document, { url: URL_, sites: [...SITES] });
    const panel = document.querySelector('#ctl00_PlaceHolderMain_NewsDetail1_pnlNewsDetail')!;
    const sidebar = document.querySelector('.kg-leftmenu')!;
    panel.setAttribute('data-dedoc-scale-target', '');
    sidebar.setAttribute('data-dedoc-scale-target', '');
    const targets = computeTargets(model, document);
    expect(targets.map(describeEl)).toEqual([describeEl(panel)]);
    markTargets(document, targets);
    expect([...document.querySelectorAll('[data-dedoc-scale-target]')]).toEqual([panel]);
  });

  it('do not keep an early mark that holds much more than the article', () => {
    const model = detectArticle(document, { url: URL_, sites: [...SITES] });
    const page = document.querySelector('#kg-page')!;
    page.setAttribute('data-dedoc-scale-target', '');
    expect(computeTargets(model, document).map(describeEl)).toEqual(['h1.news-title', 'div.news-date-line', 'div.news-content']);
  });

  it('without an article mark nothing, not even what the early marker found; outermost() drops nested elements', () => {
    document.querySelector('.news-title')!.setAttribute('data-dedoc-scale-target', '');
    expect(computeTargets(null, document)).toEqual([]);
    const a = document.querySelector('#kg-columns')!;
    const b = document.querySelector('#kg-main')!;
    expect(outermost([b, a, b])).toEqual([a]);
  });
});
