import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import { type ArticleForm, type AttachmentForm, emptyArticle, emptyAttachment } from './call-form.ts';
import { EditorSection, SelectInput, TextAreaInput } from './FormFields.tsx';
import type { SectionProps } from './GeneralFields.tsx';

/** The attachments an application must carry: always, or when the candidate declares a situation. */
export const AttachmentsFields = ({ form, onChange, messageAt }: SectionProps) => {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<AttachmentForm>) =>
    onChange({ attachments: form.attachments.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  return (
    <EditorSection id="call-attachments" title={t('callEditor.attachments')}>
      {form.attachments.length === 0 && <p>{t('callEditor.noAttachments')}</p>}
      {form.attachments.map((attachment, index) => {
        const id = `call-attachment-${index}`;
        const at = (field: string) => messageAt(`requiredAttachments.${index}.${field}`);
        const number = index + 1;
        return (
          <fieldset key={attachment.key} className="border-bottom pb-3 mb-3">
            <legend className="h5">{t('callEditor.attachment', { number })}</legend>
            <div className="row g-3">
              <div className="col-md-4">
                <TextField
                  id={`${id}-code`}
                  label={t('callEditor.attachmentCode')}
                  value={attachment.code}
                  onChange={(event) => update(index, { code: event.target.value })}
                  error={at('code')}
                  required
                />
              </div>
              <div className="col-md-8">
                <TextField
                  id={`${id}-labelIt`}
                  label={t('callEditor.labelIt')}
                  lang="it"
                  value={attachment.labelIt}
                  onChange={(event) => update(index, { labelIt: event.target.value })}
                  error={at('label.it') ?? at('label')}
                  required
                />
              </div>
              <div className="col-md-8 offset-md-4">
                <TextField
                  id={`${id}-labelEn`}
                  label={t('callEditor.labelEn')}
                  lang="en"
                  value={attachment.labelEn}
                  onChange={(event) => update(index, { labelEn: event.target.value })}
                  error={at('label.en')}
                  required
                />
              </div>
              <div className="col-md-6">
                <SelectInput
                  id={`${id}-required`}
                  label={t('callEditor.attachmentRequired')}
                  value={attachment.required}
                  onChange={(value) => update(index, { required: value as AttachmentForm['required'] })}
                  error={at('required')}
                  options={[
                    { value: 'always', label: t('callEditor.always') },
                    { value: 'when-declared', label: t('callEditor.whenDeclared') },
                  ]}
                />
              </div>
              {attachment.required === 'when-declared' && (
                <div className="col-md-6">
                  <TextField
                    id={`${id}-when`}
                    label={t('callEditor.when')}
                    value={attachment.when}
                    onChange={(event) => update(index, { when: event.target.value })}
                    error={at('when')}
                  />
                </div>
              )}
            </div>
            <Button
              type="button"
              color="danger"
              outline
              size="sm"
              onClick={() => onChange({ attachments: form.attachments.filter((_, i) => i !== index) })}
            >
              {t('callEditor.removeAttachment', { number })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        type="button"
        color="primary"
        outline
        onClick={() => onChange({ attachments: [...form.attachments, emptyAttachment()] })}
      >
        {t('callEditor.addAttachment')}
      </Button>
    </EditorSection>
  );
};

/** Free-text articles of the call, printed in its PDF after the table. */
export const ArticlesFields = ({ form, onChange, messageAt }: SectionProps) => {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ArticleForm>) =>
    onChange({ articles: form.articles.map((a, i) => (i === index ? { ...a, ...patch } : a)) });
  return (
    <EditorSection id="call-articles" title={t('callEditor.articles')}>
      {form.articles.length === 0 && <p>{t('callEditor.noArticles')}</p>}
      {form.articles.map((article, index) => {
        const id = `call-article-${index}`;
        const number = index + 1;
        return (
          <fieldset key={article.key} className="border-bottom pb-3 mb-3">
            <legend className="h5">{t('callEditor.article', { number })}</legend>
            <TextField
              id={`${id}-title`}
              label={t('callEditor.articleTitle')}
              value={article.title}
              onChange={(event) => update(index, { title: event.target.value })}
              error={messageAt(`articles.${index}.title`)}
              required
            />
            <TextAreaInput
              id={`${id}-body`}
              label={t('callEditor.articleBody')}
              rows={5}
              value={article.body}
              onChange={(event) => update(index, { body: event.target.value })}
              error={messageAt(`articles.${index}.body`)}
            />
            <Button
              type="button"
              color="danger"
              outline
              size="sm"
              onClick={() => onChange({ articles: form.articles.filter((_, i) => i !== index) })}
            >
              {t('callEditor.removeArticle', { number })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        type="button"
        color="primary"
        outline
        onClick={() => onChange({ articles: [...form.articles, emptyArticle()] })}
      >
        {t('callEditor.addArticle')}
      </Button>
    </EditorSection>
  );
};
