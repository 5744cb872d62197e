import { Route, Routes } from 'react-router';
import { Kader } from './layout/Kader.tsx';
import { PAGINAS } from './pages/paginas.ts';
import { Rapport } from './pages/Rapport.tsx';

function NietGevonden() {
  return (
    <>
      <h1>Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet. Kies een pagina in het menu.</p>
    </>
  );
}

function Dashboard() {
  return (
    <Kader>
      <Routes>
        {PAGINAS.map(({ pad, Component }) => (
          <Route key={pad} path={pad} element={<Component />} />
        ))}
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </Kader>
  );
}

export function App() {
  return (
    <Routes>
      {/* A report for print: its own layout, no navigation or choice bar. */}
      <Route path="/rapport" element={<Rapport />} />
      <Route path="*" element={<Dashboard />} />
    </Routes>
  );
}
