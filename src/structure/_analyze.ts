import type { MessageKind, Severity, Suggestion } from '../engine/types.js';
import { surrogatePairs } from '../_lib/codePoints.js';
import { structureData } from './_data.js';
import { capacity, measure, offsetBeyond } from './_length.js';
import { contentLength, contentOffset, hasContentAfter, recognize, type Recognition } from './_recognize.js';
import { toSimplified } from '../normalize/traditionalTable.js';

export { recognize } from './_recognize.js';
import type { LengthInfo, ResolvedStructureOptions, StructureReport } from './schemas.js';

/**
 * The rule ids of the structure checks (public API: they are `lint()` rule ids).
 *
 * @internal
 */
export type StructureRuleId = 'identity' | 'feature-length' | 'reply-options' | 'unsubscribe' | 'layer-order' | 'message-length';

/**
 * One finding of the analysis, before the engine or `checkStructure` adds the excerpt.
 *
 * @internal
 */
export interface Finding {
  readonly ruleId: StructureRuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly suggestion?: Suggestion;
}

/**
 * The whole structure analysis of one message.
 *
 * @internal
 */
export interface Analysis {
  readonly layers: StructureReport['layers'];
  readonly findings: readonly Finding[];
  readonly length: LengthInfo;
}

/** Checks that apply to notifications; the rest are marketing-only. */
const NOTIFICATION_RULES: ReadonlySet<StructureRuleId> = new Set(['identity', 'unsubscribe', 'message-length']);

/**
 * The one structure analysis: `checkStructure` returns its findings and each `lint()` rule
 * reports the findings carrying its id, so both always agree.
 *
 * @internal
 */
export function analyzeStructure(text: string, options: ResolvedStructureOptions, found: Recognition = recognize(text)): Analysis {
  const measurement = measure(text, options.billing);
  const layers = layersOf(found);
  // Pushed in rule order, as the concatenation they replace; a notification skips the marketing-only
  // rules instead of filtering their findings out afterwards.
  const findings: Finding[] = [];
  const marketing = options.kind === 'marketing';
  append(findings, identityFindings(found, options));
  if (marketing) append(findings, featureFindings(layers, options));
  if (marketing) append(findings, replyFindings(found, layers, options));
  append(findings, unsubscribeFindings(text, found, options, options.kind));
  if (marketing) append(findings, orderFindings(layers));
  append(findings, lengthFindings(text, measurement, options));

  return { layers, findings, length: measurement.info };
}

/**
 * The findings of ONE structure rule — exactly those `analyzeStructure` reports with that id — from a
 * recognition the caller may share between rules (the engine memoises it per lint call), so six rules
 * cost one analysis. `recognition` is called only by the rules that read the layers (not by
 * `message-length`, which only counts). `ruleOptions` are the rule's own options as its schema
 * parsed them (every field present): no finding of one rule reads another rule's options, so they
 * are passed as they are, not merged into a full options object per call.
 *
 * @internal
 */
export function ruleFindings(
  id: StructureRuleId,
  text: string,
  kind: MessageKind,
  ruleOptions: object,
  recognition: () => Recognition,
): readonly Finding[] {
  if (kind !== 'marketing' && !NOTIFICATION_RULES.has(id)) return [];
  const options = ruleOptions as Partial<ResolvedStructureOptions>;
  switch (id) {
    case 'identity':
      return identityFindings(recognition(), options as Pick<ResolvedStructureOptions, 'institution' | 'allowSignatures'>);
    case 'feature-length':
      return featureFindings(layersOf(recognition()), options as Pick<ResolvedStructureOptions, 'maxFeatureChars'>);
    case 'reply-options': {
      const found = recognition();
      return replyFindings(found, layersOf(found), options as Pick<ResolvedStructureOptions, 'minReplyOptions' | 'maxReplyOptions'>);
    }
    case 'unsubscribe':
      return unsubscribeFindings(text, recognition(), options as Pick<ResolvedStructureOptions, 'acceptedUnsubscribe'>, kind);
    case 'layer-order':
      return orderFindings(layersOf(recognition()));
    case 'message-length': {
      const length = options as Pick<ResolvedStructureOptions, 'billing' | 'maxParts'>;
      return lengthFindings(text, measure(text, length.billing), length);
    }
  }
}

