import type { RuleCases } from '../types.js';

// Made-up keys in Google's shape (AIza and 35 characters): they call nothing.
const KEY1 = 'AIza' + 'Sy' + 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6';
const KEY2 = 'AIza' + 'Sy' + 'Qw3Rt5Yu7Io9' + 'pL0kJ8hG6fD4' + 'a_B-3dE5g';

export const cases: RuleCases = {
  rule: 'google-api-key',
  truePositives: [
    { path: '.env', code: `GOOGLE_API_KEY=${KEY1}`, secret: KEY1 },
    { path: 'src/firebase.js', code: `const firebaseConfig = { apiKey: '${KEY2}', authDomain: 'acme.firebaseapp.com' };`, secret: KEY2, note: 'Firebase web config' },
    { path: 'src/maps.ts', code: `const url = \`https://maps.googleapis.com/maps/api/geocode/json?key=${KEY1}&address=\${q}\`;`, secret: KEY1, note: 'in a URL' },
    { path: 'app/youtube.py', code: `youtube = build("youtube", "v3", developerKey="${KEY2}")`, secret: KEY2 },
    { path: 'android/app/google-services.json', code: `"api_key": [{ "current_key": "${KEY1}" }]`, secret: KEY1 },
    { path: 'config/maps.yml', code: `maps:\n  api_key: ${KEY2}`, secret: KEY2 },
    { path: 'public/index.html', code: `<script src="https://maps.googleapis.com/maps/api/js?key=${KEY1}&callback=initMap"></script>`, secret: KEY1 },
    { path: 'internal/geo/client.go', code: `client, _ := maps.NewClient(maps.WithAPIKey("${KEY2}"))`, secret: KEY2 },
    { path: 'ios/GoogleService-Info.plist', code: `\t<string>${KEY1}</string>`, secret: KEY1 },
    { path: 'docs/maps.md', code: `The staging key is ${KEY2}.`, secret: KEY2 },
  ],
  falsePositives: [
    { path: 'src/firebase.js', code: 'const firebaseConfig = { apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY };', note: 'environment read' },
    { path: 'src/maps.ts', code: `const k = '${KEY1.slice(0, 38)}';`, note: '38 characters' },
    { path: 'src/maps.ts', code: `const k = '${KEY1}x';`, note: '40 characters' },
    { path: 'src/maps.ts', code: `const k = 'GWw4hjABFzZC${KEY1}';`, note: 'inside a longer run' },
    { path: 'src/maps.ts', code: "const k = 'AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';", note: 'one letter repeated' },
    { path: 'src/maps.ts', code: "const k = 'AIZASYCO2CXRMC9ELSKLHLHRMBSWDEVEDZTLO2O';", note: 'wrong case' },
    { path: 'src/maps.ts', code: "const PREFIX = 'AIza';" },
    { path: 'docs/maps.md', code: 'Browser keys start with AIza; restrict each one to its HTTP referrers.' },
    { path: 'src/maps.ts', code: "const k = 'AIzaSyabcdefghijklmnopqrstuvwxyz1234567';", note: 'the alphabet' },
    { path: 'src/maps.ts', code: `const k = 'xAIza${KEY1.slice(4)}';`, note: 'inside a longer word' },
  ],
  placeholders: [
    { path: '.env.example', code: 'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
    { path: '.env.example', code: 'GOOGLE_API_KEY=AIza...' },
    { path: '.env.example', code: 'GOOGLE_API_KEY=AIzaSy_your_api_key_here_xxxxxxxxxxxxxx' },
  ],
};
