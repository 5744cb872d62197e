import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun, REPO } from './cli.ts';

// Acceptance (issue 5): `npm run report` on a report with three views gives a PDF whose text
// (pdftotext) contains the figures of those views, the peildatum and the data package hash, and no
// page splits a table row. Issue 13: at most 8 A4 pages including the cover, the generated findings
// with the views' figures, the hash once (in the colophon), monthly tables as their last 13 months,
// and no masked value in any chart. Runs after the browser tests' global setup has checked the
// dashboard is built.

interface Figuur {
  indicator: string;
  gemeente_code: string;
  periode: string;
  dimensie: string;
  categorie: string;
  waarde: number | null;
}

const DEMO_HASH = (JSON.parse(readFileSync(join(REPO, 'data/demo-package/manifest.json'), 'utf8')) as { hash: string }).hash;
const TITEL = 'Kwartaalrapportage Participatiewet Dinkelland en Dijk en Waard';

function weergave(id: string, naam: string, pagina: string, zoek: string, tabel: boolean, extra: Record<string, unknown> = {}) {
  return {
    schema: 'pw-monitor-weergave',
    versie: 2,
    id,
    naam,
    omschrijving: '',
    pagina,
    zoek,
    tabel,
    datapakket: { hash: DEMO_HASH, peildatum: '2024-12-01', naam: 'Demodatapakket' },
    aangemaakt: '2026-03-01T10:00:00.000Z',
    ...extra,
  };
}

function rapport(blok1Extra: Record<string, unknown> = {}) {
  return {
    schema: 'pw-monitor-rapport',
    versie: 1,
    id: 'rapport-test-issue5',
    titel: TITEL,
    inleiding: 'Dit rapport is gemaakt met npm run report.',
    datum: '2026-03-01',
    blokken: [
      { soort: 'tekst', kop: 'Samenvatting', tekst: 'Stand van de uitkeringen, doelgroepen en beschut werk.' },
      { soort: 'weergave', weergave: weergave('w-uitkeringen-1774', 'Uitkeringen Dinkelland', '/uitkeringen', 'gebied=GM1774&peildatum=2019-12-01', true, blok1Extra), toelichting: 'Uitkeringen per regeling.' },
      { soort: 'weergave', weergave: weergave('w-doelgroepen-1774', 'Doelgroepen Dinkelland', '/doelgroepen', 'gebied=GM1774&peildatum=2019-12-01', false), toelichting: '' },
      { soort: 'weergave', weergave: weergave('w-beschut-1980', 'Beschut werk Dijk en Waard', '/beschut-werk', 'gebied=GM1980&peildatum=2022-12-01', false), toelichting: '' },
    ],
  };
}

