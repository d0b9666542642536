// Values that stand for a secret without being one: template syntax, masks, and "put your key
// here" phrases. Weak words (changeme, secret) are real secrets and are never placeholders.

const TEMPLATE = [
  /\$\{[^}]*\}/, // ${JWT_SECRET}, ${jwt.secret:}
  /\{\{[^}]*\}\}/, // {{ .Values.jwtSecret }}
  /^\$[A-Za-z_][\w]*$/, // $JWT_SECRET
  /^%[A-Za-z_][\w]*%$/, // %JWT_SECRET%
  /%\([\w.]+\)[sd]/, // %(secret)s
  /^<[^<>]{1,80}>$/, // <your-secret>
  /^\[[^[\]]{1,80}\]$/, // [your secret]
  /^#\{[^}]*\}$/, // #{ENV}
];

const MASK = /^(?:x+|X+|\*+|\.+|…+|-+|_+|#+|0+|\?+)$/;

/** Phrases that say "a value goes here", not values someone would sign with. */
const PHRASE = /^(?:(?:your|insert|enter|put|paste)[-_ .]?.*(?:here|key|secret|token|value)|replace[-_ .]?(?:me|with.*|this)|redacted|placeholder|todo|fixme|tbd|none|null|nil|undefined|false|true|example|sample|dummy[-_ ]?value|not[-_ ]?set|unset|secret[-_ ]?goes[-_ ]?here)$/i;

export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  if (MASK.test(trimmed)) return true;
  if (TEMPLATE.some((pattern) => pattern.test(trimmed))) return true;
  // Bounded: PHRASE is only tried on short values.
  return trimmed.length <= 64 && PHRASE.test(trimmed);
}
