import type { RuleCases } from '../types.js';

// Made-up ids and keys in AWS's shapes: they open nothing.
const ID = 'AKIA' + 'Q2W3E4R5T6Y7U2I3';
const S1 = 'Zq7Xw3Kp9Lm2Vb8Nc4Rt6Yh1Jd5Gf0SeUaPo+/Ab';
const S2 = 'aB3dE5gH7jK9' + 'Qw3Rt5Yu7Io9' + 'Zx2Cv4Bn6Mq8' + 'p/L0';
const S3 = 'Mq8Zx2Cv4Bn6' + '+Io9Qw3Rt5Yu7' + 'K9aB3dE5gH7j' + 'L0k';
const HEX40 = '3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a';

export const cases: RuleCases = {
  rule: 'aws-secret-access-key',
  truePositives: [
    { path: '.env', code: `AWS_SECRET_ACCESS_KEY=${S1}`, secret: S1 },
    { path: 'deploy/credentials', code: `[default]\naws_access_key_id = ${ID}\naws_secret_access_key = ${S2}`, secret: S2, note: '~/.aws/credentials' },
    { path: 'src/s3.js', code: `const s3 = new S3({ credentials: { accessKeyId: '${ID}', secretAccessKey: '${S3}' } });`, secret: S3 },
    { path: 'src/s3.js', code: `const credentials = {\n  accessKeyId: '${ID}',\n  secret: '${S1}',\n};`, secret: S1, note: 'a generic name, the id on the line above' },
    { path: 'src/s3.js', code: `const credentials = new AWS.Credentials(\n  '${ID}',\n  '${S2}',\n);`, secret: S2, note: 'positional, across lines' },
    { path: 'jobs/upload.py', code: `s3 = boto3.client("s3", aws_secret_access_key="${S3}")`, secret: S3 },
    { path: '.github/workflows/deploy.yml', code: `env:\n  AWS_SECRET_ACCESS_KEY: ${S1}`, secret: S1 },
    { path: 'config/aws.json', code: `{ "AccessKeyId": "${ID}", "SecretAccessKey": "${S2}" }`, secret: S2 },
    { path: 'storage/s3.go', code: `creds := credentials.NewStaticCredentials("${ID}", "${S3}", "")`, secret: S3 },
    { path: 'infra/main.tf', code: `provider "aws" {\n  access_key = "${ID}"\n  secret_key = "${S1}"\n}`, secret: S1, note: 'terraform: the id on the line above' },
    { path: 'src/main/java/Storage.java', code: `AWSCredentials creds = new BasicAWSCredentials("${ID}", "${S2}");`, secret: S2 },
    { path: 'scripts/setup.sh', code: `aws configure set aws_secret_access_key ${S3}`, secret: S3 },
  ],
  falsePositives: [
    { path: 'src/hash.js', code: `const digest = '${S1}';`, note: 'a 40-character value with no AWS context' },
    { path: 'src/s3.js', code: `const accessKeyId = '${ID}';\nconst commit = '${HEX40}';`, note: 'a git SHA beside an id' },
    { path: 'jobs/upload.py', code: 'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]', note: 'environment read' },
    { path: '.env', code: 'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}', note: 'reference' },
    { path: '.env', code: `AWS_SECRET_ACCESS_KEY=${S1}X`, note: '41 characters' },
    { path: 'src/s3.js', code: "const awsSecret = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn';", note: 'no capitals, no digits' },
    { path: 'src/s3.js', code: "const awsRegion = 'us-east-1';" },
    { path: 'src/upload.js', code: "import aws from 'aws-sdk';\nconst logo = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';", note: 'base64 that is not 40 long' },
    { path: 'src/s3.js', code: `const awsSha = '${HEX40}';`, note: 'hex is a digest' },
    { path: 'src/s3.js', code: `// ${S1}\nconst bucket = 'uploads';`, note: 'no AWS word or id anywhere' },
    { path: 'docs/keys.md', code: `The key id ${ID} belongs to the deploy user.\n\nChecksum: ${S2.replace(/[/+]/g, 'x')}`, note: 'an unnamed, unquoted run on another line' },
  ],
  placeholders: [
    { path: 'docs/aws.md', code: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', note: "AWS's documented example key" },
    { path: '.env.example', code: 'AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    { path: '.env.example', code: 'AWS_SECRET_ACCESS_KEY=<your-secret-access-key>' },
  ],
};
