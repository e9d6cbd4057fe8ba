// Which tab the popup acts on. Opened from the toolbar button it is the active tab (activeTab lets it read
// the URL). Opened as a page (tests, or a link) it takes ?tabId=N; where the browser hides that tab's URL
// (a site without permission yet), ?url= names it. That URL only decides which site's permission the popup
// asks for: the browser's own permission prompt still names the site, so nothing is granted behind the user.
import { browser } from '../shared/browser';

export interface TargetTab {
  tabId: number | undefined;
  url: string | undefined;
}

export async function findTargetTab(search: string): Promise<TargetTab> {
  const params = new URLSearchParams(search);
  const tabIdParam = params.get('tabId');
  if (tabIdParam !== null && /^\d+$/.test(tabIdParam)) {
    const tabId = Number(tabIdParam);
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return { tabId, url: tab?.url ?? params.get('url') ?? undefined };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id, url: tab?.url };
}
