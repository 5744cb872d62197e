// Self-test of pw/sql-citeren (./sql.mjs), run by npm run lint (node --test): oxlint with only
// this rule on small files, as the rule sees them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const map = mkdtempSync(join(REPO, 'node_modules', '.sql-citeren-'));
after(() => rmSync(map, { recursive: true, force: true }));
writeFileSync(join(map, '.oxlintrc.json'), JSON.stringify({ jsPlugins: [join(REPO, 'scripts/lint/plugin.mjs')], rules: { 'pw/sql-citeren': 'error' } }));

/** The lines oxlint reports for a TypeScript source. */
function meldingen(bron) {
  const bestand = join(map, `t${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(bestand, bron);
  const r = spawnSync(join(REPO, 'node_modules/.bin/oxlint'), ['-c', join(map, '.oxlintrc.json'), '--format', 'unix', bestand], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.includes('staat in SQL zonder citeerfunctie')).map((l) => l.split(': ')[1].split(' staat')[0]);
}

test('a value in SQL must be quoted', () => {
  assert.deepEqual(meldingen("const code = process.argv[2]; export const q = `SELECT * FROM gemeenten WHERE code = '${code}'`;"), ['${code}']);
  assert.deepEqual(meldingen('export const q = (t: string) => `DROP TABLE ${t}`;'), ['${t}']);
  assert.deepEqual(meldingen('export const q = (ids: string[]) => `SELECT 1 WHERE id IN (${ids.join(", ")})`;'), ['${ids.join(", ")}']);
});

test('quoting functions, named SQL fragments and constants pass', () => {
  const bron = `
    import { sqlGetal, sqlIdent, sqlLijst, sqlString } from '@pw/engine';
    const TABEL = 'uitkeringen_stand';
    const filterSql = (d: string) => \`WHERE peildatum = \${sqlString(d)}\`;
    const kolommen = ['a', 'b'].map(sqlIdent).join(', ');
    export const q = (t: string, ids: string[], n: number, d: string) =>
      \`SELECT \${kolommen} FROM \${sqlIdent(t)} JOIN \${TABEL} USING (x) \${filterSql(d)} AND id IN \${sqlLijst(ids)} LIMIT \${sqlGetal(n)} \${n > 1 ? 'ORDER BY a' : ''}\`;
    export const v = (rijen: string[][]) => \`SELECT * FROM (VALUES \${rijen.map(([a, b]) => \`(\${sqlString(a)}, \${sqlString(b)})\`).join(', ')})\`;`;
  assert.deepEqual(meldingen(bron), []);
});

test('text that is not SQL, and a marked exception with its reason, pass', () => {
  assert.deepEqual(meldingen('export const t = (n: string) => `Welkom in ${n}, select een gemeente`;'), []);
  assert.deepEqual(meldingen('export const t = (p: string) =>\n  // eslint-disable-next-line pw/sql-citeren -- test: the attack text itself\n  `x"; COPY (SELECT 1) TO \'${p}\'`;'), []);
});
