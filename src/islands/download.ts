/** Offer a file to the learner as a download, made in the browser (nothing is sent anywhere). */
export function downloadFile(fileName: string, text: string, mimeType = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Download the whole workbook as JSON. Loaded on demand: worksheets offer it only when a save fails, so the export
 * code is not part of their first load.
 */
export async function downloadWorkbookNow(): Promise<void> {
  const { exportWorkbook } = await import('~/stores/workbook');
  const file = exportWorkbook();
  downloadFile(file.fileName, file.text, file.mimeType);
}
