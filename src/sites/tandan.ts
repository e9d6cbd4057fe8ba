import type { SiteAdapter } from './types';

// Tân Dân's portal template (many provincial portals, on SharePoint: dienbien.gov.vn, thanhhoa.gov.vn…):
// tandan-* classes name every part; "other news" follows in .tandan-div-article-other. It outranks the
// generic SharePoint adapter, which would also match. Fixture: dienbien.gov.vn--constructed-tandan.
export const tandan: SiteAdapter = {
  id: 'tandan',
  name: 'Tân Dân portal',
  detect: '.tandan-p-article-main, .tandan-p-article-news-title',
  priority: 1,
  selectors: {
    root: ['.tandan-p-article-main', '.tandan-p-article-news-content'],
    title: '.tandan-p-article-news-title',
    sapo: '.tandan-p-article-news-summary',
    date: '.tandan-span-date-publish',
    exclude: ['.tandan-div-article-other', '.td-tags', '.social-share'],
  },
};
