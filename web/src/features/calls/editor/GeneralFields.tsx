import { useTranslation } from 'react-i18next';
import type { Funding } from '../../../../../api/funding.ts';
import { TextField } from '../../../components/TextField.tsx';
import { euros } from '../call-format.ts';
import type { CallForm } from './call-form.ts';
import { EditorSection, SelectInput, TextAreaInput } from './FormFields.tsx';

export interface SectionProps {
  form: CallForm;
  onChange: (patch: Partial<CallForm>) => void;
  /** The message for a field (or a part of it), by the path the server uses. */
  messageAt: (field: string) => string | undefined;
  /** The message for exactly this field, not its parts. */
  messageOf: (field: string) => string | undefined;
  /** An amendment cannot change the code, the year or the funding of a published call. */
  amending: boolean;
}

/** Code, title, year, legal references, funding; then the window and the end of activities. */
export const GeneralFields = ({
  form,
  onChange,
  messageAt,
  messageOf,
  amending,
  funding,
}: SectionProps & { funding: Funding[] }) => {
  const { t, i18n } = useTranslation();
  return (
    <>
      <EditorSection id="call-general" title={t('callEditor.general')}>
        <div className="row g-3">
          <div className="col-md-4">
            <TextField
              id="call-code"
              label={t('callEditor.code')}
              infoText={t('callEditor.codeHelp')}
              value={form.code}
              onChange={(event) => onChange({ code: event.target.value })}
              error={messageAt('code')}
              disabled={amending}
              required
            />
          </div>
          <div className="col-md-4">
            <TextField
              id="call-academicYear"
              label={t('callEditor.academicYear')}
              infoText={t('callEditor.academicYearHelp')}
              inputMode="numeric"
              value={form.academicYear}
              onChange={(event) => onChange({ academicYear: event.target.value })}
              error={messageAt('academicYear')}
              disabled={amending}
              required
            />
          </div>
          <div className="col-12">
            <TextField
              id="call-title"
              label={t('callEditor.title')}
              value={form.title}
              onChange={(event) => onChange({ title: event.target.value })}
              error={messageAt('title')}
              required
            />
          </div>
          <div className="col-12">
            <TextAreaInput
              id="call-legalReferences"
              label={t('callEditor.legalReferences')}
              rows={3}
              value={form.legalReferences}
              onChange={(event) => onChange({ legalReferences: event.target.value })}
              error={messageAt('legalReferences')}
            />
          </div>
          <div className="col-12">
            <SelectInput
              id="call-funding"
              label={t('callEditor.funding')}
              value={form.fundingAssignmentId}
              onChange={(value) => onChange({ fundingAssignmentId: value })}
              disabled={amending}
              error={messageAt('fundingAssignmentId')}
              options={[
                { value: '', label: t('callEditor.noFunding') },
                ...funding.map((f) => ({
                  value: f.id,
                  label: t('callEditor.fundingOption', {
                    title: f.title,
                    year: f.year,
                    remaining: euros(f.remainingCents, i18n.language),
                  }),
                })),
              ]}
            />
          </div>
        </div>
      </EditorSection>
      <EditorSection id="call-window" title={t('callEditor.windowSection')} help={t('callEditor.windowHelp')}>
        <div className="row g-3">
          <div className="col-sm-6 col-lg-3">
            <TextField
              id="call-opensDate"
              type="date"
              label={t('callEditor.opensDate')}
              value={form.opensDate}
              onChange={(event) => onChange({ opensDate: event.target.value })}
              error={messageOf('opensAt') ?? messageAt('opensAt.date')}
              required
            />
          </div>
          <div className="col-sm-6 col-lg-3">
            <TextField
              id="call-opensTime"
              type="time"
              label={t('callEditor.opensTime')}
              value={form.opensTime}
              onChange={(event) => onChange({ opensTime: event.target.value })}
              error={messageAt('opensAt.time')}
              required
            />
          </div>
          <div className="col-sm-6 col-lg-3">
            <TextField
              id="call-closesDate"
              type="date"
              label={t('callEditor.closesDate')}
              value={form.closesDate}
              onChange={(event) => onChange({ closesDate: event.target.value })}
              error={messageOf('closesAt') ?? messageAt('closesAt.date')}
              required
            />
          </div>
          <div className="col-sm-6 col-lg-3">
            <TextField
              id="call-closesTime"
              type="time"
              label={t('callEditor.closesTime')}
              value={form.closesTime}
              onChange={(event) => onChange({ closesTime: event.target.value })}
              error={messageAt('closesAt.time')}
              required
            />
          </div>
          <div className="col-sm-6 col-lg-3">
            <TextField
              id="call-activitiesEndDate"
              type="date"
              label={t('callEditor.activitiesEndDate')}
              infoText={t('callEditor.activitiesEndHelp')}
              value={form.activitiesEndDate}
              onChange={(event) => onChange({ activitiesEndDate: event.target.value })}
              error={messageAt('activitiesEndDate')}
            />
          </div>
        </div>
      </EditorSection>
    </>
  );
};
