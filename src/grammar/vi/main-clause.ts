/**
 * Where a citing sentence's own clause starts after a cited document's subject:
 * "Thực hiện Công văn số … về việc báo cáo số liệu, Phòng Giáo dục và Đào tạo đề nghị …",
 * "…, UBND huyện yêu cầu …", "…, đề nghị các đơn vị …". A comma, then either a request verb or
 * a capitalised name whose verb of issuing or asking follows within a few words.
 * Matches the comma and what follows it up to the verb.
 */
export const MAIN_CLAUSE = String.raw`,\s{1,3}(?:(?:đề\s+nghị|yêu\s+cầu|đôn\s+đốc)\s|\p{Lu}[^,;.\n]{0,80}?\s(?:đề\s+nghị|yêu\s+cầu|ban\s+hành|xây\s+dựng|triển\s+khai|hướng\s+dẫn|thông\s+báo|chỉ\s+đạo|giao|đôn\s+đốc|tổ\s+chức|báo\s+cáo|kính\s+đề\s+nghị)\s)`;
