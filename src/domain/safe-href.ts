/**
 * Which addresses Slant makes clickable (ARCHITECTURE.md §8): only http(s). An address from an
 * import, a backup or a shared registry may be `javascript:`, `data:` or `vbscript:`; it is
 * shown as text, never followed. The printable report and the views share this one rule.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
