import { describe, expect, it } from 'vitest';
import { findDefinitionsWith, NO_ACRONYM_LOOKUP, type AcronymLookup } from '../../../../src/core/acronyms/find/definitions';
import { parseShortForm } from '../../../../src/core/acronyms/find/short-form';
import { loadGold } from './score-gold';

// A tiny stand-in for the built-in dictionary, so these tests pin the finder's behaviour whatever the
// dictionary ships (gold.test.ts runs the real one).
const STUB: Record<string, string[]> = {
  WHO: ['Tổ chức Y tế Thế giới'],
  FDI: ['đầu tư trực tiếp nước ngoài (Foreign Direct Investment)'],
  PVN: ['Tập đoàn Dầu khí Việt Nam'],
  PPP: ['đầu tư theo phương thức đối tác công tư (Public-Private Partnership)'],
  ASEAN: ['Hiệp hội các quốc gia Đông Nam Á'],
  BOT: ['hợp đồng Xây dựng - Kinh doanh - Chuyển giao (Build-Operate-Transfer)'],
  EU: ['Liên minh châu Âu'],
  TPP: ['Hiệp định Đối tác xuyên Thái Bình Dương'],
};
const stubLookup: AcronymLookup = (short) => (STUB[short] ?? []).map((long) => ({ short, long }));

function pairs(text: string, lookup: AcronymLookup = stubLookup): string[] {
  return findDefinitionsWith(text, lookup).map((d) => `${d.short}=${d.long}`);
}

describe('findDefinitionsWith: the seed article', () => {
  // The seed article (Kiên Giang portal, 2019) is item g001 of the gold set.
  const seed = loadGold().find((item) => item.source === 'seed')?.text ?? '';

  it('finds exactly UBND, BDVTU and NDVCQ with their long forms', () => {
    expect(pairs(seed)).toEqual(['UBND=Ủy ban nhân dân', 'BDVTU=Ban Dân vận Tỉnh ủy', 'NDVCQ=Năm dân vận chính quyền']);
  });

  it('gives offsets of the long form in the text', () => {
    for (const d of findDefinitionsWith(seed, stubLookup)) {
      expect(seed.slice(d.start, d.end)).toBe(d.long);
    }
  });
});

describe('findDefinitionsWith: both directions', () => {
  it('reads "long (SHORT)"', () => {
    expect(pairs('Hội đồng nhân dân (HĐND) tỉnh đã thông qua 25 nghị quyết.')).toEqual(['HĐND=Hội đồng nhân dân']);
  });

  it('reads "SHORT (long)"', () => {
    expect(pairs('Hồ sơ nộp tại UBND (Ủy ban nhân dân) cấp xã.')).toEqual(['UBND=Ủy ban nhân dân']);
    expect(pairs('Đơn vị phải nộp BCTC (báo cáo tài chính) trước ngày 31/3.')).toEqual(['BCTC=báo cáo tài chính']);
  });

  it('reads a short form cued inside the brackets', () => {
    expect(pairs('Hội đồng nhân dân (viết tắt là HĐND) có nhiệm kỳ 5 năm.')).toEqual(['HĐND=Hội đồng nhân dân']);
    expect(pairs('Bộ Tài nguyên và Môi trường (sau đây viết tắt là Bộ TN&MT) hướng dẫn.')).toEqual([
      'Bộ TN&MT=Bộ Tài nguyên và Môi trường',
    ]);
  });
});

