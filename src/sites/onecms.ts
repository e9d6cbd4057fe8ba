import type { SiteAdapter } from './types';

// OneCMS (onecms.vn, "A PRODUCT OF NEKO": baodanang.vn, congly.vn, baotintuc.vn…): title, sapo and
// byline sit in a "longform header" inside the articleBody element. Fixture: baodanang.vn--ho-tro-bhyt.
export const onecms: SiteAdapter = {
  id: 'onecms',
  name: 'OneCMS',
  detect: '.c-font-box, .sc-longform-header',
  selectors: {
    root: ['.c-news-detail [itemprop="articleBody"]', '.c-news-detail .b-maincontent', '.b-maincontent'],
    title: ['.sc-longform-header-title', '.block-sc-title'],
    sapo: ['.sc-longform-header-sapo', '.block-sc-sapo'],
    date: ['.sc-longform-header-date', '.block-sc-publish-time'],
    author: ['.sc-longform-header-author', '.block-sc-author'],
    exclude: ['.sc-longform-header-cate', '.block-sc-cate-name', '.sc-empty-layer', '.c-font-box', '.c-share-scroll'],
  },
};
