/**
 * Gold speaker role and organisation for PFSA-ID dev quotes, and the per-half figures built on them.
 *
 * PFSA-ID marks `persons`, `roles` and `affiliations` as gold spans and each quote's `speaker` span
 * with a label, but never says which role or affiliation belongs to which speaker. The link below is
 * a heuristic (like PFSA's own `speaker_name`), written down here and in the README's Figures section:
 *
 * - Only a quote whose speaker span is labelled `PERSON` can get one; a `PERSONCOREF` speaker
 *   (`kata Presiden`, `katanya`) or no speaker gives no gold role and no gold organisation (not counted).
 * - Gold role = the `roles` span touching the speaker span: (a) ending before the name with only
 *   spaces and commas between (`Direktur Utama Rina Wulandari`); (b) ending before an `affiliations`
 *   span that ends before the name, each gap only spaces and commas, the first gap optionally one
 *   joining word `dari`/`pada`/`di`/`of`/`at` (`Ketua Aliansi Petani Tangguh Rina`); (c) starting after the
 *   name with a gap of spaces and at least one comma (`Rina, Ketua APTB`). The first of (a), (b),
 *   (c) that holds, roles in text order, wins.
 * - Gold organisation = the `affiliations` span touching that role (after it, gap as in (b)'s first
 *   gap; or before it, spaces and commas only), else one touching the name (before it with spaces
 *   and commas, or after it with a gap holding a comma). First in text order wins.
 *
 * Halves: PFSA ids sorted, 1st, 3rd, … → A, 2nd, 4th, … → B (`halvesOf`, as for the gold sets);
 * the wrong-role lists print for half A only. Organisation right is word containment only: PFSA has
 * no list of an organisation's forms (the gold sets' `organisations`), so `AMI` never equals its long name.
 */
import { halvesOf } from './gold-sets.js';
import { rate } from './shared.js';
import type { Figure } from './types.js';

export interface PfsaSpan {
  text: string;
  start: number;
  end: number;
}

export interface PfsaRoleRow {
  id: string;
  text: string;
  roles?: PfsaSpan[];
  affiliations?: PfsaSpan[];
  quotes: { speaker?: (PfsaSpan & { label: string }) | null }[];
}

/** The gold role and organisation of one quote, null when the link finds none. */
export interface SpeakerGold {
  role: string | null;
  organisation: string | null;
}

/** Only spaces and commas. */
const TOUCH = /^[ ,]*$/;
/** Spaces and commas, with at least one comma (a name followed by its apposition). */
const APPOSITION = /^ *,[ ,]*$/;
/** Between a role and its organisation: spaces/commas, or one joining word. */
const ROLE_TO_ORG = /^[ ,]*(?:(?:dari|pada|di|of|at) +)?$/;

const gap = (text: string, from: number, to: number): string | null => (from <= to ? text.slice(from, to) : null);
const fits = (re: RegExp, g: string | null): boolean => g !== null && re.test(g);

/** The gold role and organisation of each quote of one PFSA row (same order as `row.quotes`). */
export function pfsaSpeakerGold(row: PfsaRoleRow): SpeakerGold[] {
  const t = row.text;
  const roles = [...(row.roles ?? [])].sort((a, b) => a.start - b.start);
  const affs = [...(row.affiliations ?? [])].sort((a, b) => a.start - b.start);
  return row.quotes.map((q) => {
    const who = q.speaker;
    if (!who || who.label !== 'PERSON') return { role: null, organisation: null };
    let role: PfsaSpan | undefined;
    for (const r of roles) {
      const before = fits(TOUCH, gap(t, r.end, who.start));
      const viaOrg = affs.some((a) => fits(ROLE_TO_ORG, gap(t, r.end, a.start)) && fits(TOUCH, gap(t, a.end, who.start)));
      const after = fits(APPOSITION, gap(t, who.end, r.start));
      if (before || viaOrg || after) {
        role = r;
        break;
      }
    }
    const r = role;
    const byRole = r ? affs.find((a) => fits(ROLE_TO_ORG, gap(t, r.end, a.start)) || fits(TOUCH, gap(t, a.end, r.start))) : undefined;
    const org =
      byRole ?? affs.find((a) => fits(TOUCH, gap(t, a.end, who.start)) || fits(APPOSITION, gap(t, who.end, a.start)));
    return { role: role?.text ?? null, organisation: org?.text ?? null };
  });
}

/** The half of each PFSA id. */
export function pfsaHalves(rows: readonly { id: string }[]): Map<string, 'A' | 'B'> {
  return halvesOf(rows.map((r) => r.id));
}

/** What the role and organisation figures of one half need from the quote tally. */
export interface RoleTally {
  roleKnown: number;
  roles: number;
  orgKnown: number;
  orgs: number;
  wrongRoles: string[];
  wrongOrgs: string[];
}

/** Gold quotes of one half, and how many of them got a gold role / organisation. */
export interface GoldCounts {
  quotes: number;
  withRole: number;
  withOrg: number;
}

/**
 * `quotes.pfsa.<half>.speaker.role` and `.organisation`: over matched quotes whose linked gold has
 * one; `n/a` with a note when the half has none. Miss lists only for half A.
 */
export function pfsaRoleFigures(half: 'A' | 'B', t: RoleTally, gold: GoldCounts, top: number): Figure[] {
  const label = `PFSA-ID dev ${half}`;
  const counts = `${label}: ${gold.quotes} gold quotes; gold role linked for ${gold.withRole}, organisation for ${gold.withOrg} (heuristic link, scripts/eval/pfsa-roles.ts); scored over matched quotes: role ${t.roleKnown}, organisation ${t.orgKnown}`;
  const detail = (known: number, right: number, what: string, wrong: string[]): string => {
    if (known === 0) return `${counts}\n${label}: no matched quote has a gold ${what}: nothing to measure`;
    const lines = half === 'A' ? wrong.slice(0, top).map((m) => `  ${m}`) : [];
    return [counts, `${label}: wrong ${what}s ${known - right}/${known}${lines.length ? ':' : ''}`, ...lines].join('\n');
  };
  return [
    {
      key: `quotes.pfsa.${half}.speaker.role`,
      label: `${label}: speaker role right`,
      value: rate(t.roles, t.roleKnown),
      detail: detail(t.roleKnown, t.roles, 'role', t.wrongRoles),
    },
    {
      key: `quotes.pfsa.${half}.speaker.organisation`,
      label: `${label}: speaker organisation right`,
      value: rate(t.orgs, t.orgKnown),
      detail: detail(t.orgKnown, t.orgs, 'organisation', t.wrongOrgs),
    },
  ];
}
