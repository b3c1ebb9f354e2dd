import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { type createBrowserRouter, RouterProvider } from 'react-router';
import { SessionGate } from './SessionGate.tsx';

type Router = ReturnType<typeof createBrowserRouter>;

export const App = ({ client, i18n, router }: { client: QueryClient; i18n: I18n; router: Router }) => (
  <I18nextProvider i18n={i18n}>
    <QueryClientProvider client={client}>
      <SessionGate>
        <RouterProvider router={router} />
      </SessionGate>
    </QueryClientProvider>
  </I18nextProvider>
);
