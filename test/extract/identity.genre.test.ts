import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

// Headers of mass organisations, the National Assembly, central hospitals and web tables, as real
// documents (2011-2024) lay them out; names and numbers changed.
const doc = (text: string) => analyzeText(text).document;

describe('the issuer a header names', () => {
  it('"BAN CHẤP HÀNH TRUNG ƯƠNG" beside the Đoàn\'s motto is the Đoàn\'s Central Committee', () => {
    const text = 'BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 231 - KH/TWĐTN-CTTN          Hà Nội, ngày 10 tháng 5 năm 2023\nKẾ HOẠCH\nTổ chức hoạt động hè cho thiếu nhi năm 2023\n';
    expect(doc(text)).toMatchObject({ issuer: 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh', number: '231-KH/TWĐTN-CTTN' });
    // Under the Party's motto the same line stays the Party's committee.
    expect(doc(text.replace('ĐOÀN TNCS HỒ CHÍ MINH', 'ĐẢNG CỘNG SẢN VIỆT NAM').replace('KH/TWĐTN-CTTN', 'KH/TW')).issuer).toBe('Ban Chấp hành Trung ương');
  });

  it('"ỦY BAN THƯỜNG VỤ / QUỐC HỘI" is one body', () => {
    const text = 'ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghị quyết số: 712/2018/UBTVQH14\nHà Nội, ngày 14 tháng 3 năm 2018\nNGHỊ QUYẾT\nVề việc thành lập thị xã\n';
    expect(doc(text)).toMatchObject({ issuer: 'Ủy ban Thường vụ Quốc hội', number: '712/2018/UBTVQH14' });
  });

  it('a standing board under its organisation: "BCH ĐOÀN TỈNH … / BAN THƯỜNG VỤ", "ỦY BAN MTTQ … / BAN THƯỜNG TRỰC"', () => {
    const doan = 'BCH ĐOÀN TỈNH ĐỒNG THÁP\tĐOÀN TNCS HỒ CHÍ MINH\nBAN THƯỜNG VỤ\n***\nSố: 251-KH/TĐTN-TCKT\tCao Lãnh, ngày 12 tháng 10 năm 2021\nKẾ HOẠCH\nTổ chức đại hội Đoàn các cấp\n';
    expect(doc(doan).issuer).toBe('Ban Thường vụ Tỉnh đoàn Đồng Tháp');
    const mt = 'ỦY BAN MTTQ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NAM\tĐộc lập - Tự do - Hạnh phúc\nBAN THƯỜNG TRỰC\nSố: 45/KH-MTTQ-BTT\tQuảng Nam, ngày 10 tháng 4 năm 2020\nKẾ HOẠCH\nGiám sát việc thực hiện chính sách\n';
    expect(doc(mt).issuer).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam');
    const pn = 'HỘI LHPN TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG VỤ\tĐộc lập - Tự do - Hạnh phúc\nSố: 112/KH-BTV\tNghệ An, ngày 10 tháng 4 năm 2020\nKẾ HOẠCH\nTriển khai cuộc vận động\n';
    expect(doc(pn).issuer).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Nghệ An');
  });

  it('a hospital under the Ministry of Health is no province\'s; one under a Sở Y tế is', () => {
    const central = 'BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỆNH VIỆN BẠCH MAI\tĐộc lập - Tự do - Hạnh phúc\nSố: 1234/KH-BM\tHà Nội, ngày 10 tháng 4 năm 2020\nKẾ HOẠCH\nCải tiến chất lượng\n';
    expect(doc(central).issuer?.toLowerCase()).toBe('bệnh viện bạch mai');
    const hue = central.replace('BỆNH VIỆN BẠCH MAI', 'BỆNH VIỆN TRUNG ƯƠNG HUẾ').replace('Hà Nội, ngày', 'Thừa Thiên Huế, ngày');
    expect(doc(hue).issuer?.toLowerCase()).toBe('bệnh viện trung ương huế');
    const local = central.replace('BỘ Y TẾ', 'SỞ Y TẾ QUẢNG TRỊ').replace('BỆNH VIỆN BẠCH MAI', 'BỆNH VIỆN ĐA KHOA TỈNH').replace('Hà Nội, ngày', 'Quảng Trị, ngày');
    expect(doc(local).issuer).toBe('Bệnh viện Đa khoa tỉnh Quảng Trị');
  });

  it('the Đoàn\'s district committee keeps its place\'s casing', () => {
    const text = 'HUYỆN ĐOÀN LẤP VÒ\tĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 45-KH/HĐTN\tLấp Vò, ngày 10 tháng 01 năm 2022\nKẾ HOẠCH\nTuyên truyền Đại hội Đoàn các cấp\n';
    expect(doc(text).issuer).toBe('Huyện đoàn Lấp Vò');
  });

  it('"ỦY BAN NHÂN DÂN" alone in a web table is the province the place line names', () => {
    const text = 'ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 335/KH-UBND |\nPhú Thọ, ngày 10 tháng 02 năm 2023 |\nKẾ HOẠCH\nTuyển sinh lớp 6 năm học 2023 - 2024\n';
    expect(doc(text).issuer).toBe('Ủy ban nhân dân tỉnh Phú Thọ');
    // A place that is no province (a district town) adds nothing.
    expect(doc(text.replace('Phú Thọ, ngày', 'Thanh Ba, ngày')).issuer).toBe('Ủy ban nhân dân');
  });

  it('a body named in running text keeps the casing it is written with', () => {
    const text = 'KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp\nCăn cứ Điều lệ Đoàn; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội, cụ thể như sau:\nI. YÊU CẦU\n';
    expect(doc(text).issuer).toBe('Ban Chấp hành Thành đoàn Hà Nội');
  });
});

describe('citations the Đoàn\'s symbols imply', () => {
  it('"Kế hoạch số 40-KH/HĐTN" in a district office\'s plan → Huyện đoàn of that district', () => {
    const text = 'UBND HUYỆN LẤP VÒ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG VĂN HÓA VÀ THÔNG TIN\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-PVHTT\tLấp Vò, ngày 10 tháng 01 năm 2022\nKẾ HOẠCH\nPhối hợp tuyên truyền\nCăn cứ Kế hoạch số 40-KH/HĐTN ngày 05/01/2022.\n';
    expect(analyzeText(text).citations[0]).toMatchObject({ key: '40-KH/HĐTN', issuer: 'Huyện đoàn Lấp Vò' });
  });
});

describe('"xã hội" is no commune', () => {
  it('"BẢO HIỂM XÃ HỘI VIỆT NAM" → "Bảo hiểm xã hội Việt Nam"; "UBND XÃ HỘI XUÂN" is a commune', () => {
    const text = 'BẢO HIỂM XÃ HỘI VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 3802/BHXH-CNTT | Hà Nội, ngày 25 tháng 11 năm 2020 |\nV/v đẩy mạnh ứng dụng VssID\n';
    expect(doc(text).issuer).toBe('Bảo hiểm xã hội Việt Nam');
    const xa = 'UBND HUYỆN NGA SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND XÃ HỘI XUÂN\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND\tHội Xuân, ngày 02 tháng 3 năm 2021\nV/v rà soát hộ nghèo\n';
    expect(doc(xa).issuer).toBe('Ủy ban nhân dân xã Hội Xuân');
  });
});

describe('a page flattened to one line', () => {
  it('the V/v subject ends at "Kính gửi"', () => {
    const text = 'UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 V/v báo cáo nhanh tình hình thiệt hại do lũ lụt. Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giáo dục và Đào tạo. Vừa qua, tỉnh bị ảnh hưởng của mưa lớn.';
    expect(doc(text)).toMatchObject({ number: '2917/SGDĐT-VP', date: '2010-11-05', subject: 'báo cáo nhanh tình hình thiệt hại do lũ lụt' });
  });
});

describe('Party Thông tri', () => {
  it('"THÔNG TRI" is a heading and "-TT/" in a Party symbol reads Thông tri, not Thông tư', () => {
    const text = 'TỈNH ỦY QUẢNG BÌNH\n*\nSố 12-TT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Hới, ngày 14 tháng 4 năm 2009\n\nTHÔNG TRI\nvề lãnh đạo thực hiện cuộc vận động năm 2009\n\nThực hiện Chỉ thị số 06-CT/TW ngày 07/11/2006 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy yêu cầu:\n';
    expect(doc(text)).toMatchObject({ type: 'Thông tri', number: '12-TT/TU' });
    expect(doc(text).subject).toMatch(/lãnh đạo thực hiện cuộc vận động năm 2009$/u);
    expect(doc(text.replace('THÔNG TRI\n', '')).type).toBe('Thông tri');
    const cited = analyzeText('Thực hiện Thông tri số 05-TT/TU ngày 02/3/2010 và Thông tư số 124/2021/TT-BCA ngày 28/12/2021.').citations;
    expect(cited.map((c) => c.type)).toEqual(['Thông tri', 'Thông tư']);
    expect(analyzeText('Thực hiện 05-TT/TU ngày 02/3/2010 và 124/2021/TT-BCA ngày 28/12/2021.').citations.map((c) => c.type)).toEqual(['Thông tri', 'Thông tư']);
  });
});

describe('text from an OCR tool', () => {
  it('a date line whose "ngày" lost its tone ("ngảy") is still the place and date', () => {
    const text = 'UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 1245 /SNN-TL\nV/v chuẩn bị phương án phòng, chống hạn hán\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Trị, ngảy 08 tháng 6 năm 2015\n\nKính gửi: UBND các huyện.\n';
    expect(doc(text)).toMatchObject({ type: 'Công văn', number: '1245/SNN-TL', date: '2015-06-08', place: 'Quảng Trị' });
  });
});

describe('a school under "SỞ GD&ĐT NINH THUẬN"', () => {
  it('the school keeps its name\'s casing and "Sở GD&ĐT" in its preamble is the province\'s', () => {
    const text = 'SỞ GD&ĐT NINH THUẬN\nTRƯỜNG THPT NGUYỄN TRÃI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 118/kh-thptnt\nPhan Rang - Tháp Chàm, ngày … tháng … năm 2024\n\nKẾ HOẠCH\nÔn thi tốt nghiệp THPT năm học 2024 - 2025\n\nCăn cứ Kế hoạch số 2465/KH-SGDĐT ngày 30/8/2024 của Sở GD&ĐT về thực hiện nhiệm vụ giáo dục trung học năm học 2024 - 2025;\n';
    const r = analyzeText(text);
    expect(r.document).toMatchObject({ issuer: 'Trường Trung học phổ thông Nguyễn Trãi', date: '2024', type: 'Kế hoạch' });
    expect(r.citations[0]).toMatchObject({ key: '2465/KH-SGDĐT', issuer: 'Sở Giáo dục và Đào tạo Ninh Thuận', relation: 'implements' });
  });
});

describe('a 2000s title "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN … / V/v …"', () => {
  it('the V/v under the heading is the subject and the Căn cứ below the authority line are the preamble', () => {
    const text = 'UỶ BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 125/2005/QĐ-UB\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐà Nẵng, ngày 15 tháng 8 năm 2005\n\nQUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\nV/v ban hành Quy định quản lý chợ trên địa bàn thành phố\n\nUỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\n\nCăn cứ Nghị định số 02/2003/NĐ-CP ngày 14/01/2003 của Chính phủ về phát triển và quản lý chợ;\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ.\n';
    const r = analyzeText(text);
    expect(r.document).toMatchObject({ type: 'Quyết định', number: '125/2005/QĐ-UB', subject: 'ban hành Quy định quản lý chợ trên địa bàn thành phố' });
    expect(r.citations.map((c) => [c.key, c.relation])).toEqual([['02/2003/NĐ-CP', 'implements']]);
  });
});

describe('a joint plan of a Party board and a department', () => {
  it('"KẾ HOẠCH LIÊN TỊCH" is the heading and each joint issuer keeps its own casing', () => {
    const text = 'BAN TUYÊN GIÁO TỈNH ỦY - SỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nSố: 15/KHLT-BTGTU-SGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLong An, ngày 12 tháng 3 năm 2019\n\nKẾ HOẠCH LIÊN TỊCH\nTổ chức cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh năm 2019\n\n1. Các trường tham gia.\n';
    expect(doc(text)).toMatchObject({ type: 'Kế hoạch', issuer: 'Ban Tuyên giáo Tỉnh ủy - Sở Giáo dục và Đào tạo', subject: 'Tổ chức cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh năm 2019' });
  });
});

describe('the locality of a joint header', () => {
  it('"BAN TUYÊN GIÁO TỈNH ỦY - SỞ GIÁO DỤC VÀ ĐÀO TẠO" names no province "Ủy": the place line gives it', () => {
    const text = 'BAN TUYÊN GIÁO TỈNH ỦY - SỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nSố: 15/KHLT-BTGTU-SGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLong An, ngày 12 tháng 3 năm 2019\n\nKẾ HOẠCH LIÊN TỊCH\nTổ chức cuộc thi\n\nThực hiện Kế hoạch số 112-KH/TU ngày 20/02/2019 của Ban Thường vụ Tỉnh ủy về giáo dục truyền thống năm 2019, hai cơ quan xây dựng kế hoạch như sau:\n1. Các trường tham gia.\n';
    expect(analyzeText(text).citations[0]).toMatchObject({ key: '112-KH/TU', issuer: 'Ban Thường vụ Tỉnh ủy Long An', relation: 'implements' });
  });
});

describe('central and department bodies in capitals', () => {
  it('"NGÂN HÀNG NHÀ NƯỚC / VIỆT NAM" is one body; a Cục keeps its own name capitalised; "SỞ TƯ PHÁP" is the Sở Tư pháp', () => {
    const nhnn = 'NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\nSố: 12/2024/TT-NHNN\nHà Nội, ngày 05 tháng 3 năm 2024\nTHÔNG TƯ\nQuy định về cho vay\nĐiều 1. Phạm vi.\n';
    expect(doc(nhnn).issuer).toBe('Ngân hàng Nhà nước Việt Nam');
    const thue = 'TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BÌNH DƯƠNG\nSố: 1456/CT-TTHT\nBình Dương, ngày 05 tháng 3 năm 2024\nV/v chính sách thuế\nKính gửi: Công ty TNHH ABC.\n1. Trả lời.\n';
    expect(doc(thue).issuer).toBe('Cục Thuế tỉnh Bình Dương');
    const tp = 'UBND TỈNH LÂM ĐỒNG\nSỞ TƯ PHÁP\nSố: 45/STP-HCTP\nLâm Đồng, ngày 05 tháng 3 năm 2025\nV/v hướng dẫn chứng thực\nKính gửi: UBND các huyện.\n1. Báo cáo.\n';
    expect(doc(tp).issuer).toBe('Sở Tư pháp tỉnh Lâm Đồng');
  });
});

describe('a date line written with numbers', () => {
  it('"Bắc Kạn, ngày 30/12/2024" and "ngày 30.12.2024" are the place and date (the separator was matched against the wrong group)', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: ......./QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Kạn, ngày 30/12/2024\n\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch chuyển đổi số năm 2025\n\nCăn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;\n';
    expect(doc(text)).toMatchObject({ date: '2024-12-30', place: 'Bắc Kạn', number: null });
    expect(doc(text.replace('30/12/2024', '30.12.2024')).date).toBe('2024-12-30');
    expect(doc(text.replace('30/12/2024', '30/12.2024')).date).toBeNull();
  });
});

describe('a school plan whose preamble is bulleted', () => {
  // Real school and commune plans (2017-2021) put "- " before each "Căn cứ"; names and numbers changed.
  const text = 'PHÒNG GD&ĐT QUẢNG ĐIỀN\n\nTRƯỜNG TH AN LẠC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nSố: 14/KH-THAL\n\nAn Lạc, ngày 20 tháng 9 năm 2022\n\nKẾ HOẠCH\n\nPHÁT TRIỂN TRƯỜNG TIỂU HỌC AN LẠC\n\nGIAI ĐOẠN 2021-2026\n\n \n            - Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019,\n\n            - Căn cứ Quyết định số 512/QĐ-TTg ngày 10/5/2018 của Thủ tướng Chính phủ;\n';
  it('the "- Căn cứ …" line ends the title', () => {
    expect(doc(text).subject).toBe('PHÁT TRIỂN TRƯỜNG TIỂU HỌC AN LẠC GIAI ĐOẠN 2021-2026');
    expect(doc(text.replaceAll('- Căn cứ', '+ Căn cứ')).subject).toBe('PHÁT TRIỂN TRƯỜNG TIỂU HỌC AN LẠC GIAI ĐOẠN 2021-2026');
  });
  it('a dash line that is no preamble still continues a title that runs on', () => {
    const t = 'UBND HUYỆN A\nSố: 5/KH-UBND\nA, ngày 2 tháng 3 năm 2022\nKẾ HOẠCH\nPhòng, chống dịch bệnh cho đàn gia súc, gia cầm\n- đợt 1 năm 2022\n';
    expect(doc(t).subject).toContain('đợt 1 năm 2022');
  });
});

describe('a number with a letter and a stray space before its symbol', () => {
  it('"Số: 31b /KH-THAL" is the document\'s number 31b/KH-THAL', () => {
    const text = 'PHÒNG GD&ĐT QUẢNG ĐIỀN\nTRƯỜNG TH AN LẠC\nSố: 31b /KH-THAL\nAn Lạc, ngày 20 tháng 9 năm 2022\nKẾ HOẠCH\nGiáo dục kỹ năng sống năm học 2022-2023\n';
    expect(doc(text).number).toBe('31b/KH-THAL');
  });
});

describe('a school naming its level by abbreviation in its header', () => {
  it('"TRƯỜNG TH AN LẠC" is the Trường Tiểu học An Lạc; "TRƯỜNG MN HOA SEN" the Trường Mầm non Hoa Sen', () => {
    const text = 'PHÒNG GD&ĐT QUẢNG ĐIỀN\nTRƯỜNG TH AN LẠC\nSố: 14/KH-THAL\nAn Lạc, ngày 20 tháng 9 năm 2022\nKẾ HOẠCH\nGiáo dục kỹ năng sống năm học 2022-2023\n';
    // Cased as the same header spelt out is ("TRƯỜNG TIỂU HỌC AN LẠC").
    const full = doc(text.replace('TRƯỜNG TH AN LẠC', 'TRƯỜNG TIỂU HỌC AN LẠC')).issuer;
    expect(doc(text).issuer).toBe(full);
    expect(full?.toLowerCase()).toBe('trường tiểu học an lạc');
    expect(doc(text.replace('TRƯỜNG TH AN LẠC', 'TRƯỜNG MN HOA SEN')).issuer?.toLowerCase()).toBe('trường mầm non hoa sen');
  });
});