function poppler(cmd: 'pdftotext' | 'pdfinfo', args: string[]): string {
  const r = spawnSync(`/usr/bin/${cmd}`, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} mislukte (${r.error?.message ?? r.stderr}); installeer poppler-utils (apt-get install -y poppler-utils).`);
  return r.stdout;
}

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const maandKort = (periode: string) => `${MAANDEN[Number(periode.slice(5, 7)) - 1]} ${periode.slice(0, 4)}`;
const nl = new Intl.NumberFormat('nl-NL');
/** A cell as the report prints it: a number, or the marker the masking of the package gave it. */
const celPatroon = (v: number | string | null) => (v === null ? '(?:–|-|)' : typeof v === 'string' ? v : nl.format(v).replace('.', '\\.'));

let map: string;
let pdf: string;
let uitvoer: { code: number; stdout: string; stderr: string };
let paginas: string[];

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'pw-rapport-'));
  const bestand = join(map, 'rapport.json');
  writeFileSync(bestand, JSON.stringify(rapport(), null, 2));
  pdf = join(map, 'r.pdf');
  uitvoer = npmRun('report', [bestand, '--out', pdf]);
  if (uitvoer.code === 0 && existsSync(pdf)) {
    const n = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [pdf]))?.[1]);
    paginas = Array.from({ length: n }, (_, i) => poppler('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']));
  }
}, 300_000);
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('npm run report on a report with three views', () => {
  it('writes a PDF and prints its path and page count', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(uitvoer.stdout).toContain(pdf);
    expect(uitvoer.stdout).toMatch(new RegExp(`\\(${paginas.length} pagina('s)?\\)`));
    expect(paginas.length).toBeGreaterThan(1);
    // No temporary file is left next to the PDF.
    expect(readdirSync(map).sort()).toEqual(['r.pdf', 'rapport.json']);
  });

  it('contains the figures of the views, the peildatum, the package hash, the title and page numbers', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    const tekst = paginas.join('\n');
    // Dinkelland on 1-12-2019: 275 benefits, 245 Participatiewet; 85 short and 160 long distance to the labour market.
    for (const getal of ['275', '245', '85', '160']) expect(tekst).toMatch(new RegExp(`(?<![\\d.,])${getal}(?![\\d,]|\\.\\d)`));
    expect(tekst).toContain('1-12-2019');
    expect(tekst).toContain(DEMO_HASH.slice(0, 12));
    // The title on the cover may wrap over two lines.
    expect(tekst.replace(/\s+/g, ' ')).toContain(TITEL);
    expect(tekst).toContain('Dinkelland');
    expect(tekst).toContain('Dijk en Waard');
    expect(paginas[0]).toContain('Pagina 1 van');
    expect(paginas.at(-1)).toContain(`Pagina ${paginas.length} van ${paginas.length}`);
  });

  it('splits no row of the table "Uitkeringen per regeling" over two pages', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    // The report masks small numbers as the package's masking decides: the same as figures --kleine-aantallen afschermen.
    const r = npmRun('figures', ['data/demo-package', '--format', 'json', '--indeling', 'huidig', '--gemeente', 'GM1774', '--indicator', 'uitkeringen', '--tot', '2019-12-01', '--kleine-aantallen', 'afschermen']);
    expect(r.code, r.stderr).toBe(0);
    const figuren = (JSON.parse(r.stdout) as Array<Omit<Figuur, 'waarde'> & { waarde: number | string }>).filter((f) => f.dimensie === 'regeling');
    const perioden = [...new Set(figuren.map((f) => f.periode))].sort();
    const waarde = (p: string, regeling: string) => figuren.find((f) => f.periode === p && f.categorie === regeling)?.waarde ?? null;

    let gevonden = 0;
    for (const p of perioden) {
      const label = maandKort(p);
      // A line that starts like a row of this table: the month, then four cells (other tables on
      // the page, such as per 1.000 inwoners, have other numbers of columns).
      const begin = new RegExp(`^\\s*${label}(?:\\s+(?:[\\d.,]+|<5|x|–)){4}\\s*$`, 'm');
      const rij = new RegExp(`^\\s*${label}\\s+${['Pw', 'IOAW', 'IOAZ', 'Bbz'].map((reg) => celPatroon(waarde(p, reg))).join('\\s+')}\\s*$`, 'm');
      const metBegin = paginas.map((t, i) => (begin.test(t) ? i + 1 : 0)).filter(Boolean);
      if (!metBegin.length) continue;
      gevonden++;
      // The row is complete on the page where it starts, and starts on one page only.
      expect(metBegin, `rij ${label}`).toHaveLength(1);
      expect(paginas[metBegin[0]! - 1], `rij ${label} op pagina ${metBegin[0]}`).toMatch(rij);
    }
    // Dinkelland 1-12-2019: 245 Pw, IOAW 24 masked as x, IOAZ 2 and Bbz 4 as <5.
    expect(paginas.join('\n'), 'de rij voor dec 2019 (245, x, <5, <5)').toMatch(/^\s*dec 2019\s+245\s+x\s+<5\s+<5\s*$/m);
    expect(gevonden).toBeGreaterThanOrEqual(6);
  });
});

