import { formatDatum, formatEuro, formatProcent } from '@pw/format';
import { saldoTekst, type Budgetstand, type BuigPerLid } from '@pw/metrics';
import { gemeenteNaam, isRijksbudget } from '@pw/model';
import { Tegel } from '@pw/ui';

/**
 * The budget tiles Overzicht and Budget share, so a budget figure reads the same on both: what
 * `budgetstand` of @pw/metrics gives, with its period, its share of the budget, and the version
 * of the budget it compares with.
 */

/** The period a budget figure covers, for the source line: "heel 2024", "januari tot en met november 2024 (peildatum 1-12-2024)". */
export function budgetPeriode(s: Budgetstand): string {
  if (s.realisatie?.periode.soort === 'jaar') return `heel ${s.jaar}`;
  if (s.realisatie) return `${s.realisatie.tekst} (peildatum ${formatDatum(s.peildatum)})`;
  return `jaar ${s.jaar} (peildatum ${formatDatum(s.peildatum)})`;
}

/** "budget: meicirculaire 2019, een raming van vóór 2024", with a flag for a saldo against an older estimate. */
function versieRegel(s: Budgetstand): string | null {
  if (s.begroot === null || !isRijksbudget(s.soort)) return null;
  if (!s.versie?.opgegeven) return 'versie van het budget niet opgegeven';
  const oud = s.saldo !== null && s.versie.ouderDanJaar ? ' — let op: saldo tegen een raming uit een oudere circulaire, niet tegen het definitieve budget' : '';
  return `budget: ${s.versie.tekst}${oud}`;
}

export function Budgettegel({ stand: s, titel, bron, leeg }: { stand: Budgetstand; titel?: string; bron: string; leeg?: string }) {
  const buig = s.soort === 'BUIG';
  const r = s.realisatie;
  const waarde = r === null ? (s.begroot !== null ? `${formatEuro(s.begroot)} begroot` : null) : buig && s.saldo !== null ? saldoTekst('BUIG', s.saldo) : `${formatEuro(r.bedrag)} ${buig ? 'netto lasten' : 'besteed'}`;
  const budget = s.begroot !== null ? `het budget ${formatEuro(s.begroot)}` : null;
  let regel: string | null;
  if (r === null) regel = s.begroot !== null ? s.geenRealisatie : null;
  else if (buig && s.saldo !== null) regel = `${formatProcent(Math.abs(s.saldoFractie ?? 0))} van ${budget}; netto lasten ${formatEuro(r.bedrag)} over heel ${s.jaar}`;
  else
    regel = `${r.tekst}: ${s.aandeelBesteed !== null ? `${formatProcent(s.aandeelBesteed)} van ${budget}` : budget ? `tegen ${budget}` : 'geen budget bekend'}${s.saldo !== null ? ` · ${saldoTekst(s.soort, s.saldo)}` : ''}`;
  const versie = versieRegel(s);
  return (
    <Tegel
      titel={titel ?? `${s.naam} ${s.jaar}`}
      waarde={waarde}
      leeg={leeg ?? s.geenRealisatie ?? `Geen gegevens over ${s.naam} in ${s.jaar}.`}
      toelichting={
        regel || versie ? (
          <>
            {regel}
            {regel && versie ? <br /> : null}
            {versie}
          </>
        ) : undefined
      }
      bron={bron}
      periode={budgetPeriode(s)}
    />
  );
}

/**
 * BUIG for a cooperation: the Rijk assesses BUIG and the vangnet per municipality, so the tile
 * shows the sum of the members' tekorten and the sum of their overschotten, never one saldo.
 */
export function BuigLedenTegel({ per, titel, bron, peildatum }: { per: BuigPerLid; titel: string; bron: string; peildatum: string }) {
  const met = per.leden.filter((l) => l.buig.saldo !== null);
  return (
    <Tegel
      titel={titel}
      waarde={met.length ? `tekorten ${formatEuro(per.somTekorten)} · overschotten ${formatEuro(per.somOverschotten)}` : null}
      leeg={`Het saldo over ${per.jaar} is per gemeente bekend na afloop van het jaar (peildatum ${formatDatum(peildatum)}).`}
      toelichting={
        met.length ? (
          <>
            per gemeente, niet verrekend:{' '}
            {per.leden
              .map((l) => `${gemeenteNaam(l.code)} ${l.buig.saldo === null ? 'geen saldo' : `${saldoTekst('BUIG', l.buig.saldo)}${l.buig.fractie !== null ? ` (${formatProcent(Math.abs(l.buig.fractie))})` : ''}`}`)
              .join('; ')}
          </>
        ) : undefined
      }
      bron={bron}
      periode={`heel ${per.jaar}, per gemeente`}
    />
  );
}
