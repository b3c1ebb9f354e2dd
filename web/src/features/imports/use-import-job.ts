import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type ImportJob, ImportJobSchema } from '../../../../api/imports.ts';
import { apiGet } from '../../api/client.ts';

export const isFinished = (job: ImportJob) => job.status === 'succeeded' || job.status === 'rejected';

/** Follows a job until it ends (twice a second), then refreshes the history and the home page. */
export const useImportJob = (initial: ImportJob) => {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['import', initial.id],
    queryFn: () => apiGet(`/api/imports/${initial.id}`, ImportJobSchema),
    initialData: initial,
    initialDataUpdatedAt: 0,
    refetchInterval: (current) => (current.state.data && isFinished(current.state.data) ? false : 500),
  });
  const finished = isFinished(query.data);
  useEffect(() => {
    if (finished) void client.invalidateQueries({ queryKey: ['imports'] });
  }, [finished, client]);
  return query;
};
