import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CallPositionSchema } from '../../../../api/calls.ts';
import { euros } from './call-format.ts';

type Position = z.infer<typeof CallPositionSchema>;

/** The table of a call (seed 004 art. 1): what, where, how many grants, hours and gross amount, who may apply. */
export const PositionsTable = ({ title, positions }: { title: string; positions: Position[] }) => {
  const { t, i18n } = useTranslation();
  const grants = positions.reduce((sum, position) => sum + position.grants, 0);
  return (
    <Table responsive size="sm" className="align-middle">
      <caption>{t('calls.positionsCaption', { title, grants })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calls.activityType')}</th>
          <th scope="col">{t('calls.unit')}</th>
          <th scope="col" className="text-end">
            {t('calls.grants')}
          </th>
          <th scope="col" className="text-end">
            {t('calls.hours')}
          </th>
          <th scope="col" className="text-end">
            {t('calls.amount')}
          </th>
          <th scope="col">{t('calls.access')}</th>
        </tr>
      </thead>
      <tbody>
        {positions.map((position) => (
          <tr key={position.id} data-testid="call-position">
            <th scope="row" className="fw-normal">
              {position.activityType}
              <div className="small text-muted">{t(`calls.kinds.${position.activityKind}`)}</div>
            </th>
            <td>{position.unitName}</td>
            <td className="text-end">{position.grants}</td>
            <td className="text-end">{position.hoursPerGrant}</td>
            <td className="text-end text-nowrap">{euros(position.amountPerGrantCents, i18n.language)}</td>
            <td>
              {position.admittedProgrammeTypes.map((type) => t(`career.programmeTypes.${type}`)).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
};
