import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { FilterBar, type FilterField } from './FilterBar.tsx';

type Key = 'q' | 'unitId' | 'from' | 'to' | 'actorId';

const FIELDS: Array<FilterField<Key>> = [
  { kind: 'search', key: 'q', id: 'f-q', label: 'Nome' },
  {
    kind: 'select',
    key: 'unitId',
    id: 'f-unit',
    label: 'Struttura',
    emptyLabel: 'Tutte le strutture',
    options: [
      { value: 'u1', label: 'Dipartimento A' },
      { value: 'u2', label: 'Dipartimento B' },
    ],
  },
  { kind: 'date', key: 'from', id: 'f-from', label: 'Dal giorno' },
  { kind: 'date', key: 'to', id: 'f-to', label: 'Al giorno' },
];

const renderBar = (initial: Record<Key, string>) => {
  const onApply = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('it')}>
      <FilterBar fields={FIELDS} initial={initial} onApply={onApply} />
    </I18nextProvider>,
  );
  return onApply;
};

afterEach(cleanup);

describe('the shared filter bar', () => {
  it('shows the applied filters in labelled fields inside a search landmark and applies what is typed', () => {
    const onApply = renderBar({ q: 'Rossi', unitId: 'u2', from: '', to: '', actorId: 'p1' });
    // A <search> landmark (jsdom's role table does not know the element yet, browsers and axe do).
    expect(document.querySelector('search')?.getAttribute('aria-label')).toBe('Filtri');
    expect(screen.getByLabelText('Nome')).toHaveProperty('value', 'Rossi');
    expect(screen.getByLabelText('Struttura')).toHaveProperty('value', 'u2');
    const from = screen.getByLabelText('Dal giorno');
    expect(from.getAttribute('type')).toBe('date');
    // Dates are calendar days in Rome, and the field says so.
    const hint = document.getElementById(String(from.getAttribute('aria-describedby')));
    expect(hint?.textContent).toContain('Giorno secondo l’ora italiana');

    fireEvent.change(screen.getByLabelText('Nome'), { target: { value: 'Bianchi' } });
    fireEvent.change(screen.getByLabelText('Struttura'), { target: { value: 'u1' } });
    fireEvent.change(from, { target: { value: '2026-03-28' } });
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('Cerca'));
    // A filter the bar has no field for (set from elsewhere, e.g. a link) is kept.
    expect(onApply).toHaveBeenLastCalledWith({
      q: 'Bianchi',
      unitId: 'u1',
      from: '2026-03-28',
      to: '',
      actorId: 'p1',
    });
  });

  it('the reset button empties every filter, including those without a field, and applies at once', () => {
    const onApply = renderBar({
      q: 'Rossi',
      unitId: 'u2',
      from: '2026-01-01',
      to: '2026-01-31',
      actorId: 'p1',
    });
    fireEvent.click(screen.getByText('Azzera i filtri'));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply).toHaveBeenCalledWith({ q: '', unitId: '', from: '', to: '', actorId: '' });
    expect(screen.getByLabelText('Nome')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Struttura')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Al giorno')).toHaveProperty('value', '');
  });
});
