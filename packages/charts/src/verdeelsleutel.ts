import { GEHEIM_MARKER, isAfgeschermd } from '@pw/afscherming';
import { formatEuro } from '@pw/format';
import { SLEUTELS, type Verdeling } from '@pw/metrics';
import { gemeenteNaam } from '@pw/model';
import { maakGrafiek, type Grafiek, type Grafiekopties } from './basis.ts';

/** "Noaberkracht (Dinkelland en Tubbergen)": a party with its members, as it reads on the axis and in the table. */
export function partijLabel(naam: string, leden: readonly string[]): string {
  if (!leden.length) return naam;
  const namen = leden.map(gemeenteNaam);
  return `${naam} (${namen.length === 1 ? namen[0] : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`})`;
}

/**
 * The split of an amount under each key, side by side: "Verdeling van € 22.000 projectkosten
 * Noord-Oost Twente naar verdeelsleutel". Bars: the parties along the axis, one series per key
 * (inhabitants, benefits, fixed), in euros. A key that cannot be applied has no bars (null, "–" in
 * the table; the page says why in words). When a printed fixed key leaves part of the amount
 * unallocated (bron 002: 99%), a category "Niet verdeeld" shows it (0 for the keys that split all).
 * When the amount is one party's share (bron 002), the bars split the total derived from it.
 */
export function verdeelsleutelgrafiek(v: Verdeling, opties?: Grafiekopties): Grafiek {
  const metRest = SLEUTELS.some((s) => v.sleutels[s].onverdeeld !== 0);
  const categorieen = [...v.partijen.map((p) => partijLabel(p.partij.naam, p.partij.leden)), ...(metRest ? [v.totaalAfgeleid ? 'Niet toegerekend' : 'Niet verdeeld'] : [])];
  const reeksen = SLEUTELS.map((s) => {
    const stand = v.sleutels[s];
    const rest = stand.ontbreekt ? null : stand.onverdeeld;
    return { naam: stand.naam, soort: 'staaf' as const, waarden: [...v.partijen.map((p) => p.delen[s]?.bedrag ?? null), ...(metRest ? [rest] : [])] };
  });
  // Bron 002: the amount is one party's share; the total split here is derived from it, and says so.
  const titel = v.totaalAfgeleid
    ? `Verdeling van ≈ ${formatEuro(v.totaal)} ${v.voorstel.kosten} (afgeleid) naar verdeelsleutel`
    : `Verdeling van ${formatEuro(v.totaal)} ${v.voorstel.kosten} naar verdeelsleutel`;
  const g = maakGrafiek({ titel, categorieen, xNaam: 'Partij', yNaam: 'Bedrag (euro)', eenheid: 'euro', reeksen, liggend: categorieen.length > 4 }, opties);

  // A description per key and party (the generic one reads as a series over time).
  const delen = reeksen.map((r) =>
    r.waarden.every((w) => w === null)
      ? `${r.naam}: geen verdeling, gegevens ontbreken`
      : `${r.naam}: ${r.waarden.map((w, i) => `${categorieen[i]} ${w === null ? 'geen gegevens' : isAfgeschermd(w) ? GEHEIM_MARKER : formatEuro(w)}`).join(', ')}`,
  );
  const beschrijving = `${titel}. Bedrag in euro per partij, per verdeelsleutel. ${delen.join('; ')}. Alle getallen staan in de tabel achter de knop Toon als tabel.`;
  const option = g.option as { aria: { label: object } };
  return { ...g, beschrijving, option: { ...g.option, aria: { ...option.aria, label: { ...option.aria.label, description: beschrijving } } } };
}
