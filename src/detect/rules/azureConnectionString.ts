// The key in an Azure connection string: AccountKey= (storage accounts) or SharedAccessKey=
// (Service Bus, Event Hubs, IoT Hub). Azurite's published development key is not a secret.
import { isPublishedValue, looksGenerated, tokenMatches } from '../tokenShape.js';
import type { Rule } from '../types.js';

const ACCOUNT_KEY = /(?<![\w])(?:AccountKey|SharedAccessKey)\s*=\s*(?<secret>[A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])/gi;

export const azureConnectionString: Rule = {
  id: 'azure-connection-string',
  description: 'The key of an Azure connection string (AccountKey= for storage, SharedAccessKey= for Service Bus and Event Hubs).',
  severity: 'error',
  keywords: ['accountkey', 'sharedaccesskey'],
  match(line) {
    if (line.text.includes('devstoreaccount1')) return []; // Azurite, the local emulator
    return tokenMatches(
      line.text,
      ACCOUNT_KEY,
      (m) => {
        const key = m.groups!['secret']!;
        return !isPublishedValue(key) && looksGenerated(key.replace(/=+$/, ''), 20);
      },
      'An Azure account key is committed: it gives full access to the storage account or namespace until it is rotated.',
    );
  },
};
