import { adulthoodStart } from '../_lib/birthDay.js';
import { parseInput } from '../errors/parseInput.js';
import { formatPercent } from './_format.js';
import {
  RecipientProfileSchema,
  ScreenPolicySchema,
  type RecipientProfile,
  type ScreenCheck,
  type ScreenPolicy,
  type ScreenReason,
  type ScreenResult,
} from './schemas.js';

const ORDER_31 = '《通信短信息服务管理规定》（工信部令第31号）';

/**
 * Pre-send screening of one recipient, on data the host supplies: opted out, student, minor,
 * consent record (MIIT Order 31: consent must name the message type, frequency and period, and
 * hold at `policy.at`), debt-to-income ratio above `policy.maxDebtToIncome`, credit score below
 * `policy.minCreditScore`.
 *
 * Screening fails closed: with the default `missingData: 'block'`, a check that has no data (no
 * birth date; no score while a threshold is set) is a reason too. Ratios are fractions
 * (`0.45` = 45 %); a value equal to its threshold passes. `checked` lists the checks that ran.
 *
 * @param profile - What the host knows about the recipient.
 * @param policy - `at` (the planned send time) and the thresholds.
 * @returns `{ allowed, reasons, checked }`; `allowed` iff `reasons` is empty.
 * @throws {ComplianceConfigError} When `profile` or `policy` is not of the documented shape.
 *
 * @example
 * import { screenRecipient } from 'sms-compliance';
 *
 * const consent = {
 *   messageTypes: ['loan-marketing'],
 *   frequency: { limit: 4, per: 'month' as const },
 *   period: { from: '2026-01-01T00:00:00+08:00', until: '2027-01-01T00:00:00+08:00' },
 *   obtainedAt: '2026-01-01T10:00:00+08:00',
 * };
 * screenRecipient(
 *   { birthDate: '1990-05-01', debtToIncome: 0.3, consent },
 *   { at: '2026-12-01T10:00:00+08:00', messageType: 'loan-marketing', maxDebtToIncome: 0.5 },
 * ).allowed;
 * //=> true
 *
 * screenRecipient(
 *   { birthDate: '1990-05-01', debtToIncome: 0.62, consent },
 *   { at: '2026-12-01T10:00:00+08:00', maxDebtToIncome: 0.5 },
 * ).reasons.map((r) => r.code);
 * //=> ['debt-to-income-above-threshold']
 */
export function screenRecipient(profile: RecipientProfile, policy: ScreenPolicy): ScreenResult {
  const recipient = parseInput(RecipientProfileSchema, profile, 'profile');
  const options = parseInput(ScreenPolicySchema, policy, 'policy');
  const at = options.at.getTime();
  const reasons: ScreenReason[] = [];
  const checked: ScreenCheck[] = [];
  const block = options.missingData === 'block';
  const reason = (check: ScreenCheck, code: string, path: string, message: string): void => {
    reasons.push({ code, check, message, path });
  };

  checked.push('opt-out');
  const optedOutAt = recipient.optedOutAt?.getTime();
  const resubscribedAt = recipient.resubscribedAt?.getTime();
  const liftedBy = (since: number): boolean => resubscribedAt !== undefined && resubscribedAt > since && resubscribedAt <= at;
  if (optedOutAt !== undefined && optedOutAt <= at && !liftedBy(optedOutAt)) {
    reason('opt-out', 'opted-out', 'optedOutAt', `收件人已于 ${recipient.optedOutAt!.toISOString()} 拒收：用户拒绝后应当停止发送，且不得更换签名继续发送（${ORDER_31}；《网络交易监督管理办法》第十六条）。`);
  } else if (recipient.optedOut === true && optedOutAt === undefined) {
    reason('opt-out', 'opted-out', 'optedOut', `收件人已拒收：用户拒绝后应当停止发送（${ORDER_31}）。`);
  }

  checked.push('student');
  if (recipient.isStudent === true) {
    reason('student', 'student', 'isStudent', '收件人为在校学生：不得向大学生精准营销互联网消费贷款（《关于进一步规范大学生互联网消费贷款监督管理工作的通知》，2021）。');
  }

  checked.push('minor');
  if (recipient.birthDate === undefined) {
    if (block) reason('minor', 'birth-date-unknown', 'birthDate', `缺少出生日期，无法确认收件人在发送时已满 ${options.adultAge} 周岁（缺失数据按 missingData: 'block' 处理）。`);
  } else {
    const adultFrom = adulthoodStart(recipient.birthDate, options.adultAge, options.timeZone);
    if (adultFrom.getTime() > at) {
      reason('minor', 'minor', 'birthDate', `收件人在发送时未满 ${options.adultAge} 周岁（${adultFrom.toISOString()} 起成年）：不得向未成年人推送贷款营销（《民法典》第十七条：十八周岁以上为成年人）。`);
    }
  }

  if (options.requireConsent) {
    checked.push('consent');
    screenConsent(recipient.consent, options.messageType, at, reason);
  }

  if (options.maxDebtToIncome !== undefined) {
    checked.push('debt-to-income');
    const threshold = options.maxDebtToIncome;
    if (recipient.debtToIncome === undefined) {
      if (block) reason('debt-to-income', 'debt-to-income-unknown', 'debtToIncome', '缺少负债收入比，无法完成发送前的负债率核查（缺失数据按 missingData: \'block\' 处理）。');
    } else if (recipient.debtToIncome > threshold) {
      reason('debt-to-income', 'debt-to-income-above-threshold', 'debtToIncome', `负债收入比 ${formatPercent(recipient.debtToIncome)} 高于阈值 ${formatPercent(threshold)}：发送前应完成客户负债率核查，过度负债者不宜推送借贷营销（来源文档 四(1) 信息核验系统；金融营销适当性要求）。`);
    }
  }

  if (options.minCreditScore !== undefined) {
    checked.push('credit-score');
    const threshold = options.minCreditScore;
    if (recipient.creditScore === undefined) {
      if (block) reason('credit-score', 'credit-score-unknown', 'creditScore', '缺少信用评分，无法完成发送前的信用评分筛查（缺失数据按 missingData: \'block\' 处理）。');
    } else if (recipient.creditScore < threshold) {
      reason('credit-score', 'credit-score-below-threshold', 'creditScore', `信用评分 ${recipient.creditScore} 低于阈值 ${threshold}：发送前应完成信用评分筛查（来源文档 四(1) 信息核验系统）。`);
    }
  }

  return { allowed: reasons.length === 0, reasons, checked };
}

