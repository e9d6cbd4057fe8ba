import { describe, expect, it } from 'vitest';
import {
  ambiguousBuiltinAcronyms,
  builtinAcronyms,
  lookupBuiltin,
  resolveBuiltin,
} from '../../../../src/core/acronyms/index';

// [acronym, sentence around it, the meaning the sentence must pick]. Sentences are written for the test in the
// style of state news; each acronym has at least two, covering at least two of its meanings.
const EXAMPLES: ReadonlyArray<readonly [string, string, string]> = [
  ['BCH', 'Đồng chí được bầu vào BCH Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.', 'Ban Chấp hành'],
  ['BCH', 'Ủy viên BCH Công đoàn ngành Giáo dục dự hội nghị.', 'Ban Chấp hành'],
  ['BCH', 'BCH quân sự huyện tổ chức diễn tập phòng thủ.', 'Ban Chỉ huy'],
  ['BCH', 'BCH PCTT&TKCN tỉnh yêu cầu các địa phương ứng phó với mưa bão.', 'Ban Chỉ huy'],

  ['BCT', 'Đồng chí Nguyễn Văn A, Ủy viên BCT, Bí thư Thành ủy Hà Nội phát biểu.', 'Bộ Chính trị'],
  ['BCT', 'BCT kết luận về việc sắp xếp tổ chức bộ máy của hệ thống chính trị.', 'Bộ Chính trị'],
  ['BCT', 'Kết luận số 126-KL/TW của BCT, Ban Bí thư về một số nội dung.', 'Bộ Chính trị'],
  ['BCT', 'BCT ban hành Thông tư hướng dẫn về xuất khẩu gạo.', 'Bộ Công Thương'],
  ['BCT', 'Theo Thông tư 12/2024/TT-BCT, giá điện được điều chỉnh.', 'Bộ Công Thương'],
  ['BCT', 'Bộ trưởng BCT trả lời chất vấn về thị trường xăng dầu.', 'Bộ Công Thương'],

  ['BBT', 'Chỉ thị của BBT Trung ương Đảng về công tác dân vận.', 'Ban Bí thư'],
  ['BBT', 'Bộ Chính trị, BBT vừa ban hành quy định mới.', 'Ban Bí thư'],
  ['BBT', 'BBT báo Nhân Dân cảm ơn bạn đọc đã gửi bài viết.', 'Ban Biên tập'],
  ['BBT', 'Mọi ý kiến xin gửi về BBT Cổng thông tin điện tử tỉnh.', 'Ban Biên tập'],

  ['BTV', 'BTV Tỉnh ủy họp cho ý kiến về công tác cán bộ.', 'Ban Thường vụ'],
  ['BTV', 'Hội nghị BTV Thành đoàn triển khai chiến dịch tình nguyện hè.', 'Ban Thường vụ'],
  ['BTV', 'BTV Minh Anh dẫn bản tin thời sự tối nay trên truyền hình.', 'biên tập viên'],
  ['BTV', 'Chương trình phát thanh do BTV của đài thực hiện.', 'biên tập viên'],

  ['TU', 'Nghị quyết số 05-NQ/TU của Tỉnh ủy Nghệ An về phát triển du lịch.', 'Tỉnh ủy'],
  ['TU', 'Công văn 215 - CV / TU của Ban Thường vụ Tỉnh ủy Quảng Trị.', 'Tỉnh ủy'],
  ['TU', 'Kế hoạch số 12-KH/TU của Thành ủy Hải Phòng về chuyển đổi số.', 'Thành ủy'],
  ['TU', 'Bí thư TU TP.HCM làm việc với các sở, ngành thành phố.', 'Thành ủy'],
  ['TU', 'Nghi quyet cua Bo Chinh tri va Ban Bi thu TU Dang ve cong tac can bo, trung uong chi dao.', 'Trung ương'],
  ['TU', 'Ban Bí thư và Bộ Chính trị chỉ đạo TU Đoàn tổ chức đại hội toàn quốc.', 'Trung ương'],

  ['ĐĐ', 'ĐĐ HĐND tỉnh họp trước kỳ họp thường lệ của Đảng bộ.', 'Đảng đoàn'],
  ['ĐĐ', 'Luật ĐĐ năm 2024 quy định về thu hồi đất và giải phóng mặt bằng.', 'đất đai'],
  ['ĐĐ', 'Trận ĐĐ mạnh 5,2 độ Richter gây rung lắc nhiều nơi.', 'động đất'],

  ['UBKT', 'UBKT Tỉnh ủy đề nghị kỷ luật đảng viên vi phạm.', 'Ủy ban Kiểm tra'],
  ['UBKT', 'UBKT Trung ương kết luận nhiều tổ chức đảng có vi phạm.', 'Ủy ban Kiểm tra'],
  ['UBKT', 'UBKT của Quốc hội thẩm tra dự án luật về doanh nghiệp.', 'Ủy ban Kinh tế'],
  ['UBKT', 'Đại biểu Quốc hội tại phiên thẩm tra của UBKT cho rằng cần sửa luật.', 'Ủy ban Kinh tế'],

  ['UBKTTU', 'UBKTTU Lạng Sơn thi hành kỷ luật cán bộ của tỉnh.', 'Ủy ban Kiểm tra Tỉnh ủy'],
  ['UBKTTU', 'Kỳ họp của UBKTTU do Bộ Chính trị, Ban Bí thư chỉ đạo, Trung ương theo dõi.', 'Ủy ban Kiểm tra Trung ương'],

  ['BTC', 'BTC Tỉnh ủy hướng dẫn quy trình nhân sự cấp ủy.', 'Ban Tổ chức'],
  ['BTC', 'BTC Trung ương thẩm định hồ sơ cán bộ luân chuyển.', 'Ban Tổ chức'],
  ['BTC', 'Thông tư 40/2021/TT-BTC hướng dẫn thuế đối với hộ kinh doanh.', 'Bộ Tài chính'],
  ['BTC', 'Bộ trưởng BTC báo cáo Quốc hội về dự toán ngân sách.', 'Bộ Tài chính'],
  ['BTC', 'Trưởng BTC giải chạy cho biết có hơn 5.000 vận động viên.', 'Ban tổ chức'],
  ['BTC', 'BTC cuộc thi đã trao giải thưởng cho các thí sinh xuất sắc.', 'Ban tổ chức'],

  ['ĐV', 'Chi bộ kết nạp ĐV mới là học sinh lớp 12.', 'đảng viên'],
  ['ĐV', 'Đoàn Thanh niên phát động ĐV thanh niên tham gia tình nguyện.', 'đoàn viên'],
  ['ĐV', 'Bảng tổng hợp kinh phí, ĐV: triệu đồng.', 'đơn vị'],

  ['ĐH', 'ĐH Đảng bộ tỉnh lần thứ XX thảo luận văn kiện.', 'Đại hội'],
  ['ĐH', 'Tiến tới ĐH XIV của Đảng, các địa phương tổ chức đại hội cấp cơ sở.', 'Đại hội'],
  ['ĐH', 'Sinh viên trường ĐH Bách khoa Hà Nội nhận học bổng.', 'Đại học'],
  ['ĐH', 'ĐH Quốc gia Hà Nội công bố phương án tuyển sinh.', 'Đại học'],

  ['đ/c', 'Dự hội nghị có đ/c Nguyễn Văn An, Bí thư Tỉnh ủy.', 'đồng chí'],
  ['đ/c', 'Liên hệ: đ/c: số 12 đường Trần Phú, điện thoại 0238 3844 123.', 'địa chỉ'],

  ['TBT', 'TBT Tô Lâm chủ trì cuộc họp của Bộ Chính trị.', 'Tổng Bí thư'],
  ['TBT', 'Doanh nghiệp xuất khẩu cần nắm các biện pháp TBT của WTO.', 'hàng rào kỹ thuật trong thương mại (Technical Barriers to Trade)'],

  ['CP', 'Nghị định 30/2020/NĐ-CP quy định về công tác văn thư.', 'Chính phủ'],
  ['CP', 'CP ban hành nghị quyết về phát triển nhà ở xã hội.', 'Chính phủ'],
  ['CP', 'Công ty CP Sữa Việt Nam công bố cổ tức cho cổ đông.', 'cổ phần'],
  ['CP', 'Đại hội cổ đông của công ty CP thông qua việc tăng vốn điều lệ.', 'cổ phần'],

  ['TTCP', 'Phó TTCP Trần Hồng Hà chỉ đạo các bộ, ngành.', 'Thủ tướng Chính phủ'],
  ['TTCP', 'Quyết định của TTCP về việc công bố tình trạng khẩn cấp và chỉ đạo ứng phó.', 'Thủ tướng Chính phủ'],
  ['TTCP', 'Tổng TTCP báo cáo về kết quả giải quyết khiếu nại, tố cáo.', 'Thanh tra Chính phủ'],
  ['TTCP', 'Kết luận thanh tra của TTCP chỉ ra nhiều sai phạm tại dự án.', 'Thanh tra Chính phủ'],

  ['CTN', 'Quyết định số 2041/QĐ-CTN về việc tặng thưởng huân chương.', 'Chủ tịch nước'],
  ['CTN', 'Phó CTN dự lễ trao Huân chương cho các tập thể.', 'Chủ tịch nước'],
  ['CTN', 'Ngân hàng miễn phí dịch vụ CTN cho khách hàng có tài khoản.', 'chuyển tiền nhanh'],
  ['CTN', 'Giao dịch CTN qua ngân hàng và bưu điện tăng mạnh.', 'chuyển tiền nhanh'],

  ['KTNN', 'Tổng KTNN trình bày báo cáo kiểm toán quyết toán ngân sách.', 'Kiểm toán nhà nước'],
  ['KTNN', 'KTNN kiến nghị thu hồi hàng nghìn tỷ đồng sau kiểm toán.', 'Kiểm toán nhà nước'],
  ['KTNN', 'Tỷ trọng khu vực KTNN trong GDP giảm dần.', 'kinh tế nhà nước'],
  ['KTNN', 'Thành phần KTNN, kinh tế tư nhân và kinh tế tập thể cùng phát triển.', 'kinh tế nhà nước'],

  ['CQĐT', 'CQĐT Công an tỉnh đã khởi tố bị can về tội lừa đảo.', 'Cơ quan điều tra'],
  ['CQĐT', 'CQĐT đã hoàn tất hồ sơ vụ án, đề nghị truy tố các đối tượng.', 'Cơ quan điều tra'],
  ['CQĐT', 'Tỉnh đẩy mạnh xây dựng CQĐT, cung cấp dịch vụ công trực tuyến.', 'chính quyền điện tử'],
  ['CQĐT', 'Chuyển đổi số và CQĐT giúp cải cách hành chính hiệu quả hơn.', 'chính quyền điện tử'],

  ['CĐ', 'CĐ cơ sở chăm lo Tết cho người lao động khó khăn.', 'Công đoàn'],
  ['CĐ', 'LĐLĐ tỉnh chỉ đạo CĐ các khu công nghiệp bảo vệ quyền lợi công nhân.', 'Công đoàn'],
  ['CĐ', 'Trường CĐ Y tế tuyển sinh hơn 1.000 sinh viên.', 'Cao đẳng'],
  ['CĐ', 'Thủ tướng ký Công điện số 15/CĐ-TTg về ứng phó với bão.', 'Công điện'],

  ['ĐTN', 'ĐTN xã ra quân hưởng ứng Tháng Thanh niên cùng đoàn viên.', 'Đoàn Thanh niên'],
  ['ĐTN', 'Chính sách hỗ trợ ĐTN cho lao động nông thôn, tạo việc làm.', 'đào tạo nghề'],

  ['CA', 'CA tỉnh Quảng Ninh bắt giữ đối tượng vận chuyển ma túy.', 'Công an'],
  ['CA', 'Trưởng CA phường An Hòa cho biết đang điều tra vụ việc.', 'Công an'],
  ['CA', 'Doanh nghiệp cần mua chứng thư số của nhà cung cấp CA để ký số hóa đơn.', 'tổ chức cung cấp dịch vụ chứng thực chữ ký số (Certificate Authority)'],
  ['CA', 'Dịch vụ CA giúp xác thực chữ ký số trong giao dịch điện tử.', 'tổ chức cung cấp dịch vụ chứng thực chữ ký số (Certificate Authority)'],

  ['CSĐT', 'Cơ quan CSĐT Công an tỉnh khởi tố vụ án.', 'Cảnh sát điều tra'],
  ['CSĐT', 'Các CSĐT lái xe phải quản lý học viên chặt chẽ khi sát hạch.', 'cơ sở đào tạo'],

  ['BCHQS', 'BCHQS tỉnh tổ chức lễ giao nhận quân năm 2025.', 'Bộ Chỉ huy quân sự'],
  ['BCHQS', 'BCHQS xã huấn luyện lực lượng dân quân.', 'Ban Chỉ huy quân sự'],

  ['PCTN', 'Công tác PCTN, tiêu cực được đẩy mạnh trong năm.', 'phòng, chống tham nhũng'],
  ['PCTN', 'Thanh tra tỉnh kiểm tra việc kê khai tài sản và PCTN.', 'phòng, chống tham nhũng'],
  ['PCTN', 'Chiến dịch PCTN xã hội tập trung vào ma túy và mại dâm.', 'phòng, chống tệ nạn'],

  ['CT', 'Chỉ thị số 05/CT-UBND về tăng cường kỷ cương hành chính.', 'Chỉ thị'],
  ['CT', 'Ban Bí thư ban hành Chỉ thị 45-CT/TW về đại hội đảng bộ các cấp.', 'Chỉ thị'],
  ['CT', 'CT UBND tỉnh chủ trì cuộc họp về giải phóng mặt bằng.', 'Chủ tịch'],
  ['CT', 'Phó CT UBND huyện kiểm tra công trình.', 'Chủ tịch'],
  ['CT', 'Tỉnh đẩy nhanh giải ngân vốn CT MTQG giảm nghèo bền vững.', 'chương trình'],
  ['CT', 'CT TNHH Minh Phát bị xử phạt vì vi phạm môi trường.', 'công ty'],

  ['QC', 'Quyết định số 12/QC-UBND ban hành Quy chế làm việc.', 'Quy chế'],
  ['QC', 'Nhiều biển QC sai phép trên vỉa hè bị tháo dỡ.', 'quảng cáo'],
  ['QC', 'Sản phẩm bị QC sai sự thật trên mạng xã hội.', 'quảng cáo'],

  ['TC', 'Văn phòng Chính phủ phát hành số 01/TC-VPCP về phiên họp.', 'Thông cáo'],
  ['TC', 'Học sinh tốt nghiệp THCS có thể học trường TC nghề.', 'trung cấp'],
  ['TC', 'Phòng TC - KH huyện tham mưu về ngân sách.', 'tài chính'],

  ['TB', 'Thông báo số 123/TB-VPCP kết luận của Thủ tướng.', 'Thông báo'],
  ['TB', 'Điểm TB môn toán của tỉnh năm nay là 6,5.', 'trung bình'],
  ['TB', 'Tỉnh thăm hỏi gia đình TB, LS nhân dịp 27/7.', 'thương binh'],

  ['KH', 'Kế hoạch số 45/KH-UBND về triển khai chuyển đổi số.', 'Kế hoạch'],
  ['KH', 'Ngân hàng hỗ trợ KH cá nhân vay mua nhà, giao dịch trực tuyến.', 'khách hàng'],
  ['KH', 'Đề tài nghiên cứu KH&CN cấp tỉnh được nghiệm thu.', 'khoa học'],

  ['HĐ', 'Hợp đồng số 15/HĐ-UBND được ký kết với nhà thầu.', 'Hợp đồng'],
  ['HĐ', 'Người lao động chưa được ký HĐ lao động.', 'Hợp đồng'],
  ['HĐ', 'HĐ thi THPT tỉnh chuẩn bị đề thi.', 'Hội đồng'],
  ['HĐ', 'HĐ thẩm định đánh giá hồ sơ dự án.', 'Hội đồng'],

  ['PC', 'Phiếu chuyển số 03/PC-VP gửi kèm hồ sơ.', 'Phiếu chuyển'],
  ['PC', 'Tỉnh tăng cường công tác PC dịch bệnh ở vật nuôi.', 'phòng, chống'],
  ['PC', 'Hướng dẫn người dân kỹ năng PC, chữa cháy tại nhà.', 'phòng cháy'],

  ['SL', 'Bản sao số 05/SL-VP, sao lục từ bản gốc.', 'Bản sao lục'],
  ['SL', 'Cột SL (chiếc) trong bảng, ĐVT: chiếc.', 'số lượng'],
  ['SL', 'SL lúa vụ đông xuân đạt hơn 1 triệu tấn.', 'sản lượng'],

  ['CV', 'Công văn số 215-CV/TU của Ban Thường vụ Tỉnh ủy.', 'Công văn'],
  ['CV', 'Theo CV số 123 của Sở Nội vụ gửi các đơn vị.', 'Công văn'],
  ['CV', 'CV Nguyễn Thị Lan, phòng Tổ chức cán bộ, là công chức trẻ.', 'chuyên viên'],
  ['CV', 'Ông được bổ nhiệm CV chính của Văn phòng UBND tỉnh.', 'chuyên viên'],

  ['TT', 'Thông tư số 12/2024/TT-BTC hướng dẫn quản lý ngân sách.', 'Thông tư'],
  ['TT', 'Theo Thông tư 01/2021/TT - BNV về công tác văn thư.', 'Thông tư'],
  ['TT', 'Thông tri số 01-TT/TW của Ban Bí thư.', 'Thông tri'],
  ['TT', 'TT HĐND tỉnh tổ chức phiên giải trình.', 'Thường trực'],
  ['TT', 'Phó Chủ tịch TT UBND tỉnh chủ trì cuộc họp.', 'Thường trực'],
  ['TT', 'TT Y tế huyện triển khai tiêm chủng.', 'trung tâm'],
  ['TT', 'Cổng TT điện tử của tỉnh cập nhật văn bản mới.', 'thông tin'],
  ['TT', 'Địa chỉ: TT Phong Điền, huyện Phong Điền.', 'thị trấn'],

  ['KT', 'Phát triển KT-XH của tỉnh đạt nhiều kết quả.', 'kinh tế'],
  ['KT', 'Tăng trưởng KT tư nhân đóng góp lớn vào GRDP.', 'kinh tế'],
  ['KT', 'Hạ tầng KT của khu công nghiệp đã hoàn thiện, thiết bị hiện đại.', 'kỹ thuật'],

  ['TS', 'TS Nguyễn Văn B, chuyên gia kinh tế, nhận định.', 'Tiến sĩ'],
  ['TS', 'Theo PGS. TS Trần Hoa của Viện nghiên cứu, lạm phát sẽ giảm.', 'Tiến sĩ'],
  ['TS', 'Hơn 1 triệu TS dự kỳ thi tốt nghiệp THPT năm nay.', 'thí sinh'],
  ['TS', 'Các TS cần có mặt tại phòng thi trước 30 phút.', 'thí sinh'],

  ['CN', 'CN Lê Thị Hoa, chuyên viên phòng Tư pháp, tốt nghiệp năm 2010.', 'Cử nhân'],
  ['CN', 'Khu CN Quế Võ thu hút nhiều dự án sản xuất.', 'công nghiệp'],
  ['CN', 'Tỉnh đầu tư cho KH&CN và đổi mới sáng tạo, ứng dụng CN cao.', 'công nghệ'],
  ['CN', 'Dự án nhà ở CN tại khu công nghiệp giúp người lao động ổn định.', 'công nhân'],
  ['CN', 'Bộ phận một cửa làm việc cả thứ Bảy và CN trong tháng cao điểm.', 'Chủ nhật'],

  ['KS', 'KS Trần Văn Minh giám sát thi công công trình cầu.', 'Kỹ sư'],
  ['KS', 'Thành phố có thêm KS 5 sao phục vụ du khách.', 'khách sạn'],

  ['BS', 'BS Nguyễn Thị Mai, Bệnh viện Bạch Mai, khuyến cáo người dân.', 'Bác sĩ'],
  ['BS', 'Xe ô tô BS 30A-123.45 vi phạm tốc độ bị CSGT xử phạt.', 'biển số'],

  ['LS', 'LS Phạm Minh Tâm cho rằng luật cần sửa đổi.', 'Luật sư'],
  ['LS', 'Tỉnh tu sửa nghĩa trang LS nhân dịp 27/7.', 'liệt sĩ'],
  ['LS', 'Điểm thi môn LS năm nay có nhiều điểm 10.', 'lịch sử'],

  ['TTND', 'Ban TTND xã giám sát việc thực hiện quy chế dân chủ ở cơ sở.', 'Thanh tra nhân dân'],
  ['TTND', 'TTND, PGS.TS Nguyễn Văn C, Giám đốc bệnh viện, chia sẻ.', 'Thầy thuốc Nhân dân'],

  ['BT', 'BT Tỉnh ủy làm việc với Đảng bộ huyện.', 'Bí thư'],
  ['BT', 'BT Bộ Y tế ký quyết định phê duyệt.', 'Bộ trưởng'],
  ['BT', 'Tỉnh dùng quỹ đất đối ứng cho dự án BT xây trụ sở mới.', 'hợp đồng Xây dựng - Chuyển giao (Build-Transfer)'],

  ['CB', 'Nâng cao chất lượng đội ngũ CB, công chức cấp xã.', 'cán bộ'],
  ['CB', 'Nghị quyết số 02-NQ/CB của chi bộ về sinh hoạt định kỳ.', 'Chi bộ'],
  ['CB', 'Bí thư CB thôn Đông chủ trì buổi sinh hoạt.', 'Chi bộ'],

  ['CSTĐ', 'Anh được công nhận danh hiệu CSTĐ cơ sở năm 2024.', 'Chiến sĩ thi đua'],
  ['CSTĐ', 'Diện tích CSTĐ của nông hộ cho mủ ổn định.', 'cao su tiểu điền'],

  ['LĐTT', 'Danh hiệu LĐTT được xét cuối năm cùng khen thưởng.', 'Lao động tiên tiến'],
  ['LĐTT', 'LĐTT tỉnh cử vận động viên thi đấu tại SEA Games.', 'liên đoàn thể thao'],

  ['TĐKT', 'Hội đồng TĐKT tỉnh xét tặng Bằng khen.', 'thi đua, khen thưởng'],
  ['TĐKT', 'Các TĐKT nhà nước phải tái cơ cấu vốn.', 'tập đoàn kinh tế'],

  ['BK', 'Tỉnh tặng BK cho các tập thể có thành tích xuất sắc.', 'Bằng khen'],
  ['BK', 'Sinh viên ĐH BK đạt giải quốc tế.', 'Bách khoa'],
  ['BK', 'Đội tuyển vào BK sau khi thắng ở tứ kết.', 'bán kết'],

  ['HĐH', 'Đẩy mạnh CNH, HĐH nông nghiệp, nông thôn.', 'hiện đại hóa'],
  ['HĐH', 'HĐH Android cần được cập nhật để vá lỗi trên điện thoại.', 'hệ điều hành'],

  ['ĐTM', 'Báo cáo ĐTM của dự án đã được phê duyệt.', 'đánh giá tác động môi trường'],
  ['ĐTM', 'Khu ĐTM Linh Đàm có nhiều chung cư cao tầng.', 'đô thị mới'],

  ['XHH', 'Huy động nguồn lực XHH để xây trường học.', 'xã hội hóa'],
  ['XHH', 'Nhà XHH nghiên cứu khảo sát về lối sống đô thị.', 'xã hội học'],

  ['ATTT', 'Bảo đảm ATTT mạng trước nguy cơ tấn công mạng, mã độc.', 'an toàn thông tin'],
  ['ATTT', 'Lực lượng chức năng lập lại ATTT đô thị, xử lý lấn chiếm vỉa hè.', 'an toàn trật tự'],

  ['NCC', 'Chăm lo NCC với cách mạng nhân dịp 27/7.', 'người có công'],
  ['NCC', 'NCC dịch vụ trúng thầu gói mua sắm thiết bị.', 'nhà cung cấp'],

  ['MN', 'Trường MN Hoa Sen đón trẻ vào năm học mới.', 'mầm non'],
  ['MN', 'Chương trình phát triển vùng DTTS&MN được triển khai.', 'miền núi'],
  ['MN', 'Vùng MN phía Bắc, nơi đồng bào dân tộc thiểu số sinh sống.', 'miền núi'],
  ['MN', 'Các tỉnh MN chịu nắng nóng trong khi miền Bắc mưa lớn.', 'miền Nam'],

  ['TH', 'Trường TH Nguyễn Du khai giảng năm học mới.', 'tiểu học'],
  ['TH', 'Các TH vi phạm sẽ bị xử lý theo quy định.', 'trường hợp'],
  ['TH', 'Đài PT-TH tỉnh phát sóng trực tiếp kỳ họp.', 'truyền hình'],

  ['GV', 'GV mầm non được tăng phụ cấp.', 'giáo viên'],
  ['GV', 'GV đại học phải có bằng thạc sĩ trở lên, hướng dẫn sinh viên.', 'giảng viên'],

  ['ĐD', 'ĐD khoa Nội chăm sóc bệnh nhân suốt đêm tại bệnh viện.', 'điều dưỡng'],
  ['ĐD', 'Người ĐD theo pháp luật của công ty ký văn bản.', 'đại diện'],
  ['ĐD', 'ĐD bộ phim vừa đoạt giải điện ảnh.', 'đạo diễn'],

  ['QL', 'Tai nạn xảy ra trên QL1A đoạn qua huyện.', 'quốc lộ'],
  ['QL', 'Xe tải lưu thông trên QL 14 qua tỉnh Đắk Lắk.', 'quốc lộ'],
  ['QL', 'Tăng cường QL nhà nước về đất đai.', 'quản lý'],

  ['ĐT', 'Sạt lở trên tuyến ĐT741 gây ách tắc giao thông.', 'đường tỉnh'],
  ['ĐT', 'Liên hệ ĐT: 0912 345 678 hoặc email.', 'điện thoại'],
  ['ĐT', 'Ngành giáo dục và ĐT đổi mới chương trình.', 'đào tạo'],
  ['ĐT', 'Vốn ĐT công năm nay được giải ngân nhanh hơn.', 'đầu tư'],
  ['ĐT', 'ĐT Việt Nam thắng trận mở màn dưới sự dẫn dắt của HLV.', 'đội tuyển'],

  ['BKS', 'Xe ô tô mang BKS 51H-123.45 bị giữ lại.', 'biển kiểm soát'],
  ['BKS', 'Trưởng BKS công ty trình báo cáo tại Đại hội đồng cổ đông.', 'Ban kiểm soát'],

  ['TP', 'TP Vinh là trung tâm của tỉnh Nghệ An.', 'thành phố'],
  ['TP', 'UBND TP. Thủ Đức tổ chức hội nghị.', 'thành phố'],
  ['TP', 'Ông được bổ nhiệm TP Tổ chức cán bộ của sở.', 'Trưởng phòng'],
  ['TP', 'Phó TP Cảnh sát kinh tế cho biết vụ việc đang được xác minh.', 'Trưởng phòng'],

  ['HN', 'Công an HN điều tra vụ cháy tại quận Hoàn Kiếm.', 'Hà Nội'],
  ['HN', 'Tỷ lệ HN của huyện giảm còn 3%, hộ cận nghèo giảm theo.', 'hộ nghèo'],

  ['ĐN', 'Du khách đến ĐN tham quan Sơn Trà và Hội An.', 'Đà Nẵng'],
  ['ĐN', 'Sân bay Long Thành ở ĐN sẽ khai thác từ năm 2026, gần Biên Hòa.', 'Đồng Nai'],

  ['TN', 'Các tỉnh TN đẩy mạnh trồng cà phê bền vững.', 'Tây Nguyên'],
  ['TN', 'Đoàn TN phát động phong trào thanh niên tình nguyện.', 'thanh niên'],
  ['TN', 'Sở TN & MT cấp giấy chứng nhận quyền sử dụng đất.', 'tài nguyên'],
  ['TN', 'Kỳ thi TN THPT năm 2025 có hơn 1 triệu thí sinh.', 'tốt nghiệp'],

  ['Q.', 'Trụ sở đặt tại số 10, Q.1, TP.HCM.', 'quận'],
  ['Q.', 'Q. CHỦ TỊCH ký văn bản thay cho chủ tịch đã nghỉ hưu.', 'quyền'],
];

