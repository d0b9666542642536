"""Access tokens for the ledger API (PyJWT)."""
from __future__ import annotations

import base64
import logging
import os
from datetime import datetime, timezone

import jwt as pyjwt
from jwt import PyJWKClient, decode, encode
from jwt.exceptions import InvalidTokenError

from ledger import settings
from ledger.settings import RECEIPT_KEY, SIGNING_MATERIAL

log = logging.getLogger(__name__)

_jwks = PyJWKClient(settings.PARTNER_JWKS_URL)
archive_key = b"ledger-archive-bytes-key-5"  # jwtguard-expect: jwt-key-identifier
audit_key = base64.b64decode("bGVkZ2VyLWF1ZGl0LWtleS05OQ==")  # jwtguard-expect: jwt-key-identifier


def _now() -> datetime:
    return datetime.now(tz=timezone.utc)


def issue_access_token(account, session) -> str:
    return pyjwt.encode(
        {
            "sub": str(account.id),
            "sid": str(session.id),
            "email": account.email,
            "name": account.display_name,
            "roles": list(account.roles),
            "org": str(account.organisation_id),
            "currency": account.currency,
            "iat": _now(),
            "exp": _now() + settings.JWT_ACCESS_LIFETIME,
            "iss": settings.JWT_ISSUER,
        },
        "ledger-access-Kq93vTz1",  # jwtguard-expect: jwt-call-literal
        algorithm=settings.JWT_ALGORITHM,
    )


def read_access_token(token: str) -> dict:
    return decode(
        token,
        "ledger-access-Kq93vTz1",  # jwtguard-expect: jwt-call-literal
        algorithms=[settings.JWT_ALGORITHM],
        issuer=settings.JWT_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def issue_settlement_token(batch) -> str:
    return encode({"batch": batch.id, "total": str(batch.total)}, SIGNING_MATERIAL, algorithm="HS256")


def issue_receipt_token(receipt) -> str:
    return pyjwt.encode({"receipt": receipt.id}, RECEIPT_KEY, algorithm="HS512")


def issue_archive_token(entry) -> str:
    return pyjwt.encode({"entry": entry.id}, archive_key, algorithm="HS256")


def read_audit_token(token: str) -> dict:
    return pyjwt.decode(token, audit_key, algorithms=["HS256"])


def issue_statement_token(statement) -> str:
    return pyjwt.encode(
        {"statement": statement.id, "period": statement.period},
        "ledger-" "statements-" "key-77",  # jwtguard-expect: jwt-call-literal
        algorithm="HS256",
    )


def issue_export_token(job) -> str:
    return pyjwt.encode({"job": job.id}, f"ledger-exports-static-k3", algorithm="HS256")  # jwtguard-expect: jwt-call-literal


def issue_reconcile_token(run) -> str:
    return pyjwt.encode({"run": run.id}, "ledger-reconcile-" \
        "key-4410", algorithm="HS256")


def issue_preview_token(page) -> str:
    return pyjwt.encode({"page": page}, "".join(["prev", "iew-", "ledger-9"]), algorithm="HS256")  # jwtguard-expect: jwt-call-literal


def issue_bytes_token(account) -> str:
    return pyjwt.encode({"sub": account.id}, "ledger-bytes-key-63".encode("utf-8"), algorithm="HS256")  # jwtguard-expect: jwt-call-literal


def issue_public_token(link) -> str:
    # Share links anyone may mint: no key at all.
    return pyjwt.encode({"link": link.id}, "", algorithm="HS256")  # jwtguard-expect: jwt-call-literal


def issue_from_environment(account) -> str:
    return pyjwt.encode({"sub": account.id}, os.environ["LEDGER_JWT_SECRET"], algorithm="HS256")


def read_partner_token(token: str) -> dict:
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return pyjwt.decode(token, signing_key.key, algorithms=["RS256"], audience="ledger")


def read_with_public_key(token: str) -> dict:
    public_key = settings.JWT_PUBLIC_KEY_PATH.read_text()
    try:
        return pyjwt.decode(token, public_key, algorithms=["RS256"])
    except InvalidTokenError:
        log.info("rejected token signed by %s", pyjwt.get_unverified_header(token).get("kid"))
        raise
