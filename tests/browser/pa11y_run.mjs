// pa11y (HTML_CodeSniffer) over a list of pages in one Debian Chromium, at 360×740.
// Usage: node pa11y_run.mjs PAGES.json → JSON on stdout: [{url, issues: [{runner, code, selector,
// message, context}]}], errors only. PAGES: [{url, waitFor?}] (a selector to wait for first).
import { readFileSync } from "node:fs";
import pa11y from "pa11y";
import puppeteer from "puppeteer";

const pages = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const args = JSON.parse(process.env.CHROMIUM_ARGS || "[]");
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args, headless: true });
// Two pages at a time: a page mostly waits for its scripts and the runtime, and the second
// engine's run over 44 pages was one of the longest single tests of the suite.
const CONCURRENT = 2;
const results = new Array(pages.length);
const check = async ({ url, waitFor }) => {
  const page = await browser.newPage();
  try {
    const result = await pa11y(url, {
      browser,
      page,
      runners: ["htmlcs"],
      standard: "WCAG2AA",
      includeWarnings: false,
      includeNotices: false,
      viewport: { width: 360, height: 740 },
      timeout: 120000,
      actions: waitFor ? [`wait for element ${waitFor} to be added`] : [],
    });
    return {
      url,
      issues: result.issues.map(({ runner, code, selector, message, context }) => ({ runner, code, selector, message, context })),
    };
  } finally {
    await page.close();
  }
};
let next = 0;
const lane = async () => {
  while (next < pages.length) {
    const index = next++;
    results[index] = await check(pages[index]);
  }
};
try {
  await Promise.all(Array.from({ length: CONCURRENT }, lane));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results));
