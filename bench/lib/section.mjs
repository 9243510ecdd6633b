// The shape every benchmark section returns, so scripts/bench.mjs can print them alike:
//   { title, rows: [[label, value], ...], targets: [{ label, ok, detail }] }
export const section = (title, rows = [], targets = []) => ({ title, rows, targets });

export const target = (label, ok, detail) => ({ label, ok, detail });
