#!/usr/bin/env node
// Opens a built report.html in Debian's headless chromium and saves a full-page PNG to look at:
//   node benchmarks/scripts/screenshot-report.mjs reports/smoke/report.html reports/smoke.png
import { resolve } from "node:path";
import { checkReportInBrowser } from "../dist/report/browser-check.js";

const [html = "reports/smoke/report.html", png = "reports/report.png"] = process.argv.slice(2);
const seen = await checkReportInBrowser(resolve(html), resolve(png));
process.stdout.write(`${JSON.stringify(seen, null, 2)}\nscreenshot ${resolve(png)}\n`);
process.exitCode = seen.consoleErrors.length || seen.externalRequests.length || seen.emptyCharts ? 1 : 0;
