import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { uitkeringenPerRegeling, type Tabel as TabelData } from '@pw/charts';
import type { GemarkeerdFiguur } from '@pw/afscherming';
import { ExportContext } from '../src/Export.tsx';
import { GrafiekInstelling } from '../src/instelling.ts';
import { Foutenlijst, Gelukt } from '../src/Status.tsx';
import { Tabel } from '../src/Tabel.tsx';
import { Tegel } from '../src/Tegel.tsx';
import { Bevindingen } from '../src/Bevindingen.tsx';
import { Grafiek } from '../src/Grafiek.tsx';
import { Tweelingregister, VerzamelContext } from '../src/tweeling.ts';

const nbsp = (s: string) => s.replaceAll('\u00a0', ' ');

// Demo figures on 1-12-2019: Pw benefits by afstand (Dinkelland has none of unknown afstand) and benefits by regeling.
const afstand: TabelData = {
  bijschrift: 'Afstand tot de arbeidsmarkt, 1-12-2019',
  kolommen: ['Afstand', 'Dinkelland', 'Alkmaar'],
  rijen: [
    ['Kort', 85, 706],
    ['Lang', 160, 1341],
    ['Onbekend', null, 85],
  ],
  eenheid: 'aantal',
};
const regeling: TabelData = {
  bijschrift: 'Uitkeringen per regeling, Dinkelland, 1-12-2019',
  kolommen: ['Regeling', 'Aantal'],
  rijen: [
    ['Pw', 245],
    ['IOAZ', 2],
  ],
  eenheid: 'aantal',
};

describe('Tabel', () => {
  it('shows Dutch numbers, a dash where there is no figure, and export buttons on screen', () => {
    const html = renderToStaticMarkup(<Tabel tabel={afstand} />);
    expect(html).toContain('<caption>Afstand tot de arbeidsmarkt, 1-12-2019</caption>');
    expect(html).toContain('<td class="getal">1.341</td>');
    expect(html).toContain('<td class="getal">–</td>');
    expect(html).toContain('CSV voor Excel');
    expect(html).toContain('<summary class="knop-klein">Exporteer');
    // On screen the count itself; masking applies where figures leave the screen.
    expect(renderToStaticMarkup(<Tabel tabel={regeling} />)).toContain('<td class="getal">2</td>');
  });

  it('masks small counts in print when the setting is on, without export buttons', () => {
    const html = renderToStaticMarkup(
      <ExportContext.Provider value={{ toelichting: { keuze: [], bronnen: [], datapakket: '' }, afschermen: true }}>
        <GrafiekInstelling.Provider value={{ tabellen: true, druk: true }}>
          <Tabel tabel={regeling} />
        </GrafiekInstelling.Provider>
      </ExportContext.Provider>,
    );
    expect(html).toContain('<td class="getal">&lt;5</td>');
    expect(html).not.toContain('CSV voor Excel');
  });

  it('shows a masked value by its marker, and anything computed from one as x, never NaN', () => {
    const gemaskeerd: TabelData = { ...regeling, kolommen: ['Regeling', 'Aantal', 'Aandeel'], rijen: [['Pw', 245, 0.89], ['IOAZ', Number.NaN, Number.NaN]], eenheden: ['aantal', 'procent'], markeringen: [[null, null], ['<5', null]] };
    const html = renderToStaticMarkup(<Tabel tabel={gemaskeerd} />);
    expect(html).toContain('<td class="getal">&lt;5</td><td class="getal">x</td>');
    expect(html).not.toContain('NaN');
  });
});

