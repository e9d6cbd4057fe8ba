// The quick settings of each feature in the popup, one component per feature id: a feature listed in
// shared/features.ts must have one here (the type says so). Read-aloud's player and voice is one more entry.
import type { FunctionComponent } from 'preact';
import type { FeatureId } from '../../shared/features';
import { AcronymsSection } from './AcronymsSection';
import { ScaleSection } from './ScaleSection';
import { SpeechSection } from './SpeechSection';
import { SummarySection } from './SummarySection';
import type { QuickSettingsProps } from './types';

export const FEATURE_PANELS: Record<FeatureId, FunctionComponent<QuickSettingsProps>> = {
  scale: ScaleSection,
  acronyms: AcronymsSection,
  summary: SummarySection,
  speech: SpeechSection,
};
