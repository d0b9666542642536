from pathlib import Path

import jwt
import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def private_key() -> bytes:
    return (FIXTURES / "jwt_private.pem").read_bytes()


@pytest.fixture
def token(private_key: bytes) -> str:
    return jwt.encode({"sub": "alice"}, private_key, algorithm="RS256")


@pytest.fixture
def hs_token(settings) -> str:
    return jwt.encode({"sub": "bob"}, settings.SECRET_KEY, algorithm="HS256")


@pytest.fixture
def forged() -> str:
    return jwt.encode({"sub": "mallory"}, "pytest-forged-secret", algorithm="HS256")  # jwtguard-expect: jwt-call-literal


@pytest.fixture
def django_settings(settings):
    settings.SECRET_KEY = "pytest-django-secret-key"  # jwtguard-expect: jwt-secret-assignment
    settings.SIMPLE_JWT = {**settings.SIMPLE_JWT, "SIGNING_KEY": settings.SECRET_KEY}
    return settings


def test_templated_key(prefix):
    assert jwt.encode({}, f"{prefix}-secret", algorithm="HS256")
