import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Pakket } from '@pw/datapackage';
import type { Figuur } from '@pw/metrics';
import { STANDAARD_KEUZE, type Keuze } from '@pw/views';
import type { Gegevens } from '../src/data/bron.ts';
import { useEffectieveKeuze } from '../src/data/hooks.ts';
import { gegevens } from '../src/data/queries.ts';
import { effectief, KEUZE_PARSERS, KeuzeOverride, keuzeUitUrlstaat, urlstaatVoor, useKeuze, usePakketHash } from '../src/keuze.ts';

const HASH = 'bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3';
const dinkelland = { soort: 'gemeente', code: 'GM1774' } as const;
const tubbergen = { soort: 'gemeente', code: 'GM0183' } as const;

describe('the choice in the URL', () => {
  it('reads areas, peildatum, year, indeling, base and package, and refuses what is not valid', () => {
    expect(KEUZE_PARSERS.gebied.parse('GM1774,GM0183')).toEqual([dinkelland, tubbergen]);
    expect(KEUZE_PARSERS.gebied.parse('SV-noord-oost-twente,GM1774')).toEqual([{ soort: 'samenwerking', id: 'noord-oost-twente' }]);
    expect(KEUZE_PARSERS.gebied.parse('<script>')).toBeNull();
    expect(KEUZE_PARSERS.peildatum.parse('2019-12-01')).toBe('2019-12-01');
    expect(KEUZE_PARSERS.peildatum.parse('2019-12-15')).toBeNull();
    expect(KEUZE_PARSERS.jaar.parse('2020')).toBe(2020);
    expect(KEUZE_PARSERS.jaar.parse('20x0')).toBeNull();
    expect(KEUZE_PARSERS.indeling.parse('historisch')).toBe('historisch');
    expect(KEUZE_PARSERS.basis.parse('18plus')).toBe('18plus');
    expect(KEUZE_PARSERS.pakket.parse(HASH)).toBe(HASH);
    expect(KEUZE_PARSERS.pakket.parse(HASH.slice(0, 12))).toBeNull();
  });

  it('writes a choice back the same way, and treats the same areas as equal', () => {
    expect(KEUZE_PARSERS.gebied.serialize([dinkelland, tubbergen])).toBe('GM1774,GM0183');
    expect(KEUZE_PARSERS.gebied.eq([dinkelland], [{ ...dinkelland }])).toBe(true);
    expect(KEUZE_PARSERS.jaar.serialize(2020)).toBe('2020');
  });

  it('falls back to Dinkelland, today’s boundaries and all inhabitants', () => {
    expect(KEUZE_PARSERS.gebied.parseServerSide(undefined)).toEqual(STANDAARD_KEUZE.gebieden);
    expect(KEUZE_PARSERS.indeling.parseServerSide(undefined)).toBe('huidig');
    expect(KEUZE_PARSERS.basis.parseServerSide(undefined)).toBe('totaal');
  });

  it('writes only what a change names, and removes an emptied peildatum, year or package', () => {
    expect(urlstaatVoor({ gebieden: [tubbergen] })).toEqual({ gebied: [tubbergen] });
    expect(urlstaatVoor({ peildatum: '2019-12-01', jaar: null })).toEqual({ peildatum: '2019-12-01', jaar: null });
    expect(urlstaatVoor({ pakket: null })).toEqual({ pakket: null });
    expect(urlstaatVoor({})).toEqual({});
  });

  it('turns the URL parameters into the choice every page reads', () => {
    expect(keuzeUitUrlstaat({ gebied: [dinkelland], peildatum: '2019-12-01', jaar: null, indeling: 'huidig', basis: 'totaal', pakket: null })).toEqual({
      gebieden: [dinkelland],
      peildatum: '2019-12-01',
      jaar: null,
      indeling: 'huidig',
      basis: 'totaal',
      pakket: null,
    });
  });
});

describe('the peildatum and year a page shows', () => {
  it('is the chosen one, else the latest in the data; the year follows the peildatum unless chosen', () => {
    expect(effectief({ peildatum: null, jaar: null }, '2024-12-01')).toEqual({ peildatum: '2024-12-01', jaar: 2024 });
    expect(effectief({ peildatum: '2019-12-01', jaar: null }, '2024-12-01')).toEqual({ peildatum: '2019-12-01', jaar: 2019 });
    expect(effectief({ peildatum: '2019-12-01', jaar: 2020 }, '2024-12-01')).toEqual({ peildatum: '2019-12-01', jaar: 2020 });
  });
});

