// Words for finding where an organisation's name begins and ends. Compared after normalizeVietnamese (lowercase,
// new-style tone placement). The built-in acronym dictionary's expansions are known names as well (see
// organisations.ts next to this folder). Sources: see README.md.

/**
 * Names of bodies that are complete by themselves; a place may follow ("Ủy ban nhân dân tỉnh Kiên Giang").
 * The state and Party organs of the Constitution and the Party's statutes, and the state news agencies.
 */
export const WHOLE_NAMES: readonly string[] = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Tòa án nhân dân', 'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân',
  'Viện kiểm sát nhân dân tối cao', 'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Ủy ban Mặt trận Tổ quốc',
  'Ủy ban Thường vụ Quốc hội', 'Thường vụ Quốc hội', 'Ban Cán sự Đảng', 'Ban Thường vụ', 'Ban Chấp hành',
  'Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Chính phủ', 'Quốc hội', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy',
  'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Ngân hàng Nhà nước', 'Kho bạc Nhà nước', 'Kiểm toán Nhà nước', 'Thanh tra Chính phủ',
  'Văn phòng Chính phủ', 'Văn phòng Quốc hội', 'Văn phòng Trung ương Đảng', 'Quân ủy Trung ương',
  'Ủy ban Kiểm tra Trung ương', 'Ủy ban Kiểm tra', 'Cơ quan Cảnh sát điều tra', 'Cơ quan điều tra', 'Bảo hiểm xã hội',
  'Liên hợp quốc', 'Thông tấn xã Việt Nam', 'Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam',
  'Công an nhân dân', 'Bộ đội Biên phòng', 'Ban Quản lý', 'Khu Quản lý', 'Ban Chỉ đạo', 'Ban Tổ chức',
  'Hội đồng bầu cử quốc gia', 'Ủy ban Các vấn đề xã hội', 'Ủy ban Về các vấn đề xã hội',
];

/**
 * Words that begin an organisation's name and need the rest of it after them: "Bộ Công an", "Sở Xây dựng",
 * "Trung tâm Phục vụ hành chính công", "Công ty cổ phần …". The structure of ministries, provincial departments
 * and their units (Nghị định 123/2016/NĐ-CP, 24/2014/NĐ-CP), and the common kinds of enterprise, school, hospital,
 * association, news outlet.
 */
export const NAME_HEADS: readonly string[] = [
  'Tổng công ty', 'Công ty', 'CTCP', 'Tập đoàn', 'Ngân hàng', 'Tổng cục', 'Chi cục', 'Cục', 'Bộ', 'Sở', 'Ban', 'Vụ',
  'Ủy ban', 'Học viện', 'Viện', 'Trường', 'Bệnh viện', 'Trung tâm', 'Quỹ', 'Tổ chức', 'Văn phòng', 'Thanh tra',
  'Hiệp hội', 'Hội', 'Liên hiệp', 'Tổng Liên đoàn', 'Liên đoàn', 'Liên minh', 'Đoàn', 'Đại học', 'Cơ quan', 'Công an',
  'Khoa', 'Phòng', 'Báo', 'Báo điện tử', 'Tạp chí', 'Đài', 'Hãng', 'Cổng', 'Nhà máy', 'Hợp tác xã', 'Cảng vụ',
  'Kho bạc', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Quân khu', 'Tòa án', 'Viện kiểm sát', 'Hội đồng', 'Thường trực',
  'Nhà xuất bản', 'Đảng bộ', 'Diễn đàn', 'Sở Giao dịch', 'Cty', 'Xí nghiệp', 'Chính quyền', 'Liên minh',
  'Cảng hàng không', 'Quân đoàn', 'Sư đoàn', 'Binh đoàn',
];

/** Heads a number may name the body after: "Quân khu 5", "Bệnh viện 108", "Quân đoàn 4". */
export const NUMBERED_HEADS: readonly string[] = ['quân khu', 'quân đoàn', 'sư đoàn', 'binh đoàn', 'bệnh viện'];

/**
 * Heads written in lowercase by some newsrooms before a capitalised name: "bộ Công an", "sở Xây dựng TP. Đà Nẵng",
 * "báo Người Lao Động", "tập đoàn Empire".
 */
