// The demo page and page fixtures parsed with happy-dom, with the article the extension would find on them.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { detectArticle, type ArticleModel } from '../../../../../src/core/index';
import { SITES } from '../../../../../src/sites/index';

const ROOT = new URL('../../../../../', import.meta.url).pathname;

export const PAGES = {
  demo: { file: 'demo/kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html', url: 'http://kiengiang.gov.vn/tin-tuc/nam-dan-van-chinh-quyen.html' },
  demoHome: { file: 'demo/kiengiang.gov.vn/index.html', url: 'http://kiengiang.gov.vn/' },
  baochinhphu: { file: 'tests/fixtures/pages/baochinhphu.vn--chinh-sach-moi-thang-3-2026/source.html', url: 'http://baochinhphu.vn/__fixtures__/baochinhphu.vn--chinh-sach-moi-thang-3-2026/' },
  vnexpress: { file: 'tests/fixtures/pages/vnexpress.net--soc-nang-luong/source.html', url: 'http://kiengiang.gov.vn/__fixtures__/vnexpress.net--soc-nang-luong/' },
  qdnd: { file: 'tests/fixtures/pages/qdnd.vn--article.excerpt/source.html', url: 'http://qdnd.vn/__fixtures__/qdnd.vn--article.excerpt/' },
} as const;

export type PageName = keyof typeof PAGES;

export function loadPage(name: PageName): { document: Document; model: ArticleModel | null } {
  const { file, url } = PAGES[name];
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const document = window.document as unknown as Document;
  document.write(readFileSync(ROOT + file, 'utf8'));
  return { document, model: detectArticle(document, { url, sites: [...SITES] }) };
}
