import type { SiteAdapter } from './types';

// The ministries' SharePoint news template (moit.gov.vn, mt.gov.vn…): sapo in #divArticleDescription,
// body in #divArticleContent; a variant numbers them (#divArticleDescription1 sapo, 2 body, 3 title).
// It outranks the generic SharePoint adapter. Fixture: moit.gov.vn--constructed-ministry.
export const sharepointMinistry: SiteAdapter = {
  id: 'sharepoint-ministry',
  name: 'Ministry SharePoint news template',
  detect: '#divArticleContent, #divArticleDescription2',
  priority: 1,
  selectors: {
    root: ['#divArticleContent', '#divArticleDescription2'],
    title: ['#divArticleDescription3 h1', '.news-title h1', 'h1.title-news'],
    sapo: ['#divArticleDescription1', '#divArticleDescription'],
    date: ['.date-detail', '.news-date'],
    exclude: ['.font-size-tool', '.news-tools'],
  },
};