export const LOWERCASE_HEADS: readonly string[] = [
  'bộ', 'sở', 'cục', 'tổng cục', 'chi cục', 'báo', 'báo điện tử', 'tạp chí', 'đài', 'công ty', 'tổng công ty',
  'tập đoàn', 'ngân hàng', 'hãng', 'hội', 'văn phòng', 'đoàn', 'viện', 'trường', 'bệnh viện', 'quỹ', 'thành ủy',
  'tỉnh ủy', 'huyện ủy', 'công an', 'thanh tra', 'sở giao dịch', 'cty', 'xí nghiệp',
];

/**
 * Words before a capitalised name that make it the name of a document, a programme or a project, not of a body:
 * "Công ước Liên hợp quốc về Luật Biển", "dự án Trung tâm Kỹ thuật đa ngành", "Luật Tổ chức Chính phủ".
 */
export const DOCUMENT_HEADS: readonly string[] = [
  'công ước', 'hiệp định', 'hiệp ước', 'luật', 'bộ luật', 'pháp lệnh', 'dự án', 'đề án', 'chương trình', 'giải thưởng',
  'tòa nhà', 'công trình', 'đại hội', 'đại hội đại biểu',
];

/**
 * Common words whose first syllable is a head: "Hội nghị Trung ương" is a meeting, "Báo cáo …" a report, "Phòng
 * chống …" prevention, not a body named "Hội …", "Báo …", "Phòng …".
 */
export const HEAD_COMMON_WORDS: readonly string[] = [
  'hội nghị', 'hội thảo', 'hội đàm', 'hội chợ', 'hội viên', 'hội thi', 'báo cáo', 'báo chí', 'ban hành', 'ban đầu',
  'bộ phận', 'bộ máy', 'bộ mặt', 'đoàn kết', 'đoàn viên', 'phòng chống', 'phòng ngừa', 'phòng tránh', 'phòng thủ',
  'viện trợ', 'viện phí', 'viện dẫn', 'vụ việc', 'vụ án', 'trường hợp', 'quỹ đất', 'cục bộ', 'sở hữu', 'đài loan',
  'cơ quan chức năng', 'thanh tra viên', 'công an viên', 'khoa học', 'trung tâm thương mại', 'trường sa',
  'trường sơn', 'bộ luật',
];

/** Heads that, right after "Trưởng"/"Phó"/"Chánh", are part of the title ("Trưởng khoa Tai Mũi Họng", "Phó Ban …"). */
export const TITLE_FUSED_HEADS: readonly string[] = ['ban', 'khoa', 'phòng', 'văn phòng'];
export const TITLE_FUSING_WORDS: readonly string[] = ['trưởng', 'phó', 'chánh'];

/** Heads that name a body with a place unit alone: "Thanh tra tỉnh", "Công an huyện", "Văn phòng tỉnh". */
export const UNIT_HEADS: readonly string[] = ['Thanh tra', 'Công an', 'Văn phòng', 'Kho bạc', 'Thường trực'];

/** Legal forms right after a company head: "Công ty cổ phần …", "Công ty TNHH MTV …". */
export const LEGAL_FORMS: readonly string[] = [
  'cổ phần', 'tnhh', 'trách nhiệm hữu hạn', 'mtv', 'một thành viên', 'tnhh mtv', 'thương mại cổ phần', 'tmcp', 'cp',
];

/**
 * Lowercase words that continue a name after its capitalised start: "Sở Giao thông vận tải", "Trung tâm Phục vụ
 * hành chính công", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông". Domains of state
 * administration (the areas of the ministries and departments) and the words of the built-in dictionary's
 * expansions, which are added to these at run time.
 */
