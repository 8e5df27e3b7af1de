/** The question a file action is waiting on: unsaved changes, a file changed on disk, or a link. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../lib/store';
import { uiStore } from '../app/ui-store';
import { FootnoteDialog } from '../editor/footnote-dialog';
import { LinkDialog } from '../editor/link-dialog';
import { NameDialog } from '../review/name-dialog';
import { Modal } from './modal';

interface Choice<A extends string> {
  answer: A;
  label: string;
  /** The suggested answer: styled as primary and focused first. */
  primary?: boolean;
}

interface ChoiceDialogProps<A extends string> {
  title: string;
  message: string;
  testId: string;
  /** The answers in button order; Cancel (also Escape) comes last. */
  choices: readonly Choice<A>[];
  onAnswer: (answer: A | 'cancel') => void;
}

/** A message and a row of answer buttons ending in Cancel. */
function ChoiceDialog<A extends string>({ title, message, testId, choices, onAnswer }: ChoiceDialogProps<A>) {
  const { t } = useTranslation();
  const messageId = useId();
  const buttons: readonly Choice<A | 'cancel'>[] = [...choices, { answer: 'cancel', label: t('dialog.cancel') }];
  return (
    <Modal title={title} onCancel={() => onAnswer('cancel')} describedBy={messageId} testId={testId}>
      <p id={messageId}>{message}</p>
      <div className="modal-actions">
        {buttons.map(({ answer, label, primary }) => (
          <button key={answer} type="button" className={primary ? 'primary' : undefined} data-autofocus={primary || undefined} onClick={() => onAnswer(answer)}>
            {label}
          </button>
        ))}
      </div>
    </Modal>
  );
}

export function QuestionDialog() {
  const question = useStore(uiStore, (s) => s.question);
  const { t } = useTranslation();
  if (question === null) return null;

  if (question.kind === 'link') return <LinkDialog key="link" href={question.href} onAnswer={question.answer} />;
  if (question.kind === 'footnote') return <FootnoteDialog key="footnote" text={question.text} number={question.number} onAnswer={question.answer} />;
  if (question.kind === 'name') return <NameDialog key="name" onAnswer={question.answer} />;

  if (question.kind === 'confirm') {
    return (
      <ChoiceDialog
        title={question.title}
        message={question.message}
        testId={question.testId}
        choices={[{ answer: 'confirm', label: question.confirmLabel, primary: true }]}
        onAnswer={question.answer}
      />
    );
  }

  if (question.kind === 'unsaved') {
    return (
      <ChoiceDialog
        title={t('unsaved.title')}
        message={t('unsaved.body', { name: question.name ?? t('app.untitled') })}
        testId="unsaved-dialog"
        choices={[
          { answer: 'save', label: t('dialog.save'), primary: true },
          { answer: 'discard', label: t('dialog.dontSave') },
        ]}
        onAnswer={question.answer}
      />
    );
  }

  return (
    <ChoiceDialog
      title={t('changed.title')}
      message={t('errors.changed-on-disk')}
      testId="changed-dialog"
      choices={[
        { answer: 'overwrite', label: t('changed.overwrite') },
        { answer: 'save-as', label: t('changed.saveAs'), primary: true },
      ]}
      onAnswer={question.answer}
    />
  );
}
