"""Partner integration settings (one block per partner)."""
import os

CALLBACK_MATERIAL = "partner-callback-material-17"  # jwtguard-expect: jwt-key-identifier
CALLBACK_URL = "https://partner.example.com/ledger/callback"
CALLBACK_TIMEOUT = 10
SANDBOX = os.environ.get("PARTNER_SANDBOX", "true") == "true"
PARTNER_IDS = ("acme", "globex", "initech")
