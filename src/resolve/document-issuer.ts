import type { Span } from '../doc/span.js';
import type { Cell } from '../segment/index.js';
import { agencyName } from './agency-name.js';
import type { Locality } from './locality.js';

export interface IssuerFound {
  readonly issuer: string | null;
  readonly issuerSpan: Span | null;
  readonly governingBody: string | null;
  readonly governingSpan: Span | null;
}

const UNIT_ONLY = /^(?:TỈNH|THÀNH\s+PHỐ|TP\.?|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN)\s+(?!ỦY)\S/u;
// Bodies that belong to a locality and are named without it in the header ("SỞ Y TẾ" under "UBND TỈNH X").
// "BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ QUẢNG TRỊ" is the province's hospital.
const LOCAL_BODY = /^(?:Sở|Phòng|Ban|Văn phòng|Trung tâm|Thanh tra|Công an|Ủy ban nhân dân|Hội đồng nhân dân|Bệnh viện)(?![\p{L}])/u;

// A head that names no body alone, so the next line completes it: "ỦY BAN THƯỜNG VỤ / QUỐC HỘI".
const OPEN_HEAD = /^(?:ỦY|UỶ)\s+BAN\s+THƯỜNG\s+VỤ$/u;
// A body's own organ, named under the body: "BCH ĐOÀN TỈNH ĐỒNG THÁP / BAN THƯỜNG VỤ",
// "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM / BAN THƯỜNG TRỰC", "HỘI LHPN TỈNH NGHỆ AN / BAN THƯỜNG VỤ".
const ORGAN = /^(?:Ban\s+Thường\s+vụ|Ban\s+Thường\s+trực|Thường\s+trực|Ban\s+Chấp\s+hành)$/iu;
// Central bodies: a hospital or a school under a ministry is no province's ("BỘ Y TẾ / BỆNH VIỆN BẠCH MAI").
const CENTRAL = /^(?:Bộ|Ban\s+Chấp\s+hành\s+Trung\s+ương|Trung\s+ương|Đại\s+học\s+Quốc\s+gia|Viện\s+Hàn\s+lâm|Tổng\s+cục|Chính\s+phủ|Văn\s+phòng\s+Chính\s+phủ|Tổng\s+Liên\s+đoàn)(?![\p{L}])/iu;
// The Đoàn's motto beside a committee that names no organisation: "BAN CHẤP HÀNH TRUNG ƯƠNG … ĐOÀN TNCS HỒ CHÍ MINH".
const DOAN_MOTTO = /ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH/u;

/** "Đoàn tỉnh Đồng Tháp" → "Tỉnh đoàn Đồng Tháp": the Đoàn's committees as running text names them. */
const doanName = (s: string): string =>
  s.replace(/^(?:Ban\s+Chấp\s+hành\s+)?Đoàn\s+(tỉnh|huyện|thành\s+phố|quận|thị\s+xã)\s+/iu, (_a, level: string) =>
    `${({ tỉnh: 'Tỉnh', huyện: 'Huyện', quận: 'Quận', 'thị xã': 'Thị' } as Record<string, string>)[level.toLowerCase().replace(/\s+/gu, ' ')] ?? 'Thành'} đoàn `);

/**
 * The issuing body from the header: the last body line, placed in the governing body's locality.
 * `headerText`: the header's text, for a motto that names the organisation.
 */
export function issuerFromHeader(bodies: readonly Cell[], loc: Locality, headerText = ''): IssuerFound {
  // "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NAM" is one body written over two lines.
  const merged: { text: string; span: Span }[] = [];
  for (const c of bodies) {
    const prev = merged[merged.length - 1];
    // … and "SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI" is one name broken over two lines.
    // "NGÂN HÀNG NHÀ NƯỚC / VIỆT NAM" too.
    if (prev && (UNIT_ONLY.test(c.text) || /^VÀ\s/u.test(c.text) || /^VIỆT\s+NAM$/u.test(c.text.trim()) || /(?:-|VÀ)\s*$/u.test(prev.text) || OPEN_HEAD.test(prev.text.trim()))) {
      prev.text = `${prev.text} ${c.text}`;
      prev.span = { start: prev.span.start, end: c.end };
    } else merged.push({ text: c.text, span: { start: c.start, end: c.end } });
  }
  const last = merged[merged.length - 1];
  if (!last) return { issuer: null, issuerSpan: null, governingBody: null, governingSpan: null };
  const gov = merged.length >= 2 ? merged[merged.length - 2]! : null;
  // "BAN CHẤP HÀNH TRUNG ƯƠNG / ĐOÀN TNCS HỒ CHÍ MINH": the Youth Union writes its committee first.
  if (gov && /^BAN\s+CHẤP\s+HÀNH(?:\s+TRUNG\s+ƯƠNG)?$/u.test(gov.text.trim()) && /^ĐOÀN\s/u.test(last.text.trim())) {
    return { issuer: agencyName(`${gov.text} ${last.text}`), issuerSpan: { start: gov.span.start, end: last.span.end }, governingBody: null, governingSpan: null };
  }
  let issuer = agencyName(last.text);
  // The governing line's name is asked for up to three times below: computed once, when first asked.
  let govMemo: string | undefined;
  const govName = (): string => (govMemo ??= agencyName(gov?.text ?? ''));
  if (/^Ban\s+Chấp\s+hành\s+Trung\s+ương$/iu.test(issuer) && DOAN_MOTTO.test(headerText)) {
    return { issuer: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', issuerSpan: last.span, governingBody: null, governingSpan: null };
  }
  if (gov && ORGAN.test(issuer)) {
    const body = doanName(govName());
    return { issuer: `${issuer} ${body}`, issuerSpan: { start: gov.span.start, end: last.span.end }, governingBody: body, governingSpan: gov.span };
  }
  // A Party committee's own boards: "HUYỆN ỦY CHÂU THÀNH / BAN TUYÊN GIÁO" → "Ban Tuyên giáo Huyện ủy Châu Thành".
  if (gov && /^(?:Ban|Văn phòng|Ủy ban kiểm tra)(?![\p{L}])/iu.test(issuer) && /(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY/u.test(gov.text)) {
    return { issuer: `${issuer} ${govName()}`, issuerSpan: { start: gov.span.start, end: last.span.end }, governingBody: govName(), governingSpan: gov.span };
  }
  const central = gov !== null && CENTRAL.test(govName()) && !/\s(?:tỉnh|thành phố|huyện|quận|thị xã)$/u.test(issuer);
  if (gov && !central && LOCAL_BODY.test(issuer) && !/(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s/u.test(issuer)) {
    const unit: [string, string] | null = loc.district && /^(?:Phòng|Ban|Văn phòng|Trung tâm|Thanh tra|Công an)/u.test(issuer) && !loc.commune
      ? [loc.district.level, loc.district.name]
      : loc.province
        ? [loc.provinceKind ?? 'tỉnh', loc.province]
        : loc.district
          ? [loc.district.level, loc.district.name]
          : null;
    // "Công an tỉnh" under "UBND TỈNH QUẢNG NINH" → "Công an tỉnh Quảng Ninh", not "… tỉnh tỉnh …".
    const endsInOtherLevel = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u.test(issuer) && !issuer.endsWith(` ${unit?.[0]}`);
    if (unit && !endsInOtherLevel) issuer = issuer.endsWith(` ${unit[0]}`) ? `${issuer} ${unit[1]}` : `${issuer} ${unit[0]} ${unit[1]}`;
  }
  return {
    issuer,
    issuerSpan: last.span,
    governingBody: gov ? govName() : null,
    governingSpan: gov?.span ?? null,
  };
}
