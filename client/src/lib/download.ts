/** Saves a Blob under a file name, as a click on a download link would. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: lower case, letters (æøå kept), digits and dashes. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .toLocaleLowerCase('nb')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'regiongraf'}.${extension}`;
}
