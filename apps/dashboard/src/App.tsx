import { Route, Routes } from 'react-router';
import { Kader } from './layout/Kader.tsx';
import { BeschutWerk } from './pages/BeschutWerk.tsx';
import { Controle } from './pages/Controle.tsx';
import { Budget } from './pages/Budget.tsx';
import { Doelgroepen } from './pages/Doelgroepen.tsx';
import { GegevensLaden } from './pages/GegevensLaden.tsx';
import { Overzicht } from './pages/Overzicht.tsx';
import { Uitkeringen } from './pages/Uitkeringen.tsx';
import { Verdeelsleutel } from './pages/Verdeelsleutel.tsx';
import { Weergaven } from './pages/Weergaven.tsx';

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
        <Route path="/uitkeringen" element={<Uitkeringen />} />
        <Route path="/doelgroepen" element={<Doelgroepen />} />
        <Route path="/beschut-werk" element={<BeschutWerk />} />
        <Route path="/budget" element={<Budget />} />
        <Route path="/verdeelsleutel" element={<Verdeelsleutel />} />
        <Route path="/controle" element={<Controle />} />
        <Route path="/weergaven" element={<Weergaven />} />
        <Route path="/gegevens-laden" element={<GegevensLaden />} />
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </Kader>
  );
}