describe('npm run report: fit for the council (issue 13)', () => {
  it('prints the three views on at most 8 A4 pages including the cover', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    const info = poppler('pdfinfo', [pdf]);
    const n = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThanOrEqual(8);
    // A4 portrait: 595 × 842 points.
    expect(info).toMatch(/^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/m);
  });

  it('contains the generated findings of each view, with the views\' figures', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    const tekst = paginas.join('\n').replace(/\s+/g, ' ');
    // Uitkeringen Dinkelland, 1-12-2019: 275, a year earlier 292; 245 in the Participatiewet.
    expect(tekst).toContain('Op 1-12-2019 had Dinkelland 275 uitkeringen, 17 minder dan een jaar eerder (−5,8%).');
    expect(tekst).toContain('Daarvan vielen er 245 (89,1%) onder de Participatiewet (Pw)');
    expect(tekst).toContain('In de 5 vergelijkbare gemeenten (20.000 tot 50.000 inwoners) daalde het aantal met 3,7% in dezelfde periode.');
    // Doelgroepen Dinkelland: 85 short and 160 long distance of 245 Pw benefits; 38 in the register.
    expect(tekst).toContain('Van de 245 Pw-uitkeringen van Dinkelland op 1-12-2019 hadden er 85 (34,7%) een korte en 160 (65,3%) een lange afstand tot de arbeidsmarkt.');
    expect(tekst).toContain('In het doelgroepenregister (banenafspraak) stonden op 1-12-2019 38 inwoners van Dinkelland');
    // Beschut werk Dijk en Waard 2022: 17 of 21 places.
    expect(tekst).toContain('Eind 2022 had Dijk en Waard 17 plaatsen beschut werk gerealiseerd bij een taakstelling van 21 (81,0%): 4 plaatsen minder dan de taakstelling.');
    // The in- and outflow of the year contain masked months: their sum is not given.
    expect(tekst).not.toMatch(/begonnen \d+ uitkeringen/);
  });

  it('names the package hash in the colophon, not in the footer of every page, and prints no controls', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    const tekst = paginas.join('\n');
    expect(paginas[0]).toContain('Colofon');
    expect(paginas[0]).toContain(DEMO_HASH);
    // The footer of every page names the report and its peildata, not the package.
    for (const [i, blad] of paginas.entries()) {
      const voet = blad.split('\n').filter((l) => l.includes(`Pagina ${i + 1} van`));
      expect(voet, `voet van pagina ${i + 1}`).toHaveLength(1);
      expect(voet[0]).not.toContain(DEMO_HASH.slice(0, 12));
      expect(voet[0]).toContain('1-12-2019');
    }
    // The cover names the areas by kind and the periods of the views.
    expect(paginas[0]).toMatch(/Gemeenten\s+Dinkelland en Dijk en Waard/);
    expect(paginas[0]).toContain('Beschut werk Dijk en Waard: jaar 2022');
    for (const knop of ['Afdrukken of opslaan als PDF', 'Download als HTML', 'Toon als tabel', 'Bevolkingsbasis']) expect(tekst).not.toContain(knop);
  });

  it('prints a monthly table as its 13 months up to the peildatum, never the history back to 2015', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    const tekst = paginas.join('\n');
    expect(tekst).toMatch(/^\s*dec 2018\s+259\s+x\s+<5\s+<5\s*$/m);
    for (const oud of ['jun 2016', 'jan 2017', 'nov 2018 ']) expect(tekst).not.toMatch(new RegExp(`^\\s*${oud}\\s+\\d+\\s+(\\d+|x)\\s+(<5|\\d+)\\s+(<5|\\d+)\\s*$`, 'm'));
    expect(tekst.replace(/\s+/g, ' ')).toContain('De 13 maanden december 2018 tot en met december 2019');
  });

  it('shows no masked value in any chart (nor anywhere else in the report)', () => {
    expect(uitvoer.code, uitvoer.stderr).toBe(0);
    const vraag = ['--format', 'json', '--indeling', 'huidig', '--gemeente', 'GM1774', '--indicator', 'uitkeringen,instroom,uitstroom,uitkeringen_per_1000_inwoners'];
    const open = npmRun('figures', ['data/demo-package', ...vraag]);
    const dicht = npmRun('figures', ['data/demo-package', ...vraag, '--kleine-aantallen', 'afschermen']);
    expect(open.code, open.stderr).toBe(0);
    expect(dicht.code, dicht.stderr).toBe(0);
    const sleutel = (f: Omit<Figuur, 'waarde'>) => [f.indicator, f.periode, f.dimensie, f.categorie].join('|');
    const openW = new Map((JSON.parse(open.stdout) as Figuur[]).map((f) => [sleutel(f), f.waarde]));
    const dichtF = JSON.parse(dicht.stdout) as Array<Omit<Figuur, 'waarde'> & { waarde: number | string }>;
    const decimaal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const tekstVan = (indicator: string, w: number) => (indicator.includes('per_1000') ? decimaal.format(w) : nl.format(w));
    // What the report shows of Dinkelland (its charts draw these series), per indicator.
    const getoond = new Set(dichtF.filter((f) => typeof f.waarde === 'number').map((f) => `${f.indicator.includes('per_1000') ? 'd' : 'n'}:${tekstVan(f.indicator, f.waarde as number)}`));
    // The values behind the masked cells (2015–2024: the charts draw the whole series) that are shown
    // nowhere else and are not small (axis ticks, page numbers): none of them may be in the PDF.
    const verborgen = [
      ...new Set(
        dichtF
          .filter((f) => typeof f.waarde === 'string')
          .map((f) => ({ f, w: openW.get(sleutel(f)) }))
          .filter((x): x is { f: (typeof dichtF)[number]; w: number } => typeof x.w === 'number' && x.w >= 10 && !getoond.has(`${x.f.indicator.includes('per_1000') ? 'd' : 'n'}:${tekstVan(x.f.indicator, x.w)}`))
          .map((x) => tekstVan(x.f.indicator, x.w)),
      ),
    ];
    // The stand chart draws Dinkelland's Pw benefits 2015–2024, masked (x) in November 2022 and July 2023 (222 both).
    expect(verborgen, 'gemaskeerde cellen om te controleren').toContain('222');
    const tekst = paginas.join('\n');
    expect(tekst).not.toContain('NaN');
    // The charts with masked values say so under the chart.
    expect(tekst).toContain('Afgeschermd: <5: aantal van 1 tot en met 4');
    for (const w of verborgen) expect(tekst, `afgeschermde waarde ${w}`).not.toMatch(new RegExp(`(?<![\\d.,])${w.replace('.', '\\.')}(?![\\d]|,\\d)`));
  });
});

