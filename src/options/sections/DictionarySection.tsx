// The options page's editor for the user's own acronym dictionary: add, edit, delete, search,
// import from CSV or JSON (a bad file names its line and changes nothing), export to both. Stays quick with
// 5,000 entries: the search text is folded once per entry and only one page of rows is drawn.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  cleanEntry,
  dictionaryKey,
  foldForSearch,
  parseDictionaryFile,
  toCsv,
  toJson,
  validateEntry,
  type EntryProblem,
  type UserAcronym,
} from '../../core/index';
import { useReadyWhen } from '../../shared/ui/ready';
import { deleteEntry, importEntries, loadDictionary, onDictionaryChanged, putEntry } from '../../shared/dictionary';
import { describeDictionaryError, describeImportError, describeProblem, sentence } from '../../shared/dictionary-messages';
import { Notice } from '../../shared/ui/Notice';
import { download } from '../../shared/ui/download';
import './dictionary.css';
import { t } from '../../shared/i18n';

/** Rows drawn at once: enough to scan, few enough that 5,000 entries never slow the page. */
export const PAGE_SIZE = 50;
/** Errors listed after a failed import; the rest are counted. */
const MAX_ERRORS_SHOWN = 5;

type Status = { text: string; undo?: UserAcronym } | null;

export function DictionarySection() {
  const [entries, setEntries] = useState<UserAcronym[] | null>(null);
  const [isRepaired, setRepaired] = useState(false);
  const [isStorageFull, setStorageFull] = useState(false);
  /** A change that could not be saved, said in the reader's language (nothing was changed). */
  const [failure, setFailure] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [importErrors, setImportErrors] = useState<{ file: string; lines: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadDictionary().then(({ entries: loaded, backupKey, isStorageFull: isFull }) => {
      setEntries(loaded);
      setRepaired(backupKey !== null);
      setStorageFull(isFull);
    });
    return onDictionaryChanged((next) => setEntries(next));
  }, []);
  useReadyWhen(entries !== null);

  // Folded once per dictionary change, not once per keystroke.
  const folded = useMemo(
    () => (entries ?? []).map((entry) => ({ entry, text: foldForSearch(`${entry.short}\u0000${entry.long}\u0000${entry.note ?? ''}`) })),
    [entries],
  );
  const matches = useMemo(() => {
    const q = foldForSearch(query);
    return q ? folded.filter((f) => f.text.includes(q)).map((f) => f.entry) : folded.map((f) => f.entry);
  }, [folded, query]);

  if (!entries) return <section id="dictionary" aria-labelledby="dictionary-heading" aria-busy="true" />;

  const pageCount = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const rows = matches.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);

  /** Runs a change; a refusal (too many entries, a full storage) is shown, and nothing was changed. */
  const attempt = <T,>(change: Promise<T>, onDone: (result: T) => void): void => {
    void change.then(
      (result) => {
        setFailure(null);
        onDone(result);
      },
      (error: unknown) => {
        setStatus(null);
        setFailure(t('acronyms_saveFailed', describeDictionaryError(error)));
      },
    );
  };

  const onImport = async (file: File): Promise<void> => {
    setStatus(null);
    setFailure(null);
    setImportErrors(null);
    const result = parseDictionaryFile(file.name, await file.text());
    if (!result.ok) {
      setImportErrors({ file: file.name, lines: result.errors.map(describeImportError) });
      return;
    }
    try {
      const merged = await importEntries(result.entries);
      setEntries(merged.entries);
      setStatus({ text: t('acronyms_imported', [file.name, String(merged.added), String(merged.updated)]) });
    } catch (error) {
      setImportErrors({ file: file.name, lines: [describeDictionaryError(error)] });
    }
  };

  const onDelete = (entry: UserAcronym): void =>
    attempt(deleteEntry(entry.short), (next) => {
      setEntries(next);
      setStatus({ text: t('acronyms_deleted', entry.short), undo: entry });
    });

  return (
    <section id="dictionary" aria-labelledby="dictionary-heading" data-section="dictionary">
      <h2 id="dictionary-heading">{t('acronyms_dictHeading')}</h2>
      <p class="muted">{t('acronyms_dictIntro')}</p>
      {isRepaired && <Notice text={t('acronyms_repaired')} />}
      {isStorageFull && <Notice text={t('acronyms_storageFullNotice')} />}
      {failure && (
        <p class="notice" role="alert" data-dictionary-error="">
          {failure}
        </p>
      )}
      <div role="status" aria-live="polite" data-dictionary-status="">
        {status && (
          <p class="dict-status">
            {status.text}{' '}
            {status.undo && (
              <button
                type="button"
                class="secondary"
                data-action="dictionary-undo"
                onClick={() => {
                  const entry = status.undo!;
                  attempt(putEntry(entry), (next) => {
                    setEntries(next);
                    setStatus({ text: t('acronyms_added', entry.short) });
                  });
                }}
              >
                {t('acronyms_undo')}
              </button>
            )}
          </p>
        )}
      </div>

      <AddForm
        onSaved={(entry, isUpdate, next) => {
          setFailure(null);
          setEntries(next);
          setStatus({ text: t(isUpdate ? 'acronyms_updated' : 'acronyms_added', entry.short) });
        }}
        onFailed={(error) => {
          setStatus(null);
          setFailure(t('acronyms_saveFailed', describeDictionaryError(error)));
        }}
        entries={entries}
      />

      <h3>{t('acronyms_dictCount', String(entries.length))}</h3>
      <label class="row" for="dictionary-search">
        {t('acronyms_search')}
      </label>
      <input
        id="dictionary-search"
        type="search"
        data-action="dictionary-search"
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setPage(0);
        }}
        style={{ minHeight: '48px', width: '100%', boxSizing: 'border-box', padding: '0 0.5rem' }}
      />
      {entries.length === 0 ? (
        <p class="muted">{t('acronyms_noEntries')}</p>
      ) : matches.length === 0 ? (
        <p class="muted" data-dictionary-empty="">
          {t('acronyms_noMatches', query)}
        </p>
      ) : (
        <table class="dict-table" data-dictionary-table="">
          <thead>
            <tr>
              <th scope="col">{t('acronyms_short')}</th>
              <th scope="col">{t('acronyms_long')}</th>
              <th scope="col">{t('acronyms_noteColumn')}</th>
              <th scope="col">{t('acronyms_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) =>
              editing === dictionaryKey(entry.short) ? (
                <EditRow
                  key={`edit:${dictionaryKey(entry.short)}`}
                  entry={entry}
                  onDone={(next, saved) => {
                    setEditing(null);
                    if (next && saved) {
                      setFailure(null);
                      setEntries(next);
                      setStatus({ text: t('acronyms_updated', saved.short) });
                    }
                  }}
                  onFailed={(error) => {
                    setStatus(null);
                    setFailure(t('acronyms_saveFailed', describeDictionaryError(error)));
                  }}
                />
              ) : (
                <tr key={dictionaryKey(entry.short)} data-short={entry.short}>
                  <td lang="vi">
                    <strong>{entry.short}</strong>
                  </td>
                  <td lang="vi">{entry.long}</td>
                  <td lang="vi">{entry.note ?? ''}</td>
                  <td class="dict-actions">
                    <button
                      type="button"
                      class="secondary"
                      data-action="dictionary-edit"
                      aria-label={t('acronyms_editLabel', entry.short)}
                      onClick={() => setEditing(dictionaryKey(entry.short))}
                    >
                      {t('acronyms_edit')}
                    </button>
                    <button
                      type="button"
                      class="secondary"
                      data-action="dictionary-delete"
                      aria-label={t('acronyms_deleteLabel', entry.short)}
                      onClick={() => onDelete(entry)}
                    >
                      {t('acronyms_delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {pageCount > 1 && (
        <nav class="dict-pages" aria-label={t('acronyms_pageOf', [String(currentPage + 1), String(pageCount)])}>
          <button
            type="button"
            class="secondary"
            data-action="dictionary-prev"
            disabled={currentPage === 0}
            onClick={() => setPage(currentPage - 1)}
          >
            {t('acronyms_pagePrev')}
          </button>
          <span data-dictionary-page="">{t('acronyms_pageOf', [String(currentPage + 1), String(pageCount)])}</span>
          <button
            type="button"
            class="secondary"
            data-action="dictionary-next"
            disabled={currentPage >= pageCount - 1}
            onClick={() => setPage(currentPage + 1)}
          >
            {t('acronyms_pageNext')}
          </button>
        </nav>
      )}

      <h3>{t('acronyms_importHeading')}</h3>
      <p class="muted">{t('acronyms_importHint')}</p>
      <div class="dict-io">
        <label class="dict-file" for="dictionary-import">
          {t('acronyms_import')}
        </label>
        <input
          id="dictionary-import"
          ref={fileInput}
          type="file"
          accept=".csv,.json,.tsv,.txt,text/csv,application/json"
          data-action="dictionary-import"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void onImport(file).finally(() => (input.value = ''));
          }}
        />
        <button
          type="button"
          class="secondary"
          data-action="dictionary-export-csv"
          disabled={entries.length === 0}
          onClick={() => {
            download('de-doc-tu-viet-tat.csv', 'text/csv;charset=utf-8', toCsv(entries));
            setStatus({ text: t('acronyms_exported', String(entries.length)) });
          }}
        >
          {t('acronyms_exportCsv')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="dictionary-export-json"
          disabled={entries.length === 0}
          onClick={() => {
            download('de-doc-tu-viet-tat.json', 'application/json', toJson(entries));
            setStatus({ text: t('acronyms_exported', String(entries.length)) });
          }}
        >
          {t('acronyms_exportJson')}
        </button>
      </div>
      {importErrors && (
        <div class="notice" role="alert" data-import-errors="">
          <p>{t('acronyms_importFailed', importErrors.file)}</p>
          <ul>
            {importErrors.lines.slice(0, MAX_ERRORS_SHOWN).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {importErrors.lines.length > MAX_ERRORS_SHOWN && (
            <p>{t('acronyms_importMore', String(importErrors.lines.length - MAX_ERRORS_SHOWN))}</p>
          )}
        </div>
      )}
    </section>
  );
}

interface FieldsState {
  short: string;
  long: string;
  note: string;
}

function Fields({ idPrefix, value, onChange, problem }: { idPrefix: string; value: FieldsState; onChange(next: FieldsState): void; problem: EntryProblem | null }) {
  const shortProblem = problem === 'short-missing' || problem === 'short-too-long' || problem === 'short-no-letter';
  const noteProblem = problem === 'note-too-long';
  const longProblem = problem !== null && !shortProblem && !noteProblem;
  const errorId = `${idPrefix}-error`;
  const field = (name: keyof FieldsState, label: string, isInvalid: boolean) => (
    <label class="dict-field" for={`${idPrefix}-${name}`}>
      <span>{label}</span>
      <input
        id={`${idPrefix}-${name}`}
        type="text"
        lang="vi"
        data-field={name}
        value={value[name]}
        aria-invalid={isInvalid ? 'true' : undefined}
        aria-describedby={isInvalid ? errorId : undefined}
        onInput={(event) => onChange({ ...value, [name]: (event.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
  return (
    <>
      {field('short', t('acronyms_short'), shortProblem)}
      {field('long', t('acronyms_long'), longProblem)}
      {field('note', t('acronyms_note'), noteProblem)}
      {problem && (
        <p class="dict-error" id={errorId} role="alert">
          {sentence(describeProblem(problem))}
        </p>
      )}
    </>
  );
}

function AddForm({
  entries,
  onSaved,
  onFailed,
}: {
  entries: UserAcronym[];
  onSaved(entry: UserAcronym, isUpdate: boolean, next: UserAcronym[]): void;
  onFailed(error: unknown): void;
}) {
  const [value, setValue] = useState<FieldsState>({ short: '', long: '', note: '' });
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  return (
    <form
      class="dict-add"
      data-form="dictionary-add"
      aria-labelledby="dictionary-add-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const entry = cleanEntry(value);
        const found = validateEntry(entry);
        setProblem(found);
        if (found) return;
        const isUpdate = entries.some((e) => dictionaryKey(e.short) === dictionaryKey(entry.short));
        // Refused (a full dictionary or storage): what the reader typed stays in the form, to try again.
        void putEntry(entry).then((next) => {
          setValue({ short: '', long: '', note: '' });
          onSaved(entry, isUpdate, next);
          (document.getElementById('dictionary-add-short') as HTMLInputElement | null)?.focus();
        }, onFailed);
      }}
    >
      <h3 id="dictionary-add-heading">{t('acronyms_addHeading')}</h3>
      <Fields idPrefix="dictionary-add" value={value} onChange={setValue} problem={problem} />
      <button type="submit" data-action="dictionary-add">
        {t('acronyms_addEntry')}
      </button>
    </form>
  );
}

function EditRow({
  entry,
  onDone,
  onFailed,
}: {
  entry: UserAcronym;
  onDone(next: UserAcronym[] | null, saved?: UserAcronym): void;
  onFailed(error: unknown): void;
}) {
  const [value, setValue] = useState<FieldsState>({ short: entry.short, long: entry.long, note: entry.note ?? '' });
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  const idPrefix = `dictionary-edit-${dictionaryKey(entry.short).replace(/[^\p{L}\p{N}]/gu, '_')}`;
  const first = useRef<HTMLTableCellElement>(null);
  useEffect(() => {
    first.current?.querySelector('input')?.focus();
  }, []);
  return (
    <tr data-editing={entry.short}>
      <td colSpan={4} ref={first}>
        <form
          class="dict-edit"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const next = cleanEntry(value);
            const found = validateEntry(next);
            setProblem(found);
            if (found) return;
            void putEntry(next, entry.short).then((all) => onDone(all, next), onFailed);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone(null);
          }}
        >
          <Fields idPrefix={idPrefix} value={value} onChange={setValue} problem={problem} />
          <div class="dict-actions">
            <button type="submit" data-action="dictionary-save">
              {t('acronyms_saveEdit')}
            </button>
            <button type="button" class="secondary" data-action="dictionary-cancel" onClick={() => onDone(null)}>
              {t('acronyms_cancel')}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
