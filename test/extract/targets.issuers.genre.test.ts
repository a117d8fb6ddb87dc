import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

// Targets in reports, resolutions and plans of unions, councils, companies and departments
// (2008-2025), rewritten.
const targets = (text: string) => analyzeText(text).targets.map((t) => ({ value: t.value, unit: t.unit }));

describe('a report\'s review part, whatever its period', () => {
  it('under "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM" the figures are results; under "II. PHƯƠNG HƯỚNG …" targets', () => {
    const text = [
      'BÁO CÁO',
      'Kết quả hoạt động công đoàn 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2013',
      'I. KẾT QUẢ 6 THÁNG ĐẦU NĂM',
      '- Thành lập 04 công đoàn cơ sở; 92% công đoàn cơ sở đạt vững mạnh.',
      'II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM',
      '2. Phấn đấu 95% công đoàn cơ sở đạt tiêu chuẩn vững mạnh.',
    ].join('\n');
    expect(targets(text)).toEqual([{ value: 95, unit: '%' }]);
  });

  it('"I. KẾT QUẢ NĂM 2012" and "I. KẾT QUẢ HOẠT ĐỘNG" review too; "I. KẾT QUẢ CẦN ĐẠT" sets targets', () => {
    expect(targets('I. KẾT QUẢ NĂM 2012\n- Kết nạp 05 hội viên; 90% chi hội đạt vững mạnh.\nII. NHIỆM VỤ NĂM 2013\n- Phấn đấu 95% chi hội vững mạnh.')).toEqual([{ value: 95, unit: '%' }]);
    expect(targets('I. KẾT QUẢ HOẠT ĐỘNG\n- 88% hội viên tham gia.\nII. PHƯƠNG HƯỚNG\n- Phấn đấu 95% hội viên tham gia.')).toEqual([{ value: 95, unit: '%' }]);
    expect(targets('I. KẾT QUẢ CẦN ĐẠT\n- 100% xã đạt chuẩn.')).toEqual([{ value: 100, unit: '%' }]);
  });
});

const full = (text: string) => analyzeText(text).targets.map((t) => ({ value: t.value, unit: t.unit, comparator: t.comparator }));

describe('a count named as the chỉ tiêu inside another count\'s clause', () => {
  it('"ít nhất 180 đoàn viên, bảo đảm hoàn thành chỉ tiêu 500 đoàn viên mới" sets both', () => {
    const text = '1. Phát triển thêm ít nhất 180 đoàn viên, bảo đảm hoàn thành chỉ tiêu 500 đoàn viên mới trong năm 2013.';
    expect(full(text)).toEqual([
      { value: 180, unit: 'đoàn viên', comparator: '>=' },
      { value: 500, unit: 'đoàn viên', comparator: '=' },
    ]);
  });
});

describe('a count\'s range after "từ" commits to its lower end', () => {
  it('"Mỗi huyện xây dựng từ 2 - 3 mô hình trình diễn" → at least 2 mô hình', () => {
    expect(full('1. Mỗi huyện, thành phố xây dựng từ 2 - 3 mô hình trình diễn về giống cây trồng, vật nuôi.')).toEqual([{ value: 2, unit: 'mô hình', comparator: '>=' }]);
  });

  it('ages and years in a range stay out: "trẻ em từ 6 - 15 tuổi", "giai đoạn 2021 - 2025"', () => {
    expect(full('Trẻ em từ 6 - 15 tuổi được tiêm vắc xin.')).toEqual([]);
    expect(full('Giai đoạn 2021 - 2025 xây dựng 5 mô hình.')).toEqual([{ value: 5, unit: 'mô hình', comparator: '=' }]);
  });
});

