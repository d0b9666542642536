import os

from flask import Flask
from flask_jwt_extended import JWTManager

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = "flask-jwt-extended-secret"  # jwtguard-expect: jwt-secret-assignment
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = 3600
app.config["JWT_TOKEN_LOCATION"] = ["headers", "cookies"]
app.secret_key = "flask-session-signing-key"  # jwtguard-expect: jwt-secret-assignment
app.config.update(SECRET_KEY="flask-config-update-key")  # jwtguard-expect: jwt-secret-assignment
app.config["JWT_ALGORITHM"] = "HS256"
app.config["JWT_PUBLIC_KEY"] = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()
jwt = JWTManager(app)

staging = Flask("staging")
staging.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
staging.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")
