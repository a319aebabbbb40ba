import { differenceInYears } from 'date-fns';
import { tz } from '@date-fns/tz';
import { adulthoodStart, calendarBirthDay } from '../_lib/birthDay.js';
import type { z } from 'zod';
import { lifecycleStage } from './_lifecycleStage.js';
import type { ResolvedSegmentOptions } from './_resolveOptions.js';
import type { ContentType, CustomerProfileSchema, SegmentResult } from './schemas.js';

type ParsedProfile = z.output<typeof CustomerProfileSchema>;

/**
 * The content type each marketable segment should receive (A/B/C strategy of the source doc).
 *
 * @internal
 */
export const SEGMENT_CONTENT_TYPE = {
  A: 'renewal-reminder',
  B: 'rate-offer',
  C: 'process-intro',
  excluded: null,
  unclassified: null,
} as const satisfies Record<SegmentResult['segment'], ContentType | null>;

/**
 * Classifies an already validated profile. Shared by `classifySegment` and `classifySegments` so
 * a batch validates its options once.
 *
 * @internal
 */
export function classifyProfile(profile: ParsedProfile, options: ResolvedSegmentOptions): SegmentResult {
  const { at, policy } = options;

  const exclusions = exclusionReasons(profile, options);
  if (exclusions.length > 0) return { segment: 'excluded', reasons: exclusions, contentType: null };

  const inquiryCount = (profile.inquiries ?? []).filter((inquiry) => {
    const time = inquiry.at.getTime();
    return time >= options.inquirySince && time <= at;
  }).length;
  const activeInquiry = inquiryCount >= policy.minInquiries;
  const { stage, reason: stageReason } = lifecycleStage(profile, { at, activeInquiry });
  const done = (segment: 'A' | 'B' | 'C' | 'unclassified', reasons: string[]): SegmentResult => ({
    segment,
    reasons: [...reasons, stageReason],
    contentType: SEGMENT_CONTENT_TYPE[segment],
    lifecycleStage: stage,
  });

  const loanCount = profile.loans?.length ?? 0;
  if (loanCount > 0) return done('A', [`A：有借贷记录（loans 共 ${loanCount} 条）`]);
  if (profile.hasLoanRecord === true) return done('A', ['A：有借贷记录（hasLoanRecord）']);

  const windowText = `近 ${policy.inquiryWindowDays} 天内（含恰好 ${policy.inquiryWindowDays} 天前）咨询 ${inquiryCount} 次`;
  if (activeInquiry) return done('B', [`B：${windowText}，达到活跃咨询门槛 ${policy.minInquiries} 次`]);

  const registeredAt = profile.registeredAt?.getTime();
  if (registeredAt !== undefined && registeredAt >= options.registeredSince && registeredAt <= at) {
    return done('C', [`C：注册于近 ${policy.newUserDays} 天内（新注册用户）`]);
  }

  return done('unclassified', [
    '未分类：不符合 A/B/C 任一规则',
    '非 A：无借贷记录（无 loans，hasLoanRecord 不为 true）',
    `非 B：${windowText}，少于活跃咨询门槛 ${policy.minInquiries} 次`,
    `非 C：${
      registeredAt === undefined
        ? '无注册时间（registeredAt）'
        : registeredAt > at
          ? '注册时间晚于 at'
          : `注册已超过 ${policy.newUserDays} 天`
    }`,
  ]);
}

function exclusionReasons(profile: ParsedProfile, options: ResolvedSegmentOptions): string[] {
  const { policy } = options;
  const reasons: string[] = [];
  if (profile.isStudent === true) {
    reasons.push('排除：在校学生（isStudent），不得向大学生营销互联网消费贷款');
  }
  if (profile.birthDate !== undefined) {
    const birthDay = calendarBirthDay(profile.birthDate, policy.timeZone);
    if (birthDay.getTime() > options.at) {
      reasons.push('排除：出生日期晚于 at，无法确认已成年');
    } else if (adulthoodStart(profile.birthDate, policy.minAge, policy.timeZone).getTime() > options.at) {
      // One rule for the age with screenRecipient: adulthood starts at midnight of the birthday (1 March for 29 February).
      const age = differenceInYears(options.at, birthDay, { in: tz(policy.timeZone) });
      reasons.push(`排除：未满 ${policy.minAge} 周岁（按 ${policy.timeZone} 日历，at 时 ${age} 周岁）`);
    }
  }
  if (profile.optedOutAt !== undefined) {
    reasons.push('排除：已拒收/退订营销短信（optedOutAt），应当停止发送');
  }
  for (const tag of profile.tags ?? []) {
    if (policy.excludedTags.includes(tag)) reasons.push(`排除：标签「${tag}」在 policy.excludedTags 中`);
  }
  return reasons;
}

