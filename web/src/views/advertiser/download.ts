// Hands a file to the browser's downloads (a Blob URL on a temporary link).
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A name made safe for a file: letters, digits, dot, dash and underscore. */
export const fileSafe = (s: string): string => s.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'file';
