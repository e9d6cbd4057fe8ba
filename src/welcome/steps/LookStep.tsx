// Step 2: the look: colours, the legible font, more space between lines and letters, tried on the same sample.
import { t } from '../../shared/i18n';
import { FontSwitch, SpacingSwitch, ThemeChoices } from '../../shared/ui/ComfortControls';
import { LookPreview } from '../Preview';
import type { StepProps } from '../types';

export function LookStep({ draft, onDraft }: StepProps) {
  return (
    <>
      <p>{t('welcome_lookIntro')}</p>
      <div class="comfort-controls">
        <ThemeChoices site={draft} onChange={onDraft} name="welcome-theme" />
        <FontSwitch site={draft} onChange={onDraft} />
        <SpacingSwitch site={draft} onChange={onDraft} />
      </div>
      <LookPreview look={draft} />
    </>
  );
}
