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

/** The issuing body from the header: the last body line, placed in the governing body's locality. */
export function issuerFromHeader(bodies: readonly Cell[], loc: Locality): IssuerFound {
  // "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NAM" is one body written over two lines.
  const merged: { text: string; span: Span }[] = [];
  for (const c of bodies) {
    const prev = merged[merged.length - 1];
    // … and "SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI" is one name broken over two lines.
    if (prev && (UNIT_ONLY.test(c.text) || /^VÀ\s/u.test(c.text) || /(?:-|VÀ)\s*$/u.test(prev.text))) {
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
  // A Party committee's own boards: "HUYỆN ỦY CHÂU THÀNH / BAN TUYÊN GIÁO" → "Ban Tuyên giáo Huyện ủy Châu Thành".
  if (gov && /^(?:Ban|Văn phòng|Ủy ban kiểm tra)(?![\p{L}])/iu.test(issuer) && /(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY/u.test(gov.text)) {
    return { issuer: `${issuer} ${agencyName(gov.text)}`, issuerSpan: { start: gov.span.start, end: last.span.end }, governingBody: agencyName(gov.text), governingSpan: gov.span };
  }
  if (gov && LOCAL_BODY.test(issuer) && !/(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s/u.test(issuer)) {
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
    governingBody: gov ? agencyName(gov.text) : null,
    governingSpan: gov?.span ?? null,
  };
}
