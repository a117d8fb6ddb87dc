import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

const doc = (raw: string) => analyzeText(raw).document;

// Layouts seen in documents copied from web pages of legal texts, with names and numbers changed.
describe('document identity on real-world layouts', () => {
  it('a web page whose header cells wrap anywhere and sit between "|" lines', () => {
    const d = doc(`ỦY
BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 31/CTr-UBND
|
Thái
Bình, ngày 21 tháng 3 năm 2022
|
CHƯƠNG TRÌNH HÀNH ĐỘNG
THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP NGÀY 30/01/2022 CỦA CHÍNH PHỦ VỀ
CHƯƠNG TRÌNH PHỤC HỒI VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI
Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:
I. MỤC TIÊU
1. Phục hồi nhanh chuỗi sản xuất, cung ứng.
|
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH




Lại Văn Hoàn`);
    expect(d.issuer).toBe('Ủy ban nhân dân tỉnh Thái Bình');
    expect(d.place).toBe('Thái Bình');
    expect(d.date).toBe('2022-03-21');
    expect(d.number).toBe('31/CTr-UBND');
    expect(d.type).toBe('Chương trình');
    expect(d.subject).toBe('THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP NGÀY 30/01/2022 CỦA CHÍNH PHỦ VỀ CHƯƠNG TRÌNH PHỤC HỒI VÀ PHÁT TRIỂN KINH TẾ - XÃ HỘI');
    expect(d.signer).toMatchObject({ name: 'Lại Văn Hoàn', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' });
  });

  it('a web table flattened with " | " between cells, the signature beside "Nơi nhận"', () => {
    const d = doc(`ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
TỈNH QUẢNG BÌNH | Độc lập - Tự do - Hạnh phúc |
Số: 47/2020/QĐ-UBND | Quảng Bình, ngày 14 tháng 9 năm 2020 |
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH
ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định chế độ báo cáo định kỳ.
Nơi nhận: | TM. ỦY BAN NHÂN DÂN |
- Như Điều 3; | KT. CHỦ TỊCH |
- Lưu: VT. | PHÓ CHỦ TỊCH |
 | |
 | Đoàn Ngọc Lâm |`);
    expect(d).toMatchObject({ type: 'Quyết định', number: '47/2020/QĐ-UBND', date: '2020-09-14', place: 'Quảng Bình', issuer: 'Ủy ban nhân dân tỉnh Quảng Bình' });
    expect(d.subject).toBe('BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH');
    expect(d.signer).toMatchObject({ name: 'Đoàn Ngọc Lâm', title: 'PHÓ CHỦ TỊCH' });
  });

  it('an old decision whose words were glued by the page ("BANHÀNH", "Hội đồngnhân dân")', () => {
    const d = doc(`ỦY BAN NHÂN DÂN
TỈNH BÌNH THUẬN
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 61/2006/QĐ-UBND

Phan Thiết, ngày 12 tháng 6 năm 2006

QUYẾT ĐỊNH

BANHÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH BÌNH THUẬN GIAI ĐOẠN 2006 - 2010

ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN

Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theoQuyết định này Kếhoạch hành động vì sự tiến bộ phụ nữ.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH




Huỳnh Tấn Thành`);
    expect(d.subject).toBe('BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH BÌNH THUẬN GIAI ĐOẠN 2006 - 2010');
    expect(d).toMatchObject({ type: 'Quyết định', number: '61/2006/QĐ-UBND', date: '2006-06-12', place: 'Phan Thiết' });
    expect(d.signer).toMatchObject({ name: 'Huỳnh Tấn Thành', title: 'CHỦ TỊCH', authority: 'TM.' });
  });

  it('a council resolution: "QUYẾT NGHỊ:" is no signing authority, the session line no subject', () => {
    const d = doc(`HỘI ĐỒNG NHÂN DÂN
TỈNH VĨNH LONG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 14/2012/NQ-HĐND
Vĩnh Long, ngày 07 tháng 12 năm 2012
NGHỊ QUYẾT
VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI
TỈNH VĨNH LONG NĂM 2013
HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG
KHÓA VIII - KỲ HỌP THỨ 6
Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;
QUYẾT NGHỊ:
Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2013.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Vĩnh Long khóa VIII, kỳ họp thứ 6 thông qua ngày 05 tháng 12 năm 2012.
CHỦ TỊCH




Trương Văn Sáu`);
    expect(d.subject).toBe('VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH VĨNH LONG NĂM 2013');
    expect(d.signer).toMatchObject({ name: 'Trương Văn Sáu', title: 'CHỦ TỊCH', authority: null });
    expect(d.issuer).toBe('Hội đồng nhân dân tỉnh Vĩnh Long');
  });

  it('"Nghị quyết số: …" on the number line; "VỀ VIỆC" is not part of the subject', () => {
    const d = doc(`ỦY BAN THƯỜNG VỤ QUỐC HỘI
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Nghị quyết số: 871/2020/UBTVQH14
Hà Nội, ngày 10 tháng 01 năm 2020
NGHỊ QUYẾT
VỀ VIỆC THÀNH LẬP THỊ XÃ HÒA BÌNH THUỘC TỈNH MẪU
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
QUYẾT NGHỊ:
Điều 1. Thành lập thị xã.`);
    expect(d.number).toBe('871/2020/UBTVQH14');
    expect(d.subject).toBe('THÀNH LẬP THỊ XÃ HÒA BÌNH THUỘC TỈNH MẪU');
  });

  it('"Số:" on a line of its own, a blank number, a place left as dots', () => {
    const d = doc(`ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số:

/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
.........., ngày 20 tháng 6 năm 2018

BÁO CÁO
Tình hình phát triển kinh tế - xã hội
giữa nhiệm kỳ 2015 - 2020
Phần thứ nhất
TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT`);
    expect(d.number).toBeNull();
    expect(d.symbol).toBe('BC-UBND');
    expect(d.date).toBe('2018-06-20');
    expect(d.place).toBeNull();
    expect(d.issuer).toBe('Ủy ban nhân dân xã Tân Phú');
    expect(d.subject).toBe('Tình hình phát triển kinh tế - xã hội giữa nhiệm kỳ 2015 - 2020');
  });

  it('a one-line title "QUYẾT ĐỊNH VỀ VIỆC …" under the header', () => {
    const d = doc(`BỘ Y TẾ
BỆNH VIỆN BẠCH MAI
Số: 215/QĐ-BM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 05 tháng 02 năm 2019
QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP HỘI ĐỒNG THUỐC VÀ ĐIỀU TRỊ
GIÁM ĐỐC BỆNH VIỆN BẠCH MAI
Căn cứ Thông tư số 21/2013/TT-BYT ngày 08/8/2013 của Bộ Y tế;
QUYẾT ĐỊNH:
Điều 1. Thành lập Hội đồng Thuốc và điều trị.`);
    expect(d.type).toBe('Quyết định');
    expect(d.subject).toBe('THÀNH LẬP HỘI ĐỒNG THUỐC VÀ ĐIỀU TRỊ');
    // The casing of the name is the resolver's business; the words are the header's.
    expect(d.issuer?.toLocaleLowerCase('vi')).toContain('bệnh viện bạch mai');
  });

  it('a heading spaced out letter by letter', () => {
    const d = doc(`UBND HUYỆN ĐỨC HÒA
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 118/KH-PGDĐT
Đức Hòa, ngày 02 tháng 10 năm 2023
K Ế  H O Ạ C H
Tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2023 - 2024
Căn cứ Kế hoạch số 3001/KH-SGDĐT ngày 15/9/2023 của Sở Giáo dục và Đào tạo;`);
    expect(d.type).toBe('Kế hoạch');
    expect(d.subject).toBe('Tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2023 - 2024');
  });

  it('a document-sharing page that printed the whole decision as one paragraph', () => {
    const d = doc('SỞ Y TẾ THÁI NGUYÊN BỆNH VIỆN LAO VÀ BỆNH PHỔI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 57/QĐ-BVLBP Thái Nguyên, ngày 16 tháng 02 năm 2023 QUYẾT ĐỊNH Ban hành quy chế hoạt động của Hội đồng quản lý chất lượng bệnh viện GIÁM ĐỐC BỆNH VIỆN LAO VÀ BỆNH PHỔI Căn cứ Thông tư số 19/2013/TT-BYT ngày 12/7/2013 của Bộ Y tế hướng dẫn thực hiện quản lý chất lượng dịch vụ khám bệnh, chữa bệnh tại bệnh viện; Xét đề nghị của Trưởng phòng Quản lý chất lượng, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Hội đồng quản lý chất lượng. Điều 2. Quyết định có hiệu lực kể từ ngày ký. Nơi nhận: - Như Điều 3; - Lưu: VT, QLCL. GIÁM ĐỐC Hoàng Văn Tuấn');
    expect(d).toMatchObject({ type: 'Quyết định', number: '57/QĐ-BVLBP', date: '2023-02-16', place: 'Thái Nguyên' });
    expect(d.subject).toBe('Ban hành quy chế hoạt động của Hội đồng quản lý chất lượng bệnh viện');
    expect(d.issuer?.toLocaleLowerCase('vi')).toContain('bệnh viện lao và bệnh phổi');
    expect(d.signer).toMatchObject({ name: 'Hoàng Văn Tuấn', title: 'GIÁM ĐỐC' });
  });

  it('a hospital director signing with his degrees: "BS.CKII", "PGS.TS."', () => {
    const d = doc(`SỞ Y TẾ TỈNH HẬU GIANG
BỆNH VIỆN ĐA KHOA TỈNH
Số: 310/KH-BVĐK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 09 tháng 3 năm 2021
KẾ HOẠCH
Cải tiến chất lượng bệnh viện năm 2021
I. MỤC TIÊU
1. Nâng cao chất lượng khám bệnh, chữa bệnh.
Nơi nhận:
- Sở Y tế (b/c);
- Lưu: VT, QLCL.
GIÁM ĐỐC
(Đã ký)
BS.CKII Trần Văn Hiếu`);
    expect(d.signer).toMatchObject({ name: 'Trần Văn Hiếu', title: 'GIÁM ĐỐC' });
  });

  it('a Party directive: "CỦA BỘ CHÍNH TRỊ" under the heading names the issuer, the subject is the "về …" line', () => {
    const d = doc(`BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 41-CT/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 02 tháng 4 năm 2025
CHỈ THỊ
CỦA BỘ CHÍNH TRỊ
về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới
Công tác bảo vệ chính trị nội bộ có vị trí, vai trò đặc biệt quan trọng.
1. Các cấp ủy quán triệt sâu sắc.
T/M BỘ CHÍNH TRỊ
THƯỜNG TRỰC BAN BÍ THƯ
Trần Cẩm Tú`);
    expect(d).toMatchObject({ type: 'Chỉ thị', number: '41-CT/TW', date: '2025-04-02', place: 'Hà Nội' });
    expect(d.subject).toBe('về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới');
  });

  it('a steering committee signed by its deputy head, whose other office stands above the name', () => {
    const d = doc(`UBND TỈNH ĐỒNG THÁP
BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH
Số: 15/KH-BCĐ
Đồng Tháp, ngày 10 tháng 02 năm 2020
KẾ HOẠCH
Phòng, chống dịch bệnh viêm đường hô hấp cấp
I. MỤC TIÊU
1. Phát hiện sớm ca bệnh.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN

GIÁM ĐỐC SỞ Y TẾ
Nguyễn Thanh Hùng`);
    expect(d.signer).toMatchObject({ name: 'Nguyễn Thanh Hùng', title: 'PHÓ TRƯỞNG BAN', authority: 'KT.' });
  });

  it('a web page that puts its own title and summary above the document', () => {
    const d = doc(`Quyết định 287/QĐ-UBND

Quyết định 287/QĐ-UBND năm 2010 công bố thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp do Ủy ban nhân dân tỉnh Phú Thọ ban hành

Nội dung toàn văn Quyết định 287/QĐ-UBND công bố thủ tục hành chính


ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 287/QĐ-UBND

Việt Trì, ngày 28 tháng 01 năm 2010

QUYẾT ĐỊNH

VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;

QUYẾT ĐỊNH:

Điều 1. Công bố thủ tục hành chính.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hà Kế San`);
    expect(d).toMatchObject({ type: 'Quyết định', number: '287/QĐ-UBND', date: '2010-01-28', place: 'Việt Trì', issuer: 'Ủy ban nhân dân tỉnh Phú Thọ' });
    expect(d.subject).toBe('CÔNG BỐ THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ TƯ PHÁP');
  });
});
