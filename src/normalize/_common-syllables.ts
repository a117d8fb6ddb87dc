/**
 * Syllables seen at least twice in a sample of administrative documents (the project's corpus
 * fixtures). When a glued word can be cut two ways ("BANHÀNH": "BAN HÀNH" or "BA NHÀNH"), the cut
 * into known syllables wins. Not a dictionary: an unknown syllable is still a syllable.
 */
export const COMMON_SYLLABLES: ReadonlySet<string> = new Set(
  [
    'a an antq ban bca binh biên biến biển biểu biện biệt buổi byt bàn bào bày báo bão bình bí bại bạo ',
    'bản bảo bảy bắc bắt bằng bền bệnh bị bọ bỏ bố bồi bổ bộ ca cai cao chi chiếm chiến chiều cho chung ',
    'chuyên chuyển chuẩn chánh cháy châm châu chí chính chót chúng chăm chưa chương chấp chất chậm chắc ',
    'chặt chẽ chế chết chỉ chỉnh chịu chọn chống chờ chủ chủng chứa chức chứng chữa con covid cung cuối ',
    'cuộc cá các cách cán cáo còn có công cúm căn cơ cư cường cả cải cảnh cấp cấu cầm cần cầu cận cập cắm ',
    'cố cổng cộng cờ cụ cục của củng cứ cứu cực danh diễn diện diệt do doanh drive du dung duy duyệt dài ',
    'dành dân dõi dưới dưỡng dạng dẫn dịch dục dụng dự dựng em file gia giai gian giang giao giá giác ',
    'giám giáo giường giải giảm giấy giết giới giờ giữ giữa gov gà gìn góp gậy gắn gọi gồm gửi hiểm hiện ',
    'hiệu hoà hoài hoàn hoàng hoá hoạch hoạt hoặc hu huy huyết huyện huấn huỷ hà hài hàng hành hình hòa ',
    'hóa hướng hưởng hạ hại hạn hạnh hậu hằng hết hệ học họp hồ hỗ hộ hội hợp i ii iii iv khai khen khi ',
    'khoa khoản khoảng khu khuẩn khác khám kháng khánh khí khích khó khóa không khăn khẩu khắc khỏe khối ',
    'kinh kiếm kiến kiểm kiểu kiệm kiện kèm kéo kí kích kính ký kế kết kể kịp kỳ kỷ kỹ lan lao linh liên ',
    'liệt liệu loa long loại luận luật là làm lá lâm lãnh lê lên lòng lý lĩnh lưu lương lưới lược lượng ',
    'lạc lại lấy lần lập lắk lễ lệ lệnh lịch lối lớn lớp lợi lục lực ma minh miễn miệng muỗi mô môi môn ',
    'mùa mũi mưa mưu mười mạng mạnh mất mầm mẫu mật mắc mặt mẽ mềm mọi mốc mối mổ mỗi một mới mở mục mức ',
    'nai nam nay ngang nghiêm nghiên nghiện nghiệp nghèo nghĩa nghề nghệ nghị nguy nguyên nguyễn nguồn ',
    'ngành ngày ngân ngũ người ngừa nhiều nhiễm nhiệm nhuệ nhà nhân nhìn như nhất nhận nhập nhật nhằm ',
    'những ninh niêm niên niệm non nvy này nâng nói nô nông năm năng nơi nước nạn nắm nếu nền nổ nội nộp ',
    'nữ ocop pa phiếu phong phá pháo pháp phát phân phép phê phí phòng phó phù phúc phút phương phường ',
    'phạm phải phản phấn phần phẩm phố phối phổ phụ phục phủ phức qua quan quy quyết quyền quá quán quân ',
    'quý quả quản quảng quận quốc ra riêng rubella rà rộng rừng sao sau sinh so soát sung syt sàng sách ',
    'sáng sát sâu sóc sóng sót sông sĩ sơ sơn sản sắc sẵn sẽ số sống sốt sớm sở sởi sức sử sửa sự tai tay ',
    'tham thanh thao thay theo thi thiên thiết thiếu thiểu thiện thiệt thoại thu thuyết thuật thuốc thuộc ',
    'thuỷ thành thác thái tháng thân thôn thông thù thơ thư thương thường thưởng thải thảo thấp thẩm thế ',
    'thể thị thọ thống thời thủ thủy thứ thức thừa thực tin tiêm tiên tiêu tiến tiếng tiếp tiết tiền tiểu ',
    'tiễn tiện toàn toán tra trang tranh trao triển triệt triệu trong trung truyền trào trách trái tránh ',
    'trên trì trình trí trò trú trương trước trường trưởng trạm trạng trấn trần trận trật trẻ trị trọng ',
    'trở trợ trừ trữ trực tu tuyên tuyến tuyển tuần tuổi ty tài tác tái tâm tây tìm tình tích tín tính ',
    'túc túy tăng tĩnh tư tướng tưởng tượng tại tạm tạo tạp tảng tấn tất tầm tập tật tắt tặng tế tễ tệ ',
    'tỉnh tịch tỏa tố tối tốt tồn tổ tổng tộc tội tới tờ tục từ từng tử tự tỷ ubnd ubtvqh uốn uỷ vai vi ',
    'viên viết việc viện việt vong và vào ván vét vòng vùng văn vũ vướng vượt vận vật vắc về vệ vị vốn ',
    'với vụ vững vực website word xa xem xiii xin xung xuyên xuất xuống xviii xác xâm xây xã xét xảy xếp ',
    'xử y yt yêu yết yếu án áp âm ít ý ăn đa đang đi điều điểm điển điện điệp đoàn đoạn đua đài đào đánh ',
    'đáp đáy đây đã đãi đình đích đó đóng đôn đúng đăng đơn đường được đại đạo đạt đảm đảng đấu đầu đầy ',
    'đẩy đắk đặc đến đề để địa địch định đọng đỏ đốc đối đống đồng đổi độ độc đội động đời đợt đủ đức ',
    'đứng ưu ương ảnh ấp ổ ổn ở ủy ứng ',
  ]
    .join('')
    .trim()
    .split(' '),
);
