#!/usr/bin/env node
// Thin launcher: the CLI lives in the built package (run `pnpm build` first, or `pnpm worldcoder`).
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv);
