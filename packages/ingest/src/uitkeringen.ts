import { sqlIdent, sqlString } from '@pw/engine';
import {
  datumNL,
  herkenAfstand,
  herkenJaNee,
  herkenLoonwaardegroep,
  herkenRegeling,
  type IsoDatum,
} from '@pw/model';
import { datumKolomSql, dataRijSql, herkenGemeente, kolomSql, meldLeeg, meldOnbekend, OPLOSSING_GEMEENTE } from './algemeen.ts';
import { T, type Context, type Deel } from './context.ts';
import { titelDatums } from './formaat.ts';
import { controleerRijen } from './rijfouten.ts';
import { ongeldigeDatum, OPLOSSING_DATUM } from './lezen.ts';
import { maakWaardekaart } from './waarden.ts';

/**
 * Caseload extracts → `ingest_uitk`: one row per benefit period (or per benefit per peildatum for a
 * stock snapshot), with a salted person key instead of the BSN, the municipality as CBS code, the
 * regeling as `Pw`/`IOAW`/`IOAZ`/`Bbz`, and the classifications as codes. Names are never read
 * out of staging; the birth date is kept only until ingest has turned it into age bands.
 */
export async function maakUitkeringentabel(ctx: Context): Promise<void> {
  await ctx.engine.exec(`CREATE OR REPLACE TABLE ${T.uitk} (
    deel INTEGER, rij BIGINT, persoon UBIGINT, persoon_leeg BOOLEAN,
    gemeente_code VARCHAR, regeling VARCHAR, ingang DATE, einde DATE, einde_fout BOOLEAN,
    afstand VARCHAR, loonwaardegroep VARCHAR, doelgroepenregister VARCHAR, beschut_werk VARCHAR,
    geboren DATE, reden VARCHAR, stand BOOLEAN, peildatum DATE, peildatum_fout BOOLEAN, referentie DATE)`);
}

export interface UitkeringenDeel {
  stand: boolean;
  referentie: IsoDatum | null;
  vanaf: IsoDatum | null;
}

