import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CampaignEvaluationSchema, DEFAULT_CAMPAIGN_THRESHOLDS, evaluateCampaign, type CampaignStats } from '../../src/campaign/index.js';
import { configError } from '../support/configError.js';

const healthy: CampaignStats = { sent: 10_000, delivered: 9_350, replies: 250, conversions: 40, cost: 800, complaints: 2 };


describe('evaluateCampaign', () => {
  it('computes each metric from its own numerator and denominator', () => {
    const { metrics } = evaluateCampaign(healthy);
    expect([metrics.deliveryRate.numerator, metrics.deliveryRate.denominator, metrics.deliveryRate.value]).toEqual([9_350, 10_000, 0.935]);
    // The reply and complaint rates are per delivered message: only delivered messages can be answered.
    expect([metrics.replyRate.numerator, metrics.replyRate.denominator, metrics.replyRate.value]).toEqual([250, 9_350, 250 / 9_350]);
    expect([metrics.costPerAcquisition.numerator, metrics.costPerAcquisition.denominator, metrics.costPerAcquisition.value]).toEqual([800, 40, 20]);
    expect([metrics.complaintRate.numerator, metrics.complaintRate.denominator, metrics.complaintRate.value]).toEqual([2, 9_350, 2 / 9_350]);
  });

  it('is ok when every metric is inside the defaults from practice, with no complaint threshold set', () => {
    const result = evaluateCampaign(healthy);
    expect(result.ok).toBe(true);
    expect(Object.values(result.metrics).map((m) => m.status)).toEqual(['ok', 'ok', 'ok', 'no-threshold']);
    expect(CampaignEvaluationSchema.parse(result)).toEqual(result);
  });

  it('uses the defaults of the source document', () => {
    expect(DEFAULT_CAMPAIGN_THRESHOLDS).toEqual({
      deliveryRate: { min: 0.92, max: null },
      replyRate: { min: 0.023, max: null },
      costPerAcquisition: { min: 18, max: 22 },
      complaintRate: { min: null, max: null },
    });
  });

  describe('boundaries (a value equal to its threshold is ok)', () => {
    it('delivery rate: 92 % is ok, 91.9 % is below', () => {
      expect(evaluateCampaign({ ...healthy, sent: 1_000, delivered: 920, replies: 30 }).metrics.deliveryRate.status).toBe('ok');
      expect(evaluateCampaign({ ...healthy, sent: 1_000, delivered: 919, replies: 30 }).metrics.deliveryRate.status).toBe('below');
    });

    it('reply rate: 2.3 % is ok, 2.2 % is below', () => {
      expect(evaluateCampaign({ ...healthy, delivered: 1_000, replies: 23 }).metrics.replyRate.status).toBe('ok');
      const below = evaluateCampaign({ ...healthy, delivered: 1_000, replies: 22 });
      expect(below.metrics.replyRate.status).toBe('below');
      expect(below.metrics.replyRate.reason).toContain('2.2%');
      expect(below.metrics.replyRate.reason).toContain('低于下限 2.3%');
      expect(below.ok).toBe(false);
    });

    it('cost per acquisition: 18 and 22 元 are ok, below 18 and above 22 are flagged', () => {
      const cpa = (cost: number) => evaluateCampaign({ ...healthy, cost, conversions: 100 }).metrics.costPerAcquisition.status;
      expect([cpa(1_799), cpa(1_800), cpa(2_200), cpa(2_201)]).toEqual(['below', 'ok', 'ok', 'above']);
    });
  });

  describe('zero denominators', () => {
    it('reports insufficient data, with null values, when nothing was sent', () => {
      const result = evaluateCampaign({ sent: 0, delivered: 0, replies: 0, conversions: 0, cost: 0, complaints: 0 });
      expect(result.ok).toBe(false);
      for (const metric of Object.values(result.metrics)) {
        expect(metric.value).toBeNull();
        expect(metric.status).toBe('insufficient-data');
        expect(metric.reason).toContain('无法计算');
      }
    });

    it('can compute the delivery rate when nothing was delivered, but not the per-delivery rates', () => {
      const { metrics } = evaluateCampaign({ sent: 100, delivered: 0, replies: 0, conversions: 0, cost: 0, complaints: 0 });
      expect(metrics.deliveryRate).toMatchObject({ value: 0, status: 'below' });
      expect(metrics.replyRate.status).toBe('insufficient-data');
      expect(metrics.complaintRate.status).toBe('insufficient-data');
    });

    it('calls the cost per acquisition "above" once the spend alone exceeds the maximum with no conversion', () => {
      const cpa = (cost: number) => evaluateCampaign({ ...healthy, cost, conversions: 0 }).metrics.costPerAcquisition;
      expect(cpa(22.01)).toMatchObject({ value: null, status: 'above' });
      expect(cpa(22)).toMatchObject({ value: null, status: 'insufficient-data' });
      expect(cpa(0)).toMatchObject({ value: null, status: 'insufficient-data' });
    });
  });

  describe('thresholds', () => {
    it('overrides one side and keeps the other default', () => {
      const { costPerAcquisition } = evaluateCampaign({ ...healthy, cost: 1_000 }, { costPerAcquisition: { max: 30 } }).metrics;
      expect(costPerAcquisition.threshold).toEqual({ min: 18, max: 30 });
      expect(costPerAcquisition.status).toBe('ok');
      expect(costPerAcquisition.reason).toContain('调用方设置的阈值');
    });

    it('removes a side with null', () => {
      const { costPerAcquisition } = evaluateCampaign({ ...healthy, cost: 400 }, { costPerAcquisition: { min: null } }).metrics;
      expect(costPerAcquisition.threshold).toEqual({ min: null, max: 22 });
      expect(costPerAcquisition.status).toBe('ok');
    });

    it('checks a complaint-rate maximum once one is set', () => {
      const thresholds = { complaintRate: { max: 0.0001 } };
      expect(evaluateCampaign(healthy, thresholds).metrics.complaintRate.status).toBe('above');
      expect(evaluateCampaign({ ...healthy, complaints: 0 }, thresholds).metrics.complaintRate.status).toBe('ok');
    });
  });

  describe('bad input', () => {
    it.each([
      ['stats.delivered', { ...healthy, delivered: 10_001 }, undefined],
      ['stats.replies', { ...healthy, replies: 9_351 }, undefined],
      ['stats.sent', { ...healthy, sent: 1.5 }, undefined],
      ['stats.cost', { ...healthy, cost: -1 }, undefined],
      ['stats.complaints', { ...healthy, complaints: Number.NaN }, undefined],
      ['stats', { ...healthy, clicks: 3 }, undefined],
      ['thresholds.costPerAcquisition.max', healthy, { costPerAcquisition: { min: 30, max: 20 } }],
      ['thresholds', healthy, { openRate: { min: 0.1 } }],
    ])('rejects input with ComplianceConfigError naming %s', (path, stats, thresholds) => {
      expect(configError(() => evaluateCampaign(stats as CampaignStats, thresholds as never)).path).toBe(path);
    });
  });

  const statsArbitrary = fc
    .record({
      sent: fc.nat(1_000_000),
      deliveredShare: fc.double({ min: 0, max: 1, noNaN: true }),
      replyShare: fc.double({ min: 0, max: 1, noNaN: true }),
      conversions: fc.nat(10_000),
      cost: fc.double({ min: 0, max: 1e7, noNaN: true }),
      complaints: fc.nat(10_000),
    })
    .map(({ sent, deliveredShare, replyShare, ...rest }) => {
      const delivered = Math.floor(sent * deliveredShare);
      return { ...rest, sent, delivered, replies: Math.floor(delivered * replyShare) };
    });

  test.prop([statsArbitrary])('never puts NaN or Infinity in the result, and ok agrees with the statuses', (stats) => {
    const result = evaluateCampaign(stats);
    const json = JSON.stringify(result);
    expect(JSON.parse(json)).toEqual(result); // NaN/Infinity would become null and differ
    expect(result.ok).toBe(Object.values(result.metrics).every((m) => m.status === 'ok' || m.status === 'no-threshold'));
    for (const metric of Object.values(result.metrics)) {
      expect(metric.value === null).toBe(metric.denominator === 0);
    }
  });
});
