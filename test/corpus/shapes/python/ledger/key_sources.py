"""Where the ledger's keys come from; the literals here are lookups, paths and placeholders."""
import os

import boto3
import jwt
from django.conf import settings as django_settings

PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAq3vN8xW2mL5pT0rY7cH1jK4sD9fG6bZ2nE8uA3iQ5oM=
-----END PUBLIC KEY-----"""
KID = "0f8e2c1a-9b7d-4a3e-8c6f-5d2b1e9a7c40"
secrets_client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def from_secrets_manager(payload: dict) -> str:
    key = secrets_client.get_secret_value(SecretId="ledger/jwt-signing-key")["SecretString"]
    return jwt.encode(payload, key, algorithm="HS256", headers={"kid": KID})


def from_django(payload: dict) -> str:
    return jwt.encode(payload, django_settings.SECRET_KEY, algorithm="HS256")


def from_env_get(payload: dict) -> str:
    return jwt.encode(payload, os.environ.get("LEDGER_JWT_SECRET"), algorithm="HS256")


def from_file(payload: dict) -> str:
    with open("/run/secrets/ledger_jwt.pem", "rb") as fh:
        return jwt.encode(payload, fh.read(), algorithm="RS256")


def verify_public(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["EdDSA"])


def docs_example(payload: dict) -> str:
    return jwt.encode(payload, "<your-secret-key>", algorithm="HS256")


def template_example(payload: dict) -> str:
    return jwt.encode(payload, "${LEDGER_JWT_SECRET}", algorithm="HS256")


def unverified_header(token: str) -> dict:
    return jwt.get_unverified_header(token)


def weak_demo(payload: dict) -> str:
    return jwt.encode(payload, "secret", algorithm="HS256")  # jwtguard-expect: jwt-call-literal


def fallback_in_call(payload: dict) -> str:
    return jwt.encode(payload, os.environ.get("LEDGER_DEMO_SECRET") or "ledger-demo-or-fallback", algorithm="HS256")  # jwtguard-expect: jwt-secret-fallback


def default_in_get(payload: dict) -> str:
    return jwt.encode(payload, os.getenv("LEDGER_DEMO_KEY", "ledger-demo-getenv-default"), algorithm="HS256")  # jwtguard-expect: jwt-secret-fallback
