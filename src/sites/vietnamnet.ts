import type { SiteAdapter } from './types';

// VietNamNet: body #maincontent, title and sapo above it in .content-detail. Fixture: vietnamnet.vn--co-phieu-flc.
export const vietnamnet: SiteAdapter = {
  id: 'vietnamnet',
  name: 'VietNamNet',
  hosts: ['vietnamnet.vn'],
  selectors: {
    root: ['.content-detail #maincontent', '#maincontent.maincontent', '.maincontent'],
    title: 'h1.content-detail-title',
    sapo: 'h2.content-detail-sapo',
    date: '.content-detail .publish-date',
    author: '.article-detail-author__main',
    exclude: ['.banner-advertisement', '.vnn-share-social', '.article-relate', '.insert-wiki-content'],
  },
};