describe('findDefinitionsWith: Vietnamese letter matching', () => {
  it('folds diacritics on initials (Ủ → U) but keeps Đ apart from D', () => {
    expect(pairs('Đồng bằng sông Cửu Long (ĐBSCL) chịu hạn mặn.')).toEqual(['ĐBSCL=Đồng bằng sông Cửu Long']);
    expect(pairs('Đồng bằng sông Cửu Long (DBSCL) chịu hạn mặn.')).toEqual([]);
    expect(pairs('Dân tộc thiểu số (ĐTTS) được hỗ trợ.')).toEqual([]);
  });

  it('lets "và" and "&" be written as & or left out', () => {
    expect(pairs('Sở Giáo dục và Đào tạo (GD&ĐT) yêu cầu các trường.')).toEqual(['GD&ĐT=Giáo dục và Đào tạo']);
    expect(pairs('vai trò của khoa học và công nghệ (KHCN) đối với tăng trưởng')).toEqual(['KHCN=khoa học và công nghệ']);
    expect(pairs('Bộ Giáo dục & Đào tạo (GDĐT) ban hành quy chế.')).toEqual(['GDĐT=Giáo dục & Đào tạo']);
    expect(pairs('Các doanh nghiệp nhỏ và vừa (DNNVV) được hỗ trợ.')).toEqual(['DNNVV=doanh nghiệp nhỏ và vừa']);
  });

  it('reads W as ương (TW = Trung ương) and Ư as ư', () => {
    expect(pairs('gửi các bộ, ngành Trung ương (TW) và địa phương')).toEqual(['TW=Trung ương']);
    expect(pairs('Ủy ban Kiểm tra Trung ương (UBKTTW) kỷ luật đảng viên.')).toEqual(['UBKTTW=Ủy ban Kiểm tra Trung ương']);
    expect(pairs('Nhà giáo Ưu tú (NGƯT) Trần Văn Hòa')).toEqual(['NGƯT=Nhà giáo Ưu tú']);
  });

  it('takes mixed case and initial clusters (TTg, ThS, PTTg, TTr, Th.S)', () => {
    expect(pairs('Văn bản do Thủ tướng (TTg) ký ban hành.')).toEqual(['TTg=Thủ tướng']);
    expect(pairs('Bà Lan, Thạc sĩ (ThS) ngành quản lý công.')).toEqual(['ThS=Thạc sĩ']);
    expect(pairs('Phó Thủ tướng (PTTg) yêu cầu các bộ.')).toEqual(['PTTg=Phó Thủ tướng']);
    expect(pairs('Tờ trình (TTr) của Sở Tài chính.')).toEqual(['TTr=Tờ trình']);
    expect(pairs('Ông được cấp bằng Thạc sĩ (Th.S) năm 2015.')).toEqual(['Th.S=Thạc sĩ']);
    expect(pairs('Ông là Thạc sĩ (THS) kinh tế.')).toEqual(['THS=Thạc sĩ']);
  });

  it('keeps hyphens, ampersands, dots and digits of the short form', () => {
    expect(pairs('Tình hình kinh tế - xã hội (KT-XH) quý I.')).toEqual(['KT-XH=kinh tế - xã hội']);
    expect(pairs('Nhiệm vụ quốc phòng - an ninh (QP-AN) được bảo đảm.')).toEqual(['QP-AN=quốc phòng - an ninh']);
    expect(pairs('Theo Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH), cả nước')).toEqual([
      'LĐ-TB&XH=Lao động - Thương binh và Xã hội',
    ]);
    expect(pairs('Thành phố Hồ Chí Minh (TP.HCM) là đầu tàu.')).toEqual(['TP.HCM=Thành phố Hồ Chí Minh']);
    expect(pairs('Coronavirus disease 2019 (COVID-19) là tên chính thức.')).toEqual(['COVID-19=Coronavirus disease 2019']);
    expect(pairs('Chương trình 135 (CT135) đã hỗ trợ 200 công trình.')).toEqual(['CT135=Chương trình 135']);
  });

  it('reads two-token short forms', () => {
    expect(pairs('Ủy ban nhân dân tỉnh (UBND tỉnh) vừa ban hành kế hoạch.')).toEqual(['UBND tỉnh=Ủy ban nhân dân tỉnh']);
    expect(pairs('triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững (CTMTQG GNBV) giai đoạn 2021-2025')).toEqual([
      'CTMTQG GNBV=Chương trình mục tiêu quốc gia giảm nghèo bền vững',
    ]);
    expect(pairs('bộ Tài nguyên và Môi trường (TN & MT) từ tháng 6')).toEqual(['TN & MT=Tài nguyên và Môi trường']);
  });

  it('leaves a leading word outside the acronym out of the long form', () => {
    expect(pairs('Ban Cán sự Đảng Ủy ban nhân dân (UBND) tỉnh họp.')).toEqual(['UBND=Ủy ban nhân dân']);
    expect(pairs('không thuộc đối tượng chịu thuế giá trị gia tăng (GTGT)')).toEqual(['GTGT=giá trị gia tăng']);
  });

  it('leaves place and level words after the long form out of it', () => {
    expect(pairs('Thống đốc Ngân hàng Nhà nước Việt Nam (NHNN) đã ký.')).toEqual(['NHNN=Ngân hàng Nhà nước']);
    expect(pairs('Trung tâm Y tế huyện (TTYT) triển khai tiêm chủng.')).toEqual(['TTYT=Trung tâm Y tế']);
    // …but never cuts a proper name in two.
    expect(pairs('Công ty Cổ phần Hoàng Anh Gia Lai (HAG) công bố lỗ.')).toEqual([]);
  });

  it('takes the boundary from quotes', () => {
    expect(pairs('triển khai kế hoạch “Năm dân vận chính quyền” (NDVCQ) 2019')).toEqual(['NDVCQ=Năm dân vận chính quyền']);
    expect(pairs('Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (NVNUTDHVN) đi vào chiều sâu.')).toEqual([
      'NVNUTDHVN=Người Việt Nam ưu tiên dùng hàng Việt Nam',
    ]);
  });

  it('keeps a quotation whole when the long form starts before it', () => {
    expect(pairs('Huyện phát động phong trào “Dân vận khéo” (PTDVK) năm 2024.')).toEqual(['PTDVK=phong trào “Dân vận khéo”']);
  });

  it('works on decomposed (NFD) text with offsets into that text', () => {
    const text = 'Ủy ban nhân dân (UBND) xã tổ chức tiếp dân.'.normalize('NFD');
    const [d] = findDefinitionsWith(text, stubLookup);
    expect(d?.short).toBe('UBND');
    expect(d?.long.normalize('NFC')).toBe('Ủy ban nhân dân');
    expect(text.slice(d?.start, d?.end)).toBe(d?.long);
  });
});

