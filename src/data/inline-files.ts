/**
 * Files built into the page (the one-file build opened from disk can fetch nothing, not even files beside
 * it): the dataset and its source texts by absolute URL. Empty in the ordinary build, which serves them.
 */
const files = new Map<string, { body: string; type: string }>();

export function registerInlineFiles(entries: Iterable<readonly [href: string, file: { body: string; type: string }]>): void {
  for (const [href, file] of entries) files.set(href, file);
}

export function inlineFile(href: string): { body: string; type: string } | undefined {
  return files.get(href);
}
