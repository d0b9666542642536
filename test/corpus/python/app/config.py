import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-fallback-key")  # jwtguard-expect: jwt-secret-fallback
    JWT_SECRET_KEY = os.getenv("JWT_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///app.db")
    DEBUG = os.environ.get("FLASK_DEBUG", "0") == "1"
    JWT_ACCESS_TOKEN_EXPIRES = int(os.environ.get("JWT_ACCESS_TOKEN_EXPIRES", "900"))


class DevelopmentConfig(Config):
    JWT_SECRET_KEY = "dev-config-jwt-key"  # jwtguard-expect: jwt-secret-assignment


class TestingConfig(Config):
    TESTING = True
    JWT_SECRET_KEY = os.environ.get("TEST_JWT_SECRET", default="testing-jwt-fallback")  # jwtguard-expect: jwt-secret-fallback


class ProductionConfig(Config):
    JWT_SECRET_KEY = os.environ["JWT_SECRET_KEY"]
    JWT_COOKIE_SECURE = True


SIGNING_KEY = os.getenv("SIGNING_KEY") or "or-fallback-signing-key"  # jwtguard-expect: jwt-secret-fallback
