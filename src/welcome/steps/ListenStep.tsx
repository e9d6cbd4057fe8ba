// Step 4: listening. The reader hears a sentence of a real portal article read the way the page's player reads it
// (the acronym said in full, the date and the number in Vietnamese words), each word marked as it is heard, with the
// voice that would read (a Vietnamese voice of the computer, else Dễ Đọc's own) or one they pick, at the pace they
// pick. Chosen, the voice and the pace are the player's; nothing leaves the computer either way.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chooseVoice, speechText } from '../../core/index';
import { browser } from '../../shared/browser';
import { t, type MessageKey } from '../../shared/i18n';
import { PlayerIcon } from '../../shared/ui/PlayerIcon';
import { SpeechClient, SpeechPreviewError } from '../../shared/speech-client';
import type { VoiceDescriptor } from '../../shared/speech-messages';
import { formatRate, voiceLabel, voicesToOffer } from '../../shared/speech-voices';
import type { StepProps } from '../types';

/** Paces offered here (the player goes from 0.5× to 2× in tenths). */
const PACES: ReadonlyArray<{ rate: number; label: MessageKey }> = [
  { rate: 0.8, label: 'welcome_listenSlow' },
  { rate: 1, label: 'welcome_listenNormal' },
  { rate: 1.2, label: 'welcome_listenFast' },
];

type Hearing =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'speaking'; engine: 'browser' | 'builtin' }
  | { kind: 'failed'; message: MessageKey };

export function ListenStep({ draft, onDraft }: StepProps) {
  const sample = t('welcome_listenSample');
  const spoken = useMemo(() => speechText(sample), [sample]);
  const client = useRef<SpeechClient | null>(null);
  const [voices, setVoices] = useState<readonly VoiceDescriptor[]>([]);
  const [hearing, setHearing] = useState<Hearing>({ kind: 'idle' });
  /** The word being heard, in the sample's characters. */
  const [word, setWord] = useState<{ start: number; end: number } | null>(null);
  /** The play/pause shortcut as the browser has it (the reader may have changed it; none on Firefox for Android). */
  const [shortcut, setShortcut] = useState<string>('');

  useEffect(() => {
    browser.commands
      ?.getAll?.()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'speech-toggle')?.shortcut ?? ''))
      .catch(() => setShortcut(''));
  }, []);

  useEffect(() => {
    const speech = new SpeechClient();
    client.current = speech;
    const stop = speech.watchVoices(setVoices);
    return () => {
      stop();
      speech.close();
      client.current = null;
    };
  }, []);

  const offered = voicesToOffer(voices);
  const chosenId = draft.speechVoiceId ?? '';
  const rate = draft.speechRate ?? 1;
  // The voice that speaks: the one picked, else the player's own choice (a local Vietnamese voice, else built-in).
  const speaking = voices.length === 0 ? undefined : chooseVoice(voices.filter((v) => v.engine === 'browser'), chosenId || undefined).voice;

  const listen = (): void => {
    const speech = client.current;
    if (!speech || !speaking) return;
    setHearing({ kind: 'starting' });
    setWord(null);
    speech
      .speak(spoken.text, speaking.id, rate, {
        onStart: (engine) => setHearing({ kind: 'speaking', engine }),
        onWord: ({ spokenStart, spokenEnd }) => {
          const range = spoken.map.sourceRange(spokenStart, spokenEnd);
          setWord({ start: range.start, end: range.end });
        },
      })
      .then(() => {
        setHearing({ kind: 'idle' });
        setWord(null);
      })
      .catch((error: unknown) => {
        setWord(null);
        if (error instanceof SpeechPreviewError && error.code === 'stopped') setHearing({ kind: 'idle' });
        else setHearing({ kind: 'failed', message: failureText(error) });
      });
  };
  const stop = (): void => client.current?.stop();
  const isBusy = hearing.kind === 'starting' || hearing.kind === 'speaking';

  return (
    <>
      <p>{t('welcome_listenIntro')}</p>
      <blockquote class="listen-sample" lang="vi" data-part="listen-sample">
        {word ? (
          <>
            {sample.slice(0, word.start)}
            <mark data-heard="">{sample.slice(word.start, word.end)}</mark>
            {sample.slice(word.end)}
          </>
        ) : (
          sample
        )}
      </blockquote>
      <label class="listen-voice">
        <span>{t('speech_voice')}</span>
        <select data-setting="welcome-voice" value={chosenId} onChange={(event) => onDraft({ speechVoiceId: (event.currentTarget as HTMLSelectElement).value })}>
          <option value="">{t('speech_voiceAuto')}</option>
          {offered.map((voice) => (
            <option key={voice.id} value={voice.id}>
              {voiceLabel(voice)}
            </option>
          ))}
        </select>
      </label>
      <div class="choices" role="group" aria-label={t('welcome_listenPace')}>
        {PACES.map((pace) => (
          <button
            type="button"
            class="secondary"
            key={pace.rate}
            data-action="welcome-listen-rate"
            data-value={String(pace.rate)}
            aria-pressed={Math.abs(rate - pace.rate) < 1e-9 ? 'true' : 'false'}
            onClick={() => onDraft({ speechRate: pace.rate })}
          >
            {t(pace.label)} ({formatRate(pace.rate)}×)
          </button>
        ))}
      </div>
      <div class="listen-controls">
        {isBusy ? (
          <button type="button" data-action="welcome-listen-stop" onClick={stop}>
            <PlayerIcon name="stop" beforeLabel />
            {t('welcome_listenStop')}
          </button>
        ) : (
          <button type="button" data-action="welcome-listen" disabled={!speaking} onClick={listen}>
            <PlayerIcon name="play" beforeLabel />
            {t('welcome_listenTry')}
          </button>
        )}
      </div>
      <p class="listen-status" role="status" data-listen-state={hearing.kind} aria-busy={voices.length === 0 ? 'true' : undefined}>
        {hearing.kind === 'failed'
          ? t(hearing.message)
          : speaking
            ? t(hearing.kind === 'speaking' ? 'speech_speaking' : 'speech_ready', voiceLabel(speaking))
            : ''}
      </p>
      <p class="muted" data-part="listen-how">{shortcut ? t('welcome_listenHow', shortcut) : t('welcome_listenHowNoKey')}</p>
    </>
  );
}

function failureText(error: unknown): MessageKey {
  if (error instanceof SpeechPreviewError) {
    if (error.code === 'audio-blocked') return 'speech_errorAudio';
    if (error.code === 'no-voice' || error.code === 'synthesis-failed') return 'speech_errorVoice';
  }
  return 'speech_errorStopped';
}
