import { useContext, useId, useState } from 'react';
import { maakWerkboek, naarCsv, type Toelichting } from '@pw/export';
import { bronInWoorden, formatEuro, formatProcent, meervoud, opsomming } from '@pw/format';
import {
  begrotingspartijen,
  begrotingssleutel,
  begrotingVoor,
  begrotingWerkblad,
  leesBegroting,
  SLEUTELS,
  verdeelBegroting,
  type Begroting,
  type Begrotingsverdeling,
  type Celrij,
  type Sleutel,
  type Verdeling,
} from '@pw/metrics';
import { biedAan, Bron, ExportContext, EXPORTLABELS, Exportmenu, GrafiekInstelling } from '@pw/ui';

/** One line as the user edits it: texts, read by the same function as a file (`leesBegroting`). */
interface Invoerregel {
  groep: string;
  post: string;
  bedrag: string;
  sleutel: 'Ja' | 'Nee';
  partijen: string[];
}

const naarInvoer = (b: Begroting): Invoerregel[] =>
  b.regels.map((r) => ({
    groep: r.groep,
    post: r.post,
    bedrag: String(r.bedrag),
    sleutel: r.sleutel ? 'Ja' : 'Nee',
    partijen: r.toegerekend.map((x) => (x === null ? '' : String(x))),
  }));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A budget of direct and keyed lines for the proposal's parties (bron 000's project budget for
 * Noord-Oost Twente): entered on the page or imported from CSV/XLSX, split by a key of the page,
 * flagged where a split does not follow the key, and exported. All logic is in @pw/metrics
 * (`verdeelBegroting`, `leesBegroting`, `begrotingWerkblad`) and @pw/ingest (`leesCellen`); this
 * component holds the texts being edited. Edits are not saved: export the table to keep them.
 */