describe('findDefinitionsWith: English long forms', () => {
  it('reads "(English long form - SHORT)" inside Vietnamese text', () => {
    expect(pairs('Chỉ số năng lực cạnh tranh cấp tỉnh (Provincial Competitiveness Index - PCI) năm 2024 tăng 5 bậc.')).toEqual([
      'PCI=Provincial Competitiveness Index',
    ]);
    expect(pairs('mô hình hợp tác công tư (Public-Private Partnership - PPP) được khuyến khích')).toEqual([
      'PPP=Public-Private Partnership',
    ]);
    expect(pairs('Chỉ số cải cách hành chính (tiếng Anh là Public Administration Reform Index, viết tắt PAR Index) tăng.')).toEqual([
      'PAR Index=Public Administration Reform Index',
    ]);
  });

  it('matches letters inside foreign words and skips "of"', () => {
    expect(pairs('Nông dân ứng dụng Internet of Things (IoT) để tưới tiêu.')).toEqual(['IoT=Internet of Things']);
    expect(pairs('(Radio Frequency Identification - RFID)')).toEqual(['RFID=Radio Frequency Identification']);
  });
});

describe('findDefinitionsWith: foreign acronyms need the dictionary', () => {
  it('accepts a Vietnamese long form the dictionary confirms, with its boundary', () => {
    expect(pairs('Theo Tổ chức Y tế thế giới (WHO), mỗi người nên ăn ít muối.')).toEqual(['WHO=Tổ chức Y tế thế giới']);
    expect(pairs('Tổng vốn đầu tư trực tiếp nước ngoài (FDI) tăng 12%.')).toEqual(['FDI=đầu tư trực tiếp nước ngoài']);
    expect(pairs('lãnh đạo Tập đoàn Dầu khí Việt Nam (PVN) báo cáo')).toEqual(['PVN=Tập đoàn Dầu khí Việt Nam']);
    expect(pairs('WHO (Tổ chức Y tế Thế giới) khuyến nghị tiêm nhắc lại.')).toEqual(['WHO=Tổ chức Y tế Thế giới']);
  });

  it('accepts a long enough tail of the dictionary form, without a leading preposition', () => {
    expect(pairs('theo hình thức Xây dựng - Kinh doanh - Chuyển giao (BOT)')).toEqual([
      'BOT=Xây dựng - Kinh doanh - Chuyển giao',
    ]);
    expect(pairs('cao tốc Bắc Nam theo phương thức đối tác công - tư (PPP)')).toEqual(['PPP=phương thức đối tác công - tư']);
  });

  it('does not cut a compound in two with a dictionary tail', () => {
    const uav: AcronymLookup = (short) => (short === 'UAV' ? [{ short, long: 'phương tiện bay không người lái' }] : []);
    expect(pairs('Lực lượng sử dụng máy bay không người lái (UAV) để tuần tra.', uav)).toEqual([]);
    expect(pairs('Lực lượng sử dụng phương tiện bay không người lái (UAV) để tuần tra.', uav)).toEqual([
      'UAV=phương tiện bay không người lái',
    ]);
    expect(pairs('dự án BT (xây dựng - chuyển giao)', (short) => [{ short, long: 'hợp đồng Xây dựng - Chuyển giao' }])).toEqual([
      'BT=xây dựng - chuyển giao',
    ]);
  });

  it("keeps the text's own capitalised head of a name the dictionary words differently", () => {
    const vcci: AcronymLookup = (short) => [{ short, long: 'Liên đoàn Thương mại và Công nghiệp Việt Nam' }];
    expect(pairs('Ngày 12-12, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) công bố báo cáo.', vcci)).toEqual([
      'VCCI=Phòng Thương mại và Công nghiệp Việt Nam',
    ]);
  });

  it('rejects them without the dictionary, and rejects glosses', () => {
    expect(pairs('Theo Tổ chức Y tế thế giới (WHO), mỗi người nên ăn ít muối.', NO_ACRONYM_LOOKUP)).toEqual([]);
    expect(pairs('khả năng Cục Dự trữ Liên bang Mỹ (Fed) cắt giảm lãi suất')).toEqual([]);
    expect(pairs('Việt Nam đứng thứ 6 trong khu vực Đông Nam Á (ASEAN) về chỉ số này.')).toEqual([]);
  });

  it('survives a lookup that throws', () => {
    const broken: AcronymLookup = () => {
      throw new Error('dictionary not loaded');
    };
    expect(pairs('Theo Tổ chức Y tế thế giới (WHO), mỗi người nên ăn ít muối.', broken)).toEqual([]);
    expect(pairs('Hội đồng nhân dân (HĐND) tỉnh họp.', broken)).toEqual(['HĐND=Hội đồng nhân dân']);
  });
});

