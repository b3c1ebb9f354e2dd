import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` (a countdown to a deadline in minutes needs no faster tick). */
export const useNow = (everyMs = 30_000): Date => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
};
