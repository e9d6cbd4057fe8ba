// Numbers as Vietnamese words, by read-vietnamese-number (MIT): "21" → "hai mươi mốt", "105" → "một trăm linh
// năm", "1.500" → "một nghìn năm trăm", "19,12" → "mười chín phẩy mười hai". Only the Vietnamese conventions
// around it live here: ordinals (thứ nhất, thứ tư), month names (tháng tư), digit-by-digit codes.
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

const CONFIG = new ReadingConfig();
// Vietnamese writes 1.500 and 19,12. The library puts thousandSign into `new RegExp(…, 'g')` unescaped, where a
// bare "." matches every character and reads every number as "không": it must be the escaped "\\.".
CONFIG.thousandSign = '\\.';
CONFIG.pointSign = ',';
CONFIG.pointText = 'phẩy';
// "một trăm linh năm": the northern and broadcast form ("lẻ" is the southern one).
CONFIG.oddText = 'linh';
CONFIG.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
// No trailing "đơn vị" (the library's default unit).
CONFIG.unit = [];

/** Integer parts longer than this are identifiers (account, phone, serial numbers): read digit by digit. */
export const MAX_NUMBER_DIGITS = 15;

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** "0912" → "không chín một hai". */
export function readDigits(digits: string): string {
  const words: string[] = [];
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 0x30;
    if (d >= 0 && d <= 9) words.push(DIGIT_WORDS[d]!);
  }
  return words.join(' ');
}

/**
 * A number written the Vietnamese way, digits with "." between thousands and "," before decimals ("1.000.000",
 * "3,5", "1.234,5", "2019"), as words. The caller has checked the shape; anything the library rejects, or an
 * integer part too long to be a quantity, is read digit by digit rather than lost.
 */
export function readNumber(written: string): string {
  const comma = written.indexOf(',');
  const integerDigits = (comma < 0 ? written : written.slice(0, comma)).split('.').join('');
  if (integerDigits.length > MAX_NUMBER_DIGITS) {
    return comma < 0 ? readDigits(integerDigits) : `${readDigits(integerDigits)} phẩy ${readDigits(written.slice(comma + 1))}`;
  }
  try {
    return doReadNumber(written, CONFIG);
  } catch {
    return readDigits(written);
  }
}

/** An integer given as digits ("08" → "tám"). */
export function readInteger(digits: string): string {
  return readNumber(digits);
}

/** Ordinal after "thứ": 1 → "nhất", 4 → "tư" (thứ tư), others as cardinals ("thứ ba", "thứ mười bốn"). */
export function readOrdinal(value: number): string {
  if (value === 1) return 'nhất';
  if (value === 4) return 'tư';
  return readInteger(String(value));
}

/** Month after "tháng": 4 → "tư" (tháng tư); 1 → "một" (tháng giêng is the lunar name). */
export function readMonth(value: number): string {
  if (value === 4) return 'tư';
  return readInteger(String(value));
}
