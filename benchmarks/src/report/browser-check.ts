import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Debian's chromium; the check is skipped (and says so) where it is not installed. */
export const CHROMIUM_PATH = process.env.WORLDCODER_CHROMIUM ?? "/usr/bin/chromium";

export interface BrowserCheck {
  title: string;
  consoleErrors: string[];
  /** Requests that left the page (anything but the file itself and inline data). */
  externalRequests: string[];
  charts: number;
  /** Charts drawn with zero width or height. */
  emptyCharts: number;
  tables: number;
}

/**
 * Opens a report page in headless chromium, the way a reader would, and reports what it saw;
 * optionally saves a full-page screenshot to look at.
 */
export async function checkReportInBrowser(htmlFile: string, screenshot?: string): Promise<BrowserCheck> {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "wc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const externalRequests: string[] = [];
    const url = pathToFileURL(htmlFile).href;
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("request", (request) => {
      if (request.url() !== url && !request.url().startsWith("data:")) externalRequests.push(request.url());
    });
    await page.goto(url, { waitUntil: "load" });
    // A string, so this Node package needs no DOM typings; it runs inside the page.
    const seen = (await page.evaluate(`(() => {
      const charts = [...document.querySelectorAll("figure > svg.marks")];
      return {
        title: document.title,
        charts: charts.length,
        emptyCharts: charts.filter((svg) => { const box = svg.getBoundingClientRect(); return box.width === 0 || box.height === 0; }).length,
        tables: document.querySelectorAll("table").length,
      };
    })()`)) as Pick<BrowserCheck, "title" | "charts" | "emptyCharts" | "tables">;
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return { ...seen, consoleErrors, externalRequests };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
