// Argdown's own model of each file named on the command line, one JSON object per line:
// statements, arguments with their inference steps (explodeArguments), relations, and the
// parser's complaints. Used by compare.py; needs `npm ci` in this folder (@argdown/core 2.0.1).
import fs from 'fs';
import { argdown, IEquivalenceClass } from '@argdown/core';

const STEP = / - (\d+)$/;

function ref(m, original) {
  if (m.type === 'inference') {
    return { kind: 'inference', title: m.argumentTitle, index: m.conclusionIndex };
  }
  if (m.type === 'argument') {
    const s = STEP.exec(m.title);
    if (s && original.has(m.title.slice(0, s.index))) {
      return { kind: 'argument', title: m.title.slice(0, s.index) };
    }
    return { kind: 'argument', title: m.title };
  }
  return { kind: 'statement', title: m.title };
}

for (const file of process.argv.slice(2)) {
  const out = { file };
  try {
    const res = argdown.run({
      input: fs.readFileSync(file, 'utf8'),
      process: ['parse-input', 'build-model'],
      logLevel: 'error',
      model: { explodeArguments: true },
      throwExceptions: true,
    });
    out.errors = (res.lexerErrors || []).concat(res.parserErrors || []).map((e) => e.message);
    out.statements = {};
    out.untitled = {};
    for (const [t, ec] of Object.entries(res.statements || {})) {
      out.statements[t] = IEquivalenceClass.getCanonicalMemberText(ec) || '';
      // argmap writes an untitled statement with a made-up title and {untitled: true}
      if (ec.data && ec.data.untitled === true) out.untitled[t] = true;
    }
    const args = res.arguments || {};
    const original = new Set();
    for (const t of Object.keys(args)) {
      const s = STEP.exec(t);
      if (s) original.add(t.slice(0, s.index));
    }
    for (const t of Object.keys(args)) if (args[t.slice(0, (STEP.exec(t) || { index: t.length }).index)]) original.delete(t);
    out.arguments = {};
    for (const [t, a] of Object.entries(args)) {
      const r = ref(a, original);
      const entry = out.arguments[r.title] || (out.arguments[r.title] = { steps: [] });
      // each exploded step is one argument whose pcs is its premises and its conclusion
      const pcs = a.pcs || [];
      if (pcs.length) {
        const last = pcs[pcs.length - 1];
        entry.steps.push({
          premises: pcs.slice(0, -1).map((s) => s.title),
          conclusion: last.title,
          n: STEP.exec(t) && original.has(r.title) ? +STEP.exec(t)[1] : 1,
          index: last.inference ? last.inference.conclusionIndex : null,
        });
      }
    }
    out.relations = (res.relations || []).map((r) => ({ type: r.relationType, from: ref(r.from, original), to: ref(r.to, original) }));
  } catch (e) {
    out.exception = String(e && e.message ? e.message : e).split('\n')[0];
  }
  console.log(JSON.stringify(out));
}
