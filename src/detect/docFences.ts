// Code blocks of documentation files are code: a `jwt.sign(p, 'shhhhh')` in a README's ```js fence
// is read as JavaScript, a ```yaml block as YAML. The tracker is fed a docs file's lines in order
// (added and context lines of each hunk) and gives each line the language it is written in.
//
// Markdown and MDX: fenced blocks (``` or ~~~, three or more, closed by the same character at least as
// long; a fence in a list item may be indented). MDX also holds ESM: top-level `import`/`export` lines
// are JavaScript. reStructuredText: `.. code-block:: lang` (and `code`, `sourcecode`) followed by an
// indented block. A block without a language stays prose ('markup').
//
// A hunk that starts inside a fence whose opening line git did not show (more than 3 lines above) is
// read as prose up to the first fence line: a fence line with a language opens, a bare one is taken
// as the close (the lines before it were read as prose, as they would be without the tracker).
import { languageOfExtension, type Language } from './language.js';

export type DocsKind = 'markdown' | 'mdx' | 'rst';

const DOCS_KINDS: Record<string, DocsKind> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', mdx: 'mdx', rst: 'rst',
};

/** Whether `path` is a documentation file whose code blocks are read in their language. */
export function docsKindOf(path: string): DocsKind | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? undefined : DOCS_KINDS[base.slice(dot + 1)];
}

/** Info-string words that are not file endings (```js is found through the endings). */
const FENCE_ALIASES: Record<string, Language> = {
  javascript: 'javascript', typescript: 'javascript', node: 'javascript', nodejs: 'javascript', js: 'javascript',
  python: 'python', python3: 'python', py3: 'python', golang: 'go', kotlin: 'kotlin',
  csharp: 'csharp', 'c#': 'csharp', dotnet: 'csharp', ruby: 'ruby', rust: 'rust',
  shell: 'shell', console: 'shell', shellsession: 'shell', terminal: 'shell', powershell: 'shell', ps1: 'shell',
  dockerfile: 'shell', docker: 'shell', dotenv: 'dotenv', ini: 'toml', hcl: 'other', http: 'other',
};

/** The language a fence's info string (```ts title="auth.ts"``` → 'ts') or a directive argument names. */
export function fenceLanguage(info: string): Language {
  const word = /^\{?\.?([\w#+-]+)/.exec(info.trim())?.[1]?.toLowerCase();
  if (!word) return 'markup';
  const language = FENCE_ALIASES[word] ?? languageOfExtension(word);
  return language === 'other' ? 'markup' : language;
}

const MARKDOWN_FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`]*?)[ \t]*$/;
const RST_DIRECTIVE = /^([ \t]*)\.\.[ \t]+(?:code-block|code|sourcecode)::[ \t]*(\S*)/;
const MDX_ESM = /^(?:import|export)\s/;

interface OpenFence {
  marker: string;
  language: Language;
}

interface RstBlock {
  indent: number;
  language: Language;
  /** Until the first indented line: the directive's options (`:linenos:`) and blank lines. */
  started: boolean;
}

export class FenceTracker {
  private fence: OpenFence | undefined;
  private rst: RstBlock | undefined;
  /** Whether the fence state is known: the hunk began at the top of the file, or a fence line settled it. */
  private known = false;
  /** No line of the current hunk seen yet. */
  private fresh = true;

  constructor(private readonly kind: DocsKind) {}

  /** A hunk ended: the next line may be far below, past fences git did not show. */
  hunkEnd(): void {
    this.fence = undefined;
    this.rst = undefined;
    this.fresh = true;
  }

  /** The language of `text`, the next line of the file (lines must come in order). */
  languageOf(text: string, lineNumber: number): Language {
    if (this.fresh) {
      this.fresh = false;
      this.known = lineNumber === 1;
    }
    return this.kind === 'rst' ? this.rstLine(text) : this.markdownLine(text);
  }

  private markdownLine(text: string): Language {
    const m = MARKDOWN_FENCE.exec(text);
    if (this.fence) {
      if (m && m[3] === '' && m[2]![0] === this.fence.marker[0] && m[2]!.length >= this.fence.marker.length) this.fence = undefined;
      return this.fence ? this.fence.language : 'markup';
    }
    if (m) {
      // Unknown state and a bare fence: most likely the close of a block opened above the hunk.
      if (!this.known && m[3] === '') {
        this.known = true;
        return 'markup';
      }
      this.known = true;
      this.fence = { marker: m[2]!, language: fenceLanguage(m[3]!) };
      return 'markup';
    }
    if (this.kind === 'mdx' && MDX_ESM.test(text)) return 'javascript';
    return 'markup';
  }

  private rstLine(text: string): Language {
    const block = this.rst;
    if (block) {
      if (text.trim() === '') return 'markup';
      const indent = /^[ \t]*/.exec(text)![0].length;
      if (indent > block.indent) {
        if (!block.started && /^[ \t]*:[\w-]+:/.test(text)) return 'markup';
        block.started = true;
        return block.language;
      }
      this.rst = undefined;
    }
    const m = RST_DIRECTIVE.exec(text);
    if (m) this.rst = { indent: m[1]!.length, language: fenceLanguage(m[2]!), started: false };
    return 'markup';
  }
}

/**
 * A docs file as code: per language of its code blocks, the file's lines with every line of another
 * language blanked, so that line numbers stay those of the file (for the token analysis).
 */
export function codeViews(lines: readonly string[], kind: DocsKind): Map<Language, string> {
  const tracker = new FenceTracker(kind);
  const languages = lines.map((text, i) => tracker.languageOf(text, i + 1));
  const views = new Map<Language, string>();
  for (const language of new Set(languages)) {
    if (language === 'markup') continue;
    views.set(language, lines.map((text, i) => (languages[i] === language ? text : '')).join('\n'));
  }
  return views;
}
