// Loads the content script's bundles (src/shared/content-bundles.ts) into a page when its boot script asks
// (features/load): scripting.executeScript with the bundles' packaged files, into the sender's own tab and frame and
// into the content script's own world. Nothing is web-accessible, so a page cannot load or probe for them.
// Installed by one import in index.ts.
import { browser, type Runtime } from '../shared/browser';
import { listen } from '../shared/messages';
import { BUNDLES, isBundleId } from '../shared/content-bundles';

/** More than every bundle there is: a request naming more is not from our boot script. */
const MAX_BUNDLES_PER_REQUEST = Object.keys(BUNDLES).length;

/** Only a content script of ours, in a web page's frame, may ask: not a page, not another extension, not one of our
 *  own extension pages (they never need bundles). */
export function isOwnContentScript(sender: Runtime.MessageSender, extensionId: string): sender is Runtime.MessageSender & {
  tab: { id: number };
  frameId: number;
} {
  if (sender.id !== extensionId || sender.tab?.id === undefined || sender.frameId === undefined) return false;
  try {
    const { protocol } = new URL(sender.url ?? '');
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The packaged files of a request, in its order; throws on anything that is not a list of known bundle ids. */
export function filesOf(bundles: unknown): string[] {
  if (!Array.isArray(bundles) || bundles.length === 0 || bundles.length > MAX_BUNDLES_PER_REQUEST) {
    throw new Error('features/load refused: not a list of bundles');
  }
  return bundles.map((id: unknown) => {
    if (!isBundleId(id)) throw new Error(`features/load refused: unknown bundle ${JSON.stringify(id)}`);
    return BUNDLES[id].file;
  });
}

listen({
  'features/load': async ({ bundles }, sender) => {
    const from = sender as Runtime.MessageSender;
    if (!isOwnContentScript(from, browser.runtime.id)) throw new Error('features/load refused: not our content script in a page');
    const files = filesOf(bundles);
    await browser.scripting.executeScript({ target: { tabId: from.tab.id, frameIds: [from.frameId] }, files });
  },
});
