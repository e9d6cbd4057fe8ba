import type { SiteAdapter } from './types';

// VnExpress and its sections: the body is article.fck_detail, the sapo p.description above it, the
// author a right-aligned last paragraph. Fixtures: vnexpress.net--soc-nang-luong, vnexpress.net--ung-thu-lymphoma.
export const vnexpress: SiteAdapter = {
  id: 'vnexpress',
  name: 'VnExpress',
  detect: 'article.fck_detail',
  selectors: {
    root: 'article.fck_detail',
    title: 'h1.title-detail',
    sapo: 'p.description',
    date: '.header-content span.date',
    exclude: ['.box-tinlienquanv2', '.list-news-subfolder', '.box_embed_video_parent', '#article-end ~ *'],
  },
};
