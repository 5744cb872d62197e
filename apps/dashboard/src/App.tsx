import { Route, Routes } from 'react-router';
import { Kader } from './layout/Kader.tsx';
import { Controle } from './pages/Controle.tsx';
import { GegevensLaden } from './pages/GegevensLaden.tsx';
import { Rapport } from './pages/Rapport.tsx';
import { Rapporten } from './pages/Rapporten.tsx';
import { WEERGAVE_COMPONENTEN } from './pages/weergavepaginas.ts';
import { Weergaven } from './pages/Weergaven.tsx';

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
        {Object.entries(WEERGAVE_COMPONENTEN).map(([pad, Pagina]) => (
          <Route key={pad} path={pad} element={<Pagina />} />
        ))}
        <Route path="/controle" element={<Controle />} />
        <Route path="/weergaven" element={<Weergaven />} />
        <Route path="/rapporten" element={<Rapporten />} />
        <Route path="/gegevens-laden" element={<GegevensLaden />} />
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
