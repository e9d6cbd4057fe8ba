import type { SiteAdapter } from './types';

// The "cms-*" platform (tienphong.vn, vietnamplus.vn, baohatinh.vn, sggp.org.vn, plo.vn…): cms-title,
// cms-desc, cms-body; photos in table.picture with a td.caption. Fixture: baohatinh.vn--constructed-article.
export const cms: SiteAdapter = {
  id: 'cms',
  name: 'cms-* platform (ZCE editor)',
  detect: '.cms-body',
  selectors: {
    root: ['.article__body.cms-body', '.cms-body'],
    title: ['.article__title.cms-title', '.cms-title'],
    sapo: ['.article__sapo.cms-desc', '.cms-desc'],
    date: ['.article__meta .cms-date', '.cms-date', '.article__meta time'],
    author: ['.article__author .cms-author', '.cms-author', '.article__author'],
    caption: ['td.caption', '.caption'],
    exclude: ['.article-relate', '.article__social', '.sda_middle', '.box-related', '.story--related'],
  },
};
