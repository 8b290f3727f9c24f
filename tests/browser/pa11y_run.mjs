// pa11y (HTML_CodeSniffer and axe) over a list of pages in one Debian Chromium, at 360×740.
// Usage: node pa11y_run.mjs PAGES.json → JSON on stdout: [{url, issues: [{runner, code, selector,
// message, context}]}], errors only. PAGES: [{url, waitFor?}] (a selector to wait for first).
import { readFileSync } from "node:fs";
import pa11y from "pa11y";
import puppeteer from "puppeteer";

const pages = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const args = JSON.parse(process.env.CHROMIUM_ARGS || "[]");
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args, headless: true });
const results = [];
try {
  for (const { url, waitFor } of pages) {
    const page = await browser.newPage();
    const result = await pa11y(url, {
      browser,
      page,
      runners: ["htmlcs", "axe"],
      standard: "WCAG2AA",
      includeWarnings: false,
      includeNotices: false,
      viewport: { width: 360, height: 740 },
      timeout: 120000,
      actions: waitFor ? [`wait for element ${waitFor} to be added`] : [],
    });
    results.push({
      url,
      issues: result.issues.map(({ runner, code, selector, message, context }) => ({ runner, code, selector, message, context })),
    });
    await page.close();
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(results));
