const fs = require('fs');
const core = require('@argdown/core');
const app = new core.ArgdownApplication();
app.addPlugin(new core.ParserPlugin(), 'parse-input');
app.addPlugin(new core.DataPlugin(), 'build-model');
app.addPlugin(new core.ModelPlugin(), 'build-model');
let bad = 0, n = 0;
for (const f of process.argv.slice(2)) {
  n++;
  const res = app.run({ input: fs.readFileSync(f, 'utf8'), process: ['parse-input', 'build-model'], logLevel: 'error' });
  const e = (res.lexerErrors||[]).length + (res.parserErrors||[]).length;
  if (e) { bad++; if (bad <= 5) console.log(f, (res.parserErrors||[]).concat(res.lexerErrors||[])[0].message); }
}
console.log(`files ${n}, with lexer/parser errors ${bad}`);