/** Renders a hook inside the app's providers (router at `adres`, nuqs, query cache) and returns its value. */
function metApp<T>(adres: string, hook: () => T, opties: { client?: QueryClient; override?: Keuze; onUrlUpdate?: (zoek: string) => void } = {}): T {
  let waarde!: T;
  function Lezer() {
    waarde = hook();
    return null;
  }
  const lezer = opties.override ? (
    <KeuzeOverride.Provider value={opties.override}>
      <Lezer />
    </KeuzeOverride.Provider>
  ) : (
    <Lezer />
  );
  renderToString(
    <MemoryRouter initialEntries={[adres]}>
      <NuqsTestingAdapter searchParams={adres.split('?')[1] ?? ''} onUrlUpdate={(e) => opties.onUrlUpdate?.(e.queryString)}>
        <QueryClientProvider client={opties.client ?? new QueryClient()}>{lezer}</QueryClientProvider>
      </NuqsTestingAdapter>
    </MemoryRouter>,
  );
  return waarde;
}

describe('useKeuze and usePakketHash', () => {
  it('read the choice from the address, with defaults for what it leaves out', () => {
    const [keuze] = metApp('/uitkeringen?gebied=GM1774,GM0183&peildatum=2019-12-01', () => useKeuze());
    expect(keuze).toEqual({ ...STANDAARD_KEUZE, gebieden: [dinkelland, tubbergen], peildatum: '2019-12-01' });
    expect(metApp(`/?pakket=${HASH}`, () => usePakketHash())).toBe(HASH);
    expect(metApp('/?pakket=niet-een-hash', () => usePakketHash())).toBeNull();
  });

  it('write a change to the address', async () => {
    const adressen: string[] = [];
    const [, wijzig] = metApp('/uitkeringen?gebied=GM1774&peildatum=2019-12-01', () => useKeuze(), { onUrlUpdate: (z) => adressen.push(z) });
    wijzig({ gebieden: [tubbergen], peildatum: null });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(adressen.at(-1)).toBe('?gebied=GM0183');
  });

  it('give a report’s fixed choice instead of the address, and ignore changes', async () => {
    const vast: Keuze = { ...STANDAARD_KEUZE, gebieden: [tubbergen], peildatum: '2019-12-01', pakket: HASH };
    const adressen: string[] = [];
    const [keuze, wijzig] = metApp('/?gebied=GM1774', () => useKeuze(), { override: vast, onUrlUpdate: (z) => adressen.push(z) });
    expect(keuze).toBe(vast);
    expect(metApp('/?gebied=GM1774', () => usePakketHash(), { override: vast })).toBe(HASH);
    wijzig({ gebieden: [dinkelland] });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(adressen).toEqual([]);
  });
});

describe('useEffectieveKeuze', () => {
  const pakket = (periode: { van: string; tot: string } | null): Gegevens => ({
    pakket: { manifest: { hash: HASH, periode, aangemaakt: '2024-12-31T00:00:00.000Z' } as Pakket['manifest'], bestanden: new Map() },
    kerncijfers: () => [{ indicator: 'budget_begroot', gemeente_code: 'GM1774', gemeente_naam: 'Dinkelland', periode: '2023', dimensie: 'soort', categorie: 'BUIG', waarde: 3505956 } satisfies Figuur],
    waar: 'demodatapakket',
    demo: true,
    bewaard: false,
  });
  const met = (g: Gegevens) => {
    const client = new QueryClient();
    client.setQueryData(gegevens(null).queryKey, g);
    return client;
  };

  it('shows the last peildatum of the package unless one is chosen', () => {
    const client = met(pakket({ van: '2011-01-01', tot: '2024-12-01' }));
    expect(metApp('/', () => useEffectieveKeuze(), { client })).toEqual({ peildatum: '2024-12-01', jaar: 2024 });
    expect(metApp('/?peildatum=2019-12-01', () => useEffectieveKeuze(), { client })).toEqual({ peildatum: '2019-12-01', jaar: 2019 });
    expect(metApp('/?peildatum=2019-12-01&jaar=2020', () => useEffectieveKeuze(), { client })).toEqual({ peildatum: '2019-12-01', jaar: 2020 });
  });

  it('works for a package without benefits: the latest year with figures', () => {
    expect(metApp('/budget', () => useEffectieveKeuze(), { client: met(pakket(null)) })).toEqual({ peildatum: '2023-12-01', jaar: 2023 });
  });
});
