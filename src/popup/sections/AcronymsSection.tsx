// The popup's quick settings of the acronyms (for every site: they are how the reader likes tooltips): the dotted
// underline shown or not, tooltips opening on hover and tap or only on a tap or click; then the glossary of the
// article in the tab.
import { updateSettings, type AcronymPrefs } from '../../shared/settings';
import { AcronymChoices } from '../../shared/ui/ReadingChoices';
import { GlossarySection } from './GlossarySection';
import type { QuickSettingsProps } from './types';

export function AcronymsSection({ tabId, settings }: QuickSettingsProps) {
  const save = (patch: Partial<AcronymPrefs>): void =>
    void updateSettings((current) => ({ ...current, acronyms: { ...current.acronyms, ...patch } }));
  return (
    <div class="acronyms-settings">
      <AcronymChoices prefs={settings.acronyms} onChange={save} name="popup-acronyms-open" />
      <GlossarySection tabId={tabId} />
    </div>
  );
}
