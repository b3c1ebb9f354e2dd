import { useTranslation } from 'react-i18next';
import { closingText, countdownText } from './application-format.ts';
import { useNow } from './use-now.ts';

/** When a call closes, in Rome time, and how long is left once under 48 hours. */
export const CallDeadline = ({ closesAt }: { closesAt: string }) => {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const countdown = countdownText(closesAt, now, t);
  return (
    <p className="mb-2" data-testid="call-deadline">
      <span className="fw-semibold">{closingText(closesAt, t, i18n.language)}</span>
      {countdown && <span className="badge bg-danger ms-2">{countdown}</span>}
    </p>
  );
};
