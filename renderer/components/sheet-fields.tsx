/**
 * Headline, subhead and sapo, edited in place on the sheet. Each subscribes to its own field of
 * the document store, so typing in one re-renders only that one.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { currentEditor, documentStore, updateMeta, type ReleaseMeta } from '../app/document-store';
import { isLocked } from '../app/signoff';
import { useStore } from '../lib/store';
import { nfcHandlers, oneLine } from './nfc-input';

type TextKey = 'headline' | 'subhead' | 'sapo';

interface SheetFieldProps {
  field: TextKey;
  label: string;
  placeholder: string;
  maxLength: number;
  className: string;
  testId?: string;
  /** Where Enter goes: a paragraph field has no line breaks. */
  onEnter: () => void;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
  autoFocus?: boolean;
}

function SheetField({ field, label, placeholder, maxLength, className, testId, onEnter, inputRef, autoFocus }: SheetFieldProps) {
  const value = useStore(documentStore, (s) => s.meta[field]);
  const locked = useStore(documentStore, (s) => isLocked(s.meta.workflow.state));
  const handlers = nfcHandlers((next) => {
    if (next !== documentStore.get().meta[field]) updateMeta((m): ReleaseMeta => ({ ...m, [field]: next }));
  }, oneLine);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onEnter();
    }
  };
  return (
    <textarea
      ref={inputRef}
      className={`sheet-field ${className}`}
      rows={1}
      value={value}
      aria-label={label}
      placeholder={placeholder}
      maxLength={maxLength}
      data-testid={testId}
      data-field={field}
      autoFocus={autoFocus}
      readOnly={locked}
      onKeyDown={onKeyDown}
      {...handlers}
    />
  );
}

const focusBodyStart = (): void => {
  currentEditor()?.commands.focus('start');
};

/** The fields in reading order; `dateline` (press releases) sits between the titles and the lead. */
export function SheetFields({ dateline }: { dateline?: ReactNode }) {
  const { t } = useTranslation();
  const showSubhead = useStore(documentStore, (s) => s.meta.kind === 'press' || s.meta.subhead !== '');
  const subheadRef = useRef<HTMLTextAreaElement>(null);
  const sapoRef = useRef<HTMLTextAreaElement>(null);
  // A new release starts at its headline (the sheet mounts afresh for every document).
  const [startHere] = useState(() => documentStore.get().meta.headline === '');
  return (
    <>
      <SheetField
        field="headline"
        label={t('page.headline')}
        placeholder={t('page.headlinePlaceholder')}
        maxLength={2_000}
        className="sheet-headline"
        testId="headline"
        autoFocus={startHere}
        onEnter={() => (subheadRef.current ?? sapoRef.current)?.focus()}
      />
      {showSubhead && (
        <SheetField
          field="subhead"
          label={t('page.subhead')}
          placeholder={t('page.subheadPlaceholder')}
          maxLength={2_000}
          className="sheet-subhead"
          testId="subhead"
          inputRef={subheadRef}
          onEnter={() => sapoRef.current?.focus()}
        />
      )}
      {dateline}
      <SheetField
        field="sapo"
        label={t('page.sapo')}
        placeholder={t('page.sapoPlaceholder')}
        maxLength={100_000}
        className="sheet-sapo"
        testId="sapo"
        inputRef={sapoRef}
        onEnter={focusBodyStart}
      />
    </>
  );
}
