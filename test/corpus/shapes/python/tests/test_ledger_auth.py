import os

import jwt as pyjwt
import pytest

from ledger import auth
from ledger.app import create_app

TEST_KEY = "pytest-ledger-forged-key"  # jwtguard-expect: jwt-key-identifier


@pytest.fixture()
def client():
    app = create_app(testing=True)
    with app.test_client() as c:
        yield c


@pytest.fixture()
def account():
    class Account:
        id = 7
        email = "ada@example.com"
        display_name = "Ada"
        roles = ("owner",)
        organisation_id = 3
        currency = "EUR"

    return Account()


def test_round_trip(account):
    class Session:
        id = 11

    token = auth.issue_access_token(account, Session())
    assert auth.read_access_token(token)["sub"] == "7"


def test_forged_token_is_rejected():
    forged = pyjwt.encode({"sub": "mallory"}, TEST_KEY, algorithm="HS256")
    with pytest.raises(pyjwt.InvalidSignatureError):
        auth.read_access_token(forged)


def test_expired_token_is_rejected():
    expired = pyjwt.encode(
        {
            "sub": "7",
            "sid": "11",
            "email": "ada@example.com",
            "name": "Ada",
            "roles": ["owner"],
            "org": "3",
            "currency": "EUR",
            "iat": 0,
            "exp": 1,
            "iss": "https://ledger.example.com",
        },
        "ledger-access-Kq93vTz1",  # jwtguard-expect: jwt-call-literal
        algorithm="HS256",
    )
    with pytest.raises(pyjwt.ExpiredSignatureError):
        auth.read_access_token(expired)


def test_key_comes_from_ci(monkeypatch):
    monkeypatch.setenv("LEDGER_JWT_SECRET", os.environ.get("CI_LEDGER_SECRET", ""))
    assert auth.issue_from_environment(type("A", (), {"id": 1})())


def test_login(client):
    response = client.post("/login", json={"account": "ada"})
    assert response.status_code == 200
    assert "access_token" in response.get_json()
