import type { SiteAdapter } from './types';

// SharePoint "Cổng thông tin điện tử" templates used by provincial portals: the body is a rich-text
// field (.ms-rtestate-field, id ending in RichHtmlField) inside a web part zone. Portals restyle the
// header freely, so title, date and author are mostly left to the generic rules (title matched
// against <title>, date by its pattern, credit line at the end). Fixture: kiengiang.gov.vn--nam-dan-van-chinh-quyen.
export const sharepoint: SiteAdapter = {
  id: 'sharepoint',
  name: 'SharePoint portal',
  detect: '.ms-rtestate-field, [id$="RichHtmlField"]',
  selectors: {
    root: [
      '.article-content [id$="RichHtmlField"]',
      '[id$="PageContent__ControlWrapper_RichHtmlField"]',
      '[id^="ctl00_PlaceHolderMain"][id$="RichHtmlField"]',
      '.ms-rtestate-field',
    ],
    title: ['.article-header h1', '.article-header h2', '#ctl00_PlaceHolderMain_TitleField', '.news-title'],
    date: ['.article-header .date-line', '.date-line', '.news-date'],
    exclude: ['.ms-hide', '.ms-webpart-titleText', '.article-tools', '.font-size-tool'],
  },
};
