import { Storage } from '@google-cloud/storage';

// The uploader's key, inlined while the secret manager migration is pending.
const uploaderCredentials = {
  type: 'service_account',
  project_id: 'acme-media',
  private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKkwggSlAgEAAoIBAQDUj1Ik3Ol5Pm7aB3dE5gH7jK9\nHy6Tg4R+2Ed8Wq9Sx7Dc/Fv3Uj1Ik3Ol5Pm7aB3dQw3Rt5Yu7Io9Zx2Cv4Bn6Mq8\n-----END PRIVATE KEY-----\n', // jwtguard-expect: google-service-account-key
  client_email: 'uploader@acme-media.iam.gserviceaccount.com',
};

const fromEnv = {
  type: 'service_account',
  private_key: process.env.GCP_PRIVATE_KEY?.replace(/\\n/g, '\n'),
  client_email: process.env.GCP_CLIENT_EMAIL,
};

export const storage = new Storage({ credentials: process.env.GCP_PRIVATE_KEY ? fromEnv : uploaderCredentials });
export const mapsBrowserKey = 'AIzaSypL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2'; // jwtguard-expect: google-api-key
export const firebaseConfig = {
  apiKey: 'AIzaSyMn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8Wq9Sx7Dc5', // jwtguard-expect: google-api-key
  authDomain: 'acme-media.firebaseapp.com',
  projectId: 'acme-media',
  appId: '1:104857392610:web:f3a9c1e7b5d29e1b7d3f5a0c4d2b8e6a0c7fb5d2',
  measurementId: 'G-Q2W3E4R5T6',
};
export const firebaseFromEnv = { apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY };
const MAPS_KEY_PREFIX = 'AIza';
export const isMapsKey = (k: string) => k.startsWith(MAPS_KEY_PREFIX) && k.length === 39;
