import type { SectionId } from "./sections.ts";

// Which lines fill the budget. A line's worth is its rank (importance) times how much it adds that the lines
// already chosen do not say (its distinctive terms not yet covered), per token it costs: a short, dense line
// beats a long, chatty one of the same rank, and a near-duplicate of a chosen line loses its claim.

export interface Option {
  id: string;
  section: SectionId;
  line: string;
  /** Tokens of the line, newline included. */
  tokens: number;
  /** rankScore of the item (pinned items rank above 1000). */
  rank: number;
  keys: readonly string[];
  pinned: boolean;
  /** Lines of one group share a heading line (key files of one directory): its cost is paid once. */
  group?: string;
  /** The line's text inside its group's line. */
  short?: string;
  /** The line says no more than its index entry would (a bare path): see POINTER_WORTH. */
  pointer?: boolean;
  /**
   * A shorter line for the same item (a settings line's telling settings, settings-brief.ts). It counts at the
   * item's full rank: what the next session needs of a settings list is which file holds it and what it last set,
   * and the rest is in the file. Whichever of the two lines is taken, the other is not.
   */
  brief?: boolean;
}

/** Ranks at or below this are worth nothing: such lines only fill room that nothing better wants. */
const RANK_FLOOR = 25;
/** How strongly cost counts: 0 = by rank alone, 1 = by rank per token. */
const COST_EXPONENT = 0.6;
/**
 * What a line that only names something (a key file as a bare path, no role or definitions) is worth beside a
 * line that says something about it: the index lists the same name for a fraction of the cost, and the next
 * session can open the file itself. Cheap pointers otherwise crowd out the statements nobody can re-derive.
 */
const POINTER_WORTH = 0.5;
/**
 * What a line whose terms are all covered already still adds (its wording, its status). Term-less lines are
 * judged by their words (options.ts), so a fully covered line is a repetition, not a line of unknown content.
 */
const REDUNDANT_WORTH = 0.2;

function novelty(option: Option, covered: ReadonlySet<string>): number {
  if (option.keys.length === 0) return 1;
  let fresh = 0;
  for (const key of option.keys) if (!covered.has(key)) fresh++;
  return REDUNDANT_WORTH + (1 - REDUNDANT_WORTH) * (fresh / option.keys.length);
}

function gain(option: Option, covered: ReadonlySet<string>, headerCost: number): number {
  const worth =
    Math.max(0.5, option.rank - RANK_FLOOR) * novelty(option, covered) * (option.pointer ? POINTER_WORTH : 1);
  return worth / (option.tokens + headerCost) ** COST_EXPONENT;
}

/**
 * Picks lines within `room` tokens: pinned ones first (in rank order), then greedily by gain.
 * `headerCost(heading)` is what opening a section, or a group within it, costs. Quadratic in the options in the worst case, which
 * stays cheap for ledgers of a few thousand items because picking stops when the room is full.
 */
export function selectLines(options: Option[], room: number, headerCost: (heading: string) => number): Option[] {
  const chosen: Option[] = [];
  const covered = new Set<string>();
  const opened = new Set<string>();
  let used = 0;
  const opening = (o: Option): number =>
    (opened.has(o.section) ? 0 : headerCost(o.section)) + (o.group && !opened.has(o.group) ? headerCost(o.group) : 0);
  const cost = (o: Option) => o.tokens + opening(o);
  const take = (o: Option): void => {
    used += cost(o);
    opened.add(o.section);
    if (o.group) opened.add(o.group);
    chosen.push(o);
    for (const key of o.keys) covered.add(key);
  };
  const rest: Option[] = [];
  for (const option of [...options].sort((a, b) => b.rank - a.rank)) {
    if (option.pinned && used + cost(option) <= room) take(option);
    else if (!option.pinned) rest.push(option);
  }
  for (;;) {
    let best = -1;
    let bestGain = 0;
    for (let i = 0; i < rest.length; i++) {
      const option = rest[i] as Option;
      if (used + cost(option) > room) continue;
      const g = gain(option, covered, opening(option));
      if (g > bestGain) {
        bestGain = g;
        best = i;
      }
    }
    if (best < 0) break;
    const taken = rest[best] as Option;
    take(taken);
    rest.splice(best, 1);
    if (taken.brief || rest.some((o) => o.brief && o.id === taken.id))
      for (let i = rest.length - 1; i >= 0; i--) if ((rest[i] as Option).id === taken.id) rest.splice(i, 1);
  }
  return chosen;
}
