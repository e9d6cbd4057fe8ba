// Words the speech normaliser says differently from how they are written, as data. Acronyms are NOT here: they
// come from the acronym resolution (the article's definitions, the user's dictionary, the built-in dictionary),
// the same one the tooltips use. What is here is what no acronym dictionary holds: units after a number,
// currencies, and abbreviations with dots or digits that are not acronyms.

/**
 * Units and currencies, spoken only right after a number ("5 km", "1.200 ha", "30ml", "900.000 đ"), where they
 * cannot be a word of their own. Keys are case-sensitive: "m" is metres, "M" is not a unit here.
 */
export const UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'ki lô mét'], ['km2', 'ki lô mét vuông'], ['km²', 'ki lô mét vuông'],
  ['m', 'mét'], ['m2', 'mét vuông'], ['m²', 'mét vuông'], ['m3', 'mét khối'], ['m³', 'mét khối'],
  ['cm', 'xăng ti mét'], ['mm', 'mi li mét'], ['ha', 'héc ta'],
  ['kg', 'ki lô gam'], ['g', 'gam'], ['mg', 'mi li gam'],
  ['l', 'lít'], ['ml', 'mi li lít'],
  ['kW', 'ki lô oát'], ['kWh', 'ki lô oát giờ'], ['MW', 'mê ga oát'], ['GW', 'gi ga oát'],
  ['km/h', 'ki lô mét một giờ'], ['h', 'giờ'], ['ph', 'phút'],
  ['°C', 'độ xê'], ['oC', 'độ xê'],
  ['đ', 'đồng'], ['đồng', 'đồng'], ['VNĐ', 'đồng'], ['VND', 'đồng'], ['vnđ', 'đồng'],
  ['USD', 'đô la Mỹ'], ['$', 'đô la'], ['EUR', 'ơ rô'], ['€', 'ơ rô'],
  ['tr', 'triệu'], ['k', 'nghìn'],
]);

/**
 * Abbreviations that are not acronyms, spoken in full wherever they stand. Keys are the written form, dots
 * included; matched case-sensitively on a whole token.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['v.v.', 'vân vân'], ['v.v', 'vân vân'], ['vv.', 'vân vân'],
  ['BS.CK1', 'bác sĩ chuyên khoa một'], ['BS.CK2', 'bác sĩ chuyên khoa hai'],
  ['BSCK1', 'bác sĩ chuyên khoa một'], ['BSCK2', 'bác sĩ chuyên khoa hai'],
  ['CK1', 'chuyên khoa một'], ['CK2', 'chuyên khoa hai'], ['CKI', 'chuyên khoa một'], ['CKII', 'chuyên khoa hai'],
  ['Th.S', 'Thạc sĩ'], ['Ths', 'Thạc sĩ'], ['Nxb', 'nhà xuất bản'], ['NXB', 'nhà xuất bản'],
  ['STT', 'số thứ tự'],
]);

/** Abbreviations spoken in full only before a number ("tr. 15", "Tr. 3", "số ĐT 0912…"). */
export const ABBREVIATIONS_BEFORE_NUMBER: ReadonlyMap<string, string> = new Map([
  ['tr', 'trang'], ['Tr', 'trang'], ['ĐT', 'điện thoại'], ['SĐT', 'số điện thoại'], ['QL', 'quốc lộ'], ['TL', 'tỉnh lộ'],
]);

/**
 * Acronyms said as words, not letters nor their long names: everyone on air says "cô vít mười chín" for COVID-19.
 * Written in Vietnamese syllables so every engine says them the same way. The article's own definition or the
 * user's dictionary still wins over this list; the built-in dictionary does not.
 */
export const SPOKEN_AS_WORDS: ReadonlyMap<string, string> = new Map([
  ['ASEAN', 'a xê an'], ['COVID', 'cô vít'], ['Covid', 'cô vít'], ['NATO', 'na tô'], ['UNESCO', 'u nét xcô'], ['UNICEF', 'u ni xép'],
  ['OPEC', 'ô pếch'], ['APEC', 'a pếch'], ['FIFA', 'phi pha'], ['HOSE', 'hô dê'], ['UPCoM', 'úp com'],
  ['VNeID', 'vê en e ai đi'], ['SARS', 'sác'],
]);

