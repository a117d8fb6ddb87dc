import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { findCitations } from '../../src/extract/citations/index.js';
import { agencyName } from '../../src/resolve/agency-name.js';
import { resolveIssuerText } from '../../src/resolve/issuer.js';

// Shapes seen in real documents (provinces, Party committees, ministries; 2007-2023), rewritten.
const find = (text: string) => findCitations(text, { exclude: [], selfKeys: [] });
const byKey = (text: string) => new Map(find(text).mentions.map((m) => [m.key, m]));

describe('citations in lists share the type and issuer named once', () => {
  const preamble =
    'Thực hiện Nghị quyết số 12/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và triển khai Nghị quyết số 44/2022/QH15 của Quốc hội về chính sách tài khóa; ' +
    'các Nghị quyết của Hội đồng nhân dân tỉnh: số 341/NQ-HĐND ngày 22/12/2020 về kế hoạch đầu tư công; số 161/NQ-HĐND ngày 08/12/2021 về kế hoạch phát triển; ' +
    '149/NQ-HĐND ngày 26/10/2021 về việc điều chỉnh; số 156/NQ-HĐND ngày 08/12/2021 về dự toán và Công văn số 893/BKHĐT-TH ngày 14/02/2022 của Bộ Kế hoạch và Đầu tư, Ủy ban nhân dân tỉnh ban hành Kế hoạch.';

  it('"các Nghị quyết của Hội đồng nhân dân tỉnh: số …; số …; 149/…" → every item has the HĐND as issuer', () => {
    const m = byKey(preamble);
    for (const k of ['341/NQ-HĐND', '161/NQ-HĐND', '149/NQ-HĐND', '156/NQ-HĐND']) {
      expect(m.get(k)?.issuerText, k).toBe('Hội đồng nhân dân tỉnh');
      expect(m.get(k)?.type, k).toBe('Nghị quyết');
    }
    expect(m.get('156/NQ-HĐND')?.subject).toBe('dự toán');
  });

  it('the item after the list with its own type word keeps its own issuer', () => {
    expect(byKey(preamble).get('893/BKHĐT-TH')?.issuerText).toBe('Bộ Kế hoạch và Đầu tư');
  });

  it('"… của Chính phủ … và triển khai Nghị quyết số …" is two things the document carries out, not a link', () => {
    expect(find(preamble).links).toEqual([]);
  });

  it('a list of Quyết định keeps a Kế hoạch symbol as a Kế hoạch, and an issuer at the end covers the items before it', () => {
    const m = byKey('Căn cứ các Quyết định của UBND tỉnh số 12/QĐ-UBND ngày 3/2/2020, số 15/QĐ-UBND ngày 4/5/2021 và 17/KH-SYT ngày 4/5/2021; Căn cứ Quyết định số 101/QĐ-UBND ngày 1/2/2020, số 202/QĐ-UBND ngày 3/4/2021 của UBND huyện;');
    expect(m.get('15/QĐ-UBND')?.issuerText).toBe('UBND tỉnh');
    expect(m.get('17/KH-SYT')?.type).toBe('Kế hoạch');
    expect(m.get('17/KH-SYT')?.issuerText).toBeNull();
    expect(m.get('101/QĐ-UBND')?.issuerText).toBe('UBND huyện');
  });

  it('"của Sở … tại Tờ trình số … và văn bản số …": the proposer issued both; a văn bản without type part is a công văn', () => {
    const m = byKey('Theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 911/TTr-STTTT ngày 15/4/2022 và văn bản số 1265/STTTT-CN ngày 26/5/2022;');
    expect(m.get('1265/STTTT-CN')?.issuerText).toBe('Sở Thông tin và Truyền thông');
    expect(m.get('1265/STTTT-CN')?.type).toBe('Công văn');
  });
});

