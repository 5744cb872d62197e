import { describe, expect, it } from 'vitest';
import { begrotingVoor, begrotingWerkblad, leesBegroting, PROJECTBEGROTING_NOT, verdeelBegroting, type Celrij } from '../src/begroting.ts';
import { begrotingspartijen, verdeelvoorstel } from '../src/verdeelsleutel.ts';

const PARTIJEN = ['Noaberkracht', 'Oldenzaal'];
/** Dutch amounts have a no-break space after the euro sign; the expectations below write a plain one. */
const gewoon = (teksten: readonly string[]) => teksten.map((t) => t.replace(/\u00a0/g, ' '));
const ZESTIG_VEERTIG = { naam: 'naar de vaste sleutel 60% / 40%', gewichten: [60, 40] };
const not = verdeelvoorstel('not-projectkosten')!;

describe('source 000’s project budget: direct and keyed lines', () => {
  const v = verdeelBegroting(PROJECTBEGROTING_NOT, PARTIJEN, ZESTIG_VEERTIG);

  it('reproduces the source’s split and totals: 222.300 Noaberkracht and 100.300 Oldenzaal of 322.600', () => {
    expect(v.totaalBedrag).toBe(322_600);
    expect(v.totaal).toEqual([222_300, 100_300]);
    expect(v.gedrukt).toEqual({ totaal: [222_300, 100_300], klopt: true });
    expect(v.regels.map((r) => r.bedragen)).toEqual([
      [13_200, 8_800],
      [21_000, 21_000],
      [26_400, 17_600],
      [41_100, 16_300],
      [44_000, 0],
      [40_600, 12_600],
      [36_000, 24_000],
    ]);
    expect(begrotingVoor('not-projectkosten')).toBe(PROJECTBEGROTING_NOT);
    expect(begrotingVoor('samenwerking-buch').regels).toEqual([]);
  });

  it('flags Personele inzet 57.400 (Ja): 41.100 / 16.300 is 71,6% / 28,4%, where 60/40 gives 34.440 / 22.960; the source’s figures stay', () => {
    expect(v.afwijkend).toBe(1);
    const r = v.regels[3]!;
    expect(r.regel.post).toBe('Personele inzet');
    expect(r.volgensSleutel).toEqual([34_440, 22_960]);
    expect(r.bedragen).toEqual([41_100, 16_300]);
    expect(gewoon(r.signalen)).toEqual([
      'Verdeelsleutel Ja, maar de verdeling € 41.100 / € 16.300 is 71,6% / 28,4%; volgens de sleutel (60,0% / 40,0%) is dat € 34.440 / € 22.960 (verschil +€ 6.660 / −€ 6.660). De bedragen van de bron zijn niet veranderd.',
    ]);
    // Had every Ja line followed the key: 6.660 less for Noaberkracht.
    expect(v.totaalVolgensSleutel).toEqual([222_300 - 6_660, 100_300 + 6_660]);
    // The other keyed lines follow 60/40 exactly; the Nee lines are attributed directly.
    expect(v.regels.filter((x) => x !== r).every((x) => x.signalen.length === 0)).toBe(true);
    expect(v.regels[1]!.volgensSleutel).toBeNull();
  });

  it('follows 60/40 also when the key is the inhabitants of 2020 (47.749 : 31.832), within rounding', () => {
    const w = verdeelBegroting(PROJECTBEGROTING_NOT, PARTIJEN, { naam: 'naar inwoners 1-1-2020', gewichten: [47_749, 31_832] });
    expect(w.afwijkend).toBe(1);
    expect(w.regels[3]!.volgensSleutel).toEqual([34_440, 22_960]);
  });

  it('splits a Ja line without amounts by the key, and refuses a Nee line without its direct attribution', () => {
    const b = {
      ...PROJECTBEGROTING_NOT,
      gedruktTotaal: null,
      regels: [
        { groep: '', post: 'Nieuw', bedrag: 10_001, sleutel: true, toegerekend: [null, null] },
        { groep: '', post: 'Direct', bedrag: 5_000, sleutel: false, toegerekend: [5_000, null] },
      ],
    };
    const u = verdeelBegroting(b, PARTIJEN, ZESTIG_VEERTIG);
    expect(u.regels[0]).toMatchObject({ bedragen: [6_001, 4_000], herkomst: 'sleutel', fout: null });
    expect(u.regels[1]!.fout).toBe('Verdeelsleutel Nee, maar er is geen bedrag toegerekend aan Oldenzaal. Vul voor elke partij het direct toegerekende bedrag in (0 mag), of zet de verdeelsleutel op Ja.');
    // No total over part of the lines.
    expect(u.totaal).toBeNull();
  });

  it('flags amounts per party that do not add up to the line', () => {
    const b = { ...PROJECTBEGROTING_NOT, gedruktTotaal: [1, 2], regels: [{ groep: '', post: 'Direct', bedrag: 5_000, sleutel: false, toegerekend: [3_000, 1_000] }] };
    const u = verdeelBegroting(b, PARTIJEN, ZESTIG_VEERTIG);
    expect(gewoon(u.regels[0]!.signalen)).toEqual(['De bedragen per partij tellen op tot € 4.000, niet tot € 5.000 (verschil −€ 1.000).']);
    expect(u.gedrukt).toEqual({ totaal: [1, 2], klopt: false });
  });
});