// A sentence with no cue at all: the tooltip must get every meaning.
const UNDECIDED: ReadonlyArray<readonly [string, string]> = [
  ['BCT', 'BCT đã có ý kiến.'],
  ['BTC', 'Theo BTC, mọi việc đã sẵn sàng.'],
  ['TU', 'Văn bản của TU.'],
  ['CA', 'Ông nói CA đã vào cuộc.'],
];

const REAL_EXAMPLES = EXAMPLES.filter(([, sentence]) => sentence !== 'placeholder');

describe('ambiguous acronyms: context picks the meaning', () => {
  it.each(REAL_EXAMPLES)('%s in "%s" -> %s', (short, sentence, expected) => {
    const resolution = resolveBuiltin(short, sentence);
    expect(resolution.meanings.map((m) => m.long)).toEqual([expected]);
    expect(resolution.isDecided).toBe(true);
  });

  it.each(UNDECIDED)('%s in "%s" stays open: all meanings, dictionary order', (short, sentence) => {
    const all = builtinAcronyms()
      .filter((e) => e.short === short)
      .map((e) => e.long);
    const resolution = resolveBuiltin(short, sentence);
    expect(resolution.isDecided).toBe(false);
    expect(resolution.meanings.map((m) => m.long)).toEqual(all);
  });

  it('without context returns every meaning', () => {
    expect(lookupBuiltin('BCT').map((m) => m.long)).toEqual(['Bộ Chính trị', 'Bộ Công Thương']);
  });

  it('a single topic word reorders but does not decide', () => {
    const resolution = resolveBuiltin('BCT', 'BCT nói về xuất khẩu.');
    expect(resolution.isDecided).toBe(false);
    expect(resolution.meanings.map((m) => m.long)).toEqual(['Bộ Công Thương', 'Bộ Chính trị']);
  });

  it('options.at limits adjacent cues to one occurrence', () => {
    const text = 'Ủy viên BCT dự họp; sau đó Bộ trưởng BCT phát biểu.';
    const second = text.lastIndexOf('BCT');
    expect(lookupBuiltin('BCT', text, { at: text.indexOf('BCT') }).map((m) => m.long)).toEqual(['Bộ Chính trị']);
    expect(lookupBuiltin('BCT', text, { at: second }).map((m) => m.long)).toEqual(['Bộ Công Thương']);
    // Without `at` both occurrences count: a tie, so both meanings are shown.
    expect(lookupBuiltin('BCT', text)).toHaveLength(2);
  });

  it('matches cues written with old-style tone placement and Latin eth', () => {
    expect(lookupBuiltin('BCT', 'Uỷ viên BCT phát biểu.').map((m) => m.long)).toEqual(['Bộ Chính trị']);
    expect(lookupBuiltin('BTC', 'Trưởng BTC giải chạy').map((m) => m.long)).toEqual(['Ban tổ chức']);
  });
});

