import { useTranslation } from 'react-i18next';
import type { OpenCall } from '../../../../api/applications.ts';
import { inLanguage } from './application-format.ts';
import type { FormIssue } from './draft-form.ts';

/** Situations the regulation names; any other is shown by the attachment it asks for. */
const KNOWN = ['bachelor-obtained-elsewhere', 'master-obtained-elsewhere'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (code: string): code is Known => (KNOWN as readonly string[]).includes(code);

/**
 * Yes/no declarations that make a conditional attachment required (seed 004 art. 4: a degree obtained at another
 * university asks for its self-certification). Each is labelled with the attachment it requires.
 */
export const SituationsFieldset = ({
  attachments,
  situations,
  onChange,
  issuesOf,
}: {
  attachments: OpenCall['requiredAttachments'];
  situations: Record<string, boolean>;
  onChange: (next: Record<string, boolean>) => void;
  issuesOf: (situation: string) => FormIssue[];
}) => {
  const { t, i18n } = useTranslation();
  const codes = Object.keys(situations);
  if (codes.length === 0) return null;
  return (
    <fieldset className="mb-4">
      <legend className="h4">{t('applications.situationsLegend')}</legend>
      <p className="small">{t('applications.situationsHelp')}</p>
      {codes.map((code) => {
        const required = attachments
          .filter((attachment) => attachment.when === code)
          .map((attachment) => `«${inLanguage(attachment.label, i18n.language)}»`)
          .join(', ');
        const id = `situation-${code}`;
        const issues = issuesOf(code);
        return (
          <div key={code} className="form-check mb-3">
            <input
              id={id}
              type="checkbox"
              checked={situations[code] === true}
              aria-describedby={`${id}-help${issues.length > 0 ? ` ${id}-error` : ''}`}
              aria-invalid={issues.length > 0 ? true : undefined}
              onChange={(event) => onChange({ ...situations, [code]: event.target.checked })}
            />
            <label htmlFor={id}>
              {isKnown(code)
                ? t(`applications.situations.${code}`)
                : t('applications.situationOther', { required })}
            </label>
            <div id={`${id}-help`} className="small ms-5">
              {t('applications.situationRequires', { required })}
            </div>
            {issues.length > 0 && (
              <div id={`${id}-error`} className="small ms-5 text-danger">
                {issues.map((issue) => issue.message).join(' ')}
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
};
