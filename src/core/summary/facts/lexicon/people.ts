// Words for finding people and their titles. Lowercase lists are compared after normalizeVietnamese (lowercase,
// new-style tone placement); surnames are compared as written (capitalised). Sources: see README.md.

/** Vietnamese surnames, most common first. A capitalised name starting with one is read as a person. */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Lâm', 'Đào', 'Đoàn', 'Trương', 'Mai', 'Tô', 'Hà', 'Lương', 'Đinh', 'Tạ', 'Cao', 'Chu', 'Trịnh', 'Quách', 'Kiều',
  'La', 'Tăng', 'Lưu', 'Triệu', 'Vương', 'Châu', 'Phùng', 'Tề', 'Âu', 'Khúc', 'Thân', 'Lại', 'Mạc', 'Nghiêm', 'Tôn',
  'Diệp', 'Doãn', 'Giáp', 'Hứa', 'Lục', 'Phí', 'Thạch', 'Tống', 'Từ', 'Vi', 'Lò', 'Hầu', 'Khổng', 'Lã', 'Lữ', 'Đàm',
  'Hàn', 'Khương', 'Nông', 'Thiều', 'Trình', 'Uông', 'Bạch', 'Cấn', 'Chế', 'Đậu', 'Lạc', 'Cù', 'Đường',
];

/** The surnames common enough to end a place or an organisation name: "tỉnh Khánh Hòa Lê Đức Vinh". */
export const COMMON_SURNAMES: readonly string[] = SURNAMES.slice(0, 16);

/**
 * Words right before a capitalised name that make it a street, school, bridge … named after a person, not the
 * person: "đường Lê Duẩn", "trường THPT Nguyễn Du".
 */
export const NOT_PERSON_BEFORE: readonly string[] = [
  'đường', 'phố', 'trường', 'thpt', 'thcs', 'cầu', 'chùa', 'đền', 'quận', 'huyện', 'tỉnh', 'tp', 'tp.', 'thành', 'xã',
  'phường', 'viện', 'giải', 'sân', 'làng', 'khu', 'số', 'hẻm', 'ngõ', 'kênh', 'sông', 'hồ', 'núi', 'đảo', 'tàu', 'lăng',
  'tượng', 'trấn', 'nhà',
];

/**
 * Names that start like a person's and are not one: countries ("Hà Lan"), Hồ Chí Minh (in news nearly always the
 * city), Lê-nin, a district.
 */
export const NOT_PERSON: readonly string[] = ['hà lan', 'hồ chí minh', 'lê nin', 'mai châu'];

/** A two-syllable name needs one of these right before it: "ông Danh Sơn" is a person, "Hà Tiên" need not be. */
export const PERSON_CUES: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'đồng chí', 'bị can', 'bị cáo', 'đối tượng',
  'nghi phạm', 'vợ', 'chồng', 'con',
];

/** Courtesy words before a foreign name: "ông Kyle Rodda", "bà Sarah Lee". */
export const COURTESY_WORDS: readonly string[] = ['ông', 'bà'];

/** Words a title starts with: offices, ranks, degrees, professions. */
export const TITLE_WORDS: readonly string[] = [
  'phó', 'bí thư', 'chủ tịch', 'ủy viên', 'trưởng', 'giám đốc', 'tổng giám đốc', 'tổng biên tập', 'thứ trưởng',
  'bộ trưởng', 'cục trưởng', 'vụ trưởng', 'chánh', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy',
  'thiếu tướng', 'trung tướng', 'thượng tướng', 'đại tướng', 'thủ tướng', 'chủ nhiệm', 'tổng bí thư', 'đại biểu',
  'giáo sư', 'gs', 'pgs', 'ts', 'ths', 'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'bs', 'dược sĩ', 'luật sư', 'kỹ sư',
  'hiệu trưởng', 'viện trưởng', 'chánh án', 'thư ký', 'tổng thư ký', 'chuyên gia', 'điều tra viên', 'kiểm sát viên',
  'thẩm phán', 'nhà báo', 'nghệ sĩ', 'đại diện', 'người phát ngôn', 'chủ shop', 'chủ cửa hàng', 'chủ tiệm', 'chủ quán',
  'chủ doanh nghiệp', 'chủ cơ sở', 'ceo', 'nhà sáng lập', 'tổng cục trưởng', 'phát ngôn viên', 'trợ lý', 'ngoại trưởng',
  'tổng thống', 'thống đốc', 'tổng thanh tra', 'quyền',
];

/** "nguyên"/"cựu" (former) count only before another title: "nguyên nhân" is a cause, not a former office. */
export const FORMER_WORDS: readonly string[] = ['nguyên', 'cựu'];

/** Where a title stops: the verb of the sentence or a new clause ("…, Chủ tịch UBND tỉnh | cho biết …"). */
export const TITLE_STOPS: readonly string[] = [
  'cho biết', 'cho rằng', 'nói', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'phát biểu', 'chủ trì', 'đề nghị', 'yêu cầu',
  'bày tỏ', 'thông tin', 'trả lời', 'tư vấn', 'cũng', 'đã', 'đang', 'sẽ', 'ký', 'kết luận', 'được', 'cùng', 'cảnh báo',
  'lưu ý', 'thừa nhận', 'rằng', 'mong', 'là',
];

/** Words before a title that belong to the sentence, not the title: "theo Bộ trưởng …", "của Giám đốc …". */
export const TITLE_LEADS: readonly string[] = ['theo', 'của', 'với', 'do', 'tại', 'cùng', 'và', 'bởi'];