function append(to: Finding[], from: readonly Finding[]): void {
  for (const finding of from) to.push(finding);
}

function layersOf(found: Recognition): StructureReport['layers'] {
  return {
    identity: found.identity,
    feature: found.chunks[0] ?? null,
    interaction: found.interaction,
    unsubscribe: toLayer(found.unsubscribes[found.unsubscribes.length - 1]),
  };
}

function featureFindings(l: StructureReport['layers'], options: Pick<ResolvedStructureOptions, 'maxFeatureChars'>): Finding[] {
  const feature = l.feature;
  if (!feature) {
    const at = l.identity?.end ?? 0;
    return [finding('feature-length', 'warning', at, at, '缺少服务特性说明（第二层）：签名之后应简要说明所提供的服务，如「您享有专属绿色通道」。')];
  }
  const count = contentLength(feature.text);
  if (count <= options.maxFeatureChars) return [];
  const from = feature.start + tokenStart(feature.text, contentOffset(feature.text, options.maxFeatureChars) ?? 0);
  return [
    finding(
      'feature-length',
      'warning',
      from,
      feature.end,
      `服务特性说明共${count}字（计汉字、字母和数字），超过${options.maxFeatureChars}字上限；超出部分从此处开始。`,
    ),
  ];
}

// Characters of a Latin token: a number ("1,280.00"), a date ("2026.12.01-2026.12.31"), a link.
const TOKEN_PUNCTUATION = '.-/:_%@#?&=+~';

/**
 * `offset` moved back to the start of the Latin/digit token it falls inside, so that the excess of a
 * feature starts at "200万", not "00万", and a link is reported whole. Han text has no tokens to cut.
 */
function tokenStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && isTokenUnit(text, at - 1) && isTokenUnit(text, at)) at -= 1;
  return at;
}

function isTokenUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  // A comma belongs to a token only as a thousands separator, between digits.
  if (code === 0x2c) return isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
  return code < 0x80 && TOKEN_PUNCTUATION.includes(text.charAt(i));
}

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

function toLayer(statement: { text: string; start: number; end: number } | undefined): StructureReport['layers']['unsubscribe'] {
  return statement ? { text: statement.text, start: statement.start, end: statement.end } : null;
}

function finding(
  ruleId: StructureRuleId,
  severity: Severity,
  start: number,
  end: number,
  message: string,
  suggestion?: Suggestion,
): Finding {
  return suggestion ? { ruleId, severity, message, start, end, suggestion } : { ruleId, severity, message, start, end };
}

const SIGNATURE_CHARSET = /^[\p{Script=Han}A-Za-z0-9]+$/u;
// A signature that passed SIGNATURE_CHARSET has only Han, ASCII letters and digits, so only A–Z can
// change case: a Han-only one skips toLowerCase, which is slow on two-byte strings.
const HAS_UPPER_ASCII = /[A-Z]/;
// A lender type alone (【银行】, 【消费金融】) names no institution either.
const NEUTRAL_SIGNATURES: ReadonlySet<string> = new Set(
  [...structureData.neutralSignatures.names, ...structureData.institutionTypes.names].map((name) => name.toLowerCase()),
);

