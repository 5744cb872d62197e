import type { ComponentType } from 'react';
import type { WeergavePagina } from '@pw/views';
import { BeschutWerk } from './BeschutWerk.tsx';
import { Budget } from './Budget.tsx';
import { Doelgroepen } from './Doelgroepen.tsx';
import { Overzicht } from './Overzicht.tsx';
import { Uitkeringen } from './Uitkeringen.tsx';
import { Verdeelsleutel } from './Verdeelsleutel.tsx';

/** The pages a saved view can show: the app's routes and the report render them from here. */
export const WEERGAVE_COMPONENTEN: Record<WeergavePagina, ComponentType> = {
  '/': Overzicht,
  '/uitkeringen': Uitkeringen,
  '/doelgroepen': Doelgroepen,
  '/beschut-werk': BeschutWerk,
  '/budget': Budget,
  '/verdeelsleutel': Verdeelsleutel,
};
