// oxlint JS plugin with this project's own rules (oxlint runs ESLint-style JS plugins, see
// .oxlintrc.json):
//   pw/grenzen                  every import must be allowed by the package boundaries (./grenzen.mjs)
//   pw/uitzondering-met-reden   a comment that switches a lint rule off says why: `-- reason`
//   pw/sql-citeren              a value in a template string of SQL goes through @pw/engine's quoting (./sql.mjs)
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { controleer, zonderRegel } from './grenzen.mjs';
import { sqlCiteren } from './sql.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** `import type`, `export type`, or an import whose every specifier is a type. */
function alleenTypes(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specs = node.specifiers ?? [];
  return specs.length > 0 && specs.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const grenzen = {
  meta: { type: 'problem', docs: { description: 'Package boundaries: what each workspace may import (scripts/lint/grenzen.mjs).' } },
  create(context) {
    const bestand = relative(REPO, context.filename).split(sep).join('/');
    const check = (bron, node, types) => {
      if (typeof bron !== 'string') return;
      const fout = controleer(bestand, bron, types);
      if (fout) context.report({ node, message: fout });
    };
    return {
      Program(node) {
        const fout = zonderRegel(bestand);
        if (fout) context.report({ node, message: fout });
      },
      ImportDeclaration: (node) => check(node.source.value, node.source, alleenTypes(node)),
      ExportNamedDeclaration: (node) => node.source && check(node.source.value, node.source, alleenTypes(node)),
      ExportAllDeclaration: (node) => check(node.source.value, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source.value, node.source, false),
      // `typeof import('…')` in a type.
      TSImportType: (node) => {
        const a = node.source ?? node.argument;
        check(a?.value ?? a?.literal?.value, node, true);
      },
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node.arguments[0].value, node.arguments[0], false);
      },
    };
  },
};

const DIRECTIEF = /^\s*(?:eslint|oxlint)-(?:disable|enable)(?:-next-line|-line)?(?:\s|$)/;

const uitzonderingMetReden = {
  meta: { type: 'suggestion', docs: { description: 'A comment that switches a lint rule off gives its reason after " -- ".' } },
  create(context) {
    return {
      Program() {
        for (const c of context.sourceCode.getAllComments()) {
          if (!DIRECTIEF.test(c.value)) continue;
          const reden = c.value.split(/\s--\s/)[1]?.trim();
          if (!reden) context.report({ loc: c.loc, message: `Deze uitzondering op een lintregel zegt niet waarom: '${c.value.trim()}'. Oplossing: zet de reden erachter, na ' -- ' (// eslint-disable-next-line regel -- waarom het hier niet geldt).` });
        }
      },
    };
  },
};

export default {
  meta: { name: 'pw' },
  rules: { grenzen, 'uitzondering-met-reden': uitzonderingMetReden, 'sql-citeren': sqlCiteren },
};
