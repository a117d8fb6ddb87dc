// What a number next to a noun is NOT, for counts: a duration, a file count, an article, a slogan...

/** Noun heads that make a number a duration, a copy count, a section, a measure or money. */
export const BLOCKED_HEAD = /^(?:năm|tháng|ngày|giờ|phút|giây|tuần|quý|tuổi|file|tệp|bản|bộ|tờ|trang|quyển|cuốn|điểm|điều|khoản|mục|chương|phần|phụ\s+lục|độ|đồng|triệu|tỷ|tỉ|nghìn|ngàn|usd|vnđ|vnd|mét|m|km|ha|kg|tấn|lít|cm|mm|m2|m3|gram|gam|g|mg|ml|kcal|calo|giường|phòng|tầng|số|trở)$/iu;
/** First words that make "5 tự", "2 không", "5 An", "4 tại chỗ" a slogan or model name. */
export const SLOGAN_HEAD = /^(?:tự|không|an|có|tại|sạch|xanh|đẹp|tốt|cùng|chung|đủ|nhất|dám|biết|giảm|tăng|chống|đúng|kịp|nhanh|rõ|hóa|hoá|chữ|nên|phải|cần|xây|sống|thân|trọng|là|đến|ba|vì|cho|chủ|thật|nói|làm|gương|nhà|nhớ|nhiều|ít|k)$/iu;
/** Words right before a number that make it a label: "Điều 10", "khoản 2", "số 37", "lớp 9", "Ban Chỉ đạo 799". */
export const LABEL_BEFORE = /(?:^|[\s(])(?:số|điều|khoản|điểm|mục|chương|phần|phụ\s+lục|mẫu|biểu|lớp|khóa|khoá|nhiệm\s+kỳ|giai\s+đoạn|năm|tháng|ngày|quý|tuần|lúc|chỉ\s+đạo|bcđ|đề\s+án|chương\s+trình|dự\s+án|nghị\s+quyết|chỉ\s+thị|quyết\s+định|kế\s+hoạch|thông\s+tư|luật|nghị\s+định|công\s+văn|văn\s+bản|tổ|đội|đại\s+hội|thứ|phòng|tầng|đường|quốc\s+lộ|tỉnh\s+lộ|km|xe|trường|hội\s+nghị|tập|kỳ|đợt|lần|khu|ấp|thôn|tổ\s+dân\s+phố|phường|quận|xóm|bản|block|tiểu\s+khu|"|')\s*$/iu;
/** A number after another and a dash is the end of a range ("2021 - 2025", "11 - 13 cơn bão"). */
export const RANGE_BEFORE = /\d\s*[-–]\s*$/u;
/** Verbs that set a planned quantity: "tổ chức 03 lớp", "xây dựng 5 mô hình", "tạo việc làm mới cho 3.500 lao động". */
export const TARGET_VERB = /(?:(?:tạo|giải\s+quyết)\s+việc\s+làm(?:\s+mới)?(?:\s+cho)?|xây\s+dựng|vận\s+động|tổ\s+chức|thành\s+lập|mở|đạt|phấn\s+đấu|hoàn\s+thành|chọn|lựa\s+chọn|tập\s+huấn|bồi\s+dưỡng|đào\s+tạo|tuyển(?:\s+sinh)?|kết\s+nạp|trồng|xây\s+mới|nâng\s+cấp|cải\s+tạo|biên\s+soạn|phát\s+hành|bố\s+trí|duy\s+trì|nhân\s+rộng|thực\s+hiện|triển\s+khai|giải\s+quyết|mỗi\s+[^,;.\n]{1,40}?\s(?:có|tổ\s+chức|xây\s+dựng))(?:\s+[\p{L}]+){0,2}\s*(?:tại\s*:?\s*)?$/iu;
/** Past results, not targets: "chiếm 30%", "đã đạt 95%", "ước đạt"; not "chứng chỉ đạt 28%" (a certificate). */
export const RESULT_BEFORE = /(?:chiếm|đã\s+đạt|đạt\s+được|ước\s+đạt|ước\s+tính|(?<!(?:chứng|địa)\s)chỉ\s+đạt|đã\s+có|đã|vượt|(?:tăng|giảm)\s+được)\s*(?:tỷ\s+lệ\s+)?$/iu;
/** A clause that reports what was done: "đã giải quyết việc làm cho 2.150 lao động". */
export const PAST_CLAUSE = /(?:^|\s)(?:đã|được\s+\d|vừa\s+qua|năm\s+qua|kết\s+quả)\s/iu;
/** What follows a rate that is a policy or a progress figure, not a target: "giảm 50% học phí", "đạt 52% kế hoạch". */
export const NOT_TARGET_AFTER = /^(?:(?:học|lệ|chi|kinh|viện)\s+phí|phí|giá|tiền|lãi|kế\s+hoạch|dự\s+toán|so\s+với\s+(?:cùng\s+kỳ|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)|cùng\s+kỳ)(?![\p{L}\p{N}])/iu;
/** A line that states money, not a target: "Tổng kinh phí thực hiện: 1.250 triệu đồng, trong đó ngân sách tỉnh 70%". */
export const MONEY_LINE = /^[\s\-+•·*]*(?:\d{1,2}[.)]\s*)*(?:tổng\s+)?(?:kinh\s+phí|nguồn\s+(?:kinh\s+phí|vốn)|dự\s+toán|tổng\s+mức\s+đầu\s+tư|vốn\s+(?:đầu\s+tư|thực\s+hiện))/iu;
/** Counts of members or parts: "Đoàn kiểm tra gồm 09 thành viên", "Mẫu số 01, 02". */
export const PART_BEFORE = /(?:gồm|bao\s+gồm|\d\s*,)\s*$/iu;
export const TARGET_WORDS = /phấn\s+đấu|chỉ\s+tiêu|mục\s+tiêu|bảo\s+đảm|đảm\s+bảo/iu;
/** An article that performs an act: "Điều 2. Thành lập 05 phường …", "Điều 1. Công nhận 12 xã …" (a fact of the decision, not a target). */
export const ACT_ARTICLE = /^[\s*]*Điều\s+\d{1,2}\s*[.:]\s*(?:[^\n.]{0,60}?\s)?(?:thành\s+lập|giải\s+thể|sáp\s+nhập|nhập|chia\s+tách|điều\s+chỉnh\s+địa\s+giới|công\s+nhận|khen\s+thưởng|tặng|phê\s+duyệt\s+danh\s+sách|bổ\s+nhiệm|cử)\s/iu;