type ParsedConsent = ReturnType<typeof RecipientProfileSchema.parse>['consent'];

function screenConsent(
  consent: ParsedConsent,
  messageType: string | undefined,
  at: number,
  reason: (check: ScreenCheck, code: string, path: string, message: string) => void,
): void {
  if (consent === undefined) {
    reason('consent', 'consent-missing', 'consent', `没有接收同意记录：未经用户同意或请求，不得向其发送商业性短信息（${ORDER_31}）。`);
    return;
  }
  const revokedAt = consent.revokedAt?.getTime();
  if (revokedAt !== undefined && revokedAt <= at) {
    reason('consent', 'consent-revoked', 'consent.revokedAt', `同意已于 ${consent.revokedAt!.toISOString()} 撤回：用户拒绝后应当停止发送（${ORDER_31}）。`);
  }
  if (consent.obtainedAt !== undefined && consent.obtainedAt.getTime() > at) {
    reason('consent', 'consent-not-yet-obtained', 'consent.obtainedAt', `同意取得于 ${consent.obtainedAt.toISOString()}，晚于发送时间：须先征得同意再发送（${ORDER_31}）。`);
  }
  const missing = (path: string, what: string): void => {
    reason('consent', 'consent-incomplete', path, `同意记录未写明${what}：征得同意时应当明确告知拟发送商业性短信息的类型、频次和期限（${ORDER_31}）。`);
  };
  if (consent.messageTypes === undefined || consent.messageTypes.length === 0) missing('consent.messageTypes', '消息类型');
  else if (messageType !== undefined && !consent.messageTypes.includes(messageType)) {
    reason('consent', 'consent-type-mismatch', 'consent.messageTypes', `同意记录的消息类型（${consent.messageTypes.join('、')}）不包括「${messageType}」：同意只及于告知的类型（${ORDER_31}）。`);
  }
  if (consent.frequency === undefined) missing('consent.frequency', '发送频次');
  const from = consent.period?.from;
  const until = consent.period?.until;
  if (from === undefined) missing('consent.period.from', '期限的起始时间');
  else if (from.getTime() > at) {
    reason('consent', 'consent-not-yet-valid', 'consent.period.from', `同意期限自 ${from.toISOString()} 起，发送时尚未生效（${ORDER_31}）。`);
  }
  if (until === undefined) missing('consent.period.until', '期限的终止时间');
  else if (until.getTime() <= at) {
    reason('consent', 'consent-expired', 'consent.period.until', `同意期限已于 ${until.toISOString()} 届满：期限外发送视为未经同意（${ORDER_31}）。`);
  }
}