/**
 * Words right before a day-month pair that make it a date even when a quantity word follows: "ngày 27-5",
 * "dịp 8-3 năm nay", "chiều 19-6".
 */
export const DATE_CUES: ReadonlySet<string> = new Set([
  'ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'dịp', 'lễ', 'tết', 'khánh', 'mùng', 'mồng', 'phiên',
]);

/** Weaker date cues: they make a pair a date unless a quantity word follows ("đến 30-6" but "đến 5-7 người"). */
export const WEAK_DATE_CUES: ReadonlySet<string> = new Set(['qua', 'nay', 'hạn', 'hết', 'trước', 'sau', 'đến', 'vào', 'từ']);

/** Holidays written as day-month that would otherwise read as a range (first number smaller). */
export const HOLIDAYS: ReadonlySet<string> = new Set(['1-5', '1-6', '2-9', '3-2', '8-3', '30-4', '19-5', '20-10', '20-11', '22-12', '27-7', '26-3']);

/**
 * Words after a "a-b" or "a/b" pair that make it a quantity: "5-7 người" is a range, "2/3 số" a fraction. The first
 * word after the pair, lower case.
 */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'người', 'ngày', 'giờ', 'phút', 'giây', 'tuần', 'tháng', 'năm', 'lần', 'tuổi', 'triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn',
  'trăm', 'đồng', 'bông', 'cây', 'con', 'ca', 'hộ', 'xã', 'tấn', 'tạ', 'lít', 'km', 'kg', 'cm', 'mm', 'ha', 'm',
  'phần', 'điểm', 'độ', 'viên', 'chiếc', 'cái', 'bộ', 'căn', 'phòng', 'suất', 'vé', 'trận', 'bàn', 'ly', 'cốc',
  'chai', 'thùng', 'bao', 'gói', 'kỳ', 'đợt', 'vòng', 'bước', 'trang', 'dòng', 'mét', 'héc', 'số', 'huyện', 'tỉnh',
  'phường', 'thôn', 'trường', 'đơn', 'hồ', 'thửa', 'lô', 'học', 'sinh', 'bệnh', 'doanh', 'dự', 'thành', 'mục',
]);

/** Words after "a/b" that make it a fraction ("2/3 số đại biểu", "1/2 diện tích"). */
export const FRACTION_NEXT: ReadonlySet<string> = new Set(['số', 'diện', 'dân', 'tổng', 'lượng', 'quãng', 'thời']);

/** Words before "a/b" that make it a fraction ("chiếm 2/3", "khoảng 1/2"). */
export const FRACTION_CUES: ReadonlySet<string> = new Set(['chiếm', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'đạt', 'bằng', 'còn', 'mất', 'tới']);

/** Words before "m/yyyy" that already say what it is; otherwise "tháng" is said ("(3/2026)" → "tháng ba năm …"). */
export const MONTH_YEAR_LEADS: ReadonlySet<string> = new Set(['tháng', 'và', 'đến', 'hoặc', 'với', 'số', 'quý', 'quí']);

/** Words a document symbol's type may repeat: "Nghị định số 15/2020/NĐ-CP" says "Nghị định" once. */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  'nghị định', 'nghị quyết', 'thông tư', 'quyết định', 'chỉ thị', 'công văn', 'công điện', 'kế hoạch', 'thông báo',
  'hướng dẫn', 'kết luận', 'báo cáo', 'tờ trình', 'quy định', 'đề án', 'chương trình', 'thông tư liên tịch', 'luật',
]);

/** Last parts of web addresses, as said after "chấm" ("Chinhphu.vn" → "Chinhphu chấm vê en"). */
export const WEB_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['vn', 'vê en'], ['com', 'com'], ['net', 'nét'], ['org', 'o rờ gờ'], ['gov', 'gốp'], ['edu', 'e đu'],
]);
