import type { CalendarDeadline, CalendarSource } from './types.js';

// What an event says, in Vietnamese: the SUMMARY a calendar lists, the DESCRIPTION it opens.

const SUMMARY_MAX = 110;

/** Cuts at a word boundary before `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}

/** "dd/mm/yyyy", "mm/yyyy" or "yyyy", as Vietnamese documents write dates. */
export function viDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** "Kế hoạch số 88/KH-UBND ngày 15/02/2021 của UBND huyện Thủ Thừa" (only the parts that are known). */
export function describeDocument(doc: CalendarSource): string {
  const parts: string[] = [];
  const type = doc.type ?? 'Văn bản';
  parts.push(doc.number ? `${type} số ${doc.number}` : type);
  if (doc.date) parts.push(`ngày ${viDate(doc.date)}`);
  if (doc.issuer) parts.push(`của ${doc.issuer}`);
  const head = parts.join(' ');
  return doc.subject ? `${head} về ${shorten(doc.subject, 200)}` : head;
}

/**
 * "Hạn: báo cáo kết quả thực hiện — Phòng GDĐT"; a recurring duty says "Định kỳ:". Without an
 * action the sentence stands for it, and without a sentence the document ("Hạn: thực hiện Kế hoạch số 88/KH-UBND").
 */
export function summaryOf({ document, deadline }: CalendarDeadline): string {
  const head = deadline.rrule ? 'Định kỳ' : 'Hạn';
  const what = deadline.action?.trim() || deadline.text.trim().replace(/[.;:]+$/u, '') ||
    `thực hiện ${document.type ?? 'văn bản'}${document.number ? ` số ${document.number}` : ''}`;
  const who = deadline.actor?.trim();
  return shorten(`${head}: ${what}${who ? ` — ${who}` : ''}`, SUMMARY_MAX);
}

/** The source sentence first (what the clerk reads), then where it comes from. */
export function descriptionOf({ document, deadline }: CalendarDeadline, rule: string | null, inferredStart = false): string {
  const lines = [deadline.text.normalize('NFC').replace(/\s+/gu, ' ').trim(), ''];
  if (deadline.actor) lines.push(`Thực hiện: ${deadline.actor}`);
  if (deadline.recipient) lines.push(`Gửi về: ${deadline.recipient}`);
  if (rule) lines.push(`Lặp lại: ${rule}`);
  if (inferredStart) lines.push('Ngày bắt đầu: suy ra từ hạn sớm nhất trong văn bản (văn bản không ghi ngày ban hành, câu không ghi ngày).');
  lines.push(`Văn bản: ${describeDocument(document)}`);
  if (document.file) lines.push(`Tệp: ${document.file}`);
  lines.push(`Mã văn bản: ${document.key}`);
  return lines.join('\n');
}