describe('a life expectancy, an area reached "trở lên", a planned mobilisation', () => {
  it('"Tuổi thọ trung bình đạt 74,5 tuổi" is a target; "trẻ em dưới 5 tuổi" is not', () => {
    expect(full('3. Tuổi thọ trung bình đạt 74,5 tuổi.\n4. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống còn 18,5%.')).toEqual([
      { value: 74.5, unit: 'tuổi', comparator: '=' },
      { value: 18.5, unit: '%', comparator: '<=' },
    ]);
  });

  it('"diện tích cây vụ đông đạt 3.500 ha trở lên" is a floor; "cơ sở có diện tích từ 200 ha trở lên" a scope', () => {
    expect(full('2. Phấn đấu diện tích cây vụ đông đạt 3.500 ha trở lên, trong đó cây ngô đạt 40% diện tích.')).toEqual([
      { value: 3500, unit: 'ha', comparator: '>=' },
      { value: 40, unit: '%', comparator: '=' },
    ]);
    expect(full('Cơ sở có diện tích từ 200 ha trở lên phải lập hồ sơ.')).toEqual([]);
  });

  it('"Vận động 5.000 hội viên tham gia sản xuất theo chuỗi giá trị"', () => {
    expect(full('3. Vận động 5.000 hội viên tham gia sản xuất theo chuỗi giá trị.')).toEqual([{ value: 5000, unit: 'hội viên', comparator: '=' }]);
  });
});

describe('"chứng chỉ đạt" is a certificate, not "chỉ đạt" (only reached)', () => {
  it('"đạt tỷ lệ 62%, trong đó có bằng cấp, chứng chỉ đạt 28%" sets both', () => {
    expect(full('6. Tỷ lệ lao động qua đào tạo đạt tỷ lệ 62%, trong đó có bằng cấp, chứng chỉ đạt 28%.')).toEqual([
      { value: 62, unit: '%', comparator: '=' },
      { value: 28, unit: '%', comparator: '=' },
    ]);
    expect(full('Năm qua, tỷ lệ thu gom chỉ đạt 60%.')).toEqual([]);
  });
});

describe('a floor over the last period on a line about money', () => {
  it('"Dự toán thu ngân sách xã năm 2009 phải tăng tối thiểu 10% so với ước thực hiện năm 2008" is set; shares of a budget are not', () => {
    expect(full('1. Dự toán thu ngân sách xã năm 2009 phải tăng tối thiểu 10% so với ước thực hiện năm 2008; dự phòng ngân sách xã bố trí từ 2% đến 5% tổng chi.')).toEqual([
      { value: 10, unit: '%', comparator: '>=' },
    ]);
    expect(full('Tổng kinh phí thực hiện: 1.250 triệu đồng, trong đó ngân sách tỉnh 70%.')).toEqual([]);
  });
});

describe('a chỉ tiêu table, its cells joined by tabs', () => {
  it('planned figures with a unit column are targets named by their indicator', () => {
    const text = [
      'Hòa Bình, ngày 05 tháng 3 năm 2018',
      'I. MỤC TIÊU, CHỈ TIÊU',
      'TT\tChỉ tiêu\tĐơn vị\tKế hoạch 2018',
      '1\tSố lớp tập huấn kỹ thuật\tlớp\t120',
      '2\tDiện tích áp dụng quy trình VietGAP\tha\t350',
      '3\tTỷ lệ hộ tham gia mô hình áp dụng tiến bộ kỹ thuật\t%\t85',
    ].join('\n');
    expect(full(text)).toEqual([
      { value: 120, unit: 'lớp', comparator: '=' },
      { value: 350, unit: 'ha', comparator: '=' },
      { value: 85, unit: '%', comparator: '=' },
    ]);
  });

  it('a value cell with its unit ("4 xã") is read by the table; one with "%" by the percentage rule', () => {
    const text = ['Châu Thành, ngày 14 tháng 3 năm 2025', 'STT\tChỉ tiêu\tNăm 2025', '1\tSố xã đạt chuẩn nông thôn mới nâng cao\t4 xã', '2\tTỷ lệ hộ nghèo\tgiảm xuống còn 0,8%'].join('\n');
    expect(full(text)).toEqual([
      { value: 4, unit: 'xã', comparator: '=' },
      { value: 0.8, unit: '%', comparator: '<=' },
    ]);
  });

  it('columns of what was done or of past years are results', () => {
    const text = ['Thanh Sơn, ngày 18 tháng 6 năm 2021', 'TT\tChỉ tiêu\tĐơn vị\tThực hiện 2020\tNăm 2019', '1\tSố lớp tập huấn\tlớp\t110\t95'].join('\n');
    expect(full(text)).toEqual([]);
  });
});

