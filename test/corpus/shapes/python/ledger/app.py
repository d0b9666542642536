"""Flask front end of the ledger (flask-jwt-extended)."""
import os

from flask import Flask, jsonify, request
from flask_jwt_extended import JWTManager, create_access_token, get_jwt_identity, jwt_required

SIGNING = "ledger-flask-signing-Zr7"  # jwtguard-expect: jwt-key-identifier
REFRESH_MATERIAL = "ledger-flask-refresh-2b"  # jwtguard-expect: jwt-key-identifier


def create_app(testing: bool = False) -> Flask:
    app = Flask(__name__)
    app.config["JWT_SECRET_KEY"] = SIGNING
    app.config["JWT_TOKEN_LOCATION"] = ["headers", "cookies"]
    app.config["JWT_COOKIE_SECURE"] = not testing
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///ledger.db")
    if testing:
        app.config.update(JWT_SECRET_KEY=REFRESH_MATERIAL, TESTING=True)
    JWTManager(app)

    @app.post("/login")
    def login():
        account = request.json["account"]
        return jsonify(access_token=create_access_token(identity=account))

    @app.get("/balance")
    @jwt_required()
    def balance():
        return jsonify(account=get_jwt_identity(), balance="0.00")

    return app


def create_admin_app() -> Flask:
    app = Flask("ledger-admin")
    app.config.update(
        JWT_SECRET_KEY="ledger-admin-flask-key-40",  # jwtguard-expect: jwt-secret-assignment
        JWT_ACCESS_TOKEN_EXPIRES=900,
        JWT_ALGORITHM="HS256",
    )
    JWTManager(app)
    return app


def create_production_app() -> Flask:
    app = Flask("ledger")
    app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
    app.config.update(JWT_PRIVATE_KEY=open("/run/secrets/ledger.pem").read(), JWT_ALGORITHM="RS256")
    JWTManager(app)
    return app
