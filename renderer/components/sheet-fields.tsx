/**
 * Headline, subhead and sapo, edited in place on the sheet. Each subscribes to its own field of
 * the document store, so typing in one re-renders only that one.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { currentEditor, documentStore } from '../app/document-store';
import { fieldEdited, fieldFocused, redoField, undoField } from '../app/field-history';
import { shellCaretBeyondHeadline } from '../app/shell-handover';
import { useLocked } from '../app/signoff';
import { useStore } from '../lib/store';
import { FieldGlossaryHint } from './field-glossary-hint';
import { nfcHandlers, oneLine } from './nfc-input';

type TextKey = 'headline' | 'subhead' | 'sapo';

/** Each field's label, placeholder and length limit; its class is `sheet-<field>` and its test id the field's name. */
const FIELDS = {
  headline: { label: 'page.headline', placeholder: 'page.headlinePlaceholder', maxLength: 2_000 },
  subhead: { label: 'page.subhead', placeholder: 'page.subheadPlaceholder', maxLength: 2_000 },
  sapo: { label: 'page.sapo', placeholder: 'page.sapoPlaceholder', maxLength: 100_000 },
} as const satisfies Record<TextKey, { label: string; placeholder: string; maxLength: number }>;

/** Reading order: Enter in a field moves to the next one on the sheet, and from the last into the body. */
const ORDER = Object.keys(FIELDS) as readonly TextKey[];

interface SheetFieldProps {
  field: TextKey;
  /** Where Enter goes: a paragraph field has no line breaks. */
  onEnter: () => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  autoFocus?: boolean;
}

function SheetField({ field, onEnter, inputRef, autoFocus }: SheetFieldProps) {
  const { t } = useTranslation();
  const { label, placeholder, maxLength } = FIELDS[field];
  const value = useStore(documentStore, (s) => s.meta[field]);
  const locked = useLocked();
  const handlers = nfcHandlers((next) => {
    fieldEdited(field, next, inputRef.current?.selectionStart ?? next.length);
  }, oneLine);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      onEnter();
      return;
    }
    // Undo/redo by words, from this field's own history (as the body's editor does).
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && !e.altKey && (key === 'z' || key === 'y')) {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) redoField(field);
      else undoField(field);
    }
  };
  return (
    <textarea
      ref={inputRef}
      className={`sheet-field sheet-${field}`}
      rows={1}
      value={value}
      aria-label={t(label)}
      placeholder={t(placeholder)}
      maxLength={maxLength}
      data-testid={field}
      data-field={field}
      autoFocus={autoFocus}
      readOnly={locked}
      onKeyDown={onKeyDown}
      onFocus={() => fieldFocused(field)}
      onBlur={() => fieldFocused(null)}
      {...handlers}
    />
  );
}

const focusBodyStart = (): void => {
  currentEditor()?.commands.focus('start');
};

/** The fields in reading order; `dateline` (press releases) sits between the titles and the lead. */
export function SheetFields({ dateline }: { dateline?: ReactNode }) {
  const showSubhead = useStore(documentStore, (s) => s.meta.kind === 'press' || s.meta.subhead !== '');
  const refs: Record<TextKey, RefObject<HTMLTextAreaElement | null>> = {
    headline: useRef<HTMLTextAreaElement>(null),
    subhead: useRef<HTMLTextAreaElement>(null),
    sapo: useRef<HTMLTextAreaElement>(null),
  };
  // A new release starts at its headline (the sheet mounts afresh for every document), unless the startup shell's caret is elsewhere.
  const [startHere] = useState(() => documentStore.get().meta.headline === '' && !shellCaretBeyondHeadline());
  /** The next field on the sheet after `field` (a hidden subhead is skipped), else the body. */
  const focusAfter = (field: TextKey): void => {
    const next = ORDER.slice(ORDER.indexOf(field) + 1)
      .map((key) => refs[key].current)
      .find((el) => el !== null);
    if (next) next.focus();
    else focusBodyStart();
  };
  const sheetField = (field: TextKey) => (
    <>
      <SheetField field={field} inputRef={refs[field]} autoFocus={field === 'headline' ? startHere : undefined} onEnter={() => focusAfter(field)} />
      <FieldGlossaryHint field={field} />
    </>
  );
  return (
    <>
      {sheetField('headline')}
      {showSubhead && sheetField('subhead')}
      {dateline}
      {sheetField('sapo')}
    </>
  );
}
