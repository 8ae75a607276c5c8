/** Saving a file from the page: a Blob URL and an `<a download>` clicked once. */

import { h } from "../render/dom";

/** Offers `blob` as a download named `filename` (already sanitized: compute/export.ts). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by then; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
