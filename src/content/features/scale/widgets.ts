// The portals' own text-size links ("Xem với cỡ chữ A A", "Tăng cỡ chữ", "Cỡ chữ + −"). When the reader clicks
// one, Dễ Đọc takes it as the reader's wish: it scales in its own steps and remembers the size, instead of
// letting the portal write inline px sizes on some paragraphs (forgotten on the next page). Pages that show it:
// the demo kiengiang.gov.vn article (SharePoint, ChangeFontSize(±1)), the fixtures
// baochinhphu.vn--chinh-sach-moi-thang-3-2026 and nld.com.vn--sai-sot-ho-kinh-doanh-thue (VCCorp a.btn-font),
// baodanang.vn--ho-tro-bhyt.excerpt (OneCMS .c-font-box) and baoangiang.com.vn--ngoay-tai.excerpt (.pub-fontsize).

export type WidgetAction = 'increase' | 'decrease' | 'reset';

/** Known widgets, most specific first: the first rule whose selector matches the clicked element or an
 *  ancestor decides (VCCorp's "−" sits inside a link titled "Tăng cỡ chữ"). */
export const PORTAL_SIZE_WIDGETS: ReadonlyArray<{ selector: string; action: WidgetAction }> = [
  // SharePoint portals (kiengiang.gov.vn): a.fontsize-small / a.fontsize-large, onclick="ChangeFontSize(±1)".
  { selector: 'a.fontsize-small, [onclick*="ChangeFontSize(-1)"]', action: 'decrease' },
  { selector: 'a.fontsize-large, [onclick*="ChangeFontSize(1)"], [onclick*="ChangeFontSize(+1)"]', action: 'increase' },
  // OneCMS (baodanang.vn): + / "Mặc định" / − in .c-font-box__btn and the mobile .c-font-box-horizontal.
  { selector: ':is(.c-font-box__btn, .c-font-box-horizontal) .minus', action: 'decrease' },
  { selector: ':is(.c-font-box__btn, .c-font-box-horizontal) .plus', action: 'increase' },
  { selector: ':is(.c-font-box__btn, .c-font-box-horizontal) .font', action: 'reset' },
  // VCCorp (baochinhphu.vn, nld.com.vn, tuoitre.vn): a.btn-font with .plus, the "aA" sign and .minus.
  { selector: '.btn-font .minus', action: 'decrease' },
  { selector: '.btn-font', action: 'increase' },
  // Báo An Giang: .pub-fontsize .i-down / .i-up, onclick="contentFckFontSize(false|true)".
  { selector: '.pub-fontsize .i-down, [onclick*="contentFckFontSize(false)"]', action: 'decrease' },
  { selector: '.pub-fontsize .i-up, [onclick*="contentFckFontSize(true)"]', action: 'increase' },
];

/** Any other portal: a small control whose name (title, aria-label) says what it does. */
const NAMED_ACTIONS: ReadonlyArray<{ pattern: RegExp; action: WidgetAction }> = [
  { pattern: /giảm\s+cỡ\s+chữ|thu\s+nhỏ\s+(cỡ\s+)?chữ|chữ\s+nhỏ\s+hơn/iu, action: 'decrease' },
  { pattern: /tăng\s+cỡ\s+chữ|phóng\s+to\s+(cỡ\s+)?chữ|chữ\s+(to|lớn)\s+hơn/iu, action: 'increase' },
  { pattern: /cỡ\s+chữ\s+(mặc\s+định|chuẩn|gốc|ban\s+đầu)/iu, action: 'reset' },
];
/** A named element with more text than this is a container, not a size control. */
const MAX_NAMED_TEXT = 24;

/** What a click on `target` asks for, or null when it is not on a text-size control of the page. */
export function widgetActionAt(target: Element): WidgetAction | null {
  for (const widget of PORTAL_SIZE_WIDGETS) {
    if (target.closest(widget.selector)) return widget.action;
  }
  const named = target.closest('[title], [aria-label]');
  if (!named || (named.textContent ?? '').trim().length > MAX_NAMED_TEXT) return null;
  const name = `${named.getAttribute('aria-label') ?? ''} ${named.getAttribute('title') ?? ''}`.normalize('NFC');
  return NAMED_ACTIONS.find(({ pattern }) => pattern.test(name))?.action ?? null;
}
