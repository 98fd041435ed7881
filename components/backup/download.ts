// Saving a generated file through the browser's own download (nothing leaves the machine).
export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json;charset=utf-8' }), fileName);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
