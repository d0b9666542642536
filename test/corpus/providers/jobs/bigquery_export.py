"""Nightly export of order facts to BigQuery."""
import os

from google.cloud import bigquery
from google.oauth2 import service_account

# Fallback credentials for the export job (the CI runner has no workload identity yet).
EXPORT_CREDENTIALS = {
    "type": "service_account",
    "project_id": "acme-analytics",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCWq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7\nMn5Bv3C+1Zl7Hy6Tg4Rf/Ed8Wq9Sx7Dc5Fv3Uj1IaB3dE5gH7jK9Qw3Rt5Yu7Io9\n-----END PRIVATE KEY-----\n",  # jwtguard-expect: google-service-account-key
    "client_email": "export@acme-analytics.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}

PLACEHOLDER_CREDENTIALS = {
    "type": "service_account",
    "private_key": "-----BEGIN PRIVATE KEY-----\n<paste the key here>\n-----END PRIVATE KEY-----\n",
    "client_email": "export@acme-analytics.iam.gserviceaccount.com",
}


def client() -> bigquery.Client:
    info = os.environ.get("GCP_SERVICE_ACCOUNT_JSON")
    if info:
        creds = service_account.Credentials.from_service_account_info(info)
    else:
        creds = service_account.Credentials.from_service_account_info(EXPORT_CREDENTIALS)
    return bigquery.Client(credentials=creds, project="acme-analytics")


def private_key_of(info: dict) -> str:
    return info["private_key"]
