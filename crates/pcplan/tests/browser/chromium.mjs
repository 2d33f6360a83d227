// Starts headless Debian Chromium through playwright-core, with the flags this machine's closed network needs.
// Exits the process with status 3 (the tests' "missing tool") when playwright-core or Chromium is not there.
import { createRequire } from 'node:module';

export async function launchChromium() {
  const require = createRequire(import.meta.url);
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (e) {
    console.error(`missing tool: ${e.message}`);
    process.exit(3);
  }
  try {
    return await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
        '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    console.error(`missing tool: chromium could not start: ${e.message}`);
    process.exit(3);
  }
}
