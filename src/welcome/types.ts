import type { SiteSettings } from '../shared/settings';

/** What the reader is trying: the look (the defaults of every site) and, for the listening step, the voice and its
 *  pace. A draft until the reader chooses; only the fields a step's choice names are saved (steps.ts). */
export interface WelcomeDraft extends SiteSettings {
  /** A voice id ('' = let Dễ Đọc choose); undefined until the reader picks one. */
  speechVoiceId?: string;
  /** The pace for Vietnamese voices (settings.speech.rates.vi). */
  speechRate?: number;
}

/** What each step of the welcome page gets (steps.ts). */
export interface StepProps {
  draft: WelcomeDraft;
  onDraft(patch: Partial<WelcomeDraft>): void;
}
