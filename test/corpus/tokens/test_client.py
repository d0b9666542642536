import os

import pytest
import requests

BASE = os.environ.get("API_BASE", "http://localhost:8000")
TOKEN = os.environ["API_TOKEN"]
STALE = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.APxiCx_37FsHp41M28F9WJl6F3YP6GdmJjy82J3Hj8M"  # jwtguard-expect: jwt-token
PS_TOKEN = "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJtIn0.fxEPKhDRaVLEe38RNuZnMBJ1gwOyjIjnDxDPEilYrssDmqAtrw8CEHIXS7bw42ZorawVz7aKsEHMm9fSJehj5b8FGrOyrAhEgiqCpaJBDhiL6EyhDVgHKU1Vf3My5VG-yeAUfZYWdV9EomyVrnAL8vvQcjLi_Ui1v_pkcJaZw4oGpIFCInp7M3QchuBI7clJ61ADFH3pCPJ4gYwJ9a_CoTlA3mpGtKD73F2Zet8w9GguRmwMhreaGa4P8f3I785CJSzPmAGi5pDBS7Lp6ZCSjKS5fGmL6LtqfqozvkNEJqz5pg3vphKTF5FkKy31x4PPrEQ_JjqTePr4NkVdk_ZwTQ"  # jwtguard-expect: jwt-token
TRUNCATED = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9."


@pytest.fixture
def session():
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {TOKEN}"
    return s


def test_me(session):
    assert session.get(f"{BASE}/v1/me").status_code == 200


def test_stale_token_is_rejected():
    r = requests.get(f"{BASE}/v1/me", headers={"Authorization": f"Bearer {STALE}"})
    assert r.status_code == 401
