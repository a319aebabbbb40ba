import type { AnyRuleDefinition, MessageKind, Severity } from '../engine/types.js';

/** Plain-data description of a rule: what `rules` lists and what a linter reports it runs. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  readonly basis?: string;
  readonly docs?: string;
  readonly kinds: readonly MessageKind[];
}

/** @internal */
export function describeRule(rule: AnyRuleDefinition): RuleInfo {
  const { meta } = rule;
  return {
    id: rule.id,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable,
    ...(meta.basis === undefined ? {} : { basis: meta.basis }),
    ...(meta.docs === undefined ? {} : { docs: meta.docs }),
    kinds: meta.kinds ?? ['marketing', 'notification'],
  };
}