export async function leesUitkeringen(ctx: Context, deel: Deel): Promise<UitkeringenDeel> {
  const s = deel.staging;
  const { engine } = ctx;
  const m = deel.mapping;
  const pre = `ingest_k${deel.id}`;
  const janee = (w: string) => {
    const b = herkenJaNee(w);
    return b === undefined ? {} : { waarde: b ? 'ja' : 'nee' };
  };
  const kaarten = {
    gemeente: await maakWaardekaart(engine, s, 'gemeente', herkenGemeente, m, `${pre}_gemeente`),
    regeling: await maakWaardekaart(engine, s, 'regeling', (w) => ({ waarde: herkenRegeling(w) }), m, `${pre}_regeling`),
    afstand: await maakWaardekaart(engine, s, 'afstand', (w) => ({ waarde: herkenAfstand(w) }), m, `${pre}_afstand`),
    loonwaardegroep: await maakWaardekaart(engine, s, 'loonwaardegroep', (w) => ({ waarde: herkenLoonwaardegroep(w) }), m, `${pre}_lwg`),
    doelgroepenregister: await maakWaardekaart(engine, s, 'doelgroepenregister', janee, m, `${pre}_dgr`),
    beschut_werk: await maakWaardekaart(engine, s, 'beschut_werk', janee, m, `${pre}_bw`),
  };

  const titel = titelDatums(s.onderdeel.titels);
  const heeftPeildatum = !!s.kolomVan('peildatum');
  const stand = heeftPeildatum || (!s.kolomVan('einddatum') && !!titel.per);
  const ingang = datumKolomSql(s, 'ingangsdatum');
  const einde = datumKolomSql(s, 'einddatum');
  const peil = heeftPeildatum ? datumKolomSql(s, 'peildatum') : { waarde: titel.per ? `DATE ${sqlString(titel.per)}` : 'NULL::DATE', fout: 'false' };

  // The extract's reference date: the title ("aangemaakt 31-12-2024"), else its latest date.
  let referentie: IsoDatum | null = titel.per ?? null;
  if (!referentie) {
    const r = await engine.query<{ d: string | null }>(
      `SELECT max(greatest(${ingang.waarde}, coalesce(${einde.waarde}, ${ingang.waarde}), coalesce(${peil.waarde}, ${ingang.waarde}))) AS d FROM ${sqlIdent(s.tabel)} s WHERE ${dataRijSql(s)}`,
    );
    referentie = r[0]?.d ?? null;
  }
  const refSql = referentie ? `DATE ${sqlString(referentie)}` : 'NULL::DATE';
  const geboorte = s.kolomVan('geboortedatum')
    ? datumKolomSql(s, 'geboortedatum').waarde
    : s.kolomVan('leeftijd')
      ? // Only an age: assume the middle of the year of age on the extract's date (or the peildatum).
        `((coalesce(${peil.waarde}, ${refSql}) - to_years(TRY_CAST(trim(${kolomSql(s, 'leeftijd')}) AS INTEGER)) - INTERVAL 182 DAY)::DATE)`
      : 'NULL::DATE';
  const join = (veld: keyof typeof kaarten, alias: string) => {
    const kaart = kaarten[veld];
    const k = s.kolomVan(veld);
    return kaart && k ? `LEFT JOIN ${sqlIdent(kaart.tabel)} ${alias} ON ${alias}.raw = trim(s.${sqlIdent(k.sql)})` : '';
  };
  const cat = (veld: keyof typeof kaarten, alias: string) => (kaarten[veld] && s.kolomVan(veld) ? `coalesce(${alias}.waarde, 'onbekend')` : `'onbekend'`);
  const persoon = kolomSql(s, 'persoon');

  await engine.exec(`INSERT INTO ${T.uitk}
    SELECT ${deel.id}, s.rowid,
      hash(${ctx.zout} || upper(ltrim(trim(${persoon}), '0'))),
      (${persoon} IS NULL OR trim(${persoon}) = ''),
      kg.waarde, kr.waarde, ${ingang.waarde}, ${einde.waarde}, ${einde.fout},
      ${cat('afstand', 'ka')}, ${cat('loonwaardegroep', 'kl')}, ${cat('doelgroepenregister', 'kd')}, ${cat('beschut_werk', 'kb')},
      ${geboorte}, nullif(left(regexp_replace(trim(${kolomSql(s, 'uitstroomreden')}), '\\s+', ' ', 'g'), 40), ''),
      ${stand}, ${stand ? peil.waarde : 'NULL::DATE'}, ${stand ? peil.fout : 'false'}, ${refSql}
    FROM ${sqlIdent(s.tabel)} s
    ${join('gemeente', 'kg')} ${join('regeling', 'kr')} ${join('afstand', 'ka')} ${join('loonwaardegroep', 'kl')}
    ${join('doelgroepenregister', 'kd')} ${join('beschut_werk', 'kb')}
    WHERE ${dataRijSql(s)}`);

  // Row-level checks: every problem with its line.
  const c = T.uitk;
  await meldLeeg(ctx, deel, c, 'persoon', 'Het BSN of klantnummer', 'Vul het BSN of klantnummer in; zonder persoon kan een uitkering niet worden geteld.');
  await meldLeeg(ctx, deel, c, 'gemeente', 'De gemeente', OPLOSSING_GEMEENTE);
  await meldLeeg(ctx, deel, c, 'regeling', 'De regeling', 'Vul de regeling in: Pw (bijstand), IOAW, IOAZ of Bbz.');
  await meldLeeg(ctx, deel, c, 'ingangsdatum', 'De ingangsdatum', 'Vul de ingangsdatum van de uitkering in (dd-mm-jjjj).');
  await meldOnbekend(ctx, deel, c, 'gemeente', kaarten.gemeente, { code: 'onbekende-gemeente', ernst: 'fout', wat: 'gemeente', oplossing: OPLOSSING_GEMEENTE });
  await meldOnbekend(ctx, deel, c, 'regeling', kaarten.regeling, {
    code: 'onbekende-regeling', ernst: 'fout', wat: 'regeling',
    oplossing: 'Gebruik Pw (of Participatiewet, Algemene bijstand, WWB), IOAW, IOAZ of Bbz; een andere schrijfwijze kan in een mappingbestand onder "waarden": {"regeling": {"…": "Pw"}}. Regelingen buiten de Participatiewet horen niet in dit extract.',
  });
  for (const [veld, wat, code] of [
    ['afstand', 'afstand tot de arbeidsmarkt', 'onbekende-afstand'],
    ['loonwaardegroep', 'loonwaardegroep', 'onbekende-loonwaardegroep'],
    ['doelgroepenregister', 'waarde voor doelgroepenregister', 'onbekende-janee'],
    ['beschut_werk', 'waarde voor beschut werk', 'onbekende-janee'],
  ] as const) {
    await meldOnbekend(ctx, deel, c, veld, kaarten[veld], {
      code, ernst: 'waarschuwing', wat,
      oplossing: veld === 'afstand' ? 'Gebruik "kort" of "lang" (korte of lange afstand tot de arbeidsmarkt).' : veld === 'loonwaardegroep' ? 'Gebruik groep 1 t/m 4 (bron 003) of een percentage loonwaarde.' : 'Gebruik ja of nee.',
    });
  }
  const ingangKolom = s.kolomVan('ingangsdatum');
  if (ingangKolom?.type === 'VARCHAR') {
    await controleerRijen(ctx, deel, c, {
      code: 'ongeldige-datum', veld: 'ingangsdatum',
      waar: `c.ingang IS NULL AND trim(coalesce(s.${sqlIdent(ingangKolom.sql)}, '')) <> ''`,
      reden: (w) => ongeldigeDatum(w ?? '', s.kopVan('ingangsdatum')),
      oplossing: OPLOSSING_DATUM,
    });
  }
  await controleerRijen(ctx, deel, c, {
    code: 'ongeldige-datum', veld: 'einddatum', waar: 'c.einde_fout',
    reden: (w) => ongeldigeDatum(w ?? '', s.kopVan('einddatum')),
    oplossing: `${OPLOSSING_DATUM} Laat de einddatum leeg als de uitkering nog loopt.`,
  });
  await controleerRijen(ctx, deel, c, {
    code: 'onwaarschijnlijke-datum', veld: 'ingangsdatum',
    waar: `c.ingang < DATE '1950-01-01' OR c.ingang > DATE '2100-01-01' OR c.einde < DATE '1950-01-01' OR c.einde > DATE '2100-01-01'`,
    reden: () => 'Ingangs- of einddatum ligt vóór 1950 of na 2100.',
    oplossing: 'Controleer het jaartal van de ingangs- en einddatum.',
  });
  await controleerRijen(ctx, deel, c, {
    code: 'einde-voor-ingang', veld: 'einddatum',
    waar: 'c.einde < c.ingang',
    reden: (w) => `De einddatum${w ? ` ${w}` : ''} ligt vóór de ingangsdatum.`,
    oplossing: 'Corrigeer de ingangs- of de einddatum; een uitkering eindigt op of na de dag waarop ze ingaat.',
  });
  if (stand) {
    await controleerRijen(ctx, deel, c, {
      code: 'ongeldige-datum', veld: 'peildatum', waar: 'c.peildatum_fout OR c.peildatum IS NULL',
      reden: (w) => `Ongeldige of ontbrekende peildatum${w ? ` "${w}"` : ''}.`,
      oplossing: 'Vul de peildatum (stand per) in als dd-mm-jjjj.',
    });
    await controleerRijen(ctx, deel, c, {
      code: 'stand-niet-lopend', veld: 'ingangsdatum',
      waar: 'c.ingang > c.peildatum OR c.einde < c.peildatum',
      reden: () => 'Deze uitkering staat in een stand per peildatum, maar liep op die datum niet (ingangs- of einddatum).',
      oplossing: 'Een stand bevat alleen uitkeringen die op de peildatum lopen; controleer de datums of de peildatum.',
    });
  }
  await controleerRijen(ctx, deel, c, {
    code: 'lange-uitkering', ernst: 'waarschuwing', veld: 'ingangsdatum',
    waar: `c.ingang < coalesce(c.einde, c.referentie, c.ingang) - INTERVAL 30 YEAR`,
    reden: (w) => `Deze uitkering loopt langer dan 30 jaar (ingangsdatum ${w ?? ''}).`,
    oplossing: 'Controleer de ingangsdatum; is ze juist, dan kunt u deze waarschuwing accepteren.',
  });
  return { stand, referentie, vanaf: titel.vanaf ?? null };
}

/** Describes an extract's coverage for messages. */
export function periodeTekst(van: IsoDatum, tot: IsoDatum): string {
  return `${datumNL(van)} t/m ${datumNL(tot)}`;
}