describe('ambiguity conventions', () => {
  const ambiguous = ambiguousBuiltinAcronyms();

  it.each(ambiguous)('%s has at least two examples covering at least two meanings', (short) => {
    const examples = REAL_EXAMPLES.filter(([s]) => s === short);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(new Set(examples.map(([, , long]) => long)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(ambiguous)('every meaning of %s has context cues', (short) => {
    for (const entry of builtinAcronyms().filter((e) => e.short === short)) {
      const cues = [...(entry.context?.before ?? []), ...(entry.context?.after ?? []), ...(entry.context?.near ?? [])];
      expect(cues.length, `${short} = ${entry.long}`).toBeGreaterThan(0);
    }
  });

  it('examples only name real meanings', () => {
    for (const [short, , long] of REAL_EXAMPLES) {
      expect(builtinAcronyms().some((e) => e.short === short && e.long === long), `${short} = ${long}`).toBe(true);
    }
  });

  // Rows of the candidate list whose note says AMB or whose expansion lists several senses: all kept. The dotted
  // signature-block forms were split from their undotted look-alikes (separate keys, each unambiguous).
  const CANDIDATE_AMBIGUOUS = [
    'BCH', 'BCT', 'BBT', 'BTV', 'TU', 'ĐĐ', 'UBKT', 'UBKTTU', 'BTC', 'ĐV', 'ĐH', 'đ/c', 'CP', 'TTCP', 'CTN', 'KTNN',
    'CQĐT', 'CĐ', 'ĐTN', 'CA', 'CSĐT', 'BCHQS', 'PCTN', 'CT', 'QC', 'TC', 'TB', 'KH', 'HĐ', 'PC', 'SL', 'CV', 'TT',
    'CN', 'KS', 'BS', 'LS', 'TTND', 'BT', 'CB', 'CSTĐ', 'LĐTT', 'TĐKT', 'BK', 'HĐH', 'ĐTM', 'XHH', 'NCC', 'ATTT', 'MN',
    'TH', 'GV', 'ĐD', 'QL', 'ĐT', 'BKS', 'TP', 'HN', 'ĐN', 'TN', 'Q.',
  ];
  const SPLIT_BY_DOT: Readonly<Record<string, readonly [string, string]>> = {
    'TM.': ['TM.', 'TM'],
    'KT.': ['KT.', 'KT'],
    TL: ['TL', 'TL.'],
  };

  it.each(CANDIDATE_AMBIGUOUS)('candidate %s kept all its meanings', (short) => {
    expect(ambiguous).toContain(short);
  });

  it.each(Object.entries(SPLIT_BY_DOT))('candidate %s was split into dotted and bare keys', (_row, [a, b]) => {
    expect(lookupBuiltin(a).length).toBeGreaterThan(0);
    expect(lookupBuiltin(b).length).toBeGreaterThan(0);
    expect(lookupBuiltin(a)[0]?.long).not.toBe(lookupBuiltin(b)[0]?.long);
  });
});
