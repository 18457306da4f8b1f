// Argdown's own map of an Argdown file as Graphviz DOT (for side-by-side checks with `argmap export`):
//   node dot.mjs FILE.argdown > FILE.dot && dot -Tpng FILE.dot -o FILE.png
import fs from 'fs';
import { argdown } from '@argdown/core';

const res = argdown.run({
  input: fs.readFileSync(process.argv[2], 'utf8'),
  process: ['parse-input', 'build-model', 'build-map', 'transform-closed-groups', 'colorize', 'export-dot'],
  logLevel: 'error',
});
process.stdout.write(res.dot || '');
