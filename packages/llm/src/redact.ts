/**
 * Removes secrets from any text bound for a cassette, a log, an inbox file or an error
 * message. Known secret values (the configured API key) are replaced wherever they appear;
 * shapes of common secrets (bearer tokens, `sk-` keys, `api-key=` query parameters) too,
 * so a key that was never configured here (echoed by a proxy, say) is still caught.
 */
export function redactSecrets(text: string, knownSecrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    // Short values (e.g. "x", "replay") are placeholders, not secrets, and would shred the text.
    if (secret && secret.length >= 8) out = out.split(secret).join("[REDACTED]");
  }
  return out
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, "$1 [REDACTED]")
    .replace(/\bsk-[A-Za-z0-9_-]{8,}/g, "sk-[REDACTED]")
    .replace(/([?&](?:api[-_]?key|key|token|access_token)=)[^&\s"']+/gi, "$1[REDACTED]")
    .replace(/("(?:authorization|api[-_]?key|x-api-key)"\s*:\s*")[^"]*(")/gi, "$1[REDACTED]$2");
}
