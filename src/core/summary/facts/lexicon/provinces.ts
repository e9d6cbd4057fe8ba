// Vietnamese province-level names, for recognising places that appear without "tỉnh"/"TP." before them.
// The 63 units before the 2025 merger: news from before July 2025 (most of the archive) uses them, and the 34
// units after the merger keep names from this list. Spelled as the government writes them; the matcher compares
// folded forms (foldDiacritics), so "Thanh Hóa"/"Thanh Hoá" and "Khánh Hòa"/"Khánh Hoà" both match.
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa', 'Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre',
  'Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh',
  'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Hồ Chí Minh', 'TP.HCM', 'TPHCM', 'TP. HCM', 'TP HCM',
];