describe('issuer phrases of real preambles', () => {
  const rows: [string, string, string, string | null][] = [
    ['"và hướng dẫn của …" ends the first issuer; the last "của" before "tại" names the second',
      'Thực hiện Chỉ thị số 21/CT-TTg ngày 29/7/2019 của Thủ tướng Chính phủ và hướng dẫn của Bộ Kế hoạch và Đầu tư tại Công văn số 5744/BKHĐT-TH ngày 14/8/2019 về việc lập kế hoạch', '5744/BKHĐT-TH', 'Bộ Kế hoạch và Đầu tư'],
    ['same sentence, first citation', 'Thực hiện Chỉ thị số 21/CT-TTg ngày 29/7/2019 của Thủ tướng Chính phủ và hướng dẫn của Bộ Kế hoạch và Đầu tư tại Công văn số 5744/BKHĐT-TH', '21/CT-TTg', 'Thủ tướng Chính phủ'],
    ['a comma inside the ministry name', 'Thực hiện Công văn số 2929/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc triển khai', '2929/LĐTBXH-BVCSTE', 'Bộ Lao động, Thương binh và Xã hội'],
    ['a title-cased subject after the issuer', 'Căn cứ Nghị định 98/2021/NĐ-CP ngày 11 tháng 11 năm 2021 của Chính phủ Quy định về quản lý, thanh toán;', '98/2021/NĐ-CP', 'Chính phủ'],
    ['"giữa" names the parties to a joint circular', 'Căn cứ Thông tư liên tịch số: 184/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp và PTNT hướng dẫn chế độ quản lý;', '184/2010/TTLT/BTC-BNN', 'Bộ Tài chính và Bộ Nông nghiệp và PTNT'],
    ['a parenthesis between the proposer and "tại"', 'Theo đề nghị của Sở Kế hoạch và Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại Tờ trình số 127/SKHĐT ngày 23/01/2007,', '127/SKHĐT', 'Sở Kế hoạch và Đầu tư'],
  ];
  it.each(rows)('%s', (_name, text, key, issuer) => {
    expect(byKey(text).get(key)?.issuerText).toBe(issuer);
  });
});

