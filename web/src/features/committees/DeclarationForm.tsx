import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, TextArea } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MyCommitteeCallSchema } from '../../../../api/committees.ts';
import { apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** The member states they have no conflict of interest with the candidates; the server records when. */
export const DeclarationForm = ({ callId }: { callId: string }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [noConflict, setNoConflict] = useState(false);
  const [statement, setStatement] = useState('');
  const declare = useMutation({
    mutationFn: () =>
      apiSend(
        'POST',
        `/api/committee/calls/${encodeURIComponent(callId)}/declaration`,
        { noConflict: true, statement },
        MyCommitteeCallSchema,
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['committee'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (noConflict) declare.mutate();
  };
  return (
    <section aria-labelledby="declaration-title" className="mb-5">
      <h2 id="declaration-title" className="h4">
        {t('committee.declarationTitle')}
      </h2>
      {declare.isError && <ErrorAlert error={declare.error} />}
      <form onSubmit={submit} noValidate>
        <div className="form-check mb-3">
          <input
            type="checkbox"
            id="declaration-no-conflict"
            checked={noConflict}
            onChange={(event) => setNoConflict(event.target.checked)}
          />
          <label htmlFor="declaration-no-conflict">{t('committee.noConflict')}</label>
        </div>
        <TextArea
          id="declaration-statement"
          label={t('committee.statement')}
          infoText={t('committee.statementHelp')}
          rows={3}
          value={statement}
          onChange={(event) => setStatement(event.target.value)}
        />
        <Button type="submit" color="primary" disabled={!noConflict || declare.isPending}>
          {t('committee.declare')}
        </Button>
      </form>
    </section>
  );
};
