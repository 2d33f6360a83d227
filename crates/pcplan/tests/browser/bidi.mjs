// Checks, in headless Debian Chromium, that every phone number in each HTML file given on the command line is
// drawn in reading order: each character to the right of the one before it on its line. Prints one JSON line
// per file; exits 1 when any number is out of order, 3 when the tools are missing. With PCPLAN_SCREENSHOT_DIR
// set, saves a full-page screenshot of each file there (named after the file), for a person to look at.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const browser = await launchChromium();
let failed = false;
for (const file of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(pathToFileURL(file).href);
  const result = await page.evaluate(() => {
    const phone = /\(\d{3}\) \d{3}-\d{4}/g;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let checked = 0;
    const wrong = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(phone)) {
        checked += 1;
        let prev = null;
        for (let i = m.index; i < m.index + m[0].length; i += 1) {
          if (node.data[i] === ' ') continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (prev && Math.abs(prev.top - r.top) < 2 && r.left < prev.left) {
            wrong.push(m[0]);
            break;
          }
          prev = r;
        }
      }
    }
    return { checked, wrong };
  });
  if (process.env.PCPLAN_SCREENSHOT_DIR) {
    await page.screenshot({ path: `${process.env.PCPLAN_SCREENSHOT_DIR}/${basename(file)}.png`, fullPage: true });
  }
  console.log(JSON.stringify({ file, ...result }));
  if (result.wrong.length > 0 || result.checked === 0) failed = true;
  await page.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
