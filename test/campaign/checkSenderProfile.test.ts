import { describe, expect, it } from 'vitest';
import { checkSenderProfile, SenderProfileResultSchema, type SenderProfile } from '../../src/campaign/index.js';
import { configError } from '../support/configError.js';

const complete: SenderProfile = {
  name: '某某消费金融有限公司',
  icpLicense: '京B2-20190001',
  spServiceCode: '10690001',
  financialFiling: { licenseNumber: 'X0001H111000001', regulator: '国家金融监督管理总局' },
  ports: ['1069000112345'],
};

const codes = (profile: SenderProfile, options?: Parameters<typeof checkSenderProfile>[1]): string[] =>
  checkSenderProfile(profile, options).issues.map((issue) => issue.code);


describe('checkSenderProfile', () => {
  it('passes a profile that holds every qualification', () => {
    expect(checkSenderProfile(complete)).toEqual({ ok: true, issues: [] });
  });

  it('reports one error per missing item, in the order of the rules data, each naming its field', () => {
    const result = checkSenderProfile({});
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path, i.severity])).toEqual([
      ['icp-license-missing', 'icpLicense', 'error'],
      ['sp-service-code-missing', 'spServiceCode', 'error'],
      ['financial-filing-missing', 'financialFiling', 'error'],
      ['sms-port-missing', 'ports', 'error'],
    ]);
    expect(SenderProfileResultSchema.parse(result)).toEqual(result);
  });

  it('writes messages in Chinese that quote the basis', () => {
    const [issue] = checkSenderProfile({ ...complete, icpLicense: undefined }).issues;
    expect(issue?.message).toContain('增值电信业务经营许可证');
    expect(issue?.message).toContain('依据：');
    expect(issue?.source).toBe('seed-qualifications');
  });

  it('treats blank strings as missing', () => {
    expect(codes({ ...complete, icpLicense: '  ', spServiceCode: '', financialFiling: { licenseNumber: ' ', filingNumber: '' }, ports: [] })).toEqual([
      'icp-license-missing',
      'sp-service-code-missing',
      'financial-filing-missing',
      'sms-port-missing',
    ]);
  });

  describe('ICP licence number', () => {
    it.each([
      ['a province-prefixed B2 number', '粤B2-20080123'],
      ['full-width characters', '京Ｂ２－２０１９０００１'],
      ['surrounding and inner spaces and a lower-case b', ' 沪 b2-20200001 '],
      ['a cross-regional MIIT licence without a prefix', 'B2-20090059'],
      ['an alias abbreviation (蜀 for 四川)', '蜀B2-20150001'],
    ])('accepts %s', (_label, icpLicense) => {
      expect(codes({ ...complete, icpLicense })).toEqual([]);
    });

    it.each([
      ['seven digits', '京B2-2019001'],
      ['nine digits', '京B2-201900011'],
      ['a B1 licence', '京B1-20190001'],
      ['no hyphen', '京B220190001'],
      ['two prefix characters', '北京B2-20190001'],
    ])('rejects %s as malformed', (_label, icpLicense) => {
      expect(codes({ ...complete, icpLicense })).toEqual(['icp-license-malformed']);
    });

    it('explains that an ICP 备案号 or ICP 证 number is not a B2 licence', () => {
      for (const icpLicense of ['京ICP证030173号', '京ICP备05002571号']) {
        const [issue] = checkSenderProfile({ ...complete, icpLicense }).issues;
        expect(issue?.code).toBe('icp-license-malformed');
        expect(issue?.message).toContain('不能代替 B2 类');
      }
    });

    it('does not add the ICP hint to other malformed numbers', () => {
      expect(checkSenderProfile({ ...complete, icpLicense: '京B2-1' }).issues[0]?.message).not.toContain('不能代替');
    });

    it('rejects a prefix that is not a mainland province abbreviation', () => {
      expect(codes({ ...complete, icpLicense: '港B2-20190001' })).toEqual(['icp-license-unknown-province']);
    });
  });

  it('rejects an SP code with symbols or of the wrong length, and accepts letters and full-width digits', () => {
    expect(codes({ ...complete, spServiceCode: '1069-0001' })).toEqual(['sp-service-code-malformed']);
    expect(codes({ ...complete, spServiceCode: '106' })).toEqual(['sp-service-code-malformed']);
    expect(codes({ ...complete, spServiceCode: '1'.repeat(21) })).toEqual(['sp-service-code-malformed']);
    expect(codes({ ...complete, spServiceCode: 'AB12' })).toEqual([]);
    expect(codes({ ...complete, spServiceCode: '１０６９０００１' })).toEqual([]);
  });

  it('accepts a filing number in place of a licence number', () => {
    expect(codes({ ...complete, financialFiling: { filingNumber: '京金融备2023001' } })).toEqual([]);
  });

  it('checks every port and names the bad one by index', () => {
    const result = checkSenderProfile({ ...complete, ports: ['1069000112345', '95555', '10690', '106' + '1'.repeat(17), '106' + '1'.repeat(18)] });
    expect(result.issues.map((i) => i.path)).toEqual(['ports[1]', 'ports[2]', 'ports[4]']);
    expect(result.issues.every((i) => i.code === 'sms-port-malformed')).toBe(true);
  });

  describe('province', () => {
    it('warns, without failing, when the declared province differs from the licence province', () => {
      const result = checkSenderProfile({ ...complete, province: '粤' });
      expect(result.ok).toBe(true);
      expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([['icp-license-province-mismatch', 'warning', 'icpLicense']]);
    });

    it('stays silent when the declared province matches, by abbreviation, alias or name', () => {
      expect(codes({ ...complete, province: '京' })).toEqual([]);
      expect(codes({ ...complete, province: '北京市' })).toEqual([]);
      expect(codes({ ...complete, province: '北京' })).toEqual([]);
      expect(codes({ ...complete, icpLicense: '川B2-20150001', province: '蜀' })).toEqual([]);
    });

    it('does not compare a cross-regional licence with the declared province', () => {
      expect(codes({ ...complete, icpLicense: 'B2-20090059', province: '粤' })).toEqual([]);
    });

    it('reports a province it cannot recognise', () => {
      expect(codes({ ...complete, province: '火星' })).toEqual(['province-unknown']);
      expect(codes({ ...complete, province: '河' })).toEqual(['province-unknown']);
    });
  });

  describe('province-specific requirements from options', () => {
    const options = { provinceRequirements: { 粤: [{ id: 'local-filing', label: '广东省地方金融监管备案回执', source: '粤地方金融监管局通知' }] } };

    it('requires the document for a sender of that province', () => {
      const result = checkSenderProfile({ ...complete, icpLicense: '粤B2-20080123' }, options);
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: 'province-requirement-missing', path: 'documents.local-filing', source: '粤地方金融监管局通知' });
      expect(result.issues[0]?.message).toContain('广东省');
    });

    it('takes the province from profile.province over the licence, and stays silent once the document is present', () => {
      expect(codes({ ...complete, province: '粤' }, options)).toEqual(['icp-license-province-mismatch', 'province-requirement-missing']);
      expect(codes({ ...complete, icpLicense: '粤B2-20080123', documents: { 'local-filing': '粤金备〔2026〕12号' } }, options)).toEqual([]);
    });

    it('does not apply to senders of other provinces or with a cross-regional licence and no province', () => {
      expect(codes(complete, options)).toEqual([]);
      expect(codes({ ...complete, icpLicense: 'B2-20090059' }, options)).toEqual([]);
    });

    it('resolves alias abbreviations in the options', () => {
      const aliasOptions = { provinceRequirements: { 蜀: [{ id: 'sc-filing', label: '四川备案' }] } };
      expect(codes({ ...complete, icpLicense: '川B2-20150001' }, aliasOptions)).toEqual(['province-requirement-missing']);
    });
  });

  describe('bad input', () => {
    it('rejects unknown profile keys, naming the path', () => {
      expect(configError(() => checkSenderProfile({ ...complete, icp: 'x' } as SenderProfile)).path).toBe('profile');
    });

    it('rejects a port that is not a string', () => {
      expect(configError(() => checkSenderProfile({ ...complete, ports: [1069] } as unknown as SenderProfile)).path).toBe('profile.ports[0]');
    });

    it('rejects options for an unknown province', () => {
      const error = configError(() => checkSenderProfile(complete, { provinceRequirements: { 港: [{ id: 'x', label: 'x' }] } }));
      expect(error.path).toBe('options.provinceRequirements.港');
    });

    it('rejects a requirement id that is not kebab-case', () => {
      const error = configError(() => checkSenderProfile(complete, { provinceRequirements: { 京: [{ id: 'Local Filing', label: 'x' }] } }));
      expect(error.path).toBe('options.provinceRequirements.京[0].id');
    });

    it('rejects a non-object profile', () => {
      configError(() => checkSenderProfile(null as unknown as SenderProfile));
    });
  });
});
