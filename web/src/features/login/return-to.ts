/** Only a path inside this app: never another site (`//evil`), never the login page itself. */
export const safeReturnTo = (value: string | null): string => {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/api/')) return '/';
  return value;
};
