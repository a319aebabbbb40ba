import type { z } from 'zod';
import type { CustomerProfileSchema, LifecycleStage } from './schemas.js';

type ParsedProfile = z.output<typeof CustomerProfileSchema>;

/**
 * What the lifecycle stage rules need to know, already computed by the segment rules.
 *
 * @internal
 */
export interface LifecycleFacts {
  readonly at: number;
  /** The customer has an active enquiry (the B rule held). */
  readonly activeInquiry: boolean;
}

/**
 * The lifecycle stage (认知/培育/转化/服务/维护) of a non-excluded customer at `at`, with its reason.
 *
 * First match wins: 服务 (a loan open at `at`, or `hasLoanRecord` with no loans listed) → 维护
 * (loans listed, none open) → 转化 (active enquiry) → 培育 (registered or enquired by `at`) → 认知.
 * A listed loan is open at `at` when it was opened by then and, if `closedAt` is given, closes
 * after `at`; without `closedAt` its `status` decides (`closed` = 已结清).
 *
 * @internal
 */
export function lifecycleStage(profile: ParsedProfile, facts: LifecycleFacts): { stage: LifecycleStage; reason: string } {
  const { at } = facts;
  const loans = profile.loans ?? [];
  if (loans.length > 0) {
    const open = loans.some(
      (loan) =>
        loan.openedAt.getTime() <= at &&
        (loan.closedAt === undefined ? loan.status !== 'closed' : loan.closedAt.getTime() > at),
    );
    return open
      ? { stage: 'service', reason: '生命周期：服务期（有未结清的借款，宜发到期提醒与续期指导）' }
      : { stage: 'maintenance', reason: '生命周期：维护期（借款均已结清，宜做满意度调研与增值服务）' };
  }
  if (profile.hasLoanRecord === true) {
    return { stage: 'service', reason: '生命周期：服务期（有借贷记录但未列明借款，按未结清处理）' };
  }
  if (facts.activeInquiry) {
    return { stage: 'conversion', reason: '生命周期：转化期（近期活跃咨询，宜推送产品方案）' };
  }
  const registered = profile.registeredAt !== undefined && profile.registeredAt.getTime() <= at;
  const enquired = (profile.inquiries ?? []).some((inquiry) => inquiry.at.getTime() <= at);
  if (registered || enquired) {
    return { stage: 'nurture', reason: '生命周期：培育期（已注册或咨询过，尚未借款，也无近期活跃咨询）' };
  }
  return { stage: 'awareness', reason: '生命周期：认知期（尚无注册、咨询或借款记录）' };
}