function identityFindings(found: Recognition, options: Pick<ResolvedStructureOptions, 'institution' | 'allowSignatures'>): Finding[] {
  const out: Finding[] = [];
  const { minLength, maxLength } = structureData.signature;
  const institution = options.institution?.[0];
  if (found.padding > 0) {
    out.push(
      finding('identity', 'error', 0, found.padding, '签名前有空白或不可见字符：签名须位于短信最开头（运营商签名规范）。', {
        text: '',
        start: 0,
        end: found.padding,
      }),
    );
  }
  if (found.unclosedSignature) {
    out.push(
      finding('identity', 'error', found.padding, found.padding + 1, '签名缺少结束括号「】」：签名须写成【机构名称】并置于短信开头（运营商签名规范）。'),
    );
  } else if (!found.identity && found.trailingSignature) {
    // A trailing signature (后置签名) is moved: inserted at the start by one fix, deleted at the end by the other.
    const trailing = found.trailingSignature;
    const inner = trailing.text.slice(1, -1);
    out.push(
      finding(
        'identity',
        'error',
        0,
        0,
        `签名「${inner}」放在了短信末尾：签名只能前置，须以【持牌机构名称】开头（运营商签名规范）；请移到开头。`,
        { text: `【${institution ?? inner}】`, start: 0, end: 0 },
      ),
      finding('identity', 'error', trailing.start, trailing.end, `末尾的签名「${trailing.text}」：后置签名不被接受，移到短信开头后删除此处。`, {
        text: '',
        start: trailing.start,
        end: trailing.end,
      }),
    );
  } else if (!found.identity) {
    out.push(
      finding(
        'identity',
        'error',
        0,
        0,
        '缺少前置签名：短信须以【持牌机构名称】开头，签名只能前置（运营商签名规范；《广告法》第四十三条要求表明发送者真实身份）。',
        institution === undefined ? undefined : { text: `【${institution}】`, start: 0, end: 0 },
      ),
    );
  } else {
    const { identity } = found;
    const inner = identity.text.slice(1, -1);
    // Read through the traditional → simplified table once, by the first check that needs it.
    let simplified: string | undefined;
    const chars = inner.length - surrogatePairs(inner);
    // Every finding of this branch covers the whole signature.
    const onSignature = (severity: Severity, message: string, suggestion?: Suggestion): void => {
      out.push(finding('identity', severity, identity.start, identity.end, message, suggestion));
    };
    if (chars < minLength || chars > maxLength) {
      onSignature('error', `签名「${inner}」有${chars}个字符，须为${minLength}–${maxLength}个（运营商签名规范）。`);
    } else if (!SIGNATURE_CHARSET.test(inner)) {
      onSignature('error', `签名「${inner}」只能包含中文、英文字母和数字，不能有空格或符号（运营商签名规范）。`);
    } else if (NEUTRAL_SIGNATURES.has(toSimplified(HAS_UPPER_ASCII.test(inner) ? inner.toLowerCase() : inner))) {
      onSignature('error', `「${inner}」是中性签名，运营商不予通过：签名须是持牌机构的名称或品牌名。`);
    } else if (options.institution && !options.institution.includes(inner)) {
      onSignature('error', `签名「${inner}」与持牌机构名称「${options.institution.join('、')}」不符：签名须与资质材料一致。`, {
        text: `【${institution}】`,
        start: identity.start,
        end: identity.end,
      });
    } else if (!hostNamed(inner, options) && namesNoOne((simplified ??= toSimplified(inner)))) {
      onSignature(
        'error',
        `「${inner}」是中性签名：只有机构类型和「客服」「中心」之类的通用词，看不出是哪家机构，运营商不予通过；签名须是持牌机构的名称或品牌名。`,
      );
    } else if (!hostNamed(inner, options) && namesIntermediary((simplified ??= toSimplified(inner)))) {
      onSignature(
        'error',
        `签名「${inner}」是中介机构：金融营销须由持牌机构（或其委托的发布主体）开展，贷款中介不得发送贷款营销短信（银发〔2019〕316号）。`,
      );
    } else if (!options.institution && !options.allowSignatures.includes(inner) && !namesLenderType((simplified ??= toSimplified(inner)))) {
      onSignature(
        'warning',
        `签名「${inner}」看不出是可放贷的持牌机构（银行、消费金融、小额贷款、信托、汽车金融…）；如是持牌机构的品牌名，请在 institution 或 allowSignatures 中配置。`,
      );
    }
  }
  for (const bracket of found.bodyBrackets) {
    out.push(
      finding(
        'identity',
        'error',
        bracket.start,
        bracket.end,
        '正文中不能出现【】：【】只用于开头的签名，正文里的第二个【…】会被运营商拒绝。',
        { text: bracket.inner ?? '', start: bracket.start, end: bracket.end },
      ),
    );
  }
  return out;
}


/**
 * Whether a (simplified) signature names a lender type (银行, 消费金融…) and no word that makes it something else
 * (保险代理, 贷款咨询). 【XX銀行】 does too, read as 【XX银行】: its traditional characters are forbidden-characters'
 * finding, not a reason to doubt the licence.
 */
