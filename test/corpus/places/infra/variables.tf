variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  description = "Deployment environment"
  type        = string
  default     = "staging"
}

variable "jwt_secret" {
  description = "JWT signing secret for the orders API"
  type        = string
  default     = "tf-Jq7Wm2Xz9Lp4Kr8V" # jwtguard-expect: jwt-secret-assignment
  sensitive   = true
}

variable "jwt_refresh_secret" {
  description = "JWT refresh secret"
  type        = string
  sensitive   = true
}

variable "jwt_issuer" {
  type    = string
  default = "https://auth.acme.test/"
}

variable "jwt_expiry_seconds" {
  type    = number
  default = 3600
}

variable "auth_signing_key" { default = "ak-Vb5Nq2Lx8Tz3Wm6R" } # jwtguard-expect: jwt-secret-assignment

variable "db_secret_key" {
  type    = string
  default = "not-a-jwt-key-5Rt8"
}