describe('Grafiek', () => {
  it('notes what the markers mean under a chart with masked values', () => {
    const grafiek = uitkeringenPerRegeling(
      [
        { indicator: 'uitkeringen', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2019-12-01', dimensie: 'regeling', categorie: 'Pw', waarde: 245 },
        { indicator: 'uitkeringen', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2019-12-01', dimensie: 'regeling', categorie: 'IOAZ', waarde: Number.NaN, markering: '<5' } as GemarkeerdFiguur,
      ],
      'Dinkelland',
    );
    const html = renderToStaticMarkup(
      <GrafiekInstelling.Provider value={{ tabellen: true, druk: true }}>
        <Grafiek grafiek={grafiek} bron="uitkeringsextracten" />
      </GrafiekInstelling.Provider>,
    );
    expect(html).toContain('Afgeschermd: &lt;5: aantal van 1 tot en met 4, afgeschermd.');
    expect(html).toContain('<td class="getal">&lt;5</td>');
  });
});

describe('an export twin', () => {
  it('hands out the masked table with the caption asked for, also when it registers later', async () => {
    const register = new Tweelingregister(1000);
    const later = register.vraag(regeling.bijschrift);
    const weg = register.registreer({ tabel: { ...regeling, rijen: [['Pw', 245], ['IOAZ', Number.NaN]] } });
    expect((await later).tabel.rijen[1]![1]).toBeNaN();
    expect((await register.vraag(regeling.bijschrift)).tabel.rijen[1]![1]).toBeNaN();
    weg();
    await expect(new Tweelingregister(10).vraag('Een tabel die er niet is')).rejects.toThrow('De afgeschermde versie van deze tabel kon niet worden gemaakt');
  });

  it('draws nothing in the twin: its charts and tables only register', () => {
    const html = renderToStaticMarkup(
      <VerzamelContext.Provider value={new Tweelingregister()}>
        <Tabel tabel={regeling} />
      </VerzamelContext.Provider>,
    );
    expect(html).toBe('');
  });
});

describe('Tegel', () => {
  it('shows the figure with its source and period', () => {
    const html = nbsp(renderToStaticMarkup(<Tegel titel="Uitkeringen" waarde="275" toelichting="245 Pw, 24 IOAW, 2 IOAZ en 4 Bbz" bron="uitkeringsextracten, datapakket bf25fb03e6c1" periode="peildatum 1-12-2019" />));
    expect(html).toContain('<p class="tegel-waarde">275</p>');
    expect(html.replace(/<[^>]+>/g, '')).toContain('Bron: uitkeringsextracten, datapakket bf25fb03e6c1 · peildatum 1-12-2019');
  });

  it('says in words that there is no figure, never zero', () => {
    const html = renderToStaticMarkup(<Tegel titel="Uitkeringen" waarde={null} leeg="Geen gegevens over uitkeringen voor Tubbergen vóór 1-1-2017." bron="uitkeringsextracten" />);
    expect(html).toContain('<p class="tegel-leeg">Geen gegevens over uitkeringen voor Tubbergen vóór 1-1-2017.</p>');
    expect(html).not.toContain('tegel-waarde');
  });
});

describe('states', () => {
  it('show nothing when there is nothing to report', () => {
    expect(renderToStaticMarkup(<Foutenlijst titel="Dit bestand is niet geïmporteerd" meldingen={[]} />)).toBe('');
    expect(renderToStaticMarkup(<Gelukt>{null}</Gelukt>)).toBe('');
  });

  it('list every problem under one announced heading', () => {
    const html = renderToStaticMarkup(<Foutenlijst titel="Dit bestand is niet geïmporteerd" meldingen={['weergave.pagina: moet een van /, /uitkeringen zijn.']} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('<li>weergave.pagina: moet een van /, /uitkeringen zijn.</li>');
  });
});

describe('a masked chart as a picture', () => {
  it('is drawn off screen with the note on its markers, and its texts do not hold the masked value', async () => {
    const { svgVanOptie } = await import('../src/echarts.ts');
    const f = (categorie: string, waarde: number, markering?: '<5' | 'x') =>
      ({ indicator: 'uitkeringen', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2019-12-01', dimensie: 'regeling', categorie, waarde: markering ? Number.NaN : waarde, ...(markering ? { markering } : {}) }) as GemarkeerdFiguur;
    const grafiek = uitkeringenPerRegeling([f('Pw', 245), f('IOAW', 24, 'x'), f('IOAZ', 2, '<5'), f('Bbz', 4, '<5')], 'Dinkelland');
    const svg = svgVanOptie(grafiek.option, 680, 360);
    expect(svg).toMatch(/^<svg/);
    const teksten = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(teksten.join(' | ')).toContain('x: afgeschermd, zodat een klein aantal niet terug te rekenen is');
    expect(teksten.filter((t) => t === '24')).toEqual([]);
  });
});

describe('the findings of a view', () => {
  const zinnen = ['Op 1-12-2019 had Dinkelland 275 uitkeringen, 17 minder dan een jaar eerder (−5,8%).', 'Daarvan vielen er 245 (89,1%) onder de Participatiewet (Pw); de andere onder de IOAW, de IOAZ of het Bbz.'];
  const afkortingen = [
    { term: 'IOAW', voluit: 'Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers' },
    { term: 'Bbz', voluit: 'Besluit bijstandverlening zelfstandigen 2004' },
    { term: 'SE', voluit: 'standaardeenheid' },
  ];

  it('explains each abbreviation on its first use on screen, and nothing that is not used', () => {
    const html = renderToStaticMarkup(<Bevindingen zinnen={zinnen} afkortingen={afkortingen} />);
    expect(html).toContain('de <abbr title="Wet inkomensvoorziening oudere en gedeeltelijk arbeidsongeschikte werkloze werknemers">IOAW</abbr>, de IOAZ of het <abbr title="Besluit bijstandverlening zelfstandigen 2004">Bbz</abbr>.');
    expect(html).not.toContain('standaardeenheid');
    expect(html).not.toMatch(/contenteditable/i);
  });

  it('is plain, editable text in a report', () => {
    const html = renderToStaticMarkup(
      <GrafiekInstelling.Provider value={{ tabellen: true, druk: true }}>
        <Bevindingen zinnen={zinnen} afkortingen={afkortingen} />
      </GrafiekInstelling.Provider>,
    );
    expect(html).toMatch(/contenteditable="plaintext-only"/i);
    expect(html).toContain('de IOAW, de IOAZ of het Bbz.');
    expect(html).not.toContain('<abbr');
  });
});
