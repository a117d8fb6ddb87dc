/** Two-syllable noun heads a count names; otherwise the first syllable is the unit. */
const TWO_SYLLABLE = /^(?:mô\s+hình|hình\s+thức|sản\s+phẩm|công\s+trình|tác\s+phẩm|hội\s+nghị|hội\s+thi|hội\s+thảo|chuyên\s+đề|đơn\s+vị|cơ\s+sở|hoạt\s+động|phương\s+pháp|sáng\s+kiến|đề\s+tài|bài\s+viết|tin\s+bài|học\s+sinh|giáo\s+viên|cán\s+bộ|chi\s+bộ|gia\s+đình|điển\s+hình|phóng\s+sự|lớp\s+học|buổi\s+học|cuộc\s+thi|tài\s+liệu|ấn\s+phẩm|thành\s+viên|đoàn\s+viên|hội\s+viên|sinh\s+viên|bệnh\s+viện|trạm\s+y|nhà\s+văn|chương\s+trình|phong\s+trào|tuyến\s+đường|dự\s+án|đội\s+hình|lao\s+động|thanh\s+niên|đảng\s+viên|công\s+dân|người\s+dân|nhân\s+viên|bác\s+sĩ|doanh\s+nghiệp|hợp\s+tác|đề\s+án|kế\s+hoạch|văn\s+bản|báo\s+cáo|giải\s+pháp|nhiệm\s+vụ|tiêu\s+chí|trường\s+học|tổ\s+chức|sự\s+kiện|khu\s+dân|hộ\s+gia|lượt\s+người|nhà\s+ở|công\s+chức|viên\s+chức)$/iu;

export function unitOf(head: string): string | null {
  const h = head.trim().replace(/\s+/gu, ' ');
  if (/^câu\s+lạc$/iu.test(h)) return 'câu lạc bộ';
  if (TWO_SYLLABLE.test(h)) return h;
  const first = h.split(' ')[0];
  return first ? first : null;
}
