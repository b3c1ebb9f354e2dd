import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeoplePageSchema } from '../../../../api/people.ts';
import { apiGet } from '../../api/client.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { TextField } from '../../components/TextField.tsx';

/** Finds a person by name or email and lets the office pick one (radio buttons: one choice, keyboard-friendly). */
export const PersonPicker = ({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (personId: string) => void;
  error?: string;
}) => {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const people = useQuery({
    queryKey: ['people', { q: query }, 'picker'],
    queryFn: () => apiGet('/api/people', PeoplePageSchema, { q: query, pageSize: 10 }),
    enabled: query.length > 0,
  });
  return (
    <div>
      <div className="d-flex gap-2 align-items-end">
        <div className="flex-grow-1">
          <TextField
            id="grant-person-search"
            type="search"
            label={t('specialCategory.searchPerson')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                setQuery(text.trim());
              }
            }}
            error={error}
          />
        </div>
        <Button type="button" color="primary" outline className="mb-4" onClick={() => setQuery(text.trim())}>
          {t('common.search')}
        </Button>
      </div>
      {query && (
        <QueryView query={people}>
          {(result) =>
            result.items.length === 0 ? (
              <p>{t('people.none')}</p>
            ) : (
              <fieldset className="mb-3">
                <legend className="fs-6 fw-semibold">{t('specialCategory.person')}</legend>
                {result.items.map((person) => (
                  <div key={person.id} className="form-check">
                    <input
                      className="form-check-input"
                      type="radio"
                      name="grant-person"
                      id={`grant-person-${person.id}`}
                      checked={value === person.id}
                      onChange={() => onChange(person.id)}
                    />
                    <label className="form-check-label" htmlFor={`grant-person-${person.id}`}>
                      {person.givenName} {person.familyName} · {person.email}
                      {person.unitName ? ` · ${person.unitName}` : ''}
                    </label>
                  </div>
                ))}
              </fieldset>
            )
          }
        </QueryView>
      )}
    </div>
  );
};
