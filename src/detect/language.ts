// A file's language from its name: rules and fix advice depend on it.

export type Language =
  | 'javascript'
  | 'python'
  | 'go'
  | 'java'
  | 'kotlin'
  | 'csharp'
  | 'ruby'
  | 'php'
  | 'rust'
  | 'dotenv'
  | 'yaml'
  | 'json'
  | 'properties'
  | 'toml'
  | 'hocon'
  | 'terraform'
  | 'sql'
  | 'markup'
  | 'shell'
  | 'other';

const BY_EXTENSION: Record<string, Language> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'javascript', mts: 'javascript', cts: 'javascript', tsx: 'javascript',
  vue: 'javascript', svelte: 'javascript', astro: 'javascript',
  py: 'python', pyw: 'python',
  go: 'go',
  java: 'java', groovy: 'java', scala: 'java',
  kt: 'kotlin', kts: 'kotlin',
  cs: 'csharp',
  rb: 'ruby', rake: 'ruby',
  php: 'php',
  rs: 'rust',
  env: 'dotenv',
  yml: 'yaml', yaml: 'yaml',
  json: 'json', jsonc: 'json', json5: 'json',
  properties: 'properties',
  toml: 'toml', ini: 'toml', cfg: 'toml',
  // Ktor and Akka/Play `application.conf`: HOCON. Other `.conf` files (nginx, supervisord) are read
  // as HOCON too: their `name value` and `name = value` lines parse alike.
  conf: 'hocon', hocon: 'hocon',
  tf: 'terraform', tfvars: 'terraform', hcl: 'terraform',
  sql: 'sql',
  html: 'markup', htm: 'markup', xml: 'markup', md: 'markup', markdown: 'markup', mdx: 'markup', rst: 'markup', adoc: 'markup',
  sh: 'shell', bash: 'shell', zsh: 'shell',
};

export function languageOf(path: string): Language {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  // .env, .env.local, .env.production, .env.example, app.env
  if (base === '.env' || base.startsWith('.env.') || base.endsWith('.env')) return 'dotenv';
  if (base === 'gemfile' || base === 'rakefile') return 'ruby';
  if (base === 'dockerfile' || base.startsWith('dockerfile.')) return 'shell';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'other';
  return languageOfExtension(base.slice(dot + 1));
}

/** The language of a file ending (without the dot, lowercase); 'other' when none. */
export function languageOfExtension(extension: string): Language {
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension]! : 'other';
}

/** Languages whose code calls JWT libraries (rather than configuring them). */
export const CODE_LANGUAGES: readonly Language[] = [
  'javascript', 'python', 'go', 'java', 'kotlin', 'csharp', 'ruby', 'php', 'rust',
];

/** The language lists that rule and call tables name their rows by. */
export const LANGUAGE_SETS = {
  javascript: ['javascript'],
  python: ['python'],
  go: ['go'],
  jvm: ['java', 'kotlin'],
  csharp: ['csharp'],
  ruby: ['ruby'],
  php: ['php'],
  rust: ['rust'],
} as const satisfies Record<string, readonly Language[]>;

/** The file endings read as `language` (for asking git which files of a language hold a pattern). */
export function extensionsOf(language: Language): string[] {
  return Object.entries(BY_EXTENSION).flatMap(([extension, each]) => (each === language ? [extension] : []));
}
