import type { RuleCases } from '../types.js';

// Made-up account keys in Azure's shape (88 base64 characters; 44 for Service Bus): they open nothing.
const KEY = 'aB3dE5gH7jK9Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4a+B/3dE5gH7jMq8Zx2Cv4Bn6Io9Qw3Rt5Yu7L0==';
const SAS_KEY = 'Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8pL0kJ8hG6fD4a+B/3dE=';
const CONN = `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${KEY};EndpointSuffix=core.windows.net`;
const AZURITE = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export const cases: RuleCases = {
  rule: 'azure-connection-string',
  truePositives: [
    { path: '.env', code: `AZURE_STORAGE_CONNECTION_STRING="${CONN}"`, secret: KEY },
    { path: 'appsettings.json', code: `{ "ConnectionStrings": { "Storage": "${CONN}" } }`, secret: KEY },
    { path: 'src/blob.js', code: `const blob = BlobServiceClient.fromConnectionString('${CONN}');`, secret: KEY },
    { path: 'app/blob.py', code: `service = BlobServiceClient.from_connection_string("${CONN}")`, secret: KEY },
    { path: 'config/queue.yml', code: `servicebus:\n  connection: Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SAS_KEY}`, secret: SAS_KEY, note: 'Service Bus' },
    { path: 'src/Storage.cs', code: `var client = new BlobServiceClient("${CONN}");`, secret: KEY },
    { path: 'local.settings.json', code: `    "AzureWebJobsStorage": "${CONN}",`, secret: KEY, note: 'Azure Functions settings' },
    { path: 'internal/store/blob.go', code: `const conn = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${KEY}"`, secret: KEY },
    { path: 'deploy/app.properties', code: `azure.storage.connection-string=${CONN}`, secret: KEY },
    { path: 'docs/storage.md', code: `Connect with \`AccountName=acmeprod;AccountKey=${KEY}\`.`, secret: KEY },
    { path: 'config/events.json', code: `{ "eventHub": "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SAS_KEY};EntityPath=orders" }`, secret: SAS_KEY, note: 'Event Hubs' },
  ],
  falsePositives: [
    { path: 'src/blob.js', code: 'const blob = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE_CONNECTION_STRING);', note: 'environment read' },
    { path: 'local.settings.json', code: '    "AzureWebJobsStorage": "UseDevelopmentStorage=true",', note: 'the emulator shortcut' },
    { path: '.env', code: `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`, note: "Azurite's published key" },
    { path: 'src/azurite.js', code: `const key = 'AccountKey=${AZURITE}';`, note: 'the Azurite key alone' },
    { path: '.env', code: 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${AZURE_STORAGE_KEY}', note: 'reference' },
    { path: 'config/queue.yml', code: 'connection: Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey', note: 'the key name only' },
    { path: 'src/blob.js', code: 'const conn = `DefaultEndpointsProtocol=https;AccountName=${name};AccountKey=${key}`;', note: 'built from variables' },
    { path: 'docs/storage.md', code: 'Copy the AccountKey= part from the portal, under Access keys.' },
    { path: 'src/blob.js', code: "const conn = 'AccountName=acme;AccountKey=short==';", note: 'too short' },
    { path: 'src/blob.js', code: `const sas = '?sv=2022-11-02&ss=b&srt=sco&sp=rl&sig=${SAS_KEY}';`, note: 'a SAS signature is another shape' },
  ],
  placeholders: [
    { path: '.env.example', code: 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net' },
    { path: '.env.example', code: 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==' },
    { path: '.env.example', code: 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=your_account_key' },
  ],
};
