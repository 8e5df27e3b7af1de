/**
 * The white sheet: the release as it will read — kind, (press releases) embargo line, headline,
 * subhead and dateline, sapo, body, pen name — edited in place.
 */
import { useEffect } from 'react';
import { EditorContent, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { documentStore } from '../app/document-store';
import { useLocked } from '../app/signoff';
import { useStore } from '../lib/store';
import { SheetFields } from './sheet-fields';
import { formatDateTime } from '../lib/date-format';

function formatDate(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return '';
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}


function PressLines() {
  const { t, i18n } = useTranslation();
  const embargo = useStore(documentStore, (s) => s.meta.embargo);
  return (
    <p className="sheet-embargo">
      {embargo.mode === 'immediate' ? t('page.embargoImmediate') : t('page.embargoUntil', { at: formatDateTime(embargo.at, i18n.language) })}
    </p>
  );
}

function Dateline() {
  const { i18n } = useTranslation();
  const dateline = useStore(documentStore, (s) => s.meta.dateline);
  const date = formatDate(dateline.date, i18n.language);
  const text = [dateline.place, date].filter((s) => s !== '').join(', ');
  if (text === '') return null;
  return <p className="sheet-dateline">{text} —</p>;
}

function PenName() {
  const penName = useStore(documentStore, (s) => s.meta.author.penName);
  if (penName.trim() === '') return null;
  return <p className="sheet-pen-name">{penName}</p>;
}

export function ReleaseSheet({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const kind = useStore(documentStore, (s) => s.meta.kind);
  const locked = useLocked();
  // An approved release is locked; no update event, so the lock itself is not an edit.
  useEffect(() => {
    if (!editor.isDestroyed && editor.isEditable === locked) editor.setEditable(!locked, false);
  }, [editor, locked]);
  return (
    <article className="sheet" aria-label={t('page.region')}>
      <p className="sheet-kind">{t(`kind.${kind}`)}</p>
      {kind === 'press' && <PressLines />}
      <SheetFields dateline={kind === 'press' ? <Dateline /> : undefined} />
      <div className="sheet-body" data-testid="editor-body">
        <EditorContent editor={editor} />
      </div>
      <PenName />
    </article>
  );
}
