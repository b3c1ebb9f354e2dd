import { useTranslation } from 'react-i18next';
import type { UnitNode } from './unit-tree.ts';

const UnitBranch = ({ nodes }: { nodes: UnitNode[] }) => {
  const { t } = useTranslation();
  return (
    <ul>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id} className="py-1">
          <span className="fw-semibold">{unit.name}</span>{' '}
          <span className="text-muted">
            ({unit.code} · {t(`units.kinds.${unit.kind}`)} · {t('units.people', { count: unit.peopleCount })})
          </span>
          {children.length > 0 && <UnitBranch nodes={children} />}
        </li>
      ))}
    </ul>
  );
};

/** The organisation chart as nested lists: a screen reader announces each level and its size. */
export const UnitTree = ({ roots }: { roots: UnitNode[] }) => (
  <div className="unit-tree">
    <UnitBranch nodes={roots} />
  </div>
);
