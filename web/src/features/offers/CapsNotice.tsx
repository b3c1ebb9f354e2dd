import { Alert } from 'design-react-kit';
import type { CapsNotice as Notice } from '../../../../api/offers.ts';

/** What the caps say about accepting a pending offer (decision 013): a warning, or a block. */
export const CapsNotice = ({
  caps,
  warnTitle,
  blockTitle,
}: {
  caps: Notice;
  warnTitle: string;
  blockTitle: string;
}) => (
  <Alert color={caps.verdict === 'block' ? 'danger' : 'warning'} fade={false} className="small">
    {caps.verdict === 'block' ? blockTitle : warnTitle}
    <ul className="mb-0">
      {caps.messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  </Alert>
);
