// The portals' own text-size links ("Xem với cỡ chữ A A", "Tăng cỡ chữ", "Cỡ chữ + −"). When the reader clicks
// one, Dễ Đọc takes it as the reader's wish: it scales in its own steps and remembers the size, instead of
// letting the portal write inline px sizes on some paragraphs (forgotten on the next page). Pages that show it:
// the demo kiengiang.gov.vn article (SharePoint, ChangeFontSize(±1)), the fixtures
// baochinhphu.vn--chinh-sach-moi-thang-3-2026 and nld.com.vn--sai-sot-ho-kinh-doanh-thue (VCCorp a.btn-font),
// baodanang.vn--ho-tro-bhyt.excerpt (OneCMS .c-font-box) and baoangiang.com.vn--ngoay-tai.excerpt (.pub-fontsize).
//
// Only the portal's actual widget is taken over: its click is swallowed (preventDefault, stopImmediatePropagation),
// so a rule that matched more would break the page. So each rule names the control itself (its tag and its place in
// the widget), and the control and its widget must be small: a few characters, a few elements, a button-sized box.
// An element that merely carries a widget's class or title ("Tăng cỡ chữ" on a page-wide overlay, "btn-font" on the
// article's container) is the page's, and its clicks stay the page's.

export type WidgetAction = 'increase' | 'decrease' | 'reset';

/** Most characters of text a size control (or its whole widget) holds: "Xem với cỡ chữ A A" is 16. */
const MAX_WIDGET_TEXT = 24;
/** Most elements inside one: VCCorp's button holds two SVG icons; nld.com.vn's a small carousel of sizes (27). */
const MAX_WIDGET_ELEMENTS = 40;
/** Largest side of a drawn control or widget, in CSS px: a button, or a row or column of three. */
const MAX_WIDGET_PX = 240;

interface WidgetRule {
  /** The control itself: the clicked element is it or inside it. */
  control: string;
  /** The widget around the control, small too (default: the control alone). */
  widget?: string;
  action: WidgetAction;
}

/** Known widgets, most specific first: the first rule whose control holds the clicked element decides (VCCorp's
 *  "−" sits inside the link titled "Tăng cỡ chữ"). */
export const PORTAL_SIZE_WIDGETS: readonly WidgetRule[] = [
  // SharePoint portals (kiengiang.gov.vn): a.fontsize-small / a.fontsize-large, onclick="ChangeFontSize(±1)".
  { control: 'a.fontsize-small, a[onclick*="ChangeFontSize(-1)"]', action: 'decrease' },
  { control: 'a.fontsize-large, a[onclick*="ChangeFontSize(1)"], a[onclick*="ChangeFontSize(+1)"]', action: 'increase' },
  // OneCMS (baodanang.vn): + / "Mặc định" / − as children of .c-font-box__btn and the mobile .c-font-box-horizontal.
  { control: ':is(.c-font-box__btn, .c-font-box-horizontal) > .minus', widget: '.c-font-box__btn, .c-font-box-horizontal', action: 'decrease' },
  { control: ':is(.c-font-box__btn, .c-font-box-horizontal) > .plus', widget: '.c-font-box__btn, .c-font-box-horizontal', action: 'increase' },
  { control: ':is(.c-font-box__btn, .c-font-box-horizontal) > .font', widget: '.c-font-box__btn, .c-font-box-horizontal', action: 'reset' },
  // VCCorp (baochinhphu.vn, nld.com.vn, tuoitre.vn): a.btn-font (div on nld.com.vn) with .plus, the "aA" sign, .minus.
  { control: ':is(a, div).btn-font > .minus', widget: '.btn-font', action: 'decrease' },
  { control: ':is(a, div).btn-font', action: 'increase' },
  // Báo An Giang: .pub-fontsize .i-down / .i-up, onclick="contentFckFontSize(false|true)".
  { control: '.pub-fontsize > .i-down, span[onclick*="contentFckFontSize(false)"]', widget: '.pub-fontsize', action: 'decrease' },
  { control: '.pub-fontsize > .i-up, span[onclick*="contentFckFontSize(true)"]', widget: '.pub-fontsize', action: 'increase' },
];

/** Any other portal: a small control whose name (title, aria-label) says what it does… */
const NAMED_ACTIONS: ReadonlyArray<{ pattern: RegExp; action: WidgetAction }> = [
  { pattern: /giảm\s+cỡ\s+chữ|thu\s+nhỏ\s+(cỡ\s+)?chữ|chữ\s+nhỏ\s+hơn/iu, action: 'decrease' },
  { pattern: /tăng\s+cỡ\s+chữ|phóng\s+to\s+(cỡ\s+)?chữ|chữ\s+(to|lớn)\s+hơn/iu, action: 'increase' },
  { pattern: /cỡ\s+chữ\s+(mặc\s+định|chuẩn|gốc|ban\s+đầu)/iu, action: 'reset' },
];
/** …that is a control (a link, a button, something with a click handler of its own)… */
const CONTROL = 'a[href], button, [role="button"], input[type="button"], input[type="image"], [onclick]';
/** …and sits in a small group with a control for the other direction (a widget has both): this many levels up. */
const MAX_PARTNER_LEVELS = 2;
/** The names read are cut to this length: the patterns never look at a long text. */
const MAX_NAME_CHARS = 80;

/** Small enough to be a size control or a size widget, not a container of the page's content. */
function isSmall(element: Element, maxText = MAX_WIDGET_TEXT): boolean {
  if ((element.textContent ?? '').replace(/\s+/g, '').length > maxText) return false;
  if (element.getElementsByTagName('*').length > MAX_WIDGET_ELEMENTS) return false;
  const box = element.getBoundingClientRect();
  // Without layout (a test DOM) every box is 0 × 0: the text and element limits decide.
  return box.width <= MAX_WIDGET_PX && box.height <= MAX_WIDGET_PX;
}

function nameOf(element: Element): string {
  return `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`.slice(0, MAX_NAME_CHARS).normalize('NFC');
}

function namedAction(element: Element): WidgetAction | null {
  const name = nameOf(element);
  return NAMED_ACTIONS.find(({ pattern }) => pattern.test(name))?.action ?? null;
}

/** A control named for a size action, with a partner for another action close by, all of it small. */
function namedWidgetAction(target: Element): WidgetAction | null {
  const named = target.closest('[title], [aria-label]');
  if (!named || !named.matches(CONTROL) || !isSmall(named)) return null;
  const action = namedAction(named);
  if (!action) return null;
  let group = named.parentElement;
  for (let level = 0; group && level < MAX_PARTNER_LEVELS; level++, group = group.parentElement) {
    // The group of a widget: its controls and a label ("Cỡ chữ:"), nothing of the page's content.
    if (!isSmall(group, MAX_WIDGET_TEXT * 3)) return null;
    for (const other of group.querySelectorAll(CONTROL)) {
      if (other === named || other.contains(named) || named.contains(other)) continue;
      const otherAction = namedAction(other);
      if (otherAction && otherAction !== action) return action;
    }
  }
  return null;
}

/** What a click on `target` asks for, or null when it is not on a text-size control of the page. */
export function widgetActionAt(target: Element): WidgetAction | null {
  for (const rule of PORTAL_SIZE_WIDGETS) {
    const control = target.closest(rule.control);
    if (!control) continue;
    const widget = rule.widget ? (control.closest(rule.widget) ?? control) : control;
    // A known widget's look-alike that is not small is the page's own element: not ours to take over.
    return isSmall(control) && isSmall(widget) ? rule.action : null;
  }
  return namedWidgetAction(target);
}
