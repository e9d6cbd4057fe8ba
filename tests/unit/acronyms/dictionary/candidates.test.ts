import { describe, expect, it } from 'vitest';
import { builtinAcronyms, hasBuiltin, lookupBuiltin } from '../../../../src/core/acronyms/index';

// The acronym column of shared/data/vn-acronyms-candidates.tsv (400 rows), kept here so the test needs no file
// outside the repository. Every row was checked by hand; this test records where each one went.
const CANDIDATES: readonly string[] = [
  'ĐCSVN', 'BCH', 'BCHTW', 'TW', 'TƯ', 'BCT', 'BBT', 'UVTW', 'BTV', 'BTVTU', 'TU', 'HU',
  'QU', 'ĐU', 'ĐUK', 'BCSĐ', 'ĐĐ', 'UBKT', 'UBKTTU', 'BTG', 'BTGDV', 'BTGTU', 'BDV', 'BDVTU',
  'BTC', 'BTCTU', 'BNC', 'VPTW', 'VPTU', 'TCCSĐ', 'ĐV', 'ĐH', 'ĐHĐBTQ', 'HTCT', 'CNXH', 'XHCN',
  'CHXHCNVN', 'TTHCM', 'đ/c', 'QH', 'UBTVQH', 'ĐBQH', 'ĐĐBQH', 'CP', 'TTg', 'PTTg', 'TTCP', 'VPCP',
  'CTN', 'KTNN', 'NHNN', 'KBNN', 'UBDT', 'TAND', 'TANDTC', 'VKSND', 'VKSNDTC', 'HĐXX', 'THADS', 'CQĐT',
  'CQCSĐT', 'BLHS', 'VBQPPL', 'CQNN', 'QLNN', 'NSNN', 'DNNN', 'BCA', 'BQP', 'BNG', 'BNV', 'BTP',
  'BKHĐT', 'BNNPTNT', 'BNNMT', 'BGTVT', 'BXD', 'BTNMT', 'BTTTT', 'BLĐTBXH', 'BVHTTDL', 'BKHCN', 'BGDĐT', 'BYT',
  'BDTTG', 'GDĐT', 'KHĐT', 'KHCN', 'TTTT', 'LĐTBXH', 'VHTTDL', 'NNPTNT', 'PTNT', 'TNMT', 'GTVT', 'UBND',
  'HĐND', 'TTHĐND', 'UBMTTQ', 'MTTQ', 'MTTQVN', 'SGDĐT', 'SYT', 'STC', 'STNMT', 'SXD', 'SNV', 'STP',
  'SCT', 'PGDĐT', 'TTPVHCC', 'BPMC', 'CQĐP', 'ĐVHC', 'HCC', 'DVHCC', 'ĐVSNCL', 'LĐLĐ', 'TLĐLĐVN', 'CĐ',
  'CĐCS', 'TNCS', 'ĐTN', 'HLHPN', 'HND', 'HCCB', 'CCB', 'VCCI', 'HTX', 'THT', 'CA', 'CAND',
  'CATP', 'CSGT', 'CSCĐ', 'CSKV', 'CSHS', 'CSKT', 'CSĐT', 'PCCC', 'CNCH', 'ANTT', 'TTATXH', 'ANCT',
  'ANQG', 'QP-AN', 'QĐND', 'LLVT', 'BĐBP', 'BCHQS', 'DQTV', 'TNXH', 'PCTN', 'THTK-CLP', 'NQ', 'QĐ',
  'CT', 'QC', 'QyĐ', 'QĐi', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA',
  'BC', 'BB', 'TTr', 'HĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC',
  'PB', 'SY', 'TrS', 'SL', 'CV', 'KL', 'TT', 'TTLT', 'NQLT', 'NĐ', 'NĐ-CP', 'QĐ-TTg',
  'QĐ-UBND', 'NQ-HĐND', 'NQ/TW', 'L-CTN', 'v/v', 'K/g', 'TM.', 'KT.', 'TL.', 'TUQ.', 'GS', 'PGS',
  'TS', 'TSKH', 'PGS.TS', 'ThS', 'CN', 'KS', 'BS', 'BSCKI', 'LS', 'NSND', 'NSƯT', 'NGND',
  'NGƯT', 'TTND', 'TTƯT', 'AHLĐ', 'AHLLVTND', 'BMVNAH', 'GĐ', 'PGĐ', 'CVP', 'PCT', 'BT', 'PBT',
  'CBCC', 'CBCCVC', 'CB', 'NLĐ', 'ĐVTN', 'CSTĐ', 'LĐTT', 'TĐKT', 'HCLĐ', 'BK', 'NTM', 'NTMNC',
  'NTMKM', 'CCHC', 'TTHC', 'DVC', 'DVCTT', 'DVCQG', 'CĐS', 'CPĐT', 'CPS', 'CSDL', 'CCCD', 'CMND',
  'KT-XH', 'CNH-HĐH', 'CNH', 'HĐH', 'GPMB', 'TĐC', 'ĐTC', 'XDCB', 'MTQG', 'CTMTQG', 'GNBV', 'DTTS',
  'ĐBDTTS', 'OCOP', 'KCN', 'CCN', 'KKT', 'KCX', 'KDC', 'KĐT', 'QHSDĐ', 'GCNQSDĐ', 'QSDĐ', 'ĐTM',
  'BVMT', 'BĐKH', 'PCTT', 'TKCN', 'PCLB', 'QCDC', 'DVK', 'XHH', 'ATVSLĐ', 'BHXH', 'BHYT', 'BHTN',
  'NCC', 'BTXH', 'DN', 'DNNVV', 'TMĐT', 'ĐMST', 'CMCN', 'CNTT', 'ATTT', 'GTGT', 'TNDN', 'TNCN',
  'TMCP', 'GRDP', 'GDP', 'CPI', 'FDI', 'ODA', 'PPP', 'PCI', 'PAPI', 'PAR INDEX', 'SIPAS', 'DDCI',
  'DTI', 'FTA', 'CPTPP', 'EVFTA', 'WTO', 'ASEAN', 'LHQ', 'WHO', 'EU', 'NGO', 'GD', 'MN',
  'TH', 'THCS', 'THPT', 'PTDTNT', 'GDTX', 'GDNN', 'GDPT', 'CTGDPT', 'ĐHQG', 'ĐHQGHN', 'ĐHQG-HCM', 'HS',
  'HSG', 'SV', 'GV', 'CBQL', 'GVCN', 'BGH', 'SGK', 'PCGD', 'XMC', 'KTX', 'TYT', 'TTYT',
  'BV', 'BVĐK', 'KCB', 'ATTP', 'VSATTP', 'ATVSTP', 'CDC', 'TCMR', 'SXH', 'HIV', 'AIDS', 'KHHGĐ',
  'CSSK', 'COVID-19', 'ĐD', 'BN', 'ATGT', 'TTATGT', 'TNGT', 'GPLX', 'QL', 'ĐT', 'TL', 'GTNT',
  'BOT', 'BKS', 'TP', 'Tp.', 'TP.HCM', 'HCM', 'HN', 'ĐN', 'ĐBSCL', 'ĐBSH', 'ĐNB', 'TNB',
  'TN', 'BTB', 'NTB', 'DHMT', 'TDMNPB', 'TX', 'TT.', 'Q.', 'H.', 'P.', 'KP', 'TDP',
  'BR-VT', 'TT-Huế', 'VN', 'ĐNA',
];