describe('jobs to create', () => {
  it('"Tạo việc làm mới cho 3.500 lao động", "Giải quyết việc làm cho 1.200 lao động" are set; last year\'s figure is a result', () => {
    const head = 'Hà Nội, ngày 10 tháng 3 năm 2024\n';
    expect(full(`${head}- Tạo việc làm mới cho 3.500 lao động.`)).toEqual([{ value: 3500, unit: 'lao động', comparator: '=' }]);
    expect(full(`${head}- Giải quyết việc làm cho 1.200 lao động.`)).toEqual([{ value: 1200, unit: 'lao động', comparator: '=' }]);
    expect(full(`${head}Năm 2023, huyện đã giải quyết việc làm cho 2.150 lao động.`)).toEqual([]);
  });
});

describe('a count with its share of the plan is progress', () => {
  it('"giải quyết việc làm cho 12.400 lao động, đạt 52% kế hoạch năm" reports', () => {
    expect(full('Hà Nội, ngày 10 tháng 3 năm 2024\n- Giải quyết việc làm cho 12.400 lao động, đạt 52% kế hoạch năm.')).toEqual([]);
  });
});

describe('a quantity in tấn, ha or km "đạt" under a targets heading', () => {
  it('is a target in a plan\'s MỤC TIÊU part, and a result in a report\'s review part', () => {
    const plan = [
      'KẾ HOẠCH',
      'Phát triển nông nghiệp năm 2024',
      'I. MỤC TIÊU, CHỈ TIÊU',
      '- Tổng sản lượng lương thực đạt 25.000 tấn.',
      '- Diện tích trồng rừng mới đạt 1.900 ha.',
    ].join('\n');
    expect(targets(plan)).toEqual([{ value: 25000, unit: 'tấn' }, { value: 1900, unit: 'ha' }]);
    const report = [
      'BÁO CÁO',
      'Kết quả sản xuất nông nghiệp năm 2023',
      'I. KẾT QUẢ THỰC HIỆN NĂM 2023',
      '- Tổng sản lượng lương thực đạt 24.300 tấn.',
    ].join('\n');
    expect(targets(report)).toEqual([]);
  });

  it('outside a targets part, "đạt 25.000 tấn" stays out', () => {
    expect(targets('Năm 2023, sản lượng lương thực toàn huyện đạt 25.000 tấn.')).toEqual([]);
  });
});

