import type { RuleCases } from '../types.js';

// Made-up ids in AWS's shape (a kind and 16 characters of base32): they open nothing.
const ID1 = 'AKIA' + 'Q2W3E4R5T6Y7U2I3';
const ID2 = 'AKIA' + 'R4T6Y2U3I7O5P3L2';
const ID3 = 'ASIA' + 'Z7X6C5V4B3N2M7K6';

export const cases: RuleCases = {
  rule: 'aws-access-key-id',
  truePositives: [
    { path: 'src/s3.js', code: `const accessKeyId = '${ID1}';`, secret: ID1 },
    { path: '.env', code: `AWS_ACCESS_KEY_ID=${ID2}`, secret: ID2 },
    { path: 'deploy/credentials', code: `[default]\naws_access_key_id = ${ID1}`, secret: ID1, note: '~/.aws/credentials' },
    { path: 'config/aws.yml', code: `aws_access_key_id: ${ID3}`, secret: ID3, note: 'temporary STS id' },
    { path: 'config/aws.json', code: `{ "AccessKeyId": "${ID3}" }`, secret: ID3 },
    { path: 'jobs/upload.py', code: `s3 = boto3.client("s3", aws_access_key_id="${ID2}")`, secret: ID2 },
    { path: 'storage/s3.go', code: `creds := credentials.NewStaticCredentials("${ID1}", secret, "")`, secret: ID1 },
    { path: 'scripts/deploy.sh', code: `export AWS_ACCESS_KEY_ID=${ID2}`, secret: ID2 },
    { path: 'infra/main.tf', code: `  access_key = "${ID1}"`, secret: ID1, note: 'terraform provider' },
    { path: 'docs/setup.md', code: `Use the key ${ID2} for the upload bucket.`, secret: ID2, note: 'in prose' },
    { path: 'Dockerfile', code: `ENV AWS_ACCESS_KEY_ID=${ID3}`, secret: ID3 },
  ],
  falsePositives: [
    { path: 'src/s3.js', code: 'const accessKeyId = process.env.AWS_ACCESS_KEY_ID;', note: 'environment read' },
    { path: 'src/s3.js', code: `const id = '${ID1.toLowerCase()}';`, note: 'lowercase: not an id' },
    { path: 'src/s3.js', code: `const id = '${ID1.slice(0, 16)}';`, note: 'too short' },
    { path: 'src/s3.js', code: `const id = '${ID1}X';`, note: 'too long' },
    { path: 'src/logo.js', code: `const png = 'iVBORw0KGgoAAAANSUhEUg${ID1}AAAAEAAAABCAYAAAAf';`, note: 'inside a base64 run' },
    { path: 'docs/story.md', code: 'TODAYINASIAASACKOFRICEFELLOVER', note: 'words in capitals' },
    { path: 'src/s3.js', code: "const id = 'AKIA1234567890ABCDEF';", note: 'a counting placeholder' },
    { path: 'src/s3.js', code: "const id = 'ASIA0000000000000000';", note: 'zeros' },
    { path: 'infra/iam.tf', code: 'user = "arn:aws:iam::123456789012:user/ASIA-team"' },
    { path: 'src/regions.js', code: "const regions = ['ap-southeast-1', 'ASIA_PACIFIC', 'eu-west-1'];" },
    { path: '.github/workflows/deploy.yml', code: 'aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}' },
  ],
  placeholders: [
    { path: 'docs/aws.md', code: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', note: "AWS's documented example id" },
    { path: '.env.example', code: 'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX' },
    { path: '.env.example', code: 'AWS_ACCESS_KEY_ID=<your-access-key-id>' },
  ],
};
