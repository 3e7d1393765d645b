/** The domain an env id belongs to, read from Gymnasium-style id prefixes. */
export function domainOf(envId: string): string {
  if (/^(Sokoban|Boxoban)/.test(envId)) return "sokoban";
  if (envId.startsWith("MiniGrid")) return "minigrid";
  if (envId.startsWith("ALFWorld")) return "alfworld";
  return "other";
}
