import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionScore } from '../../../../api/scoring.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { saveCommitteeScore, scoresKey } from './scoring-api.ts';

/** Kinds the server returns about the typed score itself: shown under the points field, not above the form. */
const FIELD_KINDS = new Set(['invalid-score', 'invalid-input']);

/**
 * One committee criterion: points as the member writes them ("8,5" or "8.5") and the note that justifies them
 * (required: it answers an appeal). The server's refusal appears under the field; what was typed stays.
 */
export const CommitteeScoreForm = ({
  callId,
  applicationId,
  criterion,
}: {
  callId: string;
  applicationId: string;
  criterion: CriterionScore;
}) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [points, setPoints] = useState(criterion.points ?? '');
  const [note, setNote] = useState(criterion.note);
  const [pointsError, setPointsError] = useState<string>();
  const [noteError, setNoteError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: () => saveCommitteeScore(callId, applicationId, criterion.criterionId, { points, note }),
    onSuccess: (scores) => {
      client.setQueryData(scoresKey(callId, applicationId), scores);
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ApiError && FIELD_KINDS.has(error.kind)) {
        setPointsError(error.issueFor('points') ?? error.problem.title);
        const forNote = error.issueFor('note');
        if (forNote) setNoteError(forNote);
      }
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const missingPoints = points.trim() === '' ? t('scoring.pointsRequired') : undefined;
    const missingNote = note.trim() === '' ? t('scoring.noteRequired') : undefined;
    setPointsError(missingPoints);
    setNoteError(missingNote);
    if (missingPoints || missingNote) return;
    mutation.mutate();
  };
  const id = `score-${criterion.criterionId}`;
  const formError =
    mutation.error && !(mutation.error instanceof ApiError && FIELD_KINDS.has(mutation.error.kind))
      ? mutation.error
      : null;
  return (
    <form onSubmit={submit} noValidate aria-label={t('scoring.formLabel', { criterion: criterion.label })}>
      {formError && <ErrorAlert error={formError} />}
      <div className="row">
        <div className="col-md-3">
          <TextField
            id={`${id}-points`}
            label={t('scoring.points', { max: criterion.maxPoints })}
            value={points}
            inputMode="decimal"
            autoComplete="off"
            infoText={t('scoring.pointsHint')}
            error={pointsError}
            onChange={(event) => setPoints(event.target.value)}
          />
        </div>
        <div className="col-md-9">
          <TextField
            id={`${id}-note`}
            label={t('scoring.note')}
            value={note}
            error={noteError}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
      </div>
      <Button type="submit" color="primary" size="sm" disabled={mutation.isPending}>
        {t('scoring.save')}
      </Button>
      <span role="status" className="ms-3">
        {saved && !mutation.isPending ? t('scoring.saved') : ''}
      </span>
    </form>
  );
};
