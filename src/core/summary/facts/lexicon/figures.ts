// Words for recognising figures (a quantity with its unit or what it counts) and what they measure. Compared after
// normalizeVietnamese. Sources: see README.md.

/** Multipliers written as words: "1.200 tỷ đồng", "709,9 triệu cổ phiếu". */
export const MULTIPLIERS: readonly string[] = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn'];

/** Currencies: "3,75 tỷ đồng", "85 USD", "4 tỷ USD". */
export const CURRENCIES: readonly string[] = ['đồng', 'usd', 'đô la', 'đô', 'euro', 'yên', 'nhân dân tệ', 'bảng', 'won', 'vnđ', 'vnd'];

/** Units of measurement (SI and the legal units of Vietnam), written after the number with or without a space. */
export const MEASUREMENT_UNITS: readonly string[] = [
  '%', 'phần trăm', 'km2', 'km', 'm2', 'm3', 'm', 'mét', 'mét vuông', 'mét khối', 'ha', 'héc-ta', 'héc ta', 'hecta', 'hécta',
  'tấn', 'kg', 'g', 'lít', 'ml', 'mm', 'cm', 'mw', 'kw', 'kwh', 'gw', 'gwh', 'độ', 'độ c', '°c', 'cây số', 'sào',
  'thùng', 'ounce', 'lượng', 'chỉ', 'điểm',
];

/** Units of time: a duration is a figure ("thời hạn 5 năm"), a time frame of the story is not ("trong 3 năm qua"). */
export const TIME_UNITS: readonly string[] = ['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút', 'giây', 'quý'];

/** Words after a time unit that make it a time frame, not a figure: "3 năm qua", "2 năm trước", "6 tháng đầu năm". */
export const TIME_FRAME_AFTER: readonly string[] = [
  'qua', 'trước', 'nay', 'tới', 'sau', 'đầu', 'cuối', 'gần đây', 'vừa qua', 'còn lại', 'trở lại', 'liền',
];

/** Words before a number of time units that make it a time frame: "cách đây 5 năm", "sau 2,5 năm". */
export const TIME_FRAME_BEFORE: readonly string[] = ['cách đây', 'sau', 'hơn', 'gần', 'suốt', 'mỗi', 'kỷ niệm', 'tưởng niệm'];

/** Ages are not key figures ("Trần Tâm, 36 tuổi"), unless the measure makes them one ("tuổi thọ trung bình"). */
export const AGE_UNITS: readonly string[] = ['tuổi'];
export const AGE_MEASURES: readonly string[] = ['tuổi thọ', 'độ tuổi', 'tuổi nghỉ hưu', 'tuổi trung bình'];

/** Per-unit suffixes of a price or rate: "đồng/lượng", "USD/thùng", "30ml/người/ngày". */
export const PER_UNITS: readonly string[] = [
  'lượng', 'ounce', 'thùng', 'tháng', 'năm', 'kg', 'người', 'lít', 'm2', 'ngày', 'chỉ', 'tấn', 'vé', 'bó', 'cổ phiếu',
  'hộ', 'giờ', 'km', 'ha', 'đêm', 'suất', 'lượt', 'sản phẩm', 'con', 'cây', 'ngày đêm',
];

/**
 * Words right before a number that make it a reference, a position or part of a name, not a quantity:
 * "Nghị định 68", "Điều 101", "lần thứ 17", "quận 8", "khóa 11", "lớp 12".
 */
export const REFERENCE_BEFORE: readonly string[] = [
  'số', 'nghị định', 'nghị quyết', 'quyết định', 'thông tư', 'chỉ thị', 'công văn', 'kết luận', 'tờ trình', 'luật',
  'điều', 'khoản', 'điểm', 'lần thứ', 'thứ', 'sn', 'năm', 'tháng', 'ngày', 'lúc', 'quận', 'phường', 'phiên', 'mã',
  'kỳ', 'khóa', 'chương', 'mục', 'trang', 'covid', 'top', 'giai đoạn', 'lớp', 'km', 'phụ lục', 'đợt', 'vòng', 'tổ',
  'nhóm', 'hạng', 'kỳ họp', 'quốc lộ', 'ql', 'tỉnh lộ', 'đường', 'lô', 'tầng', 'phòng', 'hẻm', 'ngõ', 'kiệt', 'nhà',
  'block', 'khu', 'đội', 'mẫu', 'version', 'phiên bản', 'gói thầu', 'cổng', 'trạm', 'bước', 'quý', 'thông tư số',
  'trục', 'tuyến số', 'làn số',
];

/**
 * References above that name a point in time ("năm 2019", "ngày 15", "quý 3"): a number with a unit of its own after
 * them is a quantity ("hằng năm 20%", "mỗi ngày 1,3 tỷ USD"), and so is a decimal one (no day is "1,3").
 */
export const TIME_REFERENCES: readonly string[] = ['năm', 'tháng', 'ngày', 'quý', 'tuần', 'giờ', 'lúc'];