export const NAME_WORDS: readonly string[] = [
  'dự báo', 'khí tượng thủy văn', 'nghiên cứu', 'tài chính', 'xây dựng', 'công an', 'dân vận', 'tỉnh ủy', 'thành ủy', 'nội vụ', 'tư pháp', 'y tế', 'giáo dục',
  'đào tạo', 'công thương', 'kế hoạch', 'đầu tư', 'giao thông', 'vận tải', 'tài nguyên', 'môi trường', 'nông nghiệp',
  'phát triển', 'nông thôn', 'lao động', 'thương binh', 'xã hội', 'văn hóa', 'thể thao', 'du lịch', 'thông tin',
  'truyền thông', 'khoa học', 'công nghệ', 'ngoại giao', 'quốc phòng', 'cảnh sát', 'điều tra', 'cán sự', 'thường vụ',
  'chứng khoán', 'nhà nước', 'hành chính', 'hành chính công', 'kiểm tra', 'sức khỏe', 'dân tộc', 'tôn giáo',
  'thanh niên', 'phụ nữ', 'chiến binh', 'nông dân', 'tuyên giáo', 'tổ chức', 'kinh tế', 'tổng hợp', 'pháp chế',
  'thi đua', 'khen thưởng', 'quản lý', 'thị trường', 'hải quan', 'bảo hiểm', 'an ninh', 'lưu ký', 'bù trừ', 'hồi sức',
  'tích cực', 'chống độc', 'nhân dân', 'kiểm sát', 'ngân hàng', 'thương mại', 'cổ phần', 'dầu khí', 'điện lực',
  'viễn thông', 'biên phòng', 'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'thủy lợi', 'lâm nghiệp', 'kiểm lâm',
  'thủy sản', 'thống kê', 'kiểm toán', 'thanh tra', 'chính trị', 'quốc gia', 'trung ương', 'thực phẩm', 'an toàn',
  'nhiệt đới', 'dự án', 'xuất bản', 'phát thanh', 'truyền hình', 'chứng thực', 'giao dịch', 'dự trữ', 'liên bang',
  'thành phố', 'đô thị', 'hạ tầng', 'dự phòng', 'công trình', 'dân dụng', 'công nghiệp', 'đường bộ', 'đường sắt',
  'đường thủy', 'nội địa', 'hàng không', 'hàng hải', 'nạo vét', 'vệ sinh', 'khai thác', 'tiêu chuẩn', 'đo lường',
  'chất lượng', 'quy hoạch', 'kiến trúc', 'đất đai', 'nhà ở', 'việc làm', 'dạy nghề', 'bảo trợ', 'trẻ em', 'gia đình',
  'dân số', 'kế hoạch hóa', 'thuế', 'cao cấp', 'cao đẳng', 'trung cấp', 'phổ thông', 'đa khoa', 'chuyên khoa',
  'khu vực', 'tối cao', 'cấp cao', 'tài sản', 'vốn', 'doanh nghiệp', 'nguồn nhân lực', 'xúc tiến', 'thương mại',
  'hợp tác', 'quốc tế', 'đối ngoại', 'tuyên truyền', 'dịch vụ', 'dịch vụ công', 'trực tuyến', 'điện tử', 'đổi mới',
  'khu đô thị', 'khu công nghiệp', 'khu kinh tế', 'khu công nghệ cao', 'cao tốc', 'đường cao tốc', 'giao thông vận tải',
  'luật sư', 'luật gia', 'nhà báo', 'kiến trúc sư', 'doanh nhân', 'nghệ sĩ', 'nhà văn', 'cựu chiến binh', 'khí tượng',
  'thủy văn', 'khảo thí', 'trung học', 'tiểu học', 'mầm non', 'tư tưởng', 'hữu nghị', 'thương mại', 'vận tải',
  'chi nhánh', 'phòng chống', 'phòng, chống', 'tham nhũng', 'thiên tai', 'ứng phó', 'sự cố', 'tìm kiếm', 'chống ngập',
];

/**
 * Name words that are also verbs ("Sở Y tế | kiểm tra …", "giao Sở GTVT | quản lý"): they continue a name only
 * inside a run of lowercase name words or after a joiner ("Ban Quản lý dự án | đầu tư xây dựng", "Nông nghiệp
 * và | phát triển nông thôn"), never right after a capitalised word that may end the name.
 */
