import { Headers } from 'design-react-kit';
import { useSession } from '../session/use-session.ts';
import { CenterHeader } from './CenterHeader.tsx';
import { MainMenu } from './MainMenu.tsx';
import { SlimHeader } from './SlimHeader.tsx';

export const AppHeader = () => {
  const { person } = useSession();
  return (
    <header>
      <Headers shadow>
        <SlimHeader />
        <div className="it-nav-wrapper">
          <CenterHeader />
          {person && <MainMenu />}
        </div>
      </Headers>
    </header>
  );
};
