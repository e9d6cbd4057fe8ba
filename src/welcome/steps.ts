// The welcome page's steps, in order: each one a component, a title, and (for a step that sets something) what
// its "choose" button saves. Nothing is saved until the reader chooses; every step can be skipped.
import type { FunctionComponent } from 'preact';
import type { MessageKey } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { AcronymStep } from './steps/AcronymStep';
import { ListenStep } from './steps/ListenStep';
import { LookStep } from './steps/LookStep';
import { SizeStep } from './steps/SizeStep';
import { ToolbarStep } from './steps/ToolbarStep';
import type { StepProps, WelcomeDraft } from './types';

export interface WelcomeStep {
  id: string;
  title: MessageKey;
  Component: FunctionComponent<StepProps>;
  /** The settings after the reader chose this step's choice; absent for a step that only shows. */
  choose?(settings: Settings, draft: WelcomeDraft): Settings;
  /** The label of the choose button ("Dùng cỡ chữ này"). */
  chooseLabel?: MessageKey;
}

/** The draft's look fields that become the defaults of every site. */
const withDefaults = (settings: Settings, patch: Partial<Settings['siteDefaults']>): Settings => ({
  ...settings,
  siteDefaults: { ...settings.siteDefaults, ...patch },
});

export const WELCOME_STEPS: readonly WelcomeStep[] = [
  {
    id: 'size',
    title: 'welcome_sizeTitle',
    Component: SizeStep,
    choose: (settings, draft) => withDefaults(settings, { scale: draft.scale }),
    chooseLabel: 'welcome_sizeChoose',
  },
  {
    id: 'look',
    title: 'welcome_lookTitle',
    Component: LookStep,
    choose: (settings, draft) =>
      withDefaults(settings, {
        theme: draft.theme,
        font: draft.font,
        lineHeight: draft.lineHeight,
        letterSpacing: draft.letterSpacing,
        wordSpacing: draft.wordSpacing,
        paragraphSpacing: draft.paragraphSpacing,
      }),
    chooseLabel: 'welcome_lookChoose',
  },
  { id: 'acronyms', title: 'welcome_acronymsTitle', Component: AcronymStep },
  {
    id: 'listen',
    title: 'welcome_listenTitle',
    Component: ListenStep,
    // The voice and the pace tried; the pace is the one of Vietnamese voices (every voice offered is one).
    choose: (settings, draft) => ({
      ...settings,
      speech: {
        ...settings.speech,
        voiceId: draft.speechVoiceId ?? settings.speech.voiceId,
        rates: draft.speechRate === undefined ? settings.speech.rates : { ...settings.speech.rates, vi: draft.speechRate },
      },
    }),
    chooseLabel: 'welcome_listenChoose',
  },
  { id: 'toolbar', title: 'welcome_toolbarTitle', Component: ToolbarStep },
];
