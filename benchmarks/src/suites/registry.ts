import { UserInputError } from "@worldcoder/core";
import { boxobanSuite } from "./boxoban.js";
import { novelSuite } from "./novel.js";
import { paperSuite } from "./paper.js";
import { smokeSuite } from "./smoke.js";
import type { Suite } from "./types.js";

const suites: readonly Suite[] = [smokeSuite, paperSuite, boxobanSuite, novelSuite];

export function listSuiteNames(): string[] {
  return suites.map((suite) => suite.name);
}

export function getSuite(name: string): Suite {
  const suite = suites.find((candidate) => candidate.name === name);
  if (!suite) throw new UserInputError("UNKNOWN_SUITE", `unknown suite "${name}"; known suites: ${listSuiteNames().join(", ")}`);
  return suite;
}
