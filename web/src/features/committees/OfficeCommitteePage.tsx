import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table, TextArea } from 'design-react-kit';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Committee, CommitteeRole } from '../../../../api/committees.ts';
import { CommitteeSchema, CommitteeSessionSchema } from '../../../../api/committees.ts';
import type { PersonSummary } from '../../../../api/people.ts';
import { ApiError, apiSend } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Page } from '../../layout/Page.tsx';
import { OfficeRankingsLink } from '../rankings/office/OfficeRankingsLink.tsx';
import { PersonPicker } from '../special-category/PersonPicker.tsx';
import { memberSessionsQuery, officeCommitteeQuery, officeSessionsQuery } from './queries.ts';

const ROLES: CommitteeRole[] = ['president', 'secretary', 'member'];

interface Draft {
  personId: string;
  name: string;
  role: CommitteeRole;
}

/** The name of someone the picker found: its results are in the query cache. */
const nameFromPicker = (client: QueryClient, personId: string) => {
  for (const [, data] of client.getQueriesData<{ items: PersonSummary[] }>({ queryKey: ['people'] })) {
    const person = data?.items.find((p) => p.id === personId);
    if (person) return `${person.givenName} ${person.familyName}`;
  }
  return personId;
};

const MembersForm = ({ callId, committee }: { callId: string; committee: Committee }) => {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [act, setAct] = useState(committee.committee?.appointmentAct ?? '');
  const [members, setMembers] = useState<Draft[]>(
    committee.committee?.members.map((m) => ({
      personId: m.personId,
      name: `${m.givenName} ${m.familyName}`,
      role: m.role,
    })) ?? [],
  );
  const [picked, setPicked] = useState('');
  const [pickedRole, setPickedRole] = useState<CommitteeRole>('member');
  const save = useMutation({
    mutationFn: () =>
      apiSend(
        'PUT',
        `/api/calls/${encodeURIComponent(callId)}/committee`,
        { appointmentAct: act, members: members.map(({ personId, role }) => ({ personId, role })) },
        CommitteeSchema,
      ),
    onSuccess: async (saved) => {
      client.setQueryData(officeCommitteeQuery(callId).queryKey, saved);
      await client.invalidateQueries({ queryKey: ['committee', callId] });
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const add = () => {
    if (!picked || members.some((m) => m.personId === picked)) return;
    setMembers([...members, { personId: picked, name: nameFromPicker(client, picked), role: pickedRole }]);
    setPicked('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const locked = committee.scoringStarted;
  return (
    <section aria-labelledby="committee-members-title" className="mb-5">
      <h2 id="committee-members-title" className="h4">
        {t('committee.membersTitle')}
      </h2>
      <p>{t('committee.rules', { min: committee.minMembers })}</p>
      {locked && (
        <div className="alert alert-info" role="status">
          {t('committee.locked')}
        </div>
      )}
      {save.isError && <ErrorAlert error={save.error} />}
      {save.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('committee.saved')}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          id="committee-act"
          label={t('committee.act')}
          infoText={t('committee.actHelp')}
          value={act}
          onChange={(event) => setAct(event.target.value)}
          error={error?.issueFor('appointmentAct')}
        />
        {error?.issueFor('members') && (
          <p className="text-danger" id="committee-members-error">
            {error.issueFor('members')}
          </p>
        )}
        {members.length === 0 ? (
          <p>{t('committee.noMembers')}</p>
        ) : (
          <Table responsive size="sm">
            <caption className="visually-hidden">{t('committee.membersTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('committee.person')}</th>
                <th scope="col">{t('committee.role')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member, index) => {
                const issue =
                  error?.issueFor(`members.${index}.role`) ?? error?.issueFor(`members.${index}.personId`);
                return (
                  <tr key={member.personId}>
                    <th scope="row">
                      {member.name}
                      {issue && <div className="text-danger small">{issue}</div>}
                    </th>
                    <td>
                      <SelectField
                        id={`committee-role-${index}`}
                        label={t('committee.roleOf', { name: member.name })}
                        value={member.role}
                        onChange={(role) =>
                          setMembers(
                            members.map((m, i) => (i === index ? { ...m, role: role as CommitteeRole } : m)),
                          )
                        }
                        options={ROLES.map((role) => ({ value: role, label: t(`committee.roles.${role}`) }))}
                      />
                    </td>
                    <td>
                      <Button
                        type="button"
                        color="danger"
                        outline
                        size="sm"
                        onClick={() => setMembers(members.filter((_, i) => i !== index))}
                        aria-label={t('committee.removeMember', { name: member.name })}
                      >
                        {t('committee.remove')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <fieldset className="border rounded p-3 mb-3">
          <legend className="fs-6 fw-semibold float-none w-auto px-1">{t('committee.addMember')}</legend>
          <PersonPicker value={picked} onChange={setPicked} />
          <SelectField
            id="committee-new-role"
            label={t('committee.role')}
            value={pickedRole}
            onChange={(role) => setPickedRole(role as CommitteeRole)}
            options={ROLES.map((role) => ({ value: role, label: t(`committee.roles.${role}`) }))}
          />
          <Button type="button" color="primary" outline disabled={!picked} onClick={add}>
            {t('committee.add')}
          </Button>
        </fieldset>
        <Button type="submit" color="primary" disabled={save.isPending || locked}>
          {t('committee.save')}
        </Button>
      </form>
    </section>
  );
};

const toIso = (local: string) => (local ? new Date(local).toISOString() : null);

/**
 * The committee's sittings and, for whoever may record them, the form: the office on the call's page, the
 * secretary (as a member) on their committee page.
 */
export const Sessions = ({
  callId,
  committee,
  asMember = false,
  canRecord = true,
}: {
  callId: string;
  committee: Committee;
  asMember?: boolean;
  canRecord?: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const sessionsQuery = asMember ? memberSessionsQuery(callId) : officeSessionsQuery(callId);
  const sessions = useQuery(sessionsQuery);
  const members = committee.committee?.members ?? [];
  const [startedAt, setStartedAt] = useState('');
  const [endedAt, setEndedAt] = useState('');
  const [place, setPlace] = useState('');
  const [notes, setNotes] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  // Keyed on the ids, not the array: `?? []` makes a new array on every render, which would loop.
  const memberIds = members.map((m) => m.personId).join(',');
  useEffect(() => setPresent(memberIds ? memberIds.split(',') : []), [memberIds]);
  const record = useMutation({
    mutationFn: () =>
      apiSend(
        'POST',
        asMember
          ? `/api/committee/calls/${encodeURIComponent(callId)}/sessions`
          : `/api/calls/${encodeURIComponent(callId)}/committee/sessions`,
        { startedAt: toIso(startedAt), endedAt: toIso(endedAt), place, present, notes },
        CommitteeSessionSchema,
      ),
    onSuccess: async () => {
      setNotes('');
      await client.invalidateQueries({ queryKey: sessionsQuery.queryKey });
    },
  });
  const error = record.error instanceof ApiError ? record.error : null;
  const nameOf = (id: string) => {
    const m = members.find((member) => member.personId === id);
    return m ? `${m.givenName} ${m.familyName}` : id;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <section aria-labelledby="committee-sessions-title" className="mb-5">
      <h2 id="committee-sessions-title" className="h4">
        {t('committee.sessionsTitle')}
      </h2>
      <QueryView query={sessions}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('committee.noSessions')}</p>
          ) : (
            <ul className="list-unstyled">
              {list.map((session) => (
                <li key={session.id} className="mb-3">
                  <strong>
                    {formatDateTime(session.startedAt, i18n.language)}
                    {session.endedAt && ` – ${formatDateTime(session.endedAt, i18n.language)}`}
                  </strong>
                  {session.place && ` · ${session.place}`}
                  <div className="small">
                    {t('committee.present')}: {session.present.map(nameOf).join(', ')}
                  </div>
                  {session.notes && <div>{session.notes}</div>}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {canRecord && members.length > 0 && (
        <form onSubmit={submit} noValidate>
          <h3 className="h5">{t('committee.newSession')}</h3>
          {record.isError && <ErrorAlert error={record.error} />}
          <TextField
            id="session-start"
            type="datetime-local"
            label={t('committee.startedAt')}
            value={startedAt}
            onChange={(event) => setStartedAt(event.target.value)}
            error={error?.issueFor('startedAt')}
          />
          <TextField
            id="session-end"
            type="datetime-local"
            label={t('committee.endedAt')}
            value={endedAt}
            onChange={(event) => setEndedAt(event.target.value)}
            error={error?.issueFor('endedAt')}
          />
          <TextField
            id="session-place"
            label={t('committee.place')}
            value={place}
            onChange={(event) => setPlace(event.target.value)}
          />
          <fieldset className="mb-3">
            <legend className="fs-6 fw-semibold">{t('committee.present')}</legend>
            {members.map((member) => (
              <div key={member.personId} className="form-check">
                <input
                  type="checkbox"
                  id={`session-present-${member.personId}`}
                  checked={present.includes(member.personId)}
                  onChange={(event) =>
                    setPresent(
                      event.target.checked
                        ? [...present, member.personId]
                        : present.filter((id) => id !== member.personId),
                    )
                  }
                />
                <label htmlFor={`session-present-${member.personId}`}>
                  {member.givenName} {member.familyName} ({t(`committee.roles.${member.role}`)})
                </label>
              </div>
            ))}
          </fieldset>
          <TextArea
            id="session-notes"
            label={t('committee.notes')}
            rows={3}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
          />
          <Button type="submit" color="primary" disabled={record.isPending || !startedAt}>
            {t('committee.recordSession')}
          </Button>
        </form>
      )}
    </section>
  );
};

/** The office names a call's committee (act, members and roles) and records its sittings. */
export const OfficeCommitteePage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(officeCommitteeQuery(id));
  const trail = [
    { label: t('nav.pages.calls'), to: '/calls' },
    ...(query.data ? [{ label: query.data.callCode, to: `/calls/${encodeURIComponent(id)}` }] : []),
  ];
  return (
    <Page title={t('committee.title')} trail={trail} lead={query.data?.callTitle}>
      <QueryView query={query}>
        {(committee) => (
          <>
            {committee.committee && (
              <p>
                {t('committee.declaredCount', {
                  declared: committee.committee.members.filter((m) => m.conflictDeclaredAt).length,
                  total: committee.committee.members.length,
                })}{' '}
                <a href={`/api/calls/${encodeURIComponent(id)}/committee/minutes.pdf`} download>
                  {t('committee.minutesPdf')}
                </a>
              </p>
            )}
            <OfficeRankingsLink callId={id} />
            <MembersForm key={committee.committee?.namedAt ?? 'new'} callId={id} committee={committee} />
            <Sessions callId={id} committee={committee} />
          </>
        )}
      </QueryView>
    </Page>
  );
};