// Rows whose acronym is now a variant of another canonical form ("&" forms are how the sector names are written
// in news: Sở GD&ĐT, Bộ TN&MT), or that were folded into another row.
const NOW_A_VARIANT: Readonly<Record<string, string>> = {
  GDĐT: 'GD&ĐT',
  KHĐT: 'KH&ĐT',
  KHCN: 'KH&CN',
  TTTT: 'TT&TT',
  LĐTBXH: 'LĐ-TB&XH',
  VHTTDL: 'VHTT&DL',
  NNPTNT: 'NN&PTNT',
  TNMT: 'TN&MT',
  'Tp.': 'TP',
};

// Rows dropped entirely, with the reason. None so far: every candidate acronym is in real use; doubtful senses
// were kept as the last meanings of their acronym so that context must pick them.
const DROPPED: Readonly<Record<string, string>> = {};

describe('candidate list coverage', () => {
  it('lists all 400 candidate rows', () => {
    expect(CANDIDATES).toHaveLength(400);
  });

  it.each(CANDIDATES.filter((s) => !(s in DROPPED)))('candidate %s is in the dictionary', (short) => {
    expect(hasBuiltin(short)).toBe(true);
  });

  it.each(Object.entries(NOW_A_VARIANT))('candidate %s is now a variant of %s', (row, canonical) => {
    expect(builtinAcronyms().some((e) => e.short === row)).toBe(false);
    expect(lookupBuiltin(row).map((m) => m.short)).toContain(canonical);
  });

  it.each(Object.keys(DROPPED))('dropped candidate %s is absent', (short) => {
    expect(hasBuiltin(short)).toBe(false);
  });
});
