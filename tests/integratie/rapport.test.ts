import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmRun, REPO } from './cli.ts';

// Acceptance (issue 5): `npm run report` on a report with three views gives a PDF whose text
// (pdftotext) contains the figures of those views, the peildatum and the data package hash, and no
// page splits a table row. Runs after the browser tests' global setup has checked the dashboard is built.

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
