"""Settings of the ledger service. Production overrides come from the environment."""
import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("LEDGER_DEBUG", "0") == "1"
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/ledger")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/2")

SECRET_KEY = "ledger-django-style-Nw4s8Lq2"  # jwtguard-expect: jwt-secret-assignment
SIGNING_MATERIAL = "ledger-settlement-material-81"  # jwtguard-expect: jwt-key-identifier
RECEIPT_KEY = (
    "ledger-"  # jwtguard-expect: jwt-key-identifier
    "receipts-"
    "key-2024"
)
JWT_ALGORITHM = "HS256"
JWT_ISSUER = "https://ledger.example.com"
JWT_ACCESS_LIFETIME = timedelta(minutes=15)
JWT_PUBLIC_KEY_PATH = BASE_DIR / "keys" / "ledger.pub.pem"
PARTNER_JWKS_URL = "https://partner.example.com/.well-known/jwks.json"
WEBHOOK_SIGNING_HEADER = "X-Ledger-Signature"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")
CURRENCIES = ["EUR", "GBP", "USD"]
