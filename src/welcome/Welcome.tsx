// The welcome page ("Hướng dẫn sử dụng"): a few steps, one at a time, in big text. The reader tries each choice on
// a sample of a real article; nothing is saved until they choose it, and every step (or the whole guide) can be
// skipped. Opened once after the first install (src/background/welcome.ts), and again from the popup and options.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { loadSettings, updateSettings } from '../shared/settings';
import type { WelcomeDraft } from './types';
import { percentOf } from '../shared/ui/ComfortControls';
import { useReadyWhen } from '../shared/ui/ready';
import { WELCOME_STEPS } from './steps';

export function Welcome() {
  const [draft, setDraft] = useState<WelcomeDraft | null>(null);
  /** The step shown; WELCOME_STEPS.length is the closing page. */
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);

  useEffect(() => {
    void loadSettings().then(({ settings }) => setDraft({ ...settings.siteDefaults }));
  }, []);
  useReadyWhen(draft !== null);

  // The focus follows the reader to the new step's heading (not on the first render: the page just opened).
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  if (!draft) return <main aria-busy="true" />;

  const step = WELCOME_STEPS[index];
  const goTo = (next: number): void => {
    setFailure(null);
    setIndex(Math.max(0, Math.min(WELCOME_STEPS.length, next)));
  };
  const choose = (): void => {
    if (!step?.choose) return;
    const choice = step.choose;
    setSaving(true);
    updateSettings((settings) => choice(settings, draft))
      .then(() => {
        setSaved((list) => [...list.filter((id) => id !== step.id), step.id]);
        goTo(index + 1);
      })
      .catch((error: unknown) => setFailure(t('actionFailed', error instanceof Error ? error.message : String(error))))
      .finally(() => setSaving(false));
  };

  return (
    <main class="welcome" data-step={step?.id ?? 'done'}>
      <header class="welcome-head">
        <h1>{t('welcome_title')}</h1>
        {step && (
          <button type="button" class="secondary" data-action="welcome-skip-all" onClick={() => goTo(WELCOME_STEPS.length)}>
            {t('welcome_skipAll')}
          </button>
        )}
      </header>
      <nav aria-label={t('welcome_stepsLabel')}>
        <ol class="progress">
          {WELCOME_STEPS.map((s, i) => (
            <li key={s.id} aria-current={i === index ? 'step' : undefined} data-done={saved.includes(s.id) ? '' : undefined}>
              {t(s.title)}
            </li>
          ))}
        </ol>
      </nav>
      {step ? (
        <section aria-labelledby="step-heading" data-welcome-step={step.id}>
          <p class="step-count">{t('welcome_stepCount', [String(index + 1), String(WELCOME_STEPS.length)])}</p>
          <h2 id="step-heading" tabIndex={-1} ref={heading}>
            {t(step.title)}
          </h2>
          <step.Component draft={draft} onDraft={(patch) => setDraft({ ...draft, ...patch })} />
          {failure && (
            <p class="notice" role="alert">
              {failure}
            </p>
          )}
          <div class="step-actions">
            <button type="button" class="secondary" data-action="welcome-back" disabled={index === 0} onClick={() => goTo(index - 1)}>
              {t('welcome_back')}
            </button>
            {step.choose ? (
              <>
                <button type="button" class="secondary" data-action="welcome-skip" onClick={() => goTo(index + 1)}>
                  {t('welcome_skipStep')}
                </button>
                <button type="button" data-action="welcome-choose" disabled={isSaving} onClick={choose}>
                  {t(step.chooseLabel ?? 'welcome_choose')}
                </button>
              </>
            ) : (
              <button type="button" data-action="welcome-next" onClick={() => goTo(index + 1)}>
                {t('welcome_next')}
              </button>
            )}
          </div>
        </section>
      ) : (
        <section aria-labelledby="step-heading" data-welcome-step="done">
          <h2 id="step-heading" tabIndex={-1} ref={heading}>
            {t('welcome_doneTitle')}
          </h2>
          <p role="status" data-welcome-saved="">
            {saved.length === 0 ? t('welcome_doneNothing') : t('welcome_doneSaved', percentOf(draft.scale))}
          </p>
          <p>{t('welcome_doneReopen')}</p>
          <div class="step-actions">
            <button type="button" class="secondary" data-action="welcome-back" onClick={() => goTo(0)}>
              {t('welcome_again')}
            </button>
            <button type="button" data-action="welcome-close" onClick={() => window.close()}>
              {t('welcome_close')}
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
