/**
 * Why the last API call found nobody signed in (the session expired, or was ended on another device), so the
 * login page can say so after the redirect. Read once.
 */
let lastLoss: 'session-expired' | 'not-authenticated' | null = null;

export const noteAuthLoss = (kind: 'session-expired' | 'not-authenticated') => {
  lastLoss = kind;
};

export const takeAuthLoss = () => {
  const kind = lastLoss;
  lastLoss = null;
  return kind;
};
