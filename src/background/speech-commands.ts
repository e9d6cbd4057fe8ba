// Read-aloud's ways in from outside the page: the keyboard shortcut (command `speech-toggle`, suggested Alt+Shift+S)
// plays or pauses the player of the active tab, and the context menu's "Đọc đoạn đã chọn" (context-menus.ts) reads
// the selection there. Both only send speech/command to the tab: the page's player decides (it answers nothing, and
// does nothing, where Dễ Đọc or read-aloud does not run).
import { browser } from '../shared/browser';
import { sendToTab } from '../shared/messages';

export const SPEECH_TOGGLE_COMMAND = 'speech-toggle';

/** The shortcut's command, for the tab it was pressed in; false when it is not read-aloud's. */
export async function runSpeechCommand(command: string, tab: { id?: number } | undefined): Promise<boolean> {
  if (command !== SPEECH_TOGGLE_COMMAND) return false;
  if (tab?.id === undefined) return true;
  // No answer: no content script there, or read-aloud is off on that site.
  await sendToTab(tab.id, 'speech/command', { command: 'toggle' }).catch(() => undefined);
  return true;
}

/** Reads the selection of `tabId` (the context menu's item). */
export async function readSelectionIn(tabId: number): Promise<void> {
  await sendToTab(tabId, 'speech/command', { command: 'read-selection' }).catch(() => undefined);
}

// Firefox for Android has no keyboard shortcuts (no commands API): the player's buttons do the same.
browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
  runSpeechCommand(command, tab).catch((error: unknown) => console.warn(`[Dễ Đọc] command ${command} failed`, error));
});
