import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { GrantRoleBody } from '../../../../api/people.ts';
import { apiSend } from '../../api/client.ts';

const GrantedSchema = z.object({ id: z.uuid() });

/** Grant and revoke; both reload the people list (and the home page counts). */
export const useRoleChanges = () => {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
  const grant = useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: GrantRoleBody }) =>
      apiSend('POST', `/api/people/${personId}/roles`, body, GrantedSchema),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: ({ personId, assignmentId }: { personId: string; assignmentId: string }) =>
      apiSend('DELETE', `/api/people/${personId}/roles/${assignmentId}`),
    onSuccess: refresh,
  });
  return { grant, revoke };
};
