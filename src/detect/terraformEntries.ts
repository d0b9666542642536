// The name/value pairs of a Terraform (HCL) line, named by what the value is rather than by the
// attribute that holds it: the `default` of `variable "jwt_secret"` is `jwt_secret`, the `value` of
// an `aws_ssm_parameter` named "/app/jwt_secret" is `app.jwt_secret`, and `JWT_SECRET = "x"` in an
// `environment { variables = { … } }` map is `variables.JWT_SECRET`. Only quoted strings are values:
// `var.jwt_secret`, `random_password.jwt.result` and function calls are computed, and so is a
// string holding `${…}` or `%{…}`. Blocks and siblings come from the lines above in the window.
import type { ConfigEntry } from './configEntries.js';
import { literalAt } from './literals.js';

const MAX_READ = 4000;

/** Attributes that hold a value whose meaning their block gives: its sibling `name`, or its label. */
const VALUE_ATTRIBUTES = new Set(['value', 'default', 'secret_string', 'plaintext_value', 'insecure_value', 'secret_value']);
/** Siblings that name what a value attribute holds (aws_ssm_parameter, github_actions_secret, vault). */
const NAMING_ATTRIBUTES = ['name', 'secret_name', 'parameter_name', 'key'];
/** `name = "…"` on a line below: a naming sibling written after the value. */
const NAMING_LINE = /^\s*(name|secret_name|parameter_name|key)\s*=\s*"([^"$%]{1,200})"/;

interface Block {
  kind: 'block';
  type: string;
  labels: string[];
  /** Literal attributes seen in the block so far. */
  attrs: Map<string, string>;
}
interface MapValue {
  kind: 'map' | 'list';
  key: string | undefined;
}
type Container = Block | MapValue;

export class TerraformReader {
  private readonly stack: Container[] = [];
  /** Names and labels read since the last separator: a block header or an attribute name. */
  private words: string[] = [];
  private afterEquals = false;
  private key: string | undefined;
  private heredocEnd: string | undefined;
  private inComment = false;

  /** A reader in the same state, to go on from without changing this one. */
  clone(): TerraformReader {
    const copy = new TerraformReader();
    for (const each of this.stack) copy.stack.push(each.kind === 'block' ? { ...each, attrs: new Map(each.attrs) } : each);
    copy.heredocEnd = this.heredocEnd;
    copy.inComment = this.inComment;
    return copy;
  }

