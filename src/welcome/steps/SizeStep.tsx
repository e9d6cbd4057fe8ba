// Step 1: the text size. Bigger or smaller in one click, the sample grows as the reader chooses; chosen, it is
// the size of every state site the reader has not set on its own.
import { t } from '../../shared/i18n';
import { MAX_SCALE, MIN_SCALE } from '../../shared/settings';
import { SCALE_PRESETS, stepScale } from '../../shared/settings/scale';
import { percentOf } from '../../shared/ui/ComfortControls';
import { LookPreview } from '../Preview';
import type { StepProps } from '../types';

export function SizeStep({ draft, onDraft }: StepProps) {
  return (
    <>
      <p>{t('welcome_sizeIntro')}</p>
      <div class="size-picker">
        <button
          type="button"
          class="secondary"
          data-action="welcome-size-decrease"
          aria-label={t('scale_decrease')}
          disabled={draft.scale <= MIN_SCALE}
          onClick={() => onDraft({ scale: stepScale(draft.scale, -1) })}
        >
          A−
        </button>
        <output class="size-now" data-welcome-size="" aria-live="polite">
          {percentOf(draft.scale)}
        </output>
        <button
          type="button"
          class="secondary"
          data-action="welcome-size-increase"
          aria-label={t('scale_increase')}
          disabled={draft.scale >= MAX_SCALE}
          onClick={() => onDraft({ scale: stepScale(draft.scale, 1) })}
        >
          A+
        </button>
      </div>
      <div class="choices" role="group" aria-label={t('scale_presetsLabel')}>
        {SCALE_PRESETS.map((preset) => (
          <button
            type="button"
            class="secondary"
            key={preset}
            data-action="welcome-size"
            data-value={String(preset)}
            aria-pressed={Math.abs(draft.scale - preset) < 1e-9 ? 'true' : 'false'}
            onClick={() => onDraft({ scale: preset })}
          >
            {percentOf(preset)}
          </button>
        ))}
      </div>
      <LookPreview look={draft} />
      <p class="muted">{t('welcome_sizeNote')}</p>
    </>
  );
}
