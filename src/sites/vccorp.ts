import type { SiteAdapter } from './types';

// VCCorp's CMS (baochinhphu.vn, tuoitre.vn, nld.com.vn, thanhnien.vn…): data-role attributes mark the
// parts. Fixtures: baochinhphu.vn--chinh-sach-moi-thang-3-2026, tuoitre.vn--gia-hoa-nhap-khau-8-3,
// nld.com.vn--sai-sot-ho-kinh-doanh-thue.
export const vccorp: SiteAdapter = {
  id: 'vccorp',
  name: 'VCCorp CMS',
  detect: '.detail-content[data-role="content"], .detail-content.afcbc-body',
  selectors: {
    root: ['.detail-content[data-role="content"]', '.detail-content.afcbc-body'],
    title: ['h1.detail-title', '[data-role="title"]'],
    sapo: ['h2.detail-sapo', '[data-role="sapo"]'],
    date: ['.detail-time [data-role="publishdate"]', '.detail-time'],
    // tuoitre.vn names all authors under the body and only the first one above it.
    author: ['.box-author-detail .detail-author-bot', '[data-role="author"]', '.detail-author .name'],
    exclude: [
      '[type="RelatedNewsBox"]',
      '[type="RelatedOneNews"]',
      '.kbwscwl-relatedbox',
      '.readmore-body-box',
      '.VCSortableInPreviewMode.link-content-footer',
      'zone',
    ],
  },
};
