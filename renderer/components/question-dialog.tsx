/** The question a file action is waiting on: unsaved changes, a file changed on disk, or a link. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../lib/store';
import { uiStore } from '../app/ui-store';
import { LinkDialog } from '../editor/link-dialog';
import { Modal } from './modal';

export function QuestionDialog() {
  const question = useStore(uiStore, (s) => s.question);
  const { t } = useTranslation();
  const messageId = useId();
  if (question === null) return null;

  if (question.kind === 'link') return <LinkDialog key="link" href={question.href} onAnswer={question.answer} />;

  if (question.kind === 'unsaved') {
    const answer = question.answer;
    return (
      <Modal title={t('unsaved.title')} onCancel={() => answer('cancel')} describedBy={messageId} testId="unsaved-dialog">
        <p id={messageId}>{t('unsaved.body', { name: question.name ?? t('app.untitled') })}</p>
        <div className="modal-actions">
          <button type="button" className="primary" data-autofocus onClick={() => answer('save')}>
            {t('dialog.save')}
          </button>
          <button type="button" onClick={() => answer('discard')}>
            {t('dialog.dontSave')}
          </button>
          <button type="button" onClick={() => answer('cancel')}>
            {t('dialog.cancel')}
          </button>
        </div>
      </Modal>
    );
  }

  const answer = question.answer;
  return (
    <Modal title={t('changed.title')} onCancel={() => answer('cancel')} describedBy={messageId} testId="changed-dialog">
      <p id={messageId}>{t('errors.changed-on-disk')}</p>
      <div className="modal-actions">
        <button type="button" onClick={() => answer('overwrite')}>
          {t('changed.overwrite')}
        </button>
        <button type="button" className="primary" data-autofocus onClick={() => answer('save-as')}>
          {t('changed.saveAs')}
        </button>
        <button type="button" onClick={() => answer('cancel')}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
