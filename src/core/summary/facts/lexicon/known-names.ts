// Bodies known by their name alone, without a head word: news outlets and companies. Matched only with their
// capitals as written here ("Lao Động" the newspaper, not "lao động" labour; "Thanh Niên", not "thanh niên"),
// after normalizeVietnamese for the letters and tones. Sources: see README.md.

/**
 * News outlets: the national newspapers, online papers and broadcasters of Vietnam (the press agencies licensed by
 * the Ministry of Information and Communications, by their usual names), and the international news agencies and
 * papers that Vietnamese news cites most.
 */
export const NEWS_OUTLETS: readonly string[] = [
  'Tuổi Trẻ', 'Tuổi Trẻ Online', 'Thanh Niên', 'Thanh Niên Online', 'VnExpress', 'Zing', 'Zing.vn', 'Zing News',
  'VietNamNet', 'Vietnamnet', 'Dân Trí', 'Dân trí', 'Lao Động', 'Người Lao Động', 'Tiền Phong', 'Nhân Dân',
  'Quân đội Nhân dân', 'Công an Nhân dân', 'Sài Gòn Giải Phóng', 'Pháp luật TP. HCM', 'Pháp Luật TP.HCM',
  'Người Đưa Tin', 'An ninh Thủ đô', 'Hà Nội Mới', 'Kinh tế & Đô thị', 'Đời sống & Pháp luật', 'Giáo dục & Thời đại',
  'VnEconomy', 'CafeF', 'Kenh14', 'Soha', 'Infonet', 'VTC News', 'VietnamPlus', 'Vietnam+', 'Báo Mới', 'VietnamFinance',
  'Reuters', 'AFP', 'AP', 'Bloomberg', 'BBC', 'CNN', 'Tân Hoa Xã', 'Xinhua', 'Kyodo', 'Yonhap', 'Sputnik', 'TASS',
  'RIA Novosti', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'Nikkei', 'Al Jazeera',
];

/**
 * Companies and markets named without "Công ty" or "Ngân hàng": the commercial banks, the stock exchanges and
 * largest securities firms, the state economic groups and the constituents of the VN30 and HNX30 indices by their
 * trading names, and the foreign companies most present in Vietnamese business news.
 */
export const COMPANY_NAMES: readonly string[] = [
  'Vietcombank', 'VietinBank', 'Vietinbank', 'BIDV', 'Agribank', 'Techcombank', 'MBBank', 'MB Bank', 'Sacombank',
  'VPBank', 'HDBank', 'TPBank', 'SeABank', 'Eximbank', 'LienVietPostBank', 'ABBank', 'PVcomBank', 'Kienlongbank',
  'Saigonbank', 'OceanBank', 'GPBank', 'VietABank', 'HOSE', 'HNX', 'HSX', 'UPCoM', 'SSI', 'HSC', 'VNDirect',
  'Bảo Việt', 'Vingroup', 'Vinhomes', 'Vincom', 'Vinamilk', 'Sabeco', 'Habeco', 'Masan', 'Hòa Phát', 'FPT', 'Viettel',
  'VNPT', 'MobiFone', 'Vinaphone', 'EVN', 'Petrovietnam', 'Petrolimex', 'PV Gas', 'PV Power', 'PV Oil', 'Vinacomin',
  'Vietnam Airlines', 'Vietjet', 'Vietjet Air', 'Bamboo Airways', 'Vietravel', 'Saigontourist', 'Novaland', 'FLC',
  'Hoàng Anh Gia Lai', 'Bitexco', 'Sovico', 'Thaco', 'Vinatex', 'Vinachem', 'Vinalines', 'Becamex', 'Formosa',
  'Samsung', 'LG', 'Intel', 'Canon', 'Toyota', 'Honda', 'Yamaha', 'Hyundai', 'Ford', 'Mercedes-Benz', 'BMW', 'Boeing',
  'Airbus', 'Google', 'Facebook', 'Apple', 'Microsoft', 'Amazon', 'Alibaba', 'Tencent', 'Huawei', 'Xiaomi', 'Uber',
  'Grab', 'Netflix', 'TikTok', 'Zalo', 'Gazprom', 'Rosneft', 'Lukoil', 'ExxonMobil', 'Chevron', 'Posco', 'Carlsberg',
  'Heineken', 'Coca-Cola', 'PepsiCo', 'Nestlé', 'Unilever', 'Lotte', 'Aeon',
];
