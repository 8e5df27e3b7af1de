/**
 * An accessible modal: a native <dialog> opened with showModal (the page behind becomes inert),
 * labelled by its title, focus kept inside, Escape = the dialog's cancel, focus returned to where
 * it was on close.
 */
import { useEffect, useId, useRef, type ReactNode, type KeyboardEvent } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  title: string;
  /** Escape, and whatever the dialog treats as "Cancel". */
  onCancel: () => void;
  children: ReactNode;
  testId?: string;
  /** id of the element holding the dialog's message, for screen readers. */
  describedBy?: string;
  className?: string;
}

/**
 * Focus back where it was. Into an editor through its view, which puts its selection back too: a
 * plain focus() leaves Chromium's caret at the start of the body, which ProseMirror corrects only
 * within 200 ms (a loaded machine lost the selection a comment was about to be made on).
 */
function focusBack(element: HTMLElement): void {
  const view = (element as HTMLElement & { editor?: { view?: { focus(): void } } }).editor?.view;
  if (view !== undefined) view.focus();
  else element.focus();
}

export function Modal({ title, onCancel, children, testId, describedBy, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (returnTo?.isConnected) focusBack(returnTo);
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key !== 'Tab') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={className === undefined ? 'modal' : `modal ${className}`}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