describe('symbols as real pages write them', () => {
  it('"Kết luận số 101 - KL/TW" (dash spaced on both sides) is 101-KL/TW, with its date and issuer', () => {
    const m = find('quán triệt và thực hiện Kết luận số 101 - KL/TW ngày 18/8/2014 của Ban Bí thư “về việc đổi mới”').mentions[0]!;
    expect(m.key).toBe('101-KL/TW');
    expect(m.type).toBe('Kết luận');
    expect(m.date).toBe('2014-08-18');
    expect(m.issuerText).toBe('Ban Bí thư');
  });

  it('"183/2010/TTLT/BTC-BNN": a slash between the type and the joint issuers', () => {
    const m = find('Căn cứ Thông tư liên tịch số 183/2010/TTLT/BTC-BNN ngày 15/11/2010').mentions[0]!;
    expect(m.key).toBe('183/2010/TTLT/BTC-BNN');
    expect(m.type).toBe('Thông tư liên tịch');
  });

  it('a lower-case word after a slash is not part of the symbol', () => {
    expect(find('theo Quyết định số 12/QĐ-UBND/ngày 3/2/2020').mentions[0]?.key).toBe('12/QĐ-UBND');
  });

  it('the title in capitals and the body name one document once, keyed as the body writes it, with one link', () => {
    const rec = analyzeText([
      'ỦY BAN NHÂN DÂN', 'TỈNH PHÚ YÊN', 'Số: 111/KH-UBND', 'Phú Yên, ngày 14 tháng 11 năm 2013', '',
      'KẾ HOẠCH',
      'TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 18-CTR/TU NGÀY 26/9/2013 CỦA TỈNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ 26-NQ/TW NGÀY 03/6/2013 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG (KHÓA XI)', '',
      'Thực hiện Chương trình hành động số 18-CTr/TU ngày 26/9/2013 của Tỉnh ủy thực hiện Nghị quyết số 26-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI), UBND tỉnh ban hành Kế hoạch triển khai thực hiện như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ].join('\n'));
    expect(rec.citations.map((c) => c.key).sort()).toEqual(['18-CTr/TU', '26-NQ/TW']);
    expect(rec.links.map((l) => `${l.from}>${l.to}`)).toEqual(['18-CTr/TU>26-NQ/TW']);
    expect(rec.citations.find((c) => c.key === '18-CTr/TU')?.issuer).toBe('Tỉnh ủy Phú Yên');
  });
});

describe('issuer names', () => {
  const loc = { province: 'Hà Tĩnh', provinceKind: 'tỉnh' as const, district: null, commune: null };
  it('"Giám đốc Sở Y tế" → the department, placed in the province', () => {
    expect(resolveIssuerText('Giám đốc Sở Y tế', loc).name).toBe('Sở Y tế Hà Tĩnh');
  });
  it('"Bộ trưởng Bộ Lao động - Thương binh và Xã hội" → the ministry', () => {
    expect(resolveIssuerText('Bộ trưởng Bộ Lao động - Thương binh và Xã hội', loc).name).toBe('Bộ Lao động - Thương binh và Xã hội');
  });
  it('"TỈNH ỦY YÊN BÁI" → "Tỉnh ủy Yên Bái"; "BAN THƯỜNG VỤ TỈNH ỦY" keeps "Tỉnh ủy" whole', () => {
    expect(agencyName('TỈNH ỦY YÊN BÁI')).toBe('Tỉnh ủy Yên Bái');
    expect(agencyName('BAN THƯỜNG VỤ TỈNH ỦY')).not.toMatch(/tỉnh Ủy/u);
  });
});

describe('what a document carries out, beyond its preamble', () => {
  const plan = (basis: string) => [
    'ỦY BAN NHÂN DÂN', 'TỈNH TIỀN GIANG', 'Số: 384/KH-UBND', 'Tiền Giang, ngày 07 tháng 12 năm 2022', '',
    'KẾ HOẠCH', 'Thực hiện Chương trình chuyển đổi số trong xây dựng nông thôn mới', '',
    basis,
    '1. Quyết định số 925/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số;',
    '2. Nghị quyết số 06-NQ/TU ngày 17 tháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới.',
    'II. MỤC ĐÍCH, YÊU CẦU',
    '1. Triển khai hiệu quả Quyết định số 925/QĐ-TTg; phối hợp với Kế hoạch số 371/KH-UBND ngày 08/12/2021 của Ủy ban nhân dân tỉnh.',
  ].join('\n');

  it('items under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" are implemented; a later section only cites', () => {
    const rec = analyzeText(plan('I. CĂN CỨ XÂY DỰNG KẾ HOẠCH'));
    const rel = Object.fromEntries(rec.citations.map((c) => [c.key, c.relation]));
    expect(rel).toEqual({ '925/QĐ-TTg': 'implements', '06-NQ/TU': 'implements', '371/KH-UBND': 'cites' });
  });

  it('a section named otherwise ("I. TÌNH HÌNH CHUNG") lists nothing implemented', () => {
    const rec = analyzeText(plan('I. TÌNH HÌNH CHUNG'));
    expect(rec.citations.filter((c) => c.relation === 'implements')).toEqual([]);
  });
});

describe('issuers implied by the symbol, placed in the citing document\'s locality', () => {
  const doc = (header: string[], body: string) => analyzeText([...header, 'Hà Tĩnh, ngày 20 tháng 3 năm 2017', '', 'KẾ HOẠCH', 'Cải tiến chất lượng bệnh viện năm 2017', '', body, 'I. MỤC ĐÍCH'].join('\n'));

  it('"Công văn số 568/SYT-NVY" in a Hà Tĩnh body → Sở Y tế Hà Tĩnh, marked inferred', () => {
    const rec = doc(['SỞ Y TẾ HÀ TĨNH', 'BỆNH VIỆN ĐA KHOA TỈNH', 'Số: 90/KH-BVĐK'], 'Thực hiện Công văn số 568/SYT-NVY ngày 10/3/2017 về việc cải tiến chất lượng, Bệnh viện xây dựng kế hoạch như sau:');
    const c = rec.citations.find((x) => x.key === '568/SYT-NVY')!;
    expect(c.issuer).toBe('Sở Y tế Hà Tĩnh');
    expect(c.inferred.some((i) => i.field === 'issuer' && i.from === 'symbol')).toBe(true);
  });

  it('"Kế hoạch số 13/KH-UBND" with no issuer stated stays unknown (province or district?)', () => {
    const rec = doc(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH', 'Số: 91/KH-UBND'], 'Thực hiện Kế hoạch số 13/KH-UBND ngày 10/3/2017 về việc cải tiến chất lượng, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:');
    expect(rec.citations.find((x) => x.key === '13/KH-UBND')?.issuer).toBeNull();
  });

  it('a district of Hà Nội: "UBND Thành phố" is placed in the city its citations name', () => {
    const rec = analyzeText([
      'ỦY BAN NHÂN DÂN', 'HUYỆN HOÀI ĐỨC', 'Số: 14/KH-UBND', 'Hoài Đức, ngày 10 tháng 3 năm 2024', '', 'KẾ HOẠCH', 'Phòng, chống sốt xuất huyết năm 2024', '',
      'Thực hiện Kế hoạch số 59/KH-UBND ngày 22/02/2024 của UBND Thành phố về phòng, chống dịch bệnh; Công văn số 568/SYT-NVY ngày 04/3/2024 của Sở Y tế Hà Nội về việc tăng cường phòng, chống sốt xuất huyết, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH',
    ].join('\n'));
    expect(rec.citations.find((x) => x.key === '59/KH-UBND')?.issuer).toBe('Ủy ban nhân dân thành phố Hà Nội');
  });
});

describe('Party preambles and conclusions', () => {
  it('"… của Ban Bí thư và Hướng dẫn …": the "và" joins two citations, it is no part of the issuer', () => {
    const m = byKey('Hội nghị đã nghe giới thiệu Chỉ thị 04-CT/TW của Bộ Chính trị, Kế hoạch 04-KH/TW của Ban Bí thư và Hướng dẫn 13-HD/BTGTW của Ban Tuyên giáo Trung ương cũng như Dự thảo quy chế.');
    expect(m.get('04-KH/TW')?.issuerText).toBe('Ban Bí thư');
    expect(m.get('13-HD/BTGTW')?.issuerText).toBe('Ban Tuyên giáo Trung ương');
  });
  it('"Thông báo kết luận số 13-TB/TU" is a Thông báo', () => {
    expect(find('Thực hiện Thông báo kết luận số 13-TB/TU ngày 3/4/2021 của Ban Thường vụ Tỉnh ủy').mentions[0]?.type).toBe('Thông báo');
  });
  it('dates with dashes in Party text: "ngày 9-02-2018"', () => {
    expect(find('Chỉ thị số 24-CT/TW ngày 9-02-2018 của Ban Bí thư về “Tiếp tục đổi mới”').mentions[0]?.date).toBe('2018-02-09');
  });
});

describe('the document\'s own issuer', () => {
  it('"SỞ Y TẾ QUẢNG TRỊ / BỆNH VIỆN ĐA KHOA TỈNH" → the province\'s hospital', () => {
    const rec = analyzeText(['SỞ Y TẾ QUẢNG TRỊ', 'BỆNH VIỆN ĐA KHOA TỈNH', 'Số: 419/BVĐK-QLCL', 'V/v cải tiến chất lượng', 'Quảng Trị, ngày 08 tháng 4 năm 2019', '', 'Kính gửi: Các khoa, phòng.', '', 'Đề nghị các khoa thực hiện./.'].join('\n'));
    expect(rec.document.issuer).toBe('Bệnh viện Đa khoa tỉnh Quảng Trị');
  });
});

describe('more shapes from real pages', () => {
  it('"Ủy ban nhân dân huyện ban hành Kế hoạch số 43/KH-UBND": the subject of the sentence issued it', () => {
    expect(find('ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 43/KH-UBND về thực hiện cải cách hành chính năm 2011.').mentions[0]?.issuerText).toBe('Ủy ban nhân dân huyện');
  });
  it('"Thủ tướng Chính phủ đã có Công văn số 74/TTg-CN" → Thủ tướng Chính phủ', () => {
    expect(find('Ngày 14-1, Thủ tướng Chính phủ đã có Công văn số 74/TTg-CN chỉ đạo các Bộ.').mentions[0]?.issuerText).toBe('Thủ tướng Chính phủ');
  });
  it('"Văn bản hợp nhất số 06/VBHN-BGDĐT" is a Văn bản hợp nhất, not a công văn', () => {
    expect(find('Căn cứ Văn bản hợp nhất số 06/VBHN-BGDĐT ngày 20/02/2023 của Bộ Giáo dục và Đào tạo;').mentions[0]?.type).toBe('Văn bản hợp nhất');
  });
});

describe('a symbol cut by a spaced dash', () => {
  it('"Tờ trình số 474/TTr - NN&PTNT" is one symbol; "88/KH-UBND - Sở Y tế" and "12/KH - Sở" are not extended', () => {
    const keys = find('tại Tờ trình số 474/TTr - NN&PTNT ngày 21/5/2007; Kế hoạch số 89/KH-UBND - Sở Y tế; Kế hoạch số 13/KH - Sở Y tế').mentions.map((m) => m.key);
    expect(keys).toEqual(['474/TTr-NN&PTNT', '89/KH-UBND', '13/KH']);
  });
});

describe('links: lineage, not reports on it', () => {
  it('a report on, or a check of, carrying out a document is no link; a plan carrying it out is', () => {
    const { links } = find('Thực hiện Báo cáo số 45/BC-UBND ngày 3/3/2023 của UBND tỉnh về kết quả thực hiện Nghị quyết số 12/NQ-HĐND ngày 1/1/2022; Kế hoạch số 46/KH-UBND ngày 3/3/2023 của UBND tỉnh về kiểm tra việc thực hiện Chỉ thị số 05-CT/TW; Kế hoạch số 47/KH-UBND ngày 3/3/2023 của UBND tỉnh triển khai thực hiện Chỉ thị số 06-CT/TW; Kế hoạch số 48-KH/TU ngày 3/3/2023 về tổng kết 10 năm thực hiện Nghị quyết số 07-NQ/TW');
    expect(links.map((l) => `${l.from}>${l.to}`)).toEqual(['47/KH-UBND>06-CT/TW']);
  });
});

describe('communes', () => {
  it('"Ngày 22 tháng 7 năm 2021" opening a line after the symbol is its date', () => {
    expect(find('(Ban hành kèm theo Quyết định số: 61/QĐ-UBND\nNgày 22 tháng 7 năm 2021 của Ủy ban nhân dân xã Xuân Phú)').mentions[0]?.date).toBe('2021-07-22');
  });
  it('"UBND xã" in a commune\'s document → that commune; "UBND phường" there stays as written', () => {
    const loc = { province: 'Đồng Nai', provinceKind: 'tỉnh' as const, district: { level: 'huyện', name: 'Xuân Lộc' }, commune: { level: 'xã', name: 'Xuân Phú' } };
    expect(resolveIssuerText('UBND xã', loc)).toEqual({ name: 'Ủy ban nhân dân xã Xuân Phú', resolved: true });
    expect(resolveIssuerText('UBND phường', loc).resolved).toBe(false);
  });
});

describe('the Youth Union\'s header', () => {
  it('"BAN CHẤP HÀNH TRUNG ƯƠNG / ĐOÀN TNCS HỒ CHÍ MINH" is one body, the Central Committee of the Union', () => {
    const rec = analyzeText(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐOÀN TNCS HỒ CHÍ MINH', '***', 'Số: 368-QĐ/TWĐTN-VP', 'Hà Nội, ngày 29 tháng 10 năm 2013', '', 'QUYẾT ĐỊNH', 'Về việc ban hành Quy định về văn bản của Đoàn', '', 'Điều 1. Ban hành Quy định.'].join('\n'));
    expect(rec.document.issuer).toBe('Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh');
  });
});

describe('two type words before one symbol', () => {
  it('"Công văn hướng dẫn số 124/SGDĐT-GDTrH" is a Công văn; "Văn bản hướng dẫn số 13/HD-SYT" a Hướng dẫn', () => {
    const m = byKey('Thực hiện Công văn hướng dẫn số 124/SGDĐT-GDTrH ngày 1/9/2023 của Sở GD&ĐT; Văn bản hướng dẫn số 13/HD-SYT ngày 2/9/2023.');
    expect(m.get('124/SGDĐT-GDTrH')?.type).toBe('Công văn');
    expect(m.get('124/SGDĐT-GDTrH')?.issuerText).toBe('Sở GD&ĐT');
    expect(m.get('13/HD-SYT')?.type).toBe('Hướng dẫn');
  });
});
