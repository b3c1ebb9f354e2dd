import { ProfileDetailSchema, ProfileListSchema } from '../../../../api/profiles.ts';
import { apiGet } from '../../api/client.ts';

export const profilesQuery = {
  queryKey: ['profiles'],
  queryFn: () => apiGet('/api/profiles', ProfileListSchema),
};

export const profileQuery = (code: string) => ({
  queryKey: ['profiles', code],
  queryFn: () => apiGet(`/api/profiles/${encodeURIComponent(code)}`, ProfileDetailSchema),
});
