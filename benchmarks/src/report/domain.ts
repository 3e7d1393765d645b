/**
 * The domain an env id belongs to, read from Gymnasium-style id prefixes. An obfuscated id
 * (`Obf(<id>,<seed>)`) is grouped with its base id's domain: the reader knows what game it is,
 * only the agent does not.
 */
export function domainOf(envId: string): string {
  const obfuscated = /^Obf\((.+),\s*-?\d+\)$/.exec(envId);
  if (obfuscated?.[1]) return domainOf(obfuscated[1]);
  if (/^(Sokoban|Boxoban)/.test(envId)) return "sokoban";
  if (envId.startsWith("MiniGrid")) return "minigrid";
  if (envId.startsWith("ALFWorld")) return "alfworld";
  return "other";
}
