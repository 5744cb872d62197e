import { describe, expect, it } from 'vitest';
import { PAGINAROUTES } from '@pw/site';
import { PAGINAS } from '../src/pages/paginas.ts';

describe('a published site', () => {
  it('has an index.html for every page route of the dashboard and for the report (deep links without rewrites)', () => {
    expect([...PAGINAROUTES].sort()).toEqual([...PAGINAS.map((p) => p.pad), '/rapport'].sort());
  });
});
