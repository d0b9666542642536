module "auth" {
  source     = "./modules/auth"
  jwt_secret = var.jwt_secret
  jwt_secret_version = "2"
  jwt_signing_key    = "mod-Zt5Kq2Wx9Lm7Vp3N" # jwtguard-expect: jwt-secret-assignment
}

resource "kubernetes_secret" "api" {
  metadata {
    name      = "api-secrets"
    namespace = "orders"
  }
  data = {
    JWT_SECRET = "k8s-Xn2Wq7Lz4Kt9Vm1R" # jwtguard-expect: jwt-secret-assignment
    DB_PASS    = var.db_password
  }
}
