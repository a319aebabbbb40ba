import type { z } from 'zod';
import type { ComplaintPolicySchema } from './schemas.js';

/** @internal */
export interface ComplaintLevel {
  readonly level: 1 | 2 | 3;
  readonly name: string;
  readonly minutes: number;
  readonly seriousOnly: boolean;
}

/**
 * The three response levels of the industry practice, with the policy's minutes.
 *
 * @internal
 */
export function complaintLevels(policy: z.output<typeof ComplaintPolicySchema>): readonly ComplaintLevel[] {
  return [
    { level: 1, name: '智能客服即时处理', minutes: policy.level1Minutes, seriousOnly: false },
    { level: 2, name: '人工专员跟进', minutes: policy.level2Minutes, seriousOnly: false },
    { level: 3, name: '风控部门备案', minutes: policy.level3Minutes, seriousOnly: true },
  ];
}