export function Begrotingsdeel({ v }: { v: Verdeling }) {
  const id = useId();
  // In a report (print) the budget is shown, not edited, imported or exported.
  const { druk } = useContext(GrafiekInstelling);
  const voorstel = v.voorstel;
  const partijen = begrotingspartijen(voorstel);
  const namen = partijen.map((p) => p.naam);
  const [basis, zetBasis] = useState<Begroting>(() => begrotingVoor(voorstel.id));
  const [invoer, zetInvoer] = useState<Invoerregel[]>(() => naarInvoer(basis));
  const [importfouten, zetImportfouten] = useState<string[]>([]);
  const [importMelding, zetImportMelding] = useState<string | null>(null);
  const beschikbaar = SLEUTELS.filter((k) => begrotingssleutel(v, k));
  const [sleutelKeuze, zetSleutel] = useState<Sleutel>('vast');
  const sleutel = begrotingssleutel(v, beschikbaar.includes(sleutelKeuze) ? sleutelKeuze : (beschikbaar[0] ?? 'vast'));

  // The lines as entered, read by the same validation as a file.
  const kop: Celrij = { regel: 0, cellen: ['Groep', 'Post', 'Kosten totaal', 'Verdeelsleutel', ...namen] };
  const cellen: Celrij[] = [kop, ...invoer.map((r, i) => ({ regel: i + 1, cellen: [r.groep, r.post, r.bedrag, r.sleutel, ...r.partijen] }))];
  const gelezen = leesBegroting(cellen, partijen, { bestand: 'invoer', plaats: (regel) => (regel === null ? 'De begroting' : `Regel ${regel}`) });
  const begroting = gelezen.begroting ? { ...gelezen.begroting, naam: basis.naam, bron: basis.bron, gedruktTotaal: basis.gedruktTotaal } : null;
  const verdeling = begroting && sleutel ? verdeelBegroting(begroting, namen, sleutel) : null;

  const wijzig = (i: number, deel: Partial<Invoerregel>) => zetInvoer(invoer.map((r, j) => (j === i ? { ...r, ...deel } : r)));

  async function importeer(bestand: File) {
    zetImportMelding(null);
    const { leesCellen } = await import('@pw/ingest');
    const tabel = await leesCellen({ naam: bestand.name, bytes: new Uint8Array(await bestand.arrayBuffer()) });
    if ('fout' in tabel) return zetImportfouten([tabel.fout]);
    const r = leesBegroting(tabel.rijen, partijen, { bestand: tabel.bestand, blad: tabel.blad });
    if (!r.begroting) return zetImportfouten(r.fouten);
    zetImportfouten([]);
    zetBasis(r.begroting);
    zetInvoer(naarInvoer(r.begroting));
    zetImportMelding(`${r.begroting.naam} ingelezen: ${meervoud(r.begroting.regels.length, 'regel', 'regels')}.`);
  }

  return (
    <>
      <p className="uitleg">
        Een begroting waarin een deel van de kosten naar de verdeelsleutel gaat (Verdeelsleutel Ja) en een deel direct aan een partij wordt toegerekend (Nee).{' '}
        {basis.regels.length && basis === begrotingVoor(voorstel.id)
          ? `Hieronder de begroting uit ${bronInWoorden(basis.bron)}, met de bedragen zoals de bron ze geeft.`
          : 'Vul de regels in, of lees een CSV- of Excelbestand in met dezelfde kolommen als de export.'}{' '}
        Een regel met Ja waarvan de verdeling niet bij de sleutel past, wordt gemeld; de bedragen van de bron blijven staan.
      </p>
      <div className="verdeel-keuze">
        <div className="veld">
          <label htmlFor={`${id}-sleutel`}>Sleutel voor de regels met Ja</label>
          <select id={`${id}-sleutel`} value={sleutelKeuze} onChange={(e) => zetSleutel(e.target.value as Sleutel)}>
            {beschikbaar.map((k) => (
              <option key={k} value={k}>
                {begrotingssleutel(v, k)!.naam}
              </option>
            ))}
          </select>
        </div>
        {druk ? null : (
          <div className="veld">
            <label htmlFor={`${id}-bestand`}>Begroting inlezen (CSV of XLSX)</label>
            <input
              id={`${id}-bestand`}
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void importeer(f);
              }}
            />
          </div>
        )}
      </div>
      {importMelding ? (
        <p className="signaal signaal-ok" role="status">
          {importMelding}
        </p>
      ) : null}
      {importfouten.length ? (
        <div className="signaal" role="alert">
          <p>Het bestand is niet ingelezen; de begroting hieronder is niet veranderd.</p>
          <ul>
            {importfouten.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {gelezen.fouten.length ? (
        <div className="signaal" role="status">
          <p>De begroting kan nog niet worden verdeeld:</p>
          <ul>
            {gelezen.fouten.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {verdeling ? <Uitkomst v={verdeling} druk={druk} /> : null}
      <Bron bron={basis.bron} periode={sleutel ? `verdeeld ${sleutel.naam}` : undefined} />

      {druk ? null : (
        <details className="paneel begroting-invoer">
          <summary>Regels bewerken</summary>
          <div className="tabel-container" tabIndex={0} role="region" aria-label="Regels van de begroting bewerken">
            <table>
              <caption>Regels van de begroting (bedragen in hele euro's; bij Ja mogen de bedragen per partij leeg blijven)</caption>
              <thead>
                <tr>
                  <th scope="col">Regel</th>
                  <th scope="col">Groep</th>
                  <th scope="col">Post</th>
                  <th scope="col">Kosten totaal</th>
                  <th scope="col">Verdeelsleutel</th>
                  {namen.map((n) => (
                    <th key={n} scope="col">
                      {n}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="alleen-schermlezer">Verwijderen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invoer.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{i + 1}</th>
                    <td>
                      <input aria-label={`Regel ${i + 1}: groep`} value={r.groep} maxLength={120} onChange={(e) => wijzig(i, { groep: e.target.value })} />
                    </td>
                    <td>
                      <input aria-label={`Regel ${i + 1}: post`} value={r.post} maxLength={120} onChange={(e) => wijzig(i, { post: e.target.value })} />
                    </td>
                    <td>
                      <input aria-label={`Regel ${i + 1}: kosten totaal`} inputMode="numeric" value={r.bedrag} size={10} onChange={(e) => wijzig(i, { bedrag: e.target.value })} />
                    </td>
                    <td>
                      <select aria-label={`Regel ${i + 1}: verdeelsleutel`} value={r.sleutel} onChange={(e) => wijzig(i, { sleutel: e.target.value as 'Ja' | 'Nee' })}>
                        <option value="Ja">Ja</option>
                        <option value="Nee">Nee</option>
                      </select>
                    </td>
                    {namen.map((n, k) => (
                      <td key={n}>
                        <input
                          aria-label={`Regel ${i + 1}: ${n}`}
                          inputMode="numeric"
                          size={10}
                          value={r.partijen[k] ?? ''}
                          onChange={(e) => wijzig(i, { partijen: r.partijen.map((x, j) => (j === k ? e.target.value : x)) })}
                        />
                      </td>
                    ))}
                    <td>
                      <button type="button" className="knop-klein" onClick={() => zetInvoer(invoer.filter((_, j) => j !== i))}>
                        Verwijder regel {i + 1}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="knoppen">
            <button type="button" className="knop-klein" onClick={() => zetInvoer([...invoer, { groep: '', post: '', bedrag: '', sleutel: 'Ja', partijen: namen.map(() => '') }])}>
              Regel toevoegen
            </button>
            <button
              type="button"
              className="knop-klein"
              onClick={() => {
                const bron = begrotingVoor(voorstel.id);
                zetBasis(bron);
                zetInvoer(naarInvoer(bron));
                zetImportfouten([]);
                zetImportMelding(null);
              }}
            >
              Terug naar {begrotingVoor(voorstel.id).regels.length ? 'de begroting van de bron' : 'een lege begroting'}
            </button>
          </div>
        </details>
      )}
    </>
  );
}

/** The split budget: per line the amounts used, the key's split and the flags; totals; the printed total; export. */
function Uitkomst({ v, druk }: { v: Begrotingsverdeling; druk: boolean }) {
  const omgeving = useContext(ExportContext);
  const blad = begrotingWerkblad(v);
  const bestandsnaam = 'begroting-verdeeld';
  const csv = (dialect: 'nl' | 'rfc4180') => naarCsv(blad.kolommen.map((k) => k.naam), blad.rijen, dialect);
  const afwijkend = v.regels.filter((r) => r.signalen.length);
  const postnaam = (r: Begrotingsverdeling['regels'][number]) => `${r.regel.post}${r.regel.groep ? ` (${r.regel.groep})` : ''}`;
  return (
    <>
      {afwijkend.length ? (
        <p className="signaal" role="status">
          {afwijkend.length === 1 ? '1 regel volgt' : `${afwijkend.length} regels volgen`} de verdeelsleutel niet of telt niet op: {opsomming(afwijkend.map(postnaam))}. Zie de kolom Signaal.
        </p>
      ) : v.regels.length ? (
        <p className="signaal signaal-ok" role="status">
          Elke regel volgt de verdeelsleutel of is direct toegerekend, en telt op.
        </p>
      ) : null}
      <div className="tabel-container" tabIndex={0} role="region" aria-label={`Tabel: ${blad.titel}`}>
        <table className="begroting">
          <caption>{blad.titel}</caption>
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Kosten totaal</th>
              <th scope="col">Verdeelsleutel</th>
              {v.partijen.map((p) => (
                <th key={p} scope="col">
                  {p}
                </th>
              ))}
              {v.partijen.map((p) => (
                <th key={p} scope="col">
                  {p} volgens sleutel
                </th>
              ))}
              <th scope="col">Signaal</th>
            </tr>
          </thead>
          <tbody>
            {v.regels.map((r, i) => (
              <tr key={i} className={r.signalen.length ? 'regel-signaal' : undefined}>
                <th scope="row">
                  {r.regel.groep ? <span className="hint">{r.regel.groep}: </span> : null}
                  {r.regel.post}
                </th>
                <td className="getal">{formatEuro(r.regel.bedrag)}</td>
                <td>
                  {r.regel.sleutel ? 'Ja' : 'Nee'}
                  {r.herkomst === 'sleutel' ? <span className="hint"> (berekend)</span> : null}
                </td>
                {v.partijen.map((p, k) => (
                  <td key={p} className="getal">
                    {r.bedragen ? formatEuro(r.bedragen[k]!) : '–'}
                  </td>
                ))}
                {v.partijen.map((p, k) => (
                  <td key={p} className="getal">
                    {r.volgensSleutel ? formatEuro(r.volgensSleutel[k]!) : '–'}
                  </td>
                ))}
                <td>{[...(r.fout ? [r.fout] : []), ...r.signalen].join(' ') || '–'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              <td className="getal">{formatEuro(v.totaalBedrag)}</td>
              <td />
              {v.partijen.map((p, k) => (
                <td key={p} className="getal">
                  {v.totaal ? formatEuro(v.totaal[k]!) : 'geen totaal'}
                </td>
              ))}
              {v.partijen.map((p, k) => (
                <td key={p} className="getal">
                  {v.totaalVolgensSleutel ? formatEuro(v.totaalVolgensSleutel[k]!) : '–'}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {v.totaal ? (
        <p className="uitleg">
          Totaal {opsomming(v.partijen.map((p, k) => `${p} ${formatEuro(v.totaal![k]!)} (${formatProcent(v.totaalBedrag ? v.totaal![k]! / v.totaalBedrag : 0)})`))} van {formatEuro(v.totaalBedrag)}
          {v.gedrukt
            ? v.gedrukt.klopt
              ? `; de bron drukt dezelfde totalen (${v.gedrukt.totaal.map((t) => (t === null ? '–' : formatEuro(t))).join(' / ')}).`
              : `; de bron drukt als totaal ${v.gedrukt.totaal.map((t) => (t === null ? '–' : formatEuro(t))).join(' / ')}, wat niet gelijk is aan de som van de regels.`
            : '.'}
          {v.afwijkend && v.totaalVolgensSleutel
            ? ` Als elke regel met Ja de sleutel had gevolgd: ${opsomming(v.partijen.map((p, k) => `${p} ${formatEuro(v.totaalVolgensSleutel![k]!)}`))}.`
            : ''}
        </p>
      ) : null}
      {druk ? null : (
        <Exportmenu titel={blad.titel}>
          <button
            type="button"
            className="knop-klein"
            onClick={async () => {
              const toelichting: Toelichting = omgeving?.toelichting ?? { keuze: [], bronnen: [], datapakket: '' };
              biedAan(await maakWerkboek(blad, { ...toelichting, opmerkingen: [...(toelichting.opmerkingen ?? []), `Begroting: ${v.begroting.bron}; verdeeld ${v.sleutel.naam}.`] }), `${bestandsnaam}.xlsx`, XLSX);
            }}
          >
            {EXPORTLABELS.xlsx}
          </button>
          <button type="button" className="knop-klein" onClick={() => biedAan(csv('nl'), `${bestandsnaam}.csv`, 'text/csv;charset=utf-8')}>
            {EXPORTLABELS.nl}
          </button>
          <button type="button" className="knop-klein" onClick={() => biedAan(csv('rfc4180'), `${bestandsnaam}-rfc4180.csv`, 'text/csv;charset=utf-8')}>
            {EXPORTLABELS.internationaal}
          </button>
        </Exportmenu>
      )}
    </>
  );
}
