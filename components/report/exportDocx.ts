// 导出 Word: the rendered report as a GB/T 9704 .docx (lib/export/reportDocx.ts), saved through the
// browser's download. The export code and the docx package load on first use only.
import type { ReportDocument } from '../../lib/domain/report/index.ts';
import { downloadBlob } from '../backup/download.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 2026年度述职报告-2026-12-06.docx: the title without the characters a file name cannot hold. */
export function reportFileName(title: string, date: string, fallback: string): string {
  const name = title.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim().slice(0, 80) || fallback;
  return `${name}-${date}.docx`;
}

export async function downloadReportDocx(doc: ReportDocument, fileName: string): Promise<void> {
  const { reportDocx } = await import('../../lib/export/reportDocx.ts');
  const bytes = await reportDocx(doc);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }), fileName);
}
