// The welcome page ("Hướng dẫn sử dụng"): opened by the background on a first install, and from the popup and the
// options page whenever the reader wants it again.
import { browser } from './browser';

export const WELCOME_PAGE = 'src/welcome/index.html';

export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