  read(text: string, onValue?: (name: string, value: string, index: number, block: Block | undefined) => void): void {
    if (this.heredocEnd !== undefined) {
      if (text.trim() === this.heredocEnd) this.heredocEnd = undefined;
      return;
    }
    const end = Math.min(text.length, MAX_READ);
    this.words = [];
    this.afterEquals = false;
    this.key = undefined;
    let pos = 0;
    if (this.inComment) {
      const close = text.indexOf('*/');
      if (close === -1) return;
      this.inComment = false;
      pos = close + 2;
    }
    while (pos < end) {
      const ch = text[pos]!;
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        pos++;
        continue;
      }
      if (ch === '#' || (ch === '/' && text[pos + 1] === '/')) return;
      if (ch === '/' && text[pos + 1] === '*') {
        const close = text.indexOf('*/', pos + 2);
        if (close === -1) {
          this.inComment = true;
          return;
        }
        pos = close + 2;
        continue;
      }
      if (ch === '<' && text[pos + 1] === '<') {
        const heredoc = /^<<-?\s*([A-Za-z_]\w*)/.exec(text.slice(pos, pos + 80));
        if (heredoc) this.heredocEnd = heredoc[1];
        return;
      }
      if (ch === '"') {
        const literal = literalAt(text, pos, end);
        if (!literal) return;
        pos = literal.end;
        if (this.afterEquals) {
          const top = this.stack[this.stack.length - 1];
          const computed = literal.value.includes('${') || literal.value.includes('%{');
          // A string followed by more of the expression (`"a" == var.b ? …`) is not the whole value.
          const rest = text.slice(pos, pos + 40).trimStart();
          const whole = rest === '' || rest[0] === ',' || rest[0] === '}' || rest[0] === '#' || rest.startsWith('//');
          if (top?.kind === 'block' && this.key !== undefined && !computed) top.attrs.set(this.key, literal.value);
          if (top?.kind !== 'list' && this.key !== undefined && !computed && whole) this.report(this.key, literal.value, literal.start + 1, onValue);
          this.valueDone();
        } else {
          this.words.push(literal.value);
        }
        continue;
      }
      if (ch === '=' && text[pos + 1] !== '=' && text[pos + 1] !== '>' && text[pos - 1] !== '!' && text[pos - 1] !== '<' && text[pos - 1] !== '>') {
        this.separator();
      } else if (ch === ':' && this.stack[this.stack.length - 1]?.kind === 'map') {
        this.separator();
      } else if (ch === '{') {
        if (this.afterEquals) this.stack.push({ kind: 'map', key: this.key });
        else this.stack.push({ kind: 'block', type: this.words[0] ?? '', labels: this.words.slice(1), attrs: new Map() });
        this.valueDone();
      } else if (ch === '[' && this.afterEquals) {
        this.stack.push({ kind: 'list', key: this.key });
        this.valueDone();
      } else if (ch === '}' || ch === ']') {
        this.stack.pop();
        this.valueDone();
      } else if (ch === ',') {
        this.valueDone();
      } else if (/[A-Za-z_]/.test(ch)) {
        let stop = pos + 1;
        while (stop < end && /[\w-]/.test(text[stop]!)) stop++;
        if (this.afterEquals) {
          // A reference, a call or a keyword: the rest of the expression is computed.
          this.valueDone();
          return;
        }
        this.words.push(text.slice(pos, stop));
        pos = stop;
        continue;
      } else if (this.afterEquals) {
        // A number, a bracketed expression, an operator: computed or not a string.
        this.valueDone();
        return;
      }
      pos++;
    }
  }

  private separator(): void {
    this.key = this.words[this.words.length - 1];
    this.words = [];
    this.afterEquals = true;
  }

  private report(key: string, value: string, index: number, onValue?: (name: string, value: string, index: number, block: Block | undefined) => void): void {
    let innermost: Block | undefined;
    const maps: string[] = [];
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const each = this.stack[i]!;
      if (each.kind === 'block') {
        innermost = each;
        break;
      }
      if (each.key !== undefined) maps.unshift(each.key);
    }
    if (innermost && maps.length === 0 && VALUE_ATTRIBUTES.has(key)) {
      onValue?.(key, value, index, innermost);
      return;
    }
    onValue?.([...maps, key].join('.'), value, index, undefined);
  }

  private valueDone(): void {
    this.words = [];
    this.afterEquals = false;
    this.key = undefined;
  }
}

/** What a value attribute of `block` holds, by its naming sibling or the block's last label. */
function valueName(block: Block, attribute: string, after: readonly string[]): string {
  if (block.type === 'variable' && attribute !== 'default') return attribute;
  let named = NAMING_ATTRIBUTES.map((name) => block.attrs.get(name)).find((value) => value !== undefined);
  for (let i = 0; named === undefined && i < after.length; i++) {
    const line = after[i]!;
    if (/^\s*\}/.test(line)) break;
    named = NAMING_LINE.exec(line)?.[2];
  }
  if (named !== undefined) return named.replace(/^[/:]+/, '').replace(/[/:]+/g, '.');
  return block.labels[block.labels.length - 1] ?? attribute;
}

/** `above`: a reader that has read the lines above in the hunk (FileFacts keeps one); else the window is read. */
export function terraformEntries(text: string, before: readonly string[], after: readonly string[], above?: TerraformReader): ConfigEntry[] {
  const reader = above?.clone() ?? new TerraformReader();
  if (!above) for (const line of before) reader.read(line);
  const entries: ConfigEntry[] = [];
  reader.read(text, (name, value, index, block) => {
    entries.push({ name: block ? valueName(block, name, after) : name, value, index });
  });
  return entries;
}