export const VERBAL_NAME_WORDS: readonly string[] = [
  'quản lý', 'kiểm tra', 'thanh tra', 'điều tra', 'tổ chức', 'xây dựng', 'phát triển', 'đào tạo', 'đầu tư', 'giao dịch',
  'khai thác', 'xúc tiến', 'hợp tác', 'tuyên truyền', 'bảo hiểm', 'kiểm soát', 'quy hoạch', 'đổi mới', 'dự trữ',
  'thi đua', 'khen thưởng', 'cứu hộ', 'cứu nạn', 'nạo vét', 'vệ sinh', 'xuất bản', 'thống kê', 'kiểm toán',
  'nghiên cứu',
];

/**
 * Words that make a lowercase head the second syllable of another word: "họp báo", "thị trường", "cán bộ",
 * "trụ sở" are not "báo", "trường", "bộ", "sở" followed by a name.
 */
export const HEAD_COMPOUNDS: readonly string[] = [
  'họp báo', 'thông báo', 'cảnh báo', 'dự báo', 'tình báo', 'công báo', 'đại hội', 'xã hội', 'cơ hội', 'phái đoàn',
  'quân đoàn', 'cán bộ', 'toàn bộ', 'đảng bộ', 'cơ sở', 'trụ sở', 'thị trường', 'hiện trường', 'môi trường',
  'chiến trường', 'quảng trường', 'lập trường', 'công trường', 'kết cục', 'bố cục', 'ngân quỹ', 'nhà trường',
  'tòa soạn báo', 'tờ báo', 'bài báo', 'đọc báo', 'giới báo', 'làng báo', 'lực lượng công an', 'cơ quan công an',
  'nhà báo', 'báo chí',
];

/** Joiners inside a name when a name word follows: "Sở Kế hoạch và Đầu tư", "Lao động - Thương binh", "KH&CN". */
export const NAME_JOINERS: readonly string[] = ['và', '-', '–', '&', 'các'];

/**
 * Place units after a body's name: "UBND tỉnh", "HĐND thành phố", "Công an TP. Đà Nẵng". A place name may follow
 * the unit.
 */
export const PLACE_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'tp', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'cấp tỉnh', 'cấp huyện', 'cấp xã',
  'các cấp',
];

/** A unit of these makes the body a kind of body, not one: "UBND cấp tỉnh", "HĐND các cấp". */
export const GENERIC_UNITS: readonly string[] = ['cấp tỉnh', 'cấp huyện', 'cấp xã', 'các cấp', 'cùng cấp'];

/**
 * Words after a body's name that say which one it is, as a place does: "Ban Bí thư Trung ương Đảng", "Mặt trận
 * Tổ quốc Việt Nam", "Bảo hiểm xã hội Việt Nam" are "Ban Bí thư", "Mặt trận Tổ quốc", "Bảo hiểm xã hội" again.
 */
export const NAME_QUALIFIERS: readonly string[] = ['trung ương đảng', 'trung ương', 'việt nam', 'quốc gia'];

/** Dictionary categories whose capitalised expansions name bodies (not titles, documents, programmes, places). */
export const BODY_CATEGORIES: readonly string[] = [
  'party', 'state-central', 'state-local', 'judiciary', 'ministry', 'department', 'mass-org', 'security',
  'international', 'enterprise', 'media', 'health', 'education', 'finance',
];

/**
 * Words that end a name when they would be its next lowercase syllable: function words and the first syllables
 * of the verbs that follow a body's name in news ("Cục Thuế | phối hợp", "Sở Y tế | yêu cầu").
 */
