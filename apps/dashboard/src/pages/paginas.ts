import type { ComponentType } from 'react';
import { WEERGAVE_PAGINAS, type WeergavePagina } from '@pw/views';
import { Begrippen } from './Begrippen.tsx';
import { BeschutWerk } from './BeschutWerk.tsx';
import { Budget } from './Budget.tsx';
import { Controle } from './Controle.tsx';
import { Doelgroepen } from './Doelgroepen.tsx';
import { GegevensLaden } from './GegevensLaden.tsx';
import { Overzicht } from './Overzicht.tsx';
import { Rapporten } from './Rapporten.tsx';
import { Uitkeringen } from './Uitkeringen.tsx';
import { Verdeelsleutel } from './Verdeelsleutel.tsx';
import { Weergaven } from './Weergaven.tsx';
import { Wsw } from './Wsw.tsx';

/** The pages a saved view can show (paths and names in @pw/views): the app's routes and the report render them from here. */
export const WEERGAVE_COMPONENTEN: Record<WeergavePagina, ComponentType> = {
  '/': Overzicht,
  '/uitkeringen': Uitkeringen,
  '/doelgroepen': Doelgroepen,
  '/beschut-werk': BeschutWerk,
  '/wsw': Wsw,
  '/budget': Budget,
  '/verdeelsleutel': Verdeelsleutel,
};

interface Paginadefinitie {
  pad: string;
  naam: string;
  Component: ComponentType;
}

/**
 * Every page of the dashboard, in menu order: the one list the navigation and the routes read.
 * First the pages a view can show, then the pages for griffie and controllers.
 */
export const PAGINAS: readonly Paginadefinitie[] = [
  ...(Object.keys(WEERGAVE_PAGINAS) as WeergavePagina[]).map((pad) => ({ pad, naam: WEERGAVE_PAGINAS[pad], Component: WEERGAVE_COMPONENTEN[pad] })),
  { pad: '/weergaven', naam: 'Weergaven', Component: Weergaven },
  { pad: '/rapporten', naam: 'Rapporten', Component: Rapporten },
  { pad: '/begrippen', naam: 'Begrippen', Component: Begrippen },
  { pad: '/controle', naam: 'Controle', Component: Controle },
  { pad: '/gegevens-laden', naam: 'Gegevens laden', Component: GegevensLaden },
];