function namesLenderType(simplified: string): boolean {
  const { names, notLenderWords } = structureData.institutionTypes;
  return names.some((type) => simplified.includes(type)) && !notLenderWords.some((word) => simplified.includes(word));
}

/** Whether the host named this signature (`institution`, `allowSignatures`): then no word in it makes it suspect. */
function hostNamed(inner: string, options: Pick<ResolvedStructureOptions, 'institution' | 'allowSignatures'>): boolean {
  return (options.institution?.includes(inner) ?? false) || options.allowSignatures.includes(inner);
}

// Longest first, so 信用卡 goes before 信用 could, and 消费金融 before 金融.
const NAMELESS_WORDS: readonly string[] = [...structureData.institutionTypes.names, ...structureData.neutralSignatures.genericWords].sort(
  (a, b) => b.length - a.length,
);

const NAMELESS_UNITS: ReadonlySet<number> = new Set(NAMELESS_WORDS.flatMap((word) => Array.from(word, (unit) => unit.charCodeAt(0))));

/**
 * Whether a (simplified) signature is made only of lender types and generic words — 【商业银行】, 【银行客服】,
 * 【消费金融公司】, 【信用卡中心】: it names a kind of institution, not one.
 */
function namesNoOne(simplified: string): boolean {
  // Most signatures hold a character of no such word (招商银行: 招): one look at each unit settles them.
  for (let i = 0; i < simplified.length; i++) if (!NAMELESS_UNITS.has(simplified.charCodeAt(i))) return false;
  let rest = simplified;
  for (const word of NAMELESS_WORDS) if (rest.includes(word)) rest = rest.split(word).join('');
  return rest.length === 0;
}

/** Whether a (simplified) signature names a loan intermediary (贷款中介, 代办). */
function namesIntermediary(simplified: string): boolean {
  return structureData.institutionTypes.intermediaries.words.some((word) => simplified.includes(word));
}

const RESERVED_KEYS: ReadonlySet<string> = new Set(structureData.unsubscribe.reservedKeys);

function replyFindings(
  found: Recognition,
  layers: StructureReport['layers'],
  options: Pick<ResolvedStructureOptions, 'minReplyOptions' | 'maxReplyOptions'>,
): Finding[] {
  const { minReplyOptions: min, maxReplyOptions: max } = options;
  const interaction = found.interaction;
  const range = (): string => (min === max ? `${min}` : `${min}–${max}`);
  if (!interaction) {
    if (min === 0) return [];
    const at = layers.feature?.end ?? layers.identity?.end ?? 0;
    return [finding('reply-options', 'warning', at, at, `缺少互动引导（第三层）：应设置${range()}个回复选项，如「回复1了解详情，回复2预约回电」。`)];
  }
  const out: Finding[] = [];
  const { options: replies } = interaction;
  if (replies.length < min) {
    out.push(finding('reply-options', 'warning', interaction.start, interaction.end, `只有${replies.length}个回复选项，应设置${range()}个。`));
  }
  const firstExtra = replies[max];
  if (firstExtra) {
    out.push(finding('reply-options', 'warning', firstExtra.start, interaction.end, `有${replies.length}个回复选项，超过${max}个；多余的选项从此处开始。`));
  }
  // The reserved keys and the keys the message's own unsubscribe statements ask for (a message has
  // one or two: a set pays only when there are many).
  const statements = found.unsubscribes;
  const own = statements.length > 4 ? new Set(statements.map((s) => s.key)) : null;
  const reserved = (key: string): boolean =>
    RESERVED_KEYS.has(key) || (own ? own.has(key) : statements.some((s) => s.key === key));
  const seen = new Set<string>();
  for (const reply of replies) {
    const key = reply.key.toUpperCase();
    if (reserved(key)) {
      out.push(finding('reply-options', 'error', reply.start, reply.end, `回复选项「${reply.key}」与退订指令冲突：回复${key}会被运营商当作退订处理。`));
    } else if (seen.has(key)) {
      out.push(finding('reply-options', 'error', reply.start, reply.end, `回复选项「${reply.key}」重复：每个选项须使用不同的回复内容。`));
    }
    seen.add(key);
  }
  return out;
}

