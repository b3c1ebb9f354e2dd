/** Calendar days from one Rome date to another (YYYY-MM-DD), as the domain counts a pause's days. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
