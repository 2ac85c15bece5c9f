/** Long enough for every browser to have started writing the file, short enough to free it. */
const REVOKE_AFTER_MS = 10_000;

/** Hands a file to the browser's downloads, then frees its memory. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Not at once: some browsers still read the address after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
