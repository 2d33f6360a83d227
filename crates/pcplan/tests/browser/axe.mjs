// Runs axe-core (WCAG 2.0/2.1 A and AA) on each HTML file given on the command line, in headless Debian
// Chromium. Prints one JSON line per file; exits 1 when any file has violations, 3 when the tools are missing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

import { launchChromium } from './chromium.mjs';

const require = createRequire(import.meta.url);
let axeSource;
try {
  axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
} catch (e) {
  console.error(`missing tool: ${e.message}`);
  process.exit(3);
}

const files = process.argv.slice(2);
const browser = await launchChromium();
let failed = false;
for (const file of files) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  console.log(JSON.stringify({ file, passes: result.passes.length, violations }));
  if (violations.length > 0) failed = true;
  await page.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
