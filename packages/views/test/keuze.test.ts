import { describe, expect, it } from 'vitest';
import { keuzeNaarUrl, keuzeUitUrl, STANDAARD_KEUZE } from '../src/keuze.ts';

describe('the choice in the URL', () => {
  it('round-trips: a reload restores the same choice', () => {
    const k = { gebieden: [{ soort: 'gemeente' as const, code: 'GM1774' }, { soort: 'gemeente' as const, code: 'GM0183' }], peildatum: '2019-12-01', jaar: 2020, indeling: 'historisch' as const, basis: '18plus' as const, pakket: 'bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3' };
    const url = keuzeNaarUrl(k).toString();
    expect(url).toBe('gebied=GM1774%2CGM0183&peildatum=2019-12-01&jaar=2020&indeling=historisch&basis=18plus&pakket=bf25fb03e6c1e617ad8da8de43007b7ce97e336dd4ce6e47d508553e083776c3');
    expect(keuzeUitUrl(new URLSearchParams(url))).toEqual(k);
  });

  it('ignores what is not valid instead of passing it on', () => {
    const k = keuzeUitUrl(new URLSearchParams("gebied=GM1774');DROP TABLE x;--,<script>&peildatum=2019-12-15&indeling=x&basis=y&jaar=abc&pakket=xyz"));
    expect(k).toEqual(STANDAARD_KEUZE);
  });

  it('shows a cooperation on its own', () => {
    expect(keuzeUitUrl(new URLSearchParams('gebied=GM1774,SV-noord-oost-twente')).gebieden).toEqual([{ soort: 'samenwerking', id: 'noord-oost-twente' }]);
  });
});
