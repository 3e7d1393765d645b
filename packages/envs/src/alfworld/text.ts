import { instanceOfName, typeOfName } from "./catalog.js";

/**
 * ALFWorld's list order: type name ascending, then instance number descending ("a cabinet 4, a
 * cabinet 3, …"). It falls out of TextWorld sorting facts by mangled id while the Demangler numbers
 * instances from the end of that sorted list.
 */
export function compareNames(a: string, b: string): number {
  const ta = typeOfName(a);
  const tb = typeOfName(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return instanceOfName(b) - instanceOfName(a);
}

export function sortNames(names: Iterable<string>): string[] {
  return [...names].sort(compareNames);
}

/** "nothing" | "a X" | "a X, and a Y" | "a X, a Y, and a Z": TextWorld's separators, article always "a". */
export function formatList(names: readonly string[], article = "a "): string {
  if (names.length === 0) return "nothing";
  if (names.length === 1) return article + names[0];
  const items = names.map((n) => article + n);
  return items.slice(0, -1).join(", ") + ", and " + items[items.length - 1];
}

/** The examine-receptacle text, also what `go to` and `open` show. */
export function receptacleText(name: string, openable: boolean, open: boolean, contents: readonly string[]): string {
  if (openable && open) return `The ${name} is open. In it, you see ${formatList(contents)}.`;
  if (openable) return `The ${name} is closed.`;
  return `On the ${name}, you see ${formatList(contents)}.`;
}

export const NOTHING_HAPPENS = "Nothing happens.";
export const WELCOME_BANNER = "-= Welcome to TextWorld, ALFRED! =-";
