import { Route, Routes } from 'react-router';
import { Kader } from './layout/Kader.tsx';
import { Overzicht } from './pages/Overzicht.tsx';

function NietGevonden() {
  return (
    <>
      <h1>Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet. Kies een pagina in het menu.</p>
    </>
  );
}

export function App() {
  return (
    <Kader>
      <Routes>
        <Route path="/" element={<Overzicht />} />
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </Kader>
  );
}
