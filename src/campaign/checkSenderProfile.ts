import { ComplianceConfigError } from '../errors/ComplianceConfigError.js';
import { parseInput } from '../errors/parseInput.js';
import { senderQualifications } from './_qualifications.js';
import {
  CheckSenderProfileOptionsSchema,
  SenderProfileSchema,
  type CheckSenderProfileOptions,
  type ProfileIssue,
  type SenderProfile,
  type SenderProfileResult,
  type SenderQualifications,
} from './schemas.js';

type Province = SenderQualifications['provinces'][number];
type Requirement = SenderQualifications['requirements'][number];
type ParsedProfile = ReturnType<typeof SenderProfileSchema.parse>;

// Bounded quantifiers only; the optional Han prefix is one code point, so there is nothing to backtrack.
const ICP_LICENSE = /^(\p{Script=Han})?B2-(\d{8})$/u;
const SP_SERVICE_CODE = /^[0-9A-Z]{4,20}$/;
const SMS_PORT = /^106\d{5,17}$/;

/**
 * Checks that a loan-SMS sender holds the qualifications it needs before it sends: a
 * 增值电信业务经营许可证 (B2) number such as `京B2-20190001`, an SP 业务代码, a financial-regulator
 * licence or filing number, and at least one 106 port — plus any documents a province requires
 * (from the rules data or `options.provinceRequirements`).
 *
 * Values are read after NFKC folding and trimming, so full-width `京Ｂ２－２０１９０００１` is
 * accepted. A licence without a province prefix (`B2-20190001`) is a cross-regional licence issued
 * by MIIT and is accepted. Every missing or malformed item is one issue whose `path` names the
 * field; `ok` is `false` iff some issue is an `error`.
 *
 * @param profile - What the host knows about the sender; every field may be missing.
 * @param options - `provinceRequirements`: extra documents per province abbreviation, checked in
 *   `profile.documents`.
 * @returns `{ ok, issues }`.
 * @throws {ComplianceConfigError} When `profile` or `options` is not of the documented shape, or
 *   `options.provinceRequirements` names an unknown province.
 *
 * @example
 * import { checkSenderProfile } from 'sms-compliance';
 *
 * checkSenderProfile({
 *   icpLicense: '京B2-20190001',
 *   spServiceCode: '10690001',
 *   financialFiling: { licenseNumber: 'X0001H111000001' },
 *   ports: ['1069000112345'],
 * });
 * //=> { ok: true, issues: [] }
 *
 * checkSenderProfile({ icpLicense: '京ICP证030173号', spServiceCode: '10690001', ports: ['95555'] }).issues.map((i) => i.code);
 * //=> ['icp-license-malformed', 'financial-filing-missing', 'sms-port-malformed']
 */
