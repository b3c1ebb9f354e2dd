import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { ForbiddenNotice } from '../features/errors/ForbiddenNotice.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Loading } from './Loading.tsx';

/** The three states of a query: loading, failed (a refusal reads as such), loaded. */
export const QueryView = <T,>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) => {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 403) return <ForbiddenNotice />;
    return <ErrorAlert error={query.error} />;
  }
  return <>{children(query.data)}</>;
};