/** "số" ends these without making the number a reference: "tổng số 182 bài", "trong số 19 điểm", "con số 5%". */
export const NOT_REFERENCES: readonly string[] = ['tổng số', 'trong số', 'con số'];

/** Words after a number that are not what it counts: a number right before them has no object. */
export const NOT_COUNTED: readonly string[] = [
  'chỉ', 'so', 'khi', 'trong', 'sau', 'trước', 'với', 'và', 'là', 'của', 'để', 'do', 'vì', 'nhưng', 'mỗi', 'trở',
  'tại', 'ở', 'từ', 'đến', 'cho', 'thì', 'mà', 'nên', 'nếu', 'còn', 'được', 'bị', 'đã', 'sẽ', 'đang', 'vẫn', 'cũng',
  'hơn', 'kém', 'trên', 'dưới', 'hoặc', 'hay', 'này', 'đó', 'nào', 'về', 'theo', 'ra', 'vào', 'lên', 'xuống', 'có',
  'không', 'chưa', 'rồi', 'nữa', 'thêm', 'bằng', 'như', 'nhằm', 'tới', 'tuổi', 'thứ', 'lần thứ', 'năm', 'tháng',
  'ngày', 'giờ', 'phút', 'quý', 'tuần', 'âm lịch', 'dương lịch', 'giảm', 'tăng', 'đạt', 'gấp', 'chiếm', 'trong đó',
  'âm', 'mới', 'hiện', 'vừa', 'đều', 'thuộc', 'cảnh báo', 'nói', 'cho', 'gồm', 'nằm', 'sẽ', 'này', 'kia', 'ấy', 'x',
  'đối', 'thành', 'vài', 'nhiều',
];

/** Words a measure before the number ends with and that are not part of it: "tỷ lệ … | đạt | 19,12%". */
export const MEASURE_VERBS: readonly string[] = [
  'đạt', 'là', 'ở mức', 'tại mức', 'mức', 'khoảng', 'chỉ', 'còn', 'lên tới', 'lên đến', 'lên', 'xuống', 'hơn', 'gần',
  'giữ', 'duy trì', 'không', 'và', 'hoặc', 'cũng', 'tiếp tục', 'giao dịch', 'dao động', 'trở lên', 'trở xuống',
  'trên', 'dưới', 'tới', 'đến', 'với', 'có', 'chiếm', 'bằng', 'niêm yết', 'được niêm yết', 'ước', 'ước tính',
  'dự kiến', 'gồm', 'của', 'từ', 'vượt', 'thêm', 'hiện', 'hiện nay', 'đang', 'vẫn', 'đã', 'quanh', 'ở', 'tại',
  'tối thiểu', 'tối đa', 'trung bình', 'bình quân', 'xấp xỉ', 'gấp', 'thu về', 'chưa đầy', 'nhiều',
  'gần như', 'lên mức', 'cần', 'chưa tới', 'chưa đến',
  'xuống mức', 'tương đương', 'cả', 'tổng cộng', 'tổng', 'được', 'bị', 'phải', 'mất', 'đối với',
];

/** Words a measure may start with that belong to the sentence: "| và | tỷ lệ …", "| trong đó | …". */
export const MEASURE_LEADS: readonly string[] = [
  'và', 'trong đó', 'với', 'cụ thể', 'riêng', 'theo đó', 'trong', 'tuy nhiên', 'đồng thời', 'ngoài ra', 'bên cạnh đó',
  'dự kiến', 'hiện', 'như vậy', 'do đó', 'vì vậy', 'còn', 'nhưng', 'song', 'thậm chí', 'đặc biệt', 'sau đó', 'có',
  'trở lên', 'trở xuống',
];

/** A long measure is cut before the first of these once it has enough words: "kinh phí … bảo hiểm y tế | cho …". */
export const MEASURE_CUTS: readonly string[] = [
  'cho', 'của', 'trên', 'tại', 'ở', 'với', 'trong', 'so', 'do', 'vì', 'để', 'khi', 'nhưng', 'từ', 'đến', 'mà', 'thì',
  'nếu', 'nhằm', 'kể từ', 'tính đến', 'và đây', 'và là', 'đây', 'là', 'gồm', 'khiến',
];

/** Numbers written as words: after "và" one starts the next item of a list ("43 cá nhân | và một tập thể"). */
export const NUMBER_WORDS: readonly string[] = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'hàng'];

/**
 * Auxiliaries and connectives between a subject and its verb: in a long clause before a number, the measure is the
 * verb phrase after the last of them ("Thanh tra Sở … đã | có quyết định xử phạt hành chính Công ty … 275 triệu").
 */
export const MEASURE_AUXILIARIES: readonly string[] = ['đã', 'đang', 'sẽ', 'vừa', 'cũng', 'nên', 'thì', 'mà', 'rồi'];

/**
 * Nouns of two or more syllables that a number counts, so that the value reads whole ("125.000 hồ sơ", "69 doanh
 * nghiệp"); any other noun after a number counts too, as one syllable ("11 loại vắc xin", "16 người").
 */
