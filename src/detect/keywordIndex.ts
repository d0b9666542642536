// Which rules' keywords occur in a line, found in one pass over its characters: an Aho–Corasick
// automaton over ASCII, folded to lower case. A regex alternation of ~130 keywords tried at every
// position cost more than all the rules together on large commits.

/** A set of rule indexes, 32 to a word. */
export type RuleMask = number[];

const ALPHABET = 128;

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
  /** The automaton as a full transition table: next[state * 128 + char]. */
  private readonly next: Int32Array;
  /** Per state, the rules whose keywords end there (following failure links), or undefined. */
  private readonly output: Array<RuleMask | undefined>;
  private readonly words: number;

  /** `keywords` maps each lowercase ASCII keyword to the rules it wakes. */
  constructor(keywords: ReadonlyMap<string, RuleMask>, words: number) {
    this.words = words;
    // The trie: goto edges per state, and what each keyword's last state outputs.
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
    // Breadth first: each state's failure link, its output merged with the link's, and every
    // missing edge filled from the link's, so matching never backtracks.
    this.next = new Int32Array(edges.length * ALPHABET);
    const fail = new Int32Array(edges.length);
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const target = edges[0]!.get(code) ?? 0;
      this.next[code] = target;
      if (target !== 0) queue.push(target);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const linked = output[fail[state]!];
      if (linked) {
        const merged = output[state] ?? new Array<number>(words).fill(0);
        orInto(merged, linked);
        output[state] = merged;
      }
      for (let code = 0; code < ALPHABET; code++) {
        const target = edges[state]!.get(code);
        if (target === undefined) {
          this.next[state * ALPHABET + code] = this.next[fail[state]! * ALPHABET + code]!;
        } else {
          fail[target] = this.next[fail[state]! * ALPHABET + code]!;
          this.next[state * ALPHABET + code] = target;
          queue.push(target);
        }
      }
    }
    // Upper case letters follow the lower case edges.
    for (let state = 0; state < edges.length; state++) {
      for (let code = 65; code <= 90; code++) this.next[state * ALPHABET + code] = this.next[state * ALPHABET + code + 32]!;
    }
    this.output = output;
  }

  /** The rules whose keywords occur in `text`, or undefined when none does. */
  rulesIn(text: string): RuleMask | undefined {
    const next = this.next;
    const output = this.output;
    let state = 0;
    let mask: RuleMask | undefined;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < ALPHABET ? next[state * ALPHABET + code]! : 0;
      const found = output[state];
      if (found !== undefined) {
        if (mask === undefined) mask = found.slice();
        else orInto(mask, found);
      }
    }
    return mask;
  }

  get maskWords(): number {
    return this.words;
  }
}