describe('chỉ tiêu under a targets heading given by a planning verb, a label or money "lên"', () => {
  const plan = (line: string) => targets(['KẾ HOẠCH', 'Phát triển kinh tế - xã hội năm 2024', 'I. MỤC TIÊU, CHỈ TIÊU', line, 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Tăng cường công tác tuyên truyền.'].join('\n'));
  it.each([
    ['- Trồng mới 500 ha rừng tập trung.', { value: 500, unit: 'ha' }],
    ['- Xây dựng mới 15 km đường giao thông nông thôn.', { value: 15, unit: 'km' }],
    ['- Số lao động được đào tạo nghề: 1.500 người.', { value: 1500, unit: 'người' }],
    ['- Tăng thu nhập bình quân đầu người lên 55 triệu đồng/năm.', { value: 55, unit: 'triệu' }],
  ])('%s', (line, want) => {
    expect(plan(line)).toEqual([want]);
  });

  it('the same lines in a review part, and a label that names no count, stay out', () => {
    expect(targets('I. KẾT QUẢ THỰC HIỆN NĂM 2023\n- Trồng mới 480 ha rừng tập trung.\n- Số lao động được đào tạo nghề: 1.420 người.')).toEqual([]);
    expect(plan('- Địa điểm: 15 Trần Phú, thị trấn Yên Cát.')).toEqual([]);
  });
});

describe('a count out of the whole: "19/19 tiêu chí", "5/9 xã"', () => {
  const plan = (line: string) => targets(['KẾ HOẠCH', 'Xây dựng nông thôn mới năm 2024', 'I. MỤC TIÊU, CHỈ TIÊU', line, 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Tăng cường công tác tuyên truyền.'].join('\n'));
  it.each([
    ['- Xã Xuân Bình đạt 19/19 tiêu chí nông thôn mới.', { value: 19, unit: 'tiêu chí' }],
    ['- Phấn đấu có 5/9 xã đạt chuẩn nông thôn mới nâng cao.', { value: 5, unit: 'xã' }],
    ['- Số xã đạt chuẩn quốc gia về y tế: 17/17 xã.', { value: 17, unit: 'xã' }],
  ])('%s', (line, want) => {
    expect(plan(line)).toEqual([want]);
  });

  it('dates, shares of "số …", symbols and reviewed figures are not', () => {
    expect(plan('- Tổ chức hội nghị sơ kết vào ngày 5/9 tại hội trường.')).toEqual([]);
    expect(plan('- Thực hiện Kế hoạch số 12/KH-UBND của huyện.')).toEqual([]);
    expect(plan('- Phấn đấu 2/3 số xã đạt chuẩn.')).toEqual([{ value: 66.67, unit: '%' }]);
    expect(targets('I. KẾT QUẢ THỰC HIỆN NĂM 2023\n- Xã Xuân Bình đạt 17/19 tiêu chí nông thôn mới.')).toEqual([]);
    expect(targets('Đến nay, huyện có 5/9 xã đạt chuẩn nông thôn mới.')).toEqual([]);
  });
});

describe('a range without "từ" after a planning verb under a targets heading', () => {
  const plan = (line: string) => full(['KẾ HOẠCH', 'Công tác dân vận năm 2024', 'I. MỤC TIÊU, CHỈ TIÊU', line, 'II. NHIỆM VỤ, GIẢI PHÁP', '1. Tăng cường công tác tuyên truyền.'].join('\n'));
  it('"Xây dựng 2 - 3 mô hình", "Phấn đấu thu hút 3 - 5 dự án": a floor at the lower end', () => {
    expect(plan('- Xây dựng 2 - 3 mô hình điểm về dân vận khéo.')).toEqual([{ value: 2, unit: 'mô hình', comparator: '>=' }]);
    expect(plan('- Phấn đấu thu hút 3 - 5 dự án đầu tư vào khu công nghiệp.')).toEqual([{ value: 3, unit: 'dự án', comparator: '>=' }]);
  });
  it('years, grades and the same range in a report stay out', () => {
    expect(plan('- Giai đoạn 2021 - 2025 xây dựng 10 trường.')).toEqual([{ value: 10, unit: 'trường', comparator: '=' }]);
    expect(full('Trong năm, các xã đã xây dựng 2 - 3 mô hình điểm về dân vận khéo.')).toEqual([]);
  });
});

describe('a rate per head of population under a targets heading', () => {
  it('"Có 10 bác sĩ/vạn dân; 32 giường bệnh/vạn dân" gives both; in a report, neither', () => {
    const plan = ['KẾ HOẠCH', 'Phát triển y tế năm 2024', 'I. MỤC TIÊU, CHỈ TIÊU', '- Có 10 bác sĩ/vạn dân; 32 giường bệnh/vạn dân.', 'II. NHIỆM VỤ, GIẢI PHÁP'].join('\n');
    expect(targets(plan)).toEqual([{ value: 10, unit: 'bác sĩ' }, { value: 32, unit: 'giường' }]);
    expect(targets('I. KẾT QUẢ THỰC HIỆN NĂM 2023\n- Có 9 bác sĩ/vạn dân; 30 giường bệnh/vạn dân.')).toEqual([]);
  });
});