describe('npm run report --bijlage', () => {
  it('adds the whole monthly tables as an appendix after the views, masked as the report is', () => {
    const bestand = join(map, 'rapport.json');
    const uit = join(map, 'bijlage.pdf');
    const r = npmRun('report', [bestand, '--out', uit, '--bijlage']);
    expect(r.code, r.stderr).toBe(0);
    const n = Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [uit]))?.[1]);
    expect(n).toBeGreaterThan(paginas.length);
    const tekst = poppler('pdftotext', ['-layout', uit, '-']);
    expect(tekst).toContain('Bijlage: de hele maandreeksen');
    expect(tekst.replace(/\s+/g, ' ')).toContain('de hele reeks staat in de bijlage');
    // The appendix has the months before the 13 printed under the chart, back to January 2015, masked.
    expect(tekst).toMatch(/^\s*jan 2015\s+\d+\s+(\d+|x)\s+(<5|x|\d+)\s+(<5|x|\d+)\s*$/m);
    expect(tekst).toMatch(/^\s*dec 2019\s+245\s+x\s+<5\s+<5\s*$/m);
    rmSync(uit, { force: true });
  }, 300_000);
});

describe('npm run report on an invalid report', () => {
  it('exits non-zero with the message naming the field, and writes no PDF', () => {
    const bestand = join(map, 'fout.json');
    writeFileSync(bestand, JSON.stringify(rapport({ kleur: 'rood' }), null, 2));
    const uit = join(map, 'fout.pdf');
    const r = npmRun('report', [bestand, '--out', uit]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fout.json, blok 2: onbekend veld "kleur"');
    expect(r.stderr).toContain('Oplossing:');
    expect(existsSync(uit)).toBe(false);
  });

  it('exits non-zero naming the missing file', () => {
    const r = npmRun('report', [join(map, 'bestaat-niet.json'), '--out', join(map, 'x.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bestaat-niet.json bestaat niet');
  });
});