export const NAME_ENDERS: readonly string[] = [
  'đã', 'đang', 'sẽ', 'vừa', 'mới', 'cũng', 'có', 'là', 'được', 'bị', 'với', 'cùng', 'tại', 'về', 'theo', 'trong',
  'cho', 'của', 'để', 'do', 'vì', 'nhưng', 'mà', 'thì', 'nên', 'nếu', 'khi', 'đến', 'từ', 'ra', 'vào', 'lên',
  'xuống', 'này', 'đó', 'vẫn', 'còn', 'không', 'chưa', 'đều', 'sau', 'trước', 'trên', 'dưới', 'qua', 'hiện', 'nay',
  'yêu', 'phối', 'đề', 'ban', 'chỉ', 'kiểm', 'thông', 'triển', 'tiếp', 'xử', 'phát', 'công', 'khẳng', 'kiến',
  'chấp', 'phê', 'giao', 'cấp', 'nhấn', 'ký', 'trình', 'quyết', 'báo', 'nêu', 'đánh', 'thực', 'tăng', 'giảm', 'đạt',
  'tham', 'lập', 'hướng', 'chịu', 'đưa', 'làm', 'gửi', 'nhận', 'tuyên', 'xác', 'đồng', 'ủng', 'thu', 'bán', 'mua',
  'chi', 'kêu', 'khuyến', 'đáp', 'hỗ', 'tạo', 'tiến', 'nói', 'hỏi', 'trả', 'cung', 'bổ', 'chuyển', 'sáp', 'giải',
  'kết', 'tập', 'nghiên', 'đặt', 'thẩm', 'lấy', 'nộp', 'đình', 'tạm', 'rà', 'nhắc', 'lưu', 'cảnh', 'mời', 'truy',
  'khởi', 'bắt', 'xét', 'thuộc', 'vừa', 'ngày', 'sáng', 'chiều', 'tối', 'năm', 'tháng', 'hôm', 'các', 'những',
  'mỗi', 'một', 'hai', 'ba', 'nhiều', 'ông', 'bà', 'anh', 'chị', 'thì', 'hay', 'hoặc', 'bởi', 'nhằm', 'như', 'ngay',
  'phải', 'cần', 'muốn', 'nên', 'sớm', 'luôn', 'thường', 'lần', 'gợi', 'liên', 'chủ', 'trực', 'thẳng',
];

/**
 * The function words among NAME_ENDERS (not the first syllables of verbs): no name runs across one, even on its way
 * to its acronym in brackets.
 */
export const NAME_FUNCTION_WORDS: readonly string[] = [
  'đã', 'đang', 'sẽ', 'vừa', 'mới', 'cũng', 'có', 'là', 'được', 'bị', 'với', 'cùng', 'tại', 'về', 'theo', 'trong',
  'cho', 'của', 'để', 'do', 'vì', 'nhưng', 'mà', 'thì', 'nên', 'nếu', 'khi', 'đến', 'từ', 'ra', 'vào', 'này', 'đó',
  'vẫn', 'còn', 'không', 'chưa', 'đều', 'sau', 'trước', 'trên', 'dưới', 'qua', 'ông', 'bà', 'hay', 'hoặc', 'bởi',
];

/** Capitalised name words that take an object after them: "Cục Quản lý | xây dựng", "Ngân hàng Phát triển | nông thôn". */
export const OBJECT_TAKING_WORDS: readonly string[] = [
  'quản lý', 'phát triển', 'xúc tiến', 'kiểm soát', 'điều hành', 'bảo vệ', 'chỉ đạo', 'tổ chức', 'kiểm tra', 'tìm kiếm',
];

/** Words before a body that make it a kind of body, several of them: "các Sở", "những Ban Quản lý …". */
export const PLURAL_BEFORE: readonly string[] = ['các', 'những', 'mỗi', 'từng', 'nhiều', 'một số', 'hai', 'ba', 'số'];

/** Expansions of the built-in dictionary that are not a body: laws, treaties, programmes, a body's inner organs. */
export const NOT_BODIES: readonly string[] = [
  'bộ luật', 'bộ quy tắc', 'hội đồng quản trị', 'hội đồng thành viên', 'ban giám hiệu', 'ban kiểm soát', 'ban biên tập',
  'hội đồng xét xử', 'chương trình', 'hiệp định', 'công ước', 'tuyên bố', 'đại hội', 'cộng hòa', 'bộ phận',
];

/** Countries often in the news, whose name after a body's says which country's it is: "Quốc hội Nhật Bản". */
export const COUNTRY_NAMES: readonly string[] = [
  'nhật bản', 'trung quốc', 'hàn quốc', 'triều tiên', 'hoa kỳ', 'mỹ', 'nga', 'liên bang nga', 'pháp', 'đức', 'anh',
  'australia', 'úc', 'lào', 'campuchia', 'thái lan', 'singapore', 'malaysia', 'indonesia', 'philippines', 'myanmar',
  'ấn độ', 'canada', 'italy', 'ukraine', 'đài loan',
];
