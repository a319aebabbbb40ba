import { parseInput } from '../errors/parseInput.js';
import { formatPercent, formatYuan } from './_format.js';
import {
  CampaignStatsSchema,
  CampaignThresholdsSchema,
  type CampaignEvaluation,
  type CampaignStats,
  type CampaignThresholds,
  type MetricResult,
} from './schemas.js';

type MetricName = keyof CampaignEvaluation['metrics'];
interface Band {
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * The thresholds `evaluateCampaign` uses when none are given, from the practice described in the
 * source document (五(1) 关键指标监控体系): delivery rate ≥ 92 %, effective reply rate ≥ 2.3 % (the
 * industry average it quotes), cost per acquisition 18–22 元. The document gives no complaint-rate
 * figure, so that metric has no default band: set one from your channel's contract.
 *
 * @example
 * import { DEFAULT_CAMPAIGN_THRESHOLDS } from 'sms-compliance';
 *
 * DEFAULT_CAMPAIGN_THRESHOLDS.costPerAcquisition;
 * //=> { min: 18, max: 22 }
 */
export const DEFAULT_CAMPAIGN_THRESHOLDS: Readonly<Record<MetricName, Band>> = Object.freeze({
  deliveryRate: Object.freeze({ min: 0.92, max: null }),
  replyRate: Object.freeze({ min: 0.023, max: null }),
  costPerAcquisition: Object.freeze({ min: 18, max: 22 }),
  complaintRate: Object.freeze({ min: null, max: null }),
});

const LABEL: Record<MetricName, string> = {
  deliveryRate: '到达率',
  replyRate: '有效回复率',
  costPerAcquisition: '获客成本',
  complaintRate: '投诉率',
};

const DEFAULT_BASIS: Record<MetricName, string> = {
  deliveryRate: '来源文档 五(1)：到达率需维持在 92% 以上',
  replyRate: '来源文档 五(1)：有效回复率不低于行业均值（当前为 2.3%）',
  costPerAcquisition: '来源文档 五(1)：获客成本控制线为 18–22 元',
  complaintRate: '来源文档未给出投诉率阈值，请按通道要求设置',
};

/**
 * Computes a campaign's key metrics and compares each with its threshold band: delivery rate
 * (`delivered / sent`), effective reply rate (`replies / delivered`), cost per acquisition
 * (`cost / conversions`, 元) and complaint rate (`complaints / delivered`).
 *
 * Each metric carries its value, numerator, denominator, the band used, a status — `ok`, `below`,
 * `above`, `insufficient-data` (zero denominator: the value is `null`, never `NaN` or `Infinity`)
 * or `no-threshold` — and the reason in Chinese. One zero-denominator case still has an answer:
 * with no conversion yet and `cost` already above the maximum, the cost per acquisition is
 * `above` whatever happens next. `thresholds` override {@link DEFAULT_CAMPAIGN_THRESHOLDS} one side
 * at a time; `null` removes a side. `ok` is `true` iff every metric is `ok` or `no-threshold`.
 *
 * @param stats - `{ sent, delivered, replies, conversions, cost, complaints }`.
 * @param thresholds - Bands per metric; rates are fractions (`0.92` = 92 %).
 * @returns `{ ok, metrics }`.
 * @throws {ComplianceConfigError} When a count is negative or fractional, `delivered > sent`,
 *   `replies > delivered`, or a band has `min > max`.
 *
 * @example
 * import { evaluateCampaign } from 'sms-compliance';
 *
 * const result = evaluateCampaign({ sent: 10000, delivered: 9350, replies: 187, conversions: 40, cost: 800, complaints: 2 });
 * result.metrics.deliveryRate;
 * //=> { value: 0.935, status: 'ok', numerator: 9350, denominator: 10000, threshold: { min: 0.92, max: null }, reason: '到达率 93.5%（9350/10000），在 ≥ 92% 之内。依据：来源文档 五(1)：到达率需维持在 92% 以上' }
 * result.metrics.replyRate.status;
 * //=> 'below'
 *
 * evaluateCampaign({ sent: 0, delivered: 0, replies: 0, conversions: 0, cost: 0, complaints: 0 }).metrics.deliveryRate.status;
 * //=> 'insufficient-data'
 */
export function evaluateCampaign(stats: CampaignStats, thresholds?: CampaignThresholds): CampaignEvaluation {
  const s = parseInput(CampaignStatsSchema, stats, 'stats');
  const overrides = parseInput(CampaignThresholdsSchema, thresholds ?? {}, 'thresholds');

  const band = (name: MetricName): Band => {
    const fallback = DEFAULT_CAMPAIGN_THRESHOLDS[name];
    const given = overrides[name];
    return {
      min: given?.min === undefined ? fallback.min : given.min,
      max: given?.max === undefined ? fallback.max : given.max,
    };
  };

  const metrics: CampaignEvaluation['metrics'] = {
    deliveryRate: rateMetric('deliveryRate', s.delivered, s.sent, band('deliveryRate'), '已发送'),
    replyRate: rateMetric('replyRate', s.replies, s.delivered, band('replyRate'), '已送达'),
    costPerAcquisition: costMetric(s.cost, s.conversions, band('costPerAcquisition')),
    complaintRate: rateMetric('complaintRate', s.complaints, s.delivered, band('complaintRate'), '已送达'),
  };
  const ok = Object.values(metrics).every((metric) => metric.status === 'ok' || metric.status === 'no-threshold');
  return { ok, metrics };
}

function rateMetric(name: MetricName, numerator: number, denominator: number, band: Band, noun: string): MetricResult {
  if (denominator === 0) {
    return {
      value: null,
      status: 'insufficient-data',
      numerator,
      denominator,
      threshold: { ...band },
      reason: `${noun}条数为 0，无法计算${LABEL[name]}。`,
    };
  }
  const value = numerator / denominator;
  return judge(name, value, numerator, denominator, band, `${LABEL[name]} ${formatPercent(value)}（${numerator}/${denominator}）`, formatPercent);
}

function costMetric(cost: number, conversions: number, band: Band): MetricResult {
  const name = 'costPerAcquisition';
  if (conversions === 0) {
    // Any future conversion comes with at least the cost spent so far, so once that exceeds the
    // maximum the verdict is already known even though the ratio is not.
    if (band.max !== null && cost > band.max) {
      return {
        value: null,
        status: 'above',
        numerator: cost,
        denominator: 0,
        threshold: { ...band },
        reason: `已花费 ${formatYuan(cost)}仍无转化：即使下一条即转化，获客成本也将高于上限 ${formatYuan(band.max)}。${basis(name, band)}`,
      };
    }
    return {
      value: null,
      status: 'insufficient-data',
      numerator: cost,
      denominator: 0,
      threshold: { ...band },
      reason: `转化数为 0，无法计算获客成本（已花费 ${formatYuan(cost)}）。`,
    };
  }
  const value = cost / conversions;
  return judge(name, value, cost, conversions, band, `获客成本 ${formatYuan(value)}（${formatYuan(cost)} / ${conversions} 个转化）`, formatYuan);
}

function judge(
  name: MetricName,
  value: number,
  numerator: number,
  denominator: number,
  band: Band,
  subject: string,
  format: (value: number) => string,
): MetricResult {
  const threshold = { ...band };
  if (band.min === null && band.max === null) {
    return { value, status: 'no-threshold', numerator, denominator, threshold, reason: `${subject}，未设置阈值。${basis(name, band)}` };
  }
  if (band.min !== null && value < band.min) {
    return { value, status: 'below', numerator, denominator, threshold, reason: `${subject}，低于下限 ${format(band.min)}。${basis(name, band)}` };
  }
  if (band.max !== null && value > band.max) {
    return { value, status: 'above', numerator, denominator, threshold, reason: `${subject}，高于上限 ${format(band.max)}。${basis(name, band)}` };
  }
  const range =
    band.min !== null && band.max !== null
      ? `${format(band.min)}–${format(band.max)}`
      : band.min !== null
        ? `≥ ${format(band.min)}`
        : `≤ ${format(band.max!)}`;
  return { value, status: 'ok', numerator, denominator, threshold, reason: `${subject}，在 ${range} 之内。${basis(name, band)}` };
}

/** The practice basis, quoted only while the band is the default one it describes. */
function basis(name: MetricName, band: Band): string {
  const fallback = DEFAULT_CAMPAIGN_THRESHOLDS[name];
  return band.min === fallback.min && band.max === fallback.max ? `依据：${DEFAULT_BASIS[name]}` : '依据：调用方设置的阈值';
}
