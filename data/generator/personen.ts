import { type GemeenteCode } from '@pw/model';
import { dag, delen, plusMaanden, type Dag } from './dag.ts';
import type { Rng } from './rng.ts';

export interface Persoon {
  /** BSN (Twente) or klantnummer (regio Alkmaar). */
  id: string;
  geboren: Dag;
  achternaam: string;
  /** In the doelgroepenregister (decided at the first Pw benefit; null: never had Pw). */
  dgr: boolean | null;
  /** Municipality of the first benefit or register entry. */
  thuis: GemeenteCode;
}

/** AOW age by year of birth (simplified from the statutory steps), in months. */
function aowLeeftijdMaanden(geboortejaar: number): number {
  if (geboortejaar < 1948) return 65 * 12;
  if (geboortejaar === 1948) return 65 * 12 + 1;
  if (geboortejaar === 1949) return 65 * 12 + 3;
  if (geboortejaar === 1950) return 65 * 12 + 6;
  if (geboortejaar === 1951) return 65 * 12 + 9;
  if (geboortejaar === 1952) return 66 * 12;
  if (geboortejaar <= 1954) return 66 * 12 + 4;
  if (geboortejaar === 1955) return 66 * 12 + 7;
  if (geboortejaar === 1956) return 66 * 12 + 10;
  return 67 * 12;
}

/** First day of AOW (the benefit ends the day before). */
export function aowDatum(geboren: Dag): Dag {
  return plusMaanden(geboren, aowLeeftijdMaanden(delen(geboren).jaar));
}

/** Hands out unique person identifiers: valid BSNs (elfproef) and klantnummers. */
export class Identiteiten {
  private readonly bsns = new Set<string>();
  private klant = 10_000;

  constructor(private readonly rng: Rng) {}

  bsn(): string {
    for (;;) {
      const cijfers: number[] = [this.rng.int(1, 6)];
      for (let i = 1; i < 8; i++) cijfers.push(this.rng.int(0, 9));
      let som = 0;
      for (let i = 0; i < 8; i++) som += cijfers[i]! * (9 - i);
      const laatste = som % 11;
      if (laatste === 10) continue;
      const bsn = cijfers.join('') + String(laatste);
      if (this.bsns.has(bsn)) continue;
      this.bsns.add(bsn);
      return bsn;
    }
  }

  klantnummer(): string {
    this.klant += this.rng.int(1, 9);
    return `K${String(this.klant).padStart(7, '0')}`;
  }
}

/** Fake surnames (personal data the ingest must drop). A few are written with characters outside ASCII. */
export const ACHTERNAMEN: readonly string[] = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet',
  'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman',
  'Peeters', 'de Jonge', 'Kuipers', 'van Veen', 'Post', 'Kuiper', 'Veenstra', 'Kramer', 'van den Brink', 'Scholten',
  'van Wijk', 'Postma', 'Martens', 'Vink', 'de Ruiter', 'Timmermans', 'Groen', 'Gerritsen', 'Jonker', 'van Loon',
  'Boersma', 'van der Velde', 'Willemsen', 'Evers', 'Daniëls', 'Noël', 'Michiels', 'Ruël', 'Öztürk', 'Çelik',
  'Kamphuis', 'Oude Luttikhuis', 'Nijhuis', 'Lansink', 'Wolters', 'Olde Rikkert', 'Engbers', 'Haarman', 'ter Horst', 'Morsink',
  'Pieterse', 'Groothuis', 'Bruggink', 'Brinkhuis', 'Snijders', 'Veldhuis', 'Hofstede', 'ten Dam', 'Rouwhorst', 'Aalderink',
  'Kroon', 'Zwart', 'Schipper', 'Beentjes', 'Blokker', 'Tesselaar', 'Kaandorp', 'Dekkers', 'Visscher', 'Bakkum',
  'El Amrani', 'Bouzid', 'Yildiz', 'Demir', 'Kaya', 'Sahin', 'Nguyen', 'Mohamed', 'Ahmed', 'Hassan',
];

/** Every name is writable in Windows-1252 (the Almelo extract's encoding). */
export function achternaam(rng: Rng): string {
  return rng.kies(ACHTERNAMEN);
}

export function geborenOp(rng: Rng, start: Dag, leeftijdJaren: number): Dag {
  const d = delen(start);
  const jaren = Math.floor(leeftijdJaren);
  const extra = Math.floor((leeftijdJaren - jaren) * 365);
  return dag(d.jaar - jaren, d.maand, Math.min(d.dag, 28)) - extra;
}
