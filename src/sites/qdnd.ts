import type { SiteAdapter } from './types';

// Báo Quân đội nhân dân, a DNN (DotNetNuke) site: body in .post-content [itemprop=articleBody], photos
// in table.imgEditor with the caption in the row below. Fixture: qdnd.vn--article.
export const qdnd: SiteAdapter = {
  id: 'qdnd',
  name: 'Báo Quân đội nhân dân (DNN)',
  hosts: ['qdnd.vn'],
  selectors: {
    root: ['.post-content [itemprop="articleBody"]', '.post-content'],
    title: 'h1.post-title',
    sapo: '.post-summary',
    date: '.post-subinfo > span',
    caption: ['tr.alt_imgEditor td'],
    exclude: ['.list-newslive', '.post-relate', '.post-tag'],
  },
};
