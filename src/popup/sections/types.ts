import type { Settings } from '../../shared/settings';

/** What each feature's quick settings in the popup get (sections/panels.ts). */
export interface QuickSettingsProps {
  /** The site of the tab. */
  host: string;
  /** The tab itself (undefined when the popup cannot know it): features in the page answer there. */
  tabId: number | undefined;
  settings: Settings;
}
