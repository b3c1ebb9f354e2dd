import { useTranslation } from 'react-i18next';
import type { Application, OpenCall } from '../../../../api/applications.ts';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { neededAttachments } from './draft-form.ts';

/**
 * The attachments the application needs now (seed 004 art. 4: an identity document always, a self-certification
 * when declared), and any file uploaded for one no longer needed, so it can be removed.
 */
export const AttachmentsSection = ({
  application,
  required,
  situations,
}: {
  application: Pick<Application, 'id' | 'attachments'>;
  required: OpenCall['requiredAttachments'];
  situations: Record<string, boolean>;
}) => {
  const { t } = useTranslation();
  const needed = neededAttachments(required, situations);
  const neededCodes = new Set(needed.map((attachment) => attachment.code));
  const others = application.attachments.filter((file) => !neededCodes.has(file.code));
  return (
    <section aria-labelledby="attachments-title" className="mb-4">
      <h2 id="attachments-title" className="h4">
        {t('applications.attachmentsTitle')}
      </h2>
      <p className="small">{t('applications.attachmentsHelp')}</p>
      {needed.map((attachment) => (
        <AttachmentUpload
          key={attachment.code}
          applicationId={application.id}
          attachment={attachment}
          uploaded={application.attachments.filter((file) => file.code === attachment.code)}
        />
      ))}
      {others.length > 0 && (
        <>
          <h3 className="h6">{t('applications.otherAttachments')}</h3>
          <AttachmentUpload
            applicationId={application.id}
            attachment={{ code: 'other', label: { it: '', en: '' } }}
            uploaded={others}
          />
        </>
      )}
    </section>
  );
};
