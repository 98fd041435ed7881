// 「我的词表」 in the 校对 view: the office's own words that proofreading checks every text against —
// wording to change, words not to use, institutions to name in full — each kind with its list and
// a form to add one. An entry is changed in place; a deleted one can be brought back with 撤销 in
// the status line. The storage keeps several lists (packs bring theirs); this edits the user's own.
import { i18n } from '#i18n';
import { useState } from 'react';
import { entryKey, sameEntry, WORD_ENTRY_KINDS, type WordEntry, type WordEntryKind } from '../../lib/domain/wordList.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { editOwnEntries, useOwnWordList } from '../hooks/useWordLists.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { WordEntryForm } from './WordEntryForm.tsx';
import { draftOf, entryText } from './wordListText.ts';

const GROUP_WORDS = {
  term: { title: () => i18n.t('wordList.term.title'), help: () => i18n.t('wordList.term.help') },
  banned: { title: () => i18n.t('wordList.banned.title'), help: () => i18n.t('wordList.banned.help') },
  fullName: { title: () => i18n.t('wordList.fullName.title'), help: () => i18n.t('wordList.fullName.help') },
} satisfies Record<WordEntryKind, { title: () => string; help: () => string }>;

/** Names one entry on screen (its words and its note), so a change keeps its row. */
const rowKey = (entry: WordEntry) => `${entryKey(entry)}\u0000${'note' in entry ? entry.note : ''}`;

export function WordListSection() {
  const list = useOwnWordList();
  const entries = list?.entries ?? [];
  return (
    <section className="word-list" aria-labelledby="word-list-title">
      <h3 id="word-list-title">{i18n.t('wordList.title')}</h3>
      <p className="muted">{i18n.t('wordList.intro')}</p>
      {list !== undefined && WORD_ENTRY_KINDS.map((kind) => <EntryGroup key={kind} kind={kind} entries={entries} />)}
    </section>
  );
}

function EntryGroup({ kind, entries }: { kind: WordEntryKind; entries: readonly WordEntry[] }) {
  const show = useStatus();
  const write = useWrite();
  const [editing, setEditing] = useState<string | null>(null);
  const words = GROUP_WORDS[kind];
  const mine = entries.flatMap((entry, index) => (entry.kind === kind ? [{ entry, index }] : []));
  const headingId = `word-list-${kind}`;

  const apply = async (edit: Parameters<typeof editOwnEntries>[0]) =>
    (await write.run(() => editOwnEntries(edit, i18n.t('wordList.ownName')), { didNot: i18n.t('wordList.didNot'), kept: edit.kind !== 'remove' })).ok;

  /** Another entry (not `except`) already has these words. */
  const duplicate = (except?: WordEntry) => (entry: WordEntry) => entries.some((e) => sameEntry(e, entry) && !(except && rowKey(e) === rowKey(except)));

  async function remove(entry: WordEntry, index: number) {
    if (!(await apply({ kind: 'remove', entry }))) return;
    show(i18n.t('wordList.removed', { text: entryText(entry) }), 'info', { label: i18n.t('common.undo'), run: () => void apply({ kind: 'insert', entry, at: index }) });
  }

  return (
    <section className="word-group" aria-labelledby={headingId}>
      <h4 id={headingId}>{words.title()}</h4>
      <p className="muted small">{words.help()}</p>
      {mine.length === 0 ? (
        <p className="empty small">{i18n.t('wordList.empty')}</p>
      ) : (
        <ul className="word-entries" aria-labelledby={headingId}>
          {mine.map(({ entry, index }) => {
            const key = rowKey(entry);
            const text = entryText(entry);
            return (
              <li key={key}>
                {editing === key ? (
                  <WordEntryForm
                    kind={kind}
                    initial={draftOf(entry)}
                    submitLabel={i18n.t('common.save')}
                    label={i18n.t('wordList.editOf', { text })}
                    isDuplicate={duplicate(entry)}
                    onCancel={() => setEditing(null)}
                    onSubmit={async (after) => {
                      const ok = await apply({ kind: 'replace', before: entry, after });
                      if (ok) {
                        setEditing(null);
                        show(i18n.t('wordList.saved', { text: entryText(after) }), 'success');
                      }
                      return ok;
                    }}
                  />
                ) : (
                  <>
                    <div className="word-entry-text">
                      <span>{text}</span>
                      {'note' in entry && entry.note && <span className="muted small">{i18n.t('wordList.noteShown', { note: entry.note })}</span>}
                    </div>
                    <span className="row-actions">
                      <button aria-label={i18n.t('wordList.editOf', { text })} onClick={() => setEditing(key)}>
                        {i18n.t('wordList.edit')}
                      </button>
                      <button className="danger" aria-label={i18n.t('wordList.deleteOf', { text })} onClick={() => void remove(entry, index)}>
                        {i18n.t('common.delete')}
                      </button>
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorLine id={write.alertId} message={write.message} />
      <WordEntryForm
        kind={kind}
        submitLabel={i18n.t('wordList.add')}
        label={i18n.t('wordList.addTo', { title: words.title() })}
        isDuplicate={duplicate()}
        onSubmit={async (entry) => {
          const ok = await apply({ kind: 'add', entry });
          if (ok) show(i18n.t('wordList.added', { text: entryText(entry) }), 'success');
          return ok;
        }}
      />
    </section>
  );
}