function unsubscribeFindings(
  text: string,
  found: Recognition,
  options: Pick<ResolvedStructureOptions, 'acceptedUnsubscribe'>,
  kind: MessageKind,
): Finding[] {
  const accepted = options.acceptedUnsubscribe;
  const preferred = accepted[0]!;
  if (kind === 'notification') {
    return found.unsubscribes.map((s) =>
      finding('unsubscribe', 'error', s.start, s.end, `通知类短信不能包含退订声明「${s.text}」：带退订声明即按营销短信审核（通知短信模板规范）。`, {
        text: '',
        start: s.start,
        end: s.end,
      }),
    );
  }
  const last = found.unsubscribes[found.unsubscribes.length - 1];
  if (!last) {
    // The end of the message is before a trailing signature: identity's fix moves that to the front.
    const end = found.trailingSignature?.start ?? text.length;
    const separator = /[\p{L}\p{N}]$/u.test(text.slice(0, end)) ? '。' : '';
    return [
      finding(
        'unsubscribe',
        'error',
        end,
        end,
        `营销短信缺少退订声明：须在末尾注明「${preferred}」（《通信短信息服务管理规定》《广告法》第四十三条要求提供拒收方式；运营商模板规范）。`,
        { text: `${separator}${preferred}`, start: end, end },
      ),
    ];
  }
  const out: Finding[] = found.unsubscribes.slice(0, -1).map((s) =>
    finding('unsubscribe', 'warning', s.start, s.end, `重复的退订声明「${s.text}」：退订声明只需在末尾出现一次。`, {
      text: '',
      start: s.start,
      end: s.end,
    }),
  );
  if (!accepted.includes(last.text)) {
    out.push(
      finding('unsubscribe', 'error', last.start, last.end, `退订声明「${last.text}」不是被接受的格式，应为「${accepted.join('」或「')}」（运营商模板规范）。`, {
        text: preferred,
        start: last.start,
        end: last.end,
      }),
    );
  }
  // A trailing signature is the identity's finding: the statement before it still ends the message.
  if (hasContentAfter(text, last.end, found.trailingSignature?.start ?? text.length)) {
    out.push(finding('unsubscribe', 'error', last.start, last.end, `退订声明「${last.text}」须位于短信末尾，之后不能再有其他内容（运营商模板规范）。`));
  }
  return out;
}

const LAYER_NAMES = { identity: '签名', feature: '服务特性说明', interaction: '互动引导（回复选项）' } as const;

function orderFindings(layers: StructureReport['layers']): Finding[] {
  const out: Finding[] = [];
  let previous: { name: string; start: number } | null = null;
  for (const key of ['identity', 'feature', 'interaction'] as const) {
    const current = layers[key];
    if (!current) continue;
    if (previous && current.start < previous.start) {
      out.push(
        finding(
          'layer-order',
          'warning',
          current.start,
          current.end,
          `${LAYER_NAMES[key]}应位于${previous.name}之后：四层顺序为 签名 → 服务特性说明 → 互动引导 → 退订声明。`,
        ),
      );
      continue;
    }
    previous = { name: LAYER_NAMES[key], start: current.start };
  }
  return out;
}

function lengthFindings(
  text: string,
  measurement: ReturnType<typeof measure>,
  options: Pick<ResolvedStructureOptions, 'maxParts'>,
): Finding[] {
  const { chars, parts, encoding } = measurement.info;
  const max = structureData.length.maxChars;
  if (chars > max) {
    const from = offsetBeyond(measurement, max) ?? 0;
    return [finding('message-length', 'error', from, text.length, `短信共${chars}字，超过运营商${max}字的上限（含签名）；超出部分从此处开始。`)];
  }
  if (parts <= options.maxParts) return [];
  const fits = capacity(encoding, options.maxParts);
  const from = offsetBeyond(measurement, fits) ?? 0;
  const rule = encoding === 'GSM-7' ? '160字内计1条，超过后每153字计1条' : '70字内计1条，超过后每67字计1条';
  return [
    finding(
      'message-length',
      'warning',
      from,
      text.length,
      `短信共${chars}字，按${parts}条计费（${rule}，签名计入），超过${options.maxParts}条；超出部分从此处开始。`,
    ),
  ];
}
