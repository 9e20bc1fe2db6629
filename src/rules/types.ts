/**
 * A rule checks one category of TAXONOMY.md over the shared analysis of a post. Like an ESLint
 * rule: `meta` says what it is and how it talks; `check` returns where and which message.
 */
import type { CategoryId, Severity } from "../types.js";
import type { Analysis } from "../analysis/index.js";

export interface RuleMessage {
  /** Plain English, second person: why this may breach the policy. */
  reason: string;
  suggestion?: string;
}

export interface RuleMeta {
  id: CategoryId;
  description: string;
  defaultSeverity: Severity;
  messages: Record<string, RuleMessage>;
}

export interface RuleHit {
  start: number;
  end: number;
  /** A key of meta.messages. */
  message: string;
}

export interface Rule {
  meta: RuleMeta;
  check(a: Analysis): RuleHit[];
}

/** Span covering several pieces of evidence, in original-text offsets. */
export function cover(...spans: Array<{ start: number; end: number }>): { start: number; end: number } {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
