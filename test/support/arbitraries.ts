import { fc } from '@fast-check/vitest';

/** Pieces of realistic and hostile loan-marketing text, so generated messages hit the rules often. */
export const FRAGMENTS = [
  '【XX银行】', '【XX消费金融】', '【温馨提示】', '您享有专属绿色通道', '最低利息', '最低', '利率', '年化利率(单利)7.2%起',
  '年化利率', '7.2%', '日息0.02%', '50万额度', '额度', '最高可申请额度', '最高', '30万', '5w', '五十万', '¥50,000', '可借20000元',
  '秒批', '包过', '不看征信', '无抵押', '分期付款', '贷款', '大学生', '不向在校学生', '加微信', 'VX', '13812345678', '95588',
  'https://www.example.com/loan', 't.cn/abc', 'http://1.2.3.4', '${name}', '{1}', '#name#', '★', '【限时】', '貸款', '黑戶可貸',
  '１００％', '下款', '\u200b', ' ', '*', '-', '.', '|', '😀', '，', '。', '回复1了解详情', '回复2预约回电', '拒收请回复R',
  '本机构不会以任何理由要求转账', '拒收請回復R', '回復1查詢', '第一', '第一期', '绝对不会', '100%', '通过', '安全',
];

/** A message assembled from {@link FRAGMENTS}. */
export const messageArbitrary = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(''));

/** Any UTF-16 string, lone surrogates included. */
export const anyStringArbitrary = fc.string({ unit: 'binary', maxLength: 200 });

/** Messages and arbitrary strings mixed. */
export const textArbitrary = fc.oneof(messageArbitrary, anyStringArbitrary, fc.string({ unit: 'grapheme', maxLength: 80 }));
