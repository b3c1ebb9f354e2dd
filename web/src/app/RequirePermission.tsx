import type { ReactNode } from 'react';
import type { Permission } from '../../../domain/access/permissions.ts';
import { ForbiddenPage } from '../features/errors/ForbiddenPage.tsx';
import { useCan } from '../session/permissions.ts';

/** A page whose data the server would refuse shows why instead (the server refuses it too). */
export const RequirePermission = ({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) => (useCan(permission) ? children : <ForbiddenPage />);
