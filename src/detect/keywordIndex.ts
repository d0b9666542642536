// Which rules' keywords occur in a line, found in one pass over its characters: an Aho–Corasick
// automaton over ASCII, folded to lower case. A regex alternation of ~130 keywords tried at every
// position cost more than all the rules together on large commits.

/** A set of rule indexes, 32 to a word. */
export type RuleMask = number[];

const SHIFT = 7;
const ALPHABET = 1 << SHIFT;
/** Set in a transition whose target ends a keyword (bit 0 of target * 128 is free). */
const HAS_OUTPUT = 1;

export function maskWords(ruleCount: number): number {
  return Math.max(1, Math.ceil(ruleCount / 32));
}

export function hasBit(mask: RuleMask, index: number): boolean {
  return ((mask[index >>> 5]! >>> (index & 31)) & 1) === 1;
}

export function setBit(mask: RuleMask, index: number): void {
  mask[index >>> 5]! |= 1 << (index & 31);
}

/** `into |= from`, word by word. */
export function orInto(into: RuleMask, from: RuleMask): void {
  for (let w = 0; w < into.length; w++) into[w]! |= from[w]!;
}

export class KeywordIndex {
  /** Trie edges per state, keyed by lower-case ASCII code. */
  private readonly edges: Array<Map<number, number>>;
  private readonly fail: Int32Array;
  /** Per state, the rules whose keywords end there (following failure links), or undefined. */
  private readonly output: Array<RuleMask | undefined>;
  /**
   * The automaton as a transition table, next[state * 128 + char] = target * 128, plus HAS_OUTPUT
   * when a keyword ends at the target (or -1 when not yet known), filled in as lines need it: a
   * full table costs ~10 ms to build at start-up, more than a small commit's whole scan. Targets
   * are kept multiplied by 128 to save a multiply, and the flag saves a lookup, per character.
   */
  private readonly next: Int32Array;
  private readonly words: number;

  /** `keywords` maps each lowercase ASCII keyword to the rules it wakes. */
  constructor(keywords: ReadonlyMap<string, RuleMask>, words: number) {
    this.words = words;
    const edges: Array<Map<number, number>> = [new Map()];
    const output: Array<RuleMask | undefined> = [undefined];
    for (const [keyword, mask] of keywords) {
      let state = 0;
      for (const char of keyword.toLowerCase()) {
        const code = char.charCodeAt(0);
        if (code >= ALPHABET) throw new Error(`keyword "${keyword}" is not ASCII`);
        let target = edges[state]!.get(code);
        if (target === undefined) {
          target = edges.length;
          edges.push(new Map());
          output.push(undefined);
          edges[state]!.set(code, target);
        }
        state = target;
      }
      const merged = output[state] ?? new Array<number>(words).fill(0);
      orInto(merged, mask);
      output[state] = merged;
    }
    // Breadth first: each state's failure link, and its output merged with the link's.
    const fail = new Int32Array(edges.length);
    const queue: number[] = [...edges[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, target] of edges[state]!) {
        let link = fail[state]!;
        while (link !== 0 && !edges[link]!.has(code)) link = fail[link]!;
        const linked = edges[link]!.get(code);
        fail[target] = linked !== undefined && linked !== target ? linked : 0;
        const inherited = output[fail[target]!];
        if (inherited) {
          const merged = output[target] ?? new Array<number>(words).fill(0);
          orInto(merged, inherited);
          output[target] = merged;
        }
        queue.push(target);
      }
    }
    this.edges = edges;
    this.fail = fail;
    this.output = output;
    this.next = new Int32Array(edges.length * ALPHABET).fill(-1);
  }

  /** The state after `code` from `state`, computed once and kept in the table. */
  private step(state: number, code: number): number {
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    let at = state;
    let target = this.edges[at]!.get(lower);
    while (target === undefined && at !== 0) {
      at = this.fail[at]!;
      target = this.edges[at]!.get(lower);
    }
    const result = target ?? 0;
    const encoded = result * ALPHABET + (this.output[result] ? HAS_OUTPUT : 0);
    this.next[state * ALPHABET + code] = encoded;
    return encoded;
  }

  /** The rules whose keywords occur in `text`, or undefined when none does: read it, never write it. */
  rulesIn(text: string): RuleMask | undefined {
    const next = this.next;
    let at = 0; // the state, times 128
    let mask: RuleMask | undefined;
    let owned = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= ALPHABET) {
        at = 0;
        continue;
      }
      let known = next[at + code]!;
      if (known < 0) known = this.step(at >> SHIFT, code);
      at = known & ~HAS_OUTPUT;
      if (known === at) continue;
      const found = this.output[at >> SHIFT]!;
      if (found !== mask) {
        // Most lines hit one state's mask: it is returned as it is, and copied only to merge another.
        if (mask === undefined) mask = found;
        else {
          if (!owned) {
            mask = mask.slice();
            owned = true;
          }
          orInto(mask, found);
        }
      }
    }
    return mask;
  }

  get maskWords(): number {
    return this.words;
  }
}
