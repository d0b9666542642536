import type { RuleCases } from '../types.js';

// Made-up tokens in Shopify's shape (a prefix and 32 hex digits): they open no store.
const HEX = 'f3a9c1e7b5d2' + '9e1b7d3f5a0c' + '4d2b8e6a';
const HEX2 = '9e1b7d3f5a0c' + 'f3a9c1e7b5d2' + 'a8c0e4b6';

export const cases: RuleCases = {
  rule: 'shopify-token',
  truePositives: [
    { path: '.env', code: `SHOPIFY_ACCESS_TOKEN=shpat_${HEX}`, secret: `shpat_${HEX}` },
    { path: 'src/shopify.js', code: `const shopify = new Shopify({ accessToken: 'shpca_${HEX2}' });`, secret: `shpca_${HEX2}`, note: 'custom app' },
    { path: 'app/shop.py', code: `session = shopify.Session(shop_url, "2024-01", "shppa_${HEX}")`, secret: `shppa_${HEX}`, note: 'private app' },
    { path: 'config/shopify.yml', code: `shopify:\n  api_secret: shpss_${HEX2}`, secret: `shpss_${HEX2}`, note: 'shared secret' },
    { path: 'config/shopify.json', code: `{ "adminToken": "shpat_${HEX2}" }`, secret: `shpat_${HEX2}` },
    { path: 'scripts/sync.sh', code: `curl -H "X-Shopify-Access-Token: shpat_${HEX}" https://acme.myshopify.com/admin/api/2024-01/products.json`, secret: `shpat_${HEX}` },
    { path: 'internal/shop/client.go', code: `client := goshopify.NewClient(app, "acme", "shpat_${HEX2}")`, secret: `shpat_${HEX2}` },
    { path: 'app/Shop.php', code: `$token = 'shpca_${HEX}';`, secret: `shpca_${HEX}` },
    { path: 'lib/shop.rb', code: `ShopifyAPI::Context.setup(api_secret_key: "shpss_${HEX}")`, secret: `shpss_${HEX}` },
    { path: 'docs/shop.md', code: `The admin token is shpat_${HEX2.toUpperCase()}.`, secret: `shpat_${HEX2.toUpperCase()}`, note: 'upper-case hex' },
  ],
  falsePositives: [
    { path: 'src/shopify.js', code: 'const shopify = new Shopify({ accessToken: process.env.SHOPIFY_ACCESS_TOKEN });', note: 'environment read' },
    { path: 'src/shopify.js', code: `const t = 'shpat_${HEX.slice(1)}';`, note: '31 digits' },
    { path: 'src/shopify.js', code: `const t = 'shpat_${HEX}0';`, note: '33 digits' },
    { path: 'src/shopify.js', code: "const t = 'shpat_zq7xw3kp9lm2vb8nc4rt6yh1jd5gf0s';", note: 'not hex' },
    { path: 'src/shopify.js', code: "const PREFIXES = ['shpat_', 'shpca_', 'shppa_', 'shpss_'];" },
    { path: 'src/shopify.js', code: "const t = 'shpat_00000000000000000000000000000000';", note: 'zeros' },
    { path: 'src/shopify.js', code: "const t = 'shpat_0123456789abcdef0123456789abcdef';", note: 'counting' },
    { path: 'docs/shop.md', code: 'Admin API tokens start with shpat_ and are 38 characters long.' },
    { path: 'src/shopify.js', code: `const t = 'xshpat_${HEX}';`, note: 'inside a longer word' },
    { path: 'src/shopify.js', code: `const t = 'shpxx_${HEX}';`, note: 'not a Shopify prefix' },
  ],
  placeholders: [
    { path: '.env.example', code: 'SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'SHOPIFY_ACCESS_TOKEN=shpat_<your-token>' },
  ],
};
