/**
 * Preflight: the rules a release must pass before approval. `runPreflight` runs every rule that
 * applies to the release's kind and returns the findings, blockers first, in rule order.
 * (No rule yet for unresolved comments or pending suggestions: it lands with the review issue.)
 */
import type { Release } from '../document/release';
import { RULES, type CheckResult, type PreflightContext } from './rules';

export { RULES, RULE_IDS, HEADLINE_LIMITS, isValidIsoDate, textLocations } from './rules';
export type { CheckResult, FieldName, Finding, ParamValue, PreflightContext, Rule, RuleId, Severity, Target } from './rules';
export { glossaryFindings, proseUnits, tallyToneStyles, toneStyleFindings, MAX_GLOSSARY_FINDINGS } from './text-style';
export { missingOrganisationFields, organisationFindings, type OrganisationField } from './organisation';
export { blockNodes, inlineText, nodeSize } from './positions';

/** `context` gives the organisation (Settings) and the layout; without it the organisation rule finds nothing. */
export function runPreflight(release: Release, now: Date, context: PreflightContext = {}): CheckResult[] {
  const results: CheckResult[] = [];
  for (const rule of RULES) {
    if (rule.applies(release.kind)) results.push(...rule.check(release, now, context));
  }
  const rank = (r: CheckResult): number => (r.severity === 'blocker' ? 0 : 1);
  return results.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}

/** The findings that block approval. */
export function blockers(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((r) => r.severity === 'blocker');
}

/** The findings that warn but do not block. */
export function warnings(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((r) => r.severity === 'warning');
}