/** Text rows as ingest's leesCellen gives them: the line (CSV) or row (XLSX) and the cells. */
const rijen = (...regels: string[][]): Celrij[] => regels.map((cellen, i) => ({ regel: i + 1, cellen }));

describe('reading such a budget from a file (hostile input)', () => {
  const partijen = begrotingspartijen(not);

  it('reads the table as source 000 prints it: a title, group headings, Dutch amounts and a Totaal row', () => {
    const { begroting, fouten } = leesBegroting(
      rijen(
        ['Totaalbegroting project NOT', '', '', '', ''],
        ['', '', '', '', ''],
        ['Type', 'Kosten totaal', 'Verdeelsleutel', 'Noaberkracht', 'Oldenzaal'],
        ['Projectgroep', '', '', '', ''],
        ['Projectleiding', '22.000', 'Ja', '13.200', '8.800'],
        ['Personele inzet', '42.000', 'Nee', '21.000', '21.000'],
        ['Werkgroep Backoffice', '', '', '', ''],
        ['Projectleiding', '44.000', 'Ja', '26.400', '17.600'],
        ['Personele inzet', '57.400', 'Ja', '41.100', '16.300'],
        ['Werkgroep Frontoffice', '', '', '', ''],
        ['Projectleiding', '44.000', 'Nee', '44.000', '0'],
        ['Personele inzet', '53.200', 'Nee', '40.600', '12.600'],
        ['Overige projectkosten', '€ 60.000,00', 'ja', '36.000', '24.000'],
        ['Totaal', '', '', '222.300', '100.300'],
      ),
      partijen,
      { bestand: 'begroting.csv' },
    );
    expect(fouten).toEqual([]);
    const zonderGroep = (r: { post: string; bedrag: number; sleutel: boolean; toegerekend: Array<number | null> }) => [r.post, r.bedrag, r.sleutel, r.toegerekend];
    expect(begroting!.regels.map(zonderGroep)).toEqual(PROJECTBEGROTING_NOT.regels.map(zonderGroep));
    // A heading holds until the next one: without a Groep column the reader cannot tell that
    // "Overige projectkosten" stands on its own, so it reads it under Werkgroep Frontoffice.
    expect(begroting!.regels.map((r) => r.groep)).toEqual(['Projectgroep', 'Projectgroep', 'Werkgroep Backoffice', 'Werkgroep Backoffice', 'Werkgroep Frontoffice', 'Werkgroep Frontoffice', 'Werkgroep Frontoffice']);
    expect(begroting!.gedruktTotaal).toEqual([222_300, 100_300]);
  });

  it('reads back its own export, and a party named with its members', () => {
    const v = verdeelBegroting(PROJECTBEGROTING_NOT, PARTIJEN, ZESTIG_VEERTIG);
    const blad = begrotingWerkblad(v);
    expect(blad.kolommen.map((k) => k.naam)).toEqual([
      'Groep', 'Post', 'Kosten totaal', 'Verdeelsleutel', 'Noaberkracht', 'Oldenzaal', 'Noaberkracht volgens sleutel', 'Oldenzaal volgens sleutel', 'Signaal',
    ]);
    expect(blad.rijen.at(-1)).toEqual(['', 'Totaal', 322_600, '', 222_300, 100_300, 215_640, 106_960, '']);
    // As the XLSX export gives cells back: numbers as plain text.
    const terug = leesBegroting(
      rijen(blad.kolommen.map((k) => (k.naam === 'Noaberkracht' ? 'Noaberkracht (Dinkelland en Tubbergen)' : k.naam)), ...blad.rijen.map((r) => r.map((c) => (c === null ? '' : String(c))))),
      partijen,
      { bestand: 'export.xlsx', blad: 'Begroting' },
    );
    expect(terug.fouten).toEqual([]);
    expect(terug.begroting!.regels).toEqual(PROJECTBEGROTING_NOT.regels);
    expect(terug.begroting!.gedruktTotaal).toEqual([222_300, 100_300]);
  });

  it('names the file, the line and the fix for every problem, and gives no budget then', () => {
    const { begroting, fouten } = leesBegroting(
      rijen(
        ['Post', 'Bedrag', 'Verdeelsleutel', 'Noaberkracht', 'Oldenzaal'],
        ['Projectleiding', '22.000,50', 'Ja', '', ''],
        ['Personele inzet', '42.000', 'misschien', '21.000', '21.000'],
        ['', '1.000', 'Nee', '1.000', '0'],
        ['Te lang', '1', 'Nee', '-5', '=1+1'],
      ),
      partijen,
      { bestand: 'begroting.csv' },
    );
    expect(begroting).toBeNull();
    expect(gewoon(fouten)).toEqual([
      'begroting.csv:2: Kosten totaal "22.000,50" is geen bedrag in hele euro\'s. Oplossing: Schrijf het bedrag als 22.000 of 22000 (geen centen, niet negatief, hoogstens € 999.999.999.999).',
      'begroting.csv:3: Verdeelsleutel "misschien" is geen Ja of Nee. Oplossing: Vul Ja in als de regel naar de sleutel wordt verdeeld, Nee als de bedragen direct worden toegerekend.',
      'begroting.csv:4: De regel heeft geen omschrijving. Oplossing: Vul de kolom Post in.',
      'begroting.csv:5: Noaberkracht "-5" is geen bedrag in hele euro\'s. Oplossing: Schrijf het bedrag als 22.000 of 22000 (geen centen, niet negatief, hoogstens € 999.999.999.999).',
      'begroting.csv:5: Oldenzaal "=1+1" is geen bedrag in hele euro\'s. Oplossing: Schrijf het bedrag als 22.000 of 22000 (geen centen, niet negatief, hoogstens € 999.999.999.999).',
    ]);
  });

  it('says which columns it looks for when there is no header', () => {
    const r = leesBegroting(rijen(['BSN', 'Gemeente'], ['1', 'Dinkelland']), partijen, { bestand: 'uitkeringen.csv' });
    expect(r.begroting).toBeNull();
    expect(r.fouten).toEqual([
      'uitkeringen.csv: Geen kopregel gevonden met Post (of Type), Kosten totaal, Verdeelsleutel en een kolom per partij (Noaberkracht en Oldenzaal). Oplossing: Zet boven de regels een kopregel met die kolomnamen, zoals de export van deze pagina heeft.',
    ]);
  });

  it('refuses more than 200 lines', () => {
    const veel = rijen(['Post', 'Bedrag', 'Verdeelsleutel', 'Noaberkracht', 'Oldenzaal'], ...Array.from({ length: 201 }, (_, i) => [`Post ${i}`, '100', 'Ja', '', '']));
    const r = leesBegroting(veel, partijen, { bestand: 'groot.csv' });
    expect(r.begroting).toBeNull();
    expect(r.fouten).toEqual(['groot.csv:202: Meer dan 200 regels. Oplossing: Splits de begroting in delen.']);
  });
});