describe('findDefinitionsWith: what is not a definition', () => {
  it.each([
    ['birth year and address', 'Ông Nguyễn Văn Hùng (SN 1975, trú tại xã Mỹ Hòa) bị khởi tố.'],
    ['photo credit', 'Lãnh đạo tỉnh thăm hỏi gia đình chính sách (ảnh: TTXVN).'],
    ['a year', 'Chương trình được triển khai từ đầu năm (năm 2025) tại 10 xã.'],
    ['a place', 'Đoàn công tác đã khảo sát xã An Cư (huyện Tịnh Biên).'],
    ['a roman numeral', 'Theo quy định tại mục (II) của phụ lục, hồ sơ gồm ba loại giấy tờ.'],
    ['a term number', 'Hội nghị Trung ương 7 (khoá XII) bàn về công tác cán bộ.'],
    ['a defined term that is no acronym', 'Quy chế làm việc của Ban Chỉ đạo (sau đây gọi tắt là Quy chế).'],
    ['the source typo TPP for PPP', 'Dự án được đầu tư theo hình thức đối tác công tư (TPP) với tổng vốn lớn.'],
    ['letters that do not fit', 'không phải nộp thuế thu nhập doanh nghiệp (TNCN).'],
    ['a city after a shop name', 'Ông Dương, chủ shop Hoa Yêu Thương (TP.HCM), cho biết.'],
    ['a list of codes', 'với 6 đồng tiền chủ chốt (EUR, JPY, GBP, CAD, SEK, CHF) ở mức 98,86.'],
    ['an acronym followed by a place', 'Gã khổng lồ xăng dầu PTT (Thái Lan) giữ giá bán lẻ.'],
    ['a company name after a country code', 'Ngân hàng Ngoại thương VN (Vietcombank) cho biết.'],
    ['a long form that is the acronym again', 'CTCP Tập đoàn FLC (FLC) hủy tư cách công ty đại chúng.'],
    ['two acronyms listed', 'ý kiến thống nhất của các cơ quan địa phương (HĐND, UBND) trước khi trình.'],
    ['a title in a byline', 'Khi đó ông Hải (nguyên Phó chủ tịch UBND TP - PV) đã ký nhiều văn bản.'],
  ])('%s', (_label, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('parseShortForm', () => {
  it('accepts acronym shapes and rejects the rest', () => {
    for (const ok of ['UBND', 'TTg', 'ThS', 'KT-XH', 'LĐ-TB&XH', 'GD&ĐT', 'COVID-19', 'TP.HCM', 'UBND tỉnh', 'TN & MT', 'PAR Index']) {
      expect(parseShortForm(ok), ok).toBeDefined();
    }
    for (const bad of ['II', 'XIV', 'Fed', 'E10', 'SN 1975', 'năm 2025', 'huyện Tịnh Biên', 'Quy chế', 'ảnh: TTXVN', 'HĐND, UBND']) {
      expect(parseShortForm(bad), bad).toBeUndefined();
    }
  });
});

describe('findDefinitionsWith: scale', () => {
  it('handles a 50,000-word article with many brackets', () => {
    const sentence =
      'Ủy ban nhân dân (UBND) tỉnh phối hợp Ban Dân vận Tỉnh ủy (BDVTU) và các sở (năm 2025) triển khai kế hoạch (xem phụ lục II) ';
    const text = sentence.repeat(Math.ceil(50_000 / sentence.split(' ').length));
    const found = findDefinitionsWith(text, stubLookup);
    expect(found.length).toBe(2 * Math.ceil(50_000 / sentence.split(' ').length));
    // Speed is measured by scripts/eval-acronyms.ts (--bench), not asserted here.
  });
});
