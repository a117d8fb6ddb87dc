import { describe, expect, it } from 'vitest';
import { agreement, identityOf, issuerKey, resolveCitation, stubsAbsorbedBy, unnumberedKey } from '../../graph/identity.js';

const stub = (number: string, date: string | null, issuer: string | null) => identityOf({ number, date, issuer }, true);
const real = (number: string, date: string | null, issuer: string | null) => identityOf({ number, date, issuer }, false);

describe('issuerKey', () => {
  it.each([
    ['UBND tỉnh Lâm Đồng', 'ủy ban nhân dân tỉnh lâm đồng'],
    ['Uỷ ban nhân dân Tỉnh Lâm Đồng', 'ủy ban nhân dân tỉnh lâm đồng'],
    ['Sở GD&ĐT (Báo cáo)', 'sở giáo dục và đào tạo'],
    ['  ', null],
  ])('%s → %s', (input, want) => expect(issuerKey(input)).toBe(want));
});

describe('document keys', () => {
  it('số hiệu + year from the symbol + issuer', () => {
    expect(real('124/2021/TT-BCA', '2021-12-28', 'Bộ Công an').key).toBe('124/2021/TT-BCA|2021|bộ công an');
  });
  it('the year comes from the date when the symbol has none, and the symbol is canonical', () => {
    expect(real('06/2008/ct-ttg', null, null).key).toBe('06/2008/CT-TTG|2008|');
    expect(real('88 / KH-UBND', '2022-05-10', 'UBND tỉnh Lâm Đồng').key).toBe('88/KH-UBND|2022|ủy ban nhân dân tỉnh lâm đồng');
  });
  it('an unnumbered draft is keyed by what it says, the same for its DOCX and its PDF', () => {
    const said = { type: 'Kế hoạch', symbol: 'KH-SGDĐT', date: '2023-07-06', issuer: 'Sở Giáo dục và Đào tạo', subject: 'Triển khai phong trào' };
    expect(unnumberedKey({ ...said, sha256: 'a'.repeat(64) })).toBe(unnumberedKey({ ...said, sha256: 'b'.repeat(64) }));
    expect(unnumberedKey({ ...said, subject: 'Tổng kết năm học', sha256: 'a'.repeat(64) })).not.toBe(unnumberedKey({ ...said, sha256: 'a'.repeat(64) }));
    const blank = { type: null, symbol: null, date: null, issuer: null, subject: null };
    expect(unnumberedKey({ ...blank, sha256: 'a'.repeat(64) })).not.toBe(unnumberedKey({ ...blank, sha256: 'b'.repeat(64) }));
  });
});

// The merge rule as a table: [case, stub/citation, document on file, agrees?]
const AGREEMENT: [string, ReturnType<typeof stub>, ReturnType<typeof real>, boolean][] = [
  ['same number, date and issuer', stub('88/KH-UBND', '2022-05-10', 'UBND tỉnh Lâm Đồng'), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng'), true],
  ['issuer unknown, year agrees', stub('88/KH-UBND', '2022-05-10', null), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng'), true],
  ['issuer unknown, only the month known', stub('88/KH-UBND', '2022-05', null), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng'), true],
  ['relative issuer "UBND thành phố" inside the full name', stub('88/KH-UBND', '2022-04-29', 'UBND thành phố'), real('88/KH-UBND', '2022-04-29', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'), true],
  ['"Bộ trưởng Bộ Công an" and "Bộ Công an"', stub('07/CT-BCA-V28', '2014-08-15', 'Bộ trưởng Bộ Công an'), real('07/CT-BCA-V28', '2014-08-15', 'Bộ Công an'), true],
  ['another province: conflicting issuer', stub('88/KH-UBND', '2022-05-10', 'UBND tỉnh Lâm Đồng'), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân thành phố Đà Nẵng'), false],
  ['another year', stub('88/KH-UBND', '2021-05-10', null), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng'), false],
  ['another day of the same year', stub('88/KH-UBND', '2022-06-01', 'UBND tỉnh Lâm Đồng'), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng'), false],
  ['year unknown on the citation', stub('88/KH-UBND', null, 'UBND tỉnh Lâm Đồng'), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng'), false],
  ['another number', stub('89/KH-UBND', '2022-05-10', 'UBND tỉnh Lâm Đồng'), real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng'), false],
];

describe('merge rule', () => {
  it.each(AGREEMENT)('%s', (_case, a, b, agrees) => {
    expect(agreement(a, b) !== null).toBe(agrees);
    expect(agreement(b, a) !== null).toBe(agrees);
    // A stub with the very key of the document is that document already: nothing to absorb.
    expect(stubsAbsorbedBy(b, [a])).toEqual(agrees && a.key !== b.key ? [a.key] : []);
  });

  const lamDong = real('88/KH-UBND', '2022-05-10', 'Ủy ban nhân dân tỉnh Lâm Đồng');
  const daNang = real('88/KH-UBND', '2022-03-02', 'Ủy ban nhân dân thành phố Đà Nẵng');

  it('a citation with an unknown issuer goes to the one document of that number and year', () => {
    expect(resolveCitation(stub('88/KH-UBND', '2022-05-10', null), [lamDong])).toEqual({ key: lamDong.key, isNew: false });
  });
  it('a citation that two documents on file fit equally well stays a stub of its own', () => {
    expect(resolveCitation(stub('88/KH-UBND', '2022', null), [lamDong, daNang])).toEqual({ key: '88/KH-UBND|2022|', isNew: true });
  });
  it('the better-fitting document wins over a weaker one (issuer counts more than date)', () => {
    expect(resolveCitation(stub('88/KH-UBND', '2022', 'UBND thành phố Đà Nẵng'), [lamDong, daNang]).key).toBe(daNang.key);
  });
  it('a citation does not merge into a stub that knows less than it does', () => {
    const vague = stub('88/KH-UBND', '2022', null);
    expect(resolveCitation(stub('88/KH-UBND', '2022-05-10', 'UBND tỉnh Lâm Đồng'), [vague]).isNew).toBe(true);
    expect(resolveCitation(vague, [stub('88/KH-UBND', '2022-05-10', 'UBND tỉnh Lâm Đồng')]).isNew).toBe(false);
  });
  it('an ingested document absorbs every agreeing stub, never an ingested document', () => {
    const stubs = [stub('88/KH-UBND', '2022', null), stub('88/KH-UBND', '2022-05-10', 'UBND tỉnh Lâm Đồng'), stub('88/KH-UBND', '2022', 'UBND tỉnh Đắk Lắk')];
    expect(stubsAbsorbedBy(lamDong, [...stubs, daNang])).toEqual(['88/KH-UBND|2022|']);
  });
});
