// First: asks for the package list before the rest of the code runs (see vroeg.ts).
import './vroeg.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App.tsx';
import { startLaden, volgAndereTabbladen, volgPublicatie } from './data/queries.ts';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
// Start fetching the data package and DuckDB before React renders anything.
startLaden(queryClient);
// Another tab that changes the default package or the saved views: this tab follows and says so.
volgAndereTabbladen(queryClient);
// A published site: kept for use without network (service worker); a newer publication is picked up and said.
volgPublicatie(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <NuqsAdapter>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </NuqsAdapter>
    </BrowserRouter>
  </StrictMode>,
);
