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
import { FootnotesList } from '../editor/footnotes-list';
import { SheetFields } from './sheet-fields';
import { LeadPhotoSlot } from './lead-photo-slot';
import { formatDateTime } from '../lib/date-format';
import { exportLabels } from '../../core/export/labels';

function PressLines() {
  const { t, i18n } = useTranslation();
  const embargo = useStore(documentStore, (s) => s.meta.embargo);
  return (
    <p className="sheet-embargo">
      {embargo.mode === 'immediate' ? t('page.embargoImmediate') : t('page.embargoUntil', { at: formatDateTime(embargo.at, i18n.language) })}
    </p>
  );
}

/**
 * The dateline as the release will read, in its language, as its exports print it (vi `Điện Biên,
 * ngày 15 tháng 01 năm 2027`, en `ĐIỆN BIÊN, January 15, 2027 —`): not the browser's date format.
 */
function Dateline() {
  const dateline = useStore(documentStore, (s) => s.meta.dateline);
  const language = useStore(documentStore, (s) => s.meta.language);
  const text = exportLabels(language).pressDateline(dateline.place, dateline.date);
  if (text === '') return null;
  return <p className="sheet-dateline">{text}</p>;
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
      <LeadPhotoSlot />
      <div className="sheet-body" data-testid="editor-body">
        <EditorContent editor={editor} />
      </div>
      <PenName />
      <FootnotesList editor={editor} />
    </article>
  );
}