export function checkSenderProfile(profile: SenderProfile, options?: CheckSenderProfileOptions): SenderProfileResult {
  const parsed = parseInput(SenderProfileSchema, profile, 'profile');
  const config = parseInput(CheckSenderProfileOptionsSchema, options ?? {}, 'options');
  const rules = senderQualifications();
  const byAbbreviation = new Map<string, Province>();
  for (const province of rules.provinces) {
    for (const abbreviation of province.abbreviations) byAbbreviation.set(abbreviation, province);
  }
  const extraRequirements = resolveExtraRequirements(config.provinceRequirements ?? {}, byAbbreviation);

  const issues: ProfileIssue[] = [];
  const issue = (requirement: Requirement | null, code: string, severity: ProfileIssue['severity'], path: string, text: string, source?: string): void => {
    const key = source ?? requirement?.source;
    issues.push({ code, severity, message: `${text}${basis(rules, key)}`, path, ...(key === undefined ? {} : { source: key }) });
  };

  let icpProvince: Province | undefined;
  for (const requirement of rules.requirements) {
    switch (requirement.field) {
      case 'icpLicense':
        icpProvince = checkIcpLicense(parsed, requirement, byAbbreviation, issue);
        break;
      case 'spServiceCode': {
        const value = fold(parsed.spServiceCode).toUpperCase();
        if (value === '') issue(requirement, 'sp-service-code-missing', 'error', 'spServiceCode', `缺少${requirement.label}。`);
        else if (!SP_SERVICE_CODE.test(value)) {
          issue(requirement, 'sp-service-code-malformed', 'error', 'spServiceCode', `${requirement.label}「${value}」格式不符（${requirement.format}）。`);
        }
        break;
      }
      case 'financialFiling': {
        const filing = parsed.financialFiling;
        if (fold(filing?.licenseNumber) === '' && fold(filing?.filingNumber) === '') {
          issue(requirement, 'financial-filing-missing', 'error', 'financialFiling', `缺少${requirement.label}：贷款营销须由持牌机构发送（${requirement.format}）。`);
        }
        break;
      }
      case 'ports': {
        const ports = parsed.ports ?? [];
        if (ports.length === 0) issue(requirement, 'sms-port-missing', 'error', 'ports', `缺少${requirement.label}（${requirement.format}）。`);
        ports.forEach((port, index) => {
          const value = fold(port);
          if (!SMS_PORT.test(value)) {
            issue(requirement, 'sms-port-malformed', 'error', `ports[${index}]`, `端口「${value}」不是${requirement.label}（${requirement.format}）。`);
          }
        });
        break;
      }
    }
  }

  let senderProvince = icpProvince;
  const declared = fold(parsed.province);
  if (declared !== '') {
    const province = byAbbreviation.get(declared) ?? rules.provinces.find((p) => p.name === declared || (declared.length >= 2 && p.name.startsWith(declared)));
    if (province === undefined) {
      issue(null, 'province-unknown', 'error', 'province', `省份「${declared}」无法识别（应为省份简称如 京、粤，或省份名称）。`, 'seed-qualifications');
    } else {
      senderProvince = province;
      if (icpProvince !== undefined && icpProvince.code !== province.code) {
        issue(null, 'icp-license-province-mismatch', 'warning', 'icpLicense', `经营许可证由${icpProvince.name}核发，但发送方登记在${province.name}：请确认许可证主体与发送主体一致。`, 'B3');
      }
    }
  }

  if (senderProvince !== undefined) {
    const required = [...(rules.provinceRequirements[senderProvince.abbreviations[0]!] ?? []), ...(extraRequirements.get(senderProvince.code) ?? [])];
    for (const requirement of required) {
      if (fold(parsed.documents?.[requirement.id]) === '') {
        const source = requirement.source ?? 'seed-qualifications';
        issue(null, 'province-requirement-missing', 'error', `documents.${requirement.id}`, `${senderProvince.name}要求提供${requirement.label}，profile.documents 中缺少「${requirement.id}」。`, source);
      }
    }
  }

  return { ok: !issues.some((found) => found.severity === 'error'), issues };
}

function checkIcpLicense(
  profile: ParsedProfile,
  requirement: Requirement,
  byAbbreviation: ReadonlyMap<string, Province>,
  issue: (requirement: Requirement, code: string, severity: ProfileIssue['severity'], path: string, text: string) => void,
): Province | undefined {
  const value = fold(profile.icpLicense).toUpperCase();
  if (value === '') {
    issue(requirement, 'icp-license-missing', 'error', 'icpLicense', `缺少${requirement.label}（${requirement.format}）。`);
    return undefined;
  }
  const match = ICP_LICENSE.exec(value);
  if (match === null) {
    // ICP备案号 and 京ICP证 numbers are real identifiers but not a telecom operating licence; say so.
    const hint = /ICP[备證证]/u.test(value) ? 'ICP 备案号或 ICP 证号不能代替 B2 类增值电信业务经营许可证；' : '';
    issue(requirement, 'icp-license-malformed', 'error', 'icpLicense', `${requirement.label}「${value}」格式不符：${hint}${requirement.format}。`);
    return undefined;
  }
  const prefix = match[1];
  if (prefix === undefined) return undefined;
  const province = byAbbreviation.get(prefix);
  if (province === undefined) {
    issue(requirement, 'icp-license-unknown-province', 'error', 'icpLicense', `${requirement.label}「${value}」的省份简称「${prefix}」无法识别（${requirement.format}）。`);
  }
  return province;
}

function resolveExtraRequirements(
  extra: NonNullable<ReturnType<typeof CheckSenderProfileOptionsSchema.parse>['provinceRequirements']>,
  byAbbreviation: ReadonlyMap<string, Province>,
): Map<string, { id: string; label: string; source?: string | undefined }[]> {
  const out = new Map<string, { id: string; label: string; source?: string | undefined }[]>();
  for (const [abbreviation, requirements] of Object.entries(extra)) {
    const province = byAbbreviation.get(abbreviation);
    if (province === undefined) {
      throw new ComplianceConfigError([
        { path: `options.provinceRequirements.${abbreviation}`, message: `unknown province abbreviation ${abbreviation}` },
      ]);
    }
    out.set(province.code, [...(out.get(province.code) ?? []), ...requirements]);
  }
  return out;
}

function basis(rules: SenderQualifications, key: string | undefined): string {
  if (key === undefined) return '';
  const source = rules.sources[key];
  return source === undefined ? `依据：${key}` : `依据：${source.title}`;
}

function fold(value: string | undefined): string {
  return (value ?? '').normalize('NFKC').replace(/\s/gu, '');
}
