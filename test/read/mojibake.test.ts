import { describe, expect, it } from 'vitest';
import { cp1252Char } from '../../src/read/encodings/_cp1252.js';
import { encodeLegacy, repairMojibake, repairMojibakeLines } from '../../src/read/encodings/index.js';

// What word-extractor gives for a Word 97 file typed in .VnTime or VNI-Times: each legacy byte as its cp1252 glyph.
const asGlyphs = (bytes: Uint8Array): string => Array.from(bytes, (b) => cp1252Char(b)).join('');
const TEXT =
  'ỦY BAN NHÂN DÂN TỈNH LONG AN\nCăn cứ Công văn số 586/UBND-NCTCD ngày 21/01/2021 của Ủy ban nhân dân tỉnh về công tác trọng tâm xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021, các trường báo cáo kết quả thực hiện trước ngày 15/12/2021.';

describe('repairMojibake', () => {
  it.each(['tcvn3', 'vni'] as const)('decodes %s typed text extracted without its font', (enc) => {
    const glyphs = asGlyphs(encodeLegacy(TEXT, enc));
    expect(glyphs).not.toBe(TEXT);
    const r = repairMojibake(glyphs);
    expect(r?.encoding).toBe(enc);
    expect(r?.text.toLowerCase()).toBe(TEXT.toLowerCase()); // TCVN3 without its H font cannot tell capitals
  });

  it('leaves Unicode Vietnamese, plain ASCII and Latin-1 prose alone', () => {
    expect(repairMojibake(TEXT)).toBeNull();
    expect(repairMojibake('Report 12/2021 on security tasks, due 15/12/2021.')).toBeNull();
    expect(repairMojibake('Le comité a décidé à l’unanimité de prolonger la période d’essai jusqu’à la fin de l’année prochaine, après délibération.'.repeat(3))).toBeNull();
  });
});

describe('repairMojibakeLines', () => {
  it('decodes the legacy-font lines of a Unicode document and leaves Latin-1-only Vietnamese alone', () => {
    const text = ['Căn cứ Kế hoạch số 12/KH-UBND;', 'Hà Tây', 'y ban nh©n d©n huyÖn Thñ Thõa', 'Phoøng Giaùo duïc vaø Ñaøo taïo', 'Giá vé: 20.000 đồng'].join('\n');
    expect(repairMojibakeLines(text)?.text.split('\n')).toEqual([
      'Căn cứ Kế hoạch số 12/KH-UBND;', 'Hà Tây', 'y ban nhân dân huyện Thủ Thừa', 'Phòng Giáo dục và Đào tạo', 'Giá vé: 20.000 đồng',
    ]);
  });
  it('is null when no line needs it', () => {
    expect(repairMojibakeLines('Công an tỉnh Long An\nCafé São Paulo')).toBeNull();
  });
});
