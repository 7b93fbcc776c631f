/** Save a string as a file from the browser (no server): a Blob URL on a temporary link. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the Blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
