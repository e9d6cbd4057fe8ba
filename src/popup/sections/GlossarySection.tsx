// The popup's glossary: the article's acronyms with their expansions and where each comes from, asked from the
// content script of the tab ('acronyms/list'). No answer means the feature (or Dễ Đọc) is not running there.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { useReadyWhen } from '../../shared/ui/ready';
import { sendToTab, type AcronymGlossary, type AcronymGlossaryItem } from '../../shared/messages';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; glossary: AcronymGlossary };

function sourceLabel(source: AcronymGlossaryItem['source']): string {
  return source === 'page' ? t('acronyms_sourcePage') : source === 'user' ? t('acronyms_sourceUser') : t('acronyms_sourceBuiltin');
}

/** The list grows with long articles: the popup stays small and the list scrolls. */
const LIST_STYLE = { maxHeight: '320px', overflowY: 'auto', margin: '0.25rem 0 0', padding: 0, listStyle: 'none' } as const;
const ITEM_STYLE = { padding: '0.4rem 0', borderTop: '1px solid var(--line)' } as const;

export function GlossarySection({ tabId }: { tabId: number | undefined }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (tabId === undefined) {
      setState({ kind: 'unavailable' });
      return;
    }
    let isCurrent = true;
    const ask = (attempt: number): void => {
      sendToTab(tabId, 'acronyms/list', {})
        .then((glossary) => {
          if (!isCurrent) return;
          if (!glossary) {
            if (attempt < 5) setTimeout(() => ask(attempt + 1), 300);
            else setState({ kind: 'unavailable' });
          }
          // The page may still be annotating (long articles are done in slices): ask again shortly.
          else if (glossary.hasArticle && glossary.items.length === 0 && attempt < 3) setTimeout(() => ask(attempt + 1), 400);
          else setState({ kind: 'ready', glossary });
        })
        // No content script answering yet (the feature was just switched on here): ask again shortly.
        .catch(() => {
          if (!isCurrent) return;
          if (attempt < 5) setTimeout(() => ask(attempt + 1), 300);
          else setState({ kind: 'unavailable' });
        });
    };
    ask(0);
    return () => {
      isCurrent = false;
    };
  }, [tabId]);
  useReadyWhen(state.kind !== 'loading');

  if (state.kind === 'loading') return null;
  return (
    <section class="acronyms-section" aria-labelledby="acronyms-heading" data-section="acronyms">
      <h3 id="acronyms-heading">{t('acronyms_popupHeading')}</h3>
      {state.kind === 'unavailable' ? (
        <p class="muted" data-acronyms-reason="unavailable">
          {t('acronyms_popupUnavailable')}
        </p>
      ) : !state.glossary.hasArticle ? (
        <p class="muted" data-acronyms-reason="no-article">
          {t('acronyms_noArticle')}
        </p>
      ) : (
        <>
          {state.glossary.items.length === 0 ? (
            <p class="muted" data-acronyms-reason="empty">
              {t('acronyms_glossaryEmpty')}
            </p>
          ) : (
            <ul style={LIST_STYLE} data-list="acronyms" tabIndex={0} aria-labelledby="acronyms-heading">
              {state.glossary.items.map((item) => (
                <li key={`${item.short}\u0000${item.expansion}`} style={ITEM_STYLE} data-short={item.short} data-source={item.source}>
                  <strong lang="vi">{item.short}</strong>{' '}
                  <span class="muted">({sourceLabel(item.source)})</span>
                  <br />
                  <span lang="vi">
                    {item.alternatives.length === 0 ? item.expansion : [item.expansion, ...item.alternatives].join(' / ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {state.glossary.unknown.length > 0 && (
            <p class="muted" data-acronyms-unknown="">
              {t('acronyms_popupUnknown', state.glossary.unknown.join(', '))}
            </p>
          )}
        </>
      )}
    </section>
  );
}
