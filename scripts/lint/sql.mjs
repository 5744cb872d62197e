// pw/sql-citeren: every value in a template string that builds SQL goes through one quoting
// function (issue 10: "no template string builds SQL from a value that was not quoted by it").
//
// A template string is SQL when its fixed text holds an SQL keyword in capitals (SELECT, FROM,
// WHERE, JOIN, …) or a DuckDB table function (read_csv(…)). Each `${…}` in it must be one of:
//   - a call of @pw/engine's quoting functions: sqlString(tekst), sqlIdent(naam), sqlLijst(lijst),
//     sqlGetal(getal);
//   - an SQL fragment: a name or function ending in Sql, SQL, Cte or Ctes (`figurenSql(keuze)`,
//     `STAND_PER_GEBIED`, `ind.sql(ctx)`), a constant in capitals, a literal, or a template
//     string / concatenation / `a ? b : c` / `a ?? b` / `lijst.map(x => …).join(…)` made of these
//     (checked the same way);
//   - anything else, with a reason: `// eslint-disable-next-line pw/sql-citeren -- waarom dit
//     geen waarde uit gegevens is` (the reason is required by pw/uitzondering-met-reden).

const SQL = /\b(?:SELECT|FROM|WHERE|JOIN|UNION|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|VALUES|GROUP BY|ORDER BY|PRAGMA|ATTACH|COPY|DESCRIBE)\b|\bread_(?:csv|text|blob|json|parquet)(?:_auto)?\s*\(/;
const CITEREN = new Set(['sqlString', 'sqlIdent', 'sqlLijst', 'sqlGetal']);
const FRAGMENT = /(?:Sql|SQL|Cte|Ctes)$|^sql$/;
const CONSTANTE = /^[A-Z][A-Z0-9_]*$/;

function naamVan(node) {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') return node.property.name;
  return undefined;
}

/** The initial value of a `const` the identifier names, in the file (undefined: not such a const). */
function constWaarde(node, context) {
  let scope = context?.sourceCode.getScope?.(node);
  while (scope) {
    const v = scope.set?.get(node.name);
    if (v) {
      const def = v.defs.length === 1 ? v.defs[0] : undefined;
      return def?.type === 'Variable' && def.parent?.kind === 'const' && def.node.init ? def.node.init : undefined;
    }
    scope = scope.upper;
  }
  return undefined;
}

/** Whether an expression in SQL is quoted or a known SQL fragment (a const is judged by its value). */
function veilig(node, context, gezien = new Set()) {
  const v = (n) => veilig(n, context, gezien);
  switch (node?.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every(v);
    case 'Identifier': {
      if (FRAGMENT.test(node.name) || CONSTANTE.test(node.name)) return true;
      if (gezien.has(node.name)) return false;
      gezien.add(node.name);
      const init = constWaarde(node, context);
      return init !== undefined && v(init);
    }
    case 'MemberExpression':
      return naamVan(node) !== undefined && (FRAGMENT.test(naamVan(node)) || CONSTANTE.test(naamVan(node)));
    case 'ConditionalExpression':
      return v(node.consequent) && v(node.alternate);
    case 'LogicalExpression':
      return node.operator === '&&' ? v(node.right) : v(node.left) && v(node.right);
    case 'BinaryExpression':
      return node.operator === '+' && v(node.left) && v(node.right);
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
    case 'ParenthesizedExpression':
      return v(node.expression);
    case 'CallExpression': {
      const naam = naamVan(node.callee);
      if (naam && (CITEREN.has(naam) || FRAGMENT.test(naam))) return true;
      // lijst.join(', ') of fragments; lijst.map((x) => fragment) or lijst.map(sqlString)
      if (node.callee.type === 'MemberExpression' && naam === 'join') return node.arguments.every(v) && v(node.callee.object);
      if (node.callee.type === 'MemberExpression' && (naam === 'map' || naam === 'flatMap')) {
        const f = node.arguments[0];
        if (f?.type === 'Identifier' && CITEREN.has(f.name)) return true;
        const terug = f?.type === 'ArrowFunctionExpression' && f.body.type !== 'BlockStatement' ? f.body : undefined;
        return terug !== undefined && v(terug);
      }
      return false;
    }
    case 'ArrayExpression':
      return node.elements.every((e) => e === null || v(e));
    default:
      return false;
  }
}

export const sqlCiteren = {
  meta: { type: 'problem', docs: { description: 'A value in a template string of SQL is quoted by sqlString/sqlIdent/sqlLijst/sqlGetal of @pw/engine, or is an SQL fragment.' } },
  create(context) {
    return {
      TemplateLiteral(node) {
        if (node.parent?.type === 'TaggedTemplateExpression') return;
        const tekst = node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ');
        if (!SQL.test(tekst)) return;
        for (const e of node.expressions) {
          if (veilig(e, context)) continue;
          const bron = context.sourceCode.getText(e);
          context.report({
            node: e,
            message: `\${${bron.length > 60 ? `${bron.slice(0, 57)}…` : bron}} staat in SQL zonder citeerfunctie. Oplossing: sqlString(…) voor tekst, sqlIdent(…) voor een naam, sqlLijst(…) voor een lijst, sqlGetal(…) voor een getal (@pw/engine); een vast SQL-stuk krijgt een naam op Sql of Cte. Is het echt geen waarde uit gegevens: // eslint-disable-next-line pw/sql-citeren -- waarom.`,
          });
        }
      },
    };
  },
};