export const COUNTED_NOUNS: readonly string[] = [
  'trường hợp', 'hồ sơ', 'ngôi nhà', 'căn nhà', 'căn hộ', 'doanh nghiệp', 'học sinh', 'sinh viên', 'bệnh nhân',
  'giấy phép', 'dự án', 'đơn vị', 'cổ phiếu', 'cổ đông', 'thủ tục', 'văn bản', 'lao động', 'công nhân', 'đảng viên',
  'cán bộ', 'hộ nghèo', 'cơ sở', 'chuyên ngành', 'công trình', 'hệ thống', 'địa điểm', 'vị trí', 'bộ ngành',
  'địa phương', 'thành viên', 'tỉnh thành', 'quốc gia', 'hội nghị', 'giáo sư', 'nhà khoa học', 'cơ quan', 'ý kiến',
  'bình chọn', 'biểu hiện', 'phương pháp', 'quy hoạch', 'nội dung', 'câu hỏi', 'thứ trưởng', 'trưởng ban', 'phó ban',
  'biên chế', 'chi cục', 'lượt khách', 'hành khách', 'du khách', 'tài khoản', 'giáo viên', 'bác sĩ', 'nhân viên',
  'công chức', 'viên chức', 'đại biểu', 'cử tri', 'phường xã', 'thị trấn', 'lĩnh vực', 'chương trình', 'nhiệm vụ',
  'giải pháp', 'sản phẩm', 'hợp đồng', 'gói thầu', 'khu đất', 'lô đất', 'hecta', 'héc-ta', 'mét vuông', 'công ty',
  'tập đoàn', 'ngân hàng', 'chi nhánh', 'phòng giao dịch', 'bệnh viện', 'trường học', 'xe khách', 'ô tô', 'xe máy',
  'cá nhân', 'tổ chức', 'vụ án', 'vụ việc', 'tập thể', 'người dân', 'hộ dân', 'cây xanh', 'giám đốc', 'phó giám đốc',
  'huân chương', 'làn xe', 'ứng viên', 'ứng cử viên', 'cơ sở khám chữa bệnh', 'bị can', 'bị cáo', 'bị hại', 'nhân sự',
  'bằng khen', 'giấy khen', 'thành phố', 'vấn đề', 'biệt thự', 'tàu thuyền', 'tàu cá', 'hồ chứa', 'trạm bơm',
  'ngư dân', 'chiến sĩ', 'cộng tác viên', 'phương tiện', 'nhà máy', 'tuyến đường', 'kênh rạch', 'khách sạn', 'hình thức',
];

/** Words after a number of years or months that make it a prison sentence: "16 năm tù", "3 năm tù giam". */
export const PRISON_WORDS: readonly string[] = ['tù', 'tù giam', 'tù treo', 'cải tạo không giam giữ'];

/**
 * Head nouns of a measure: the last of them in the clause before a number starts what it measures ("… là công
 * trình quan trọng nhất với | số vốn | lên tới 34.500 tỉ đồng", "Ngân hàng Nhà nước công bố | tỷ giá trung tâm …").
 */
export const MEASURE_NOUNS: readonly string[] = [
  'số lượng', 'tổng', 'tổng số', 'tỷ lệ', 'tỉ lệ', 'giá', 'giá trị', 'mức', 'lượng', 'vốn', 'doanh thu',
  'lợi nhuận', 'chi phí', 'kinh phí', 'diện tích', 'dân số', 'sản lượng', 'tăng trưởng', 'thu nhập', 'ngân sách',
  'nợ', 'lãi suất', 'tỷ giá', 'tỉ giá', 'quy mô', 'công suất', 'chiều dài', 'độ dài', 'thời gian', 'thời hạn',
  'khoảng cách', 'tiền', 'số tiền', 'kim ngạch', 'sản lượng', 'lương', 'thuế', 'phí', 'mức phạt', 'nồng độ',
  'chỉ số', 'số vốn', 'vốn điều lệ', 'cổ phần', 'cổ phiếu', 'lỗ', 'lãi',
];

/** Verbs that report: a measure is read after the last of them ("HSC cho rằng | giá cổ phiếu … đạt …"). */
export const REPORTING_VERBS: readonly string[] = [
  'cho biết', 'cho rằng', 'cho hay', 'thừa nhận', 'khẳng định', 'nói', 'rằng', 'công bố', 'nêu', 'thông tin',
  'báo cáo', 'ước tính', 'dự báo', 'nhận định', 'đề xuất', 'đề nghị', 'cho thấy', 'ghi nhận', 'thống kê',
];

/** Nouns a day-month pair may count instead: "6/8 khối nhà" is six of eight blocks, not 6 August. */
export const FRACTION_NOUNS: readonly string[] = ['khối', 'căn', 'chiếc', 'con', 'cái', 'điểm', 'lô', 'phần', 'người', 'hộ', 'ca'];

/** Capitalised words a number may count: "44 Ban Quản lý", "15 Bộ trưởng". */
export const COUNTED_CAPITALISED: readonly string[] = ['ban', 'bộ', 'sở', 'bộ trưởng', 'thứ trưởng', 'cục', 'tỉnh', 'huyện'];
