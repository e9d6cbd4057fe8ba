// Read-aloud in the popup: the page's player (play or pause, stop, previous and next sentence, slower and faster,
// where it is: "Câu n / m", which voice speaks) and the reader's choices (the voice, captions read or not). The player
// itself is in the page (speech/status, speech/command); the voices come from the voice side over the read-aloud
// port; the choices are the settings slice `speech`, for every site.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { PlayerIcon } from '../../shared/ui/PlayerIcon';
import { useReadyWhen } from '../../shared/ui/ready';
import { sendToTab, type SpeechCommand, type SpeechStatus } from '../../shared/messages';
import { updateSettings } from '../../shared/settings';
import { SpeechClient } from '../../shared/speech-client';
import { SPEECH_MAX_RATE, SPEECH_MIN_RATE, type VoiceDescriptor } from '../../shared/speech-messages';
import { formatRate, voiceLabel, voicesToOffer } from '../../shared/speech-voices';
import { Switch } from './Switch';
import type { QuickSettingsProps } from './types';

type Reach = 'loading' | 'ready' | 'no-article' | 'unavailable';

/** The page may still be starting the feature (just switched on here): ask again, a few times. */
const ASK_ATTEMPTS = 6;
const ASK_INTERVAL_MS = 300;
/** While the popup is open the player moves on by itself: its state is asked again this often. */
const FOLLOW_INTERVAL_MS = 500;

export function SpeechSection({ tabId, settings }: QuickSettingsProps) {
  const [reach, setReach] = useState<Reach>('loading');
  const [status, setStatus] = useState<SpeechStatus | null>(null);
  const [voices, setVoices] = useState<readonly VoiceDescriptor[]>([]);

  useEffect(() => {
    if (tabId === undefined) {
      setReach('unavailable');
      return;
    }
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // No answer means no read-aloud in the tab: Dễ Đọc is off there, or the feature is switched off.
    const ask = (attempt: number): void => {
      sendToTab(tabId, 'speech/status', {})
        .then((answer) => {
          if (!isCurrent) return;
          if (!answer && attempt < ASK_ATTEMPTS) {
            timer = setTimeout(() => ask(attempt + 1), ASK_INTERVAL_MS);
            return;
          }
          if (answer) setStatus(answer);
          setReach(answer?.hasArticle ? 'ready' : answer ? 'no-article' : 'unavailable');
          if (answer) timer = setTimeout(() => ask(ASK_ATTEMPTS), FOLLOW_INTERVAL_MS);
        })
        .catch(() => {
          if (!isCurrent) return;
          if (attempt < ASK_ATTEMPTS) timer = setTimeout(() => ask(attempt + 1), ASK_INTERVAL_MS);
          else setReach('unavailable');
        });
    };
    ask(0);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [tabId]);

  useEffect(() => {
    const client = new SpeechClient();
    const stop = client.watchVoices((list) => setVoices(voicesToOffer(list)));
    return () => {
      stop();
      client.close();
    };
  }, []);
  useReadyWhen(reach !== 'loading');

  const command = (name: SpeechCommand): void => {
    if (tabId === undefined) return;
    sendToTab(tabId, 'speech/command', { command: name })
      .then((answer) => {
        if (answer) setStatus(answer);
        else setReach('unavailable');
      })
      .catch(() => setReach('unavailable'));
  };

  const chosen = settings.speech.voiceId;
  const isPlaying = status?.state === 'playing';
  return (
    <div class="speech-section">
      {reach === 'loading' ? null : reach === 'ready' && status ? (
        <>
          <div class="speech-player" role="group" aria-label={t('speech_panelTitle')} data-speech-state={status.state}>
            <button type="button" class="secondary" data-action="speech-previous" aria-label={t('speech_previous')} title={t('speech_previous')} onClick={() => command('previous')} disabled={status.state === 'stopped'}>
              <PlayerIcon name="previous" />
            </button>
            {isPlaying ? (
              <button type="button" data-action="speech-pause" onClick={() => command('pause')}>
                <PlayerIcon name="pause" beforeLabel />
                {t('speech_pause')}
              </button>
            ) : (
              <button type="button" data-action="speech-play" onClick={() => command('play')}>
                <PlayerIcon name="play" beforeLabel />
                {t(status.state === 'paused' ? 'speech_resume' : 'speech_play')}
              </button>
            )}
            <button type="button" class="secondary" data-action="speech-stop" aria-label={t('speech_stop')} title={t('speech_stop')} onClick={() => command('stop')} disabled={status.state === 'stopped'}>
              <PlayerIcon name="stop" />
            </button>
            <button type="button" class="secondary" data-action="speech-next" aria-label={t('speech_next')} title={t('speech_next')} onClick={() => command('next')} disabled={status.state === 'stopped'}>
              <PlayerIcon name="next" />
            </button>
          </div>
          <p class="speech-where" aria-live="polite" data-part="speech-progress">
            {status.state === 'stopped' ? t('speech_stopped') : t('speech_progress', [String(status.sentence + 1), String(status.total)])}
            {status.voiceName ? (
              <>
                <br />
                {t(status.state === 'stopped' ? 'speech_ready' : 'speech_speaking', voiceName(status, voices))}
              </>
            ) : null}
          </p>
          <div class="speech-rate" role="group" aria-label={t('speech_rate', formatRate(status.rate))}>
            <button type="button" class="secondary" data-action="speech-slower" onClick={() => command('slower')} aria-label={t('speech_slower')} disabled={status.rate <= SPEECH_MIN_RATE + 1e-9}>
              −
            </button>
            <span data-part="speech-rate">{t('speech_rate', formatRate(status.rate))}</span>
            <button type="button" class="secondary" data-action="speech-faster" onClick={() => command('faster')} aria-label={t('speech_faster')} disabled={status.rate >= SPEECH_MAX_RATE - 1e-9}>
              +
            </button>
          </div>
        </>
      ) : (
        <p class="muted" data-speech-reason={reach}>
          {t(reach === 'no-article' ? 'speech_popupNoArticle' : 'speech_popupUnavailable')}
        </p>
      )}
      <label class="speech-voice">
        <span>{t('speech_voice')}</span>
        <select
          data-setting="speech-voice"
          value={chosen}
          onChange={(event) => {
            const voiceId = (event.currentTarget as HTMLSelectElement).value;
            void updateSettings((current) => ({ ...current, speech: { ...current.speech, voiceId } }));
          }}
        >
          <option value="">{t('speech_voiceAuto')}</option>
          {voices.map((voice) => (
            <option key={voice.id} value={voice.id}>
              {voiceLabel(voice)}
            </option>
          ))}
          {chosen !== '' && !voices.some((v) => v.id === chosen) ? <option value={chosen}>{chosen}</option> : null}
        </select>
      </label>
      <div class="switch-row speech-captions">
        <span id="speech-captions-label">{t('speech_captions')}</span>
        <Switch
          isOn={settings.speech.captions}
          labelledBy="speech-captions-label"
          onToggle={() => void updateSettings((current) => ({ ...current, speech: { ...current.speech, captions: !current.speech.captions } }))}
          data={{ setting: 'speech-captions' }}
        />
      </div>
    </div>
  );
}

/** The speaking voice as the reader knows it (the built-in accents have Vietnamese names). */
function voiceName(status: SpeechStatus, voices: readonly VoiceDescriptor[]): string {
  const voice = voices.find((v) => v.id === status.voiceId);
  return voice ? voiceLabel(voice) : (status.voiceName ?? '');
}
