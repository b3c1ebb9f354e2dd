import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppealSchema } from '../../../../../api/rankings.ts';
import { romeDateTime } from '../application-format.ts';

type Appeal = z.infer<typeof AppealSchema>;

/** The candidate's appeals, each with its status and, once answered, the committee's answer. */
export const OwnAppeals = ({ appeals }: { appeals: Appeal[] }) => {
  const { t, i18n } = useTranslation();
  if (appeals.length === 0) return null;
  return (
    <section aria-labelledby="own-appeals-title" className="mb-4">
      <h3 id="own-appeals-title" className="h5">
        {t('candidateSelection.appealsTitle')}
      </h3>
      <ul className="list-unstyled">
        {appeals.map((appeal) => (
          <li key={appeal.id} className="border rounded p-3 mb-2" data-testid="own-appeal">
            <p className="mb-1">
              <strong>{t(`candidateSelection.appealStatus.${appeal.status}`)}</strong>
              {' · '}
              {t('candidateSelection.submittedAt', romeDateTime(appeal.submittedAt, i18n.language))}
            </p>
            <p className="mb-1" style={{ whiteSpace: 'pre-wrap' }}>
              {appeal.reason}
            </p>
            {appeal.attachmentName && (
              <p className="mb-1 small">
                {t('candidateSelection.attached', { name: appeal.attachmentName })}
              </p>
            )}
            {appeal.answer && (
              <p className="mb-0">
                <strong>{t('candidateSelection.answer')}</strong> {appeal.answer}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
