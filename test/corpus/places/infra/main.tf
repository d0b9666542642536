terraform {
  required_version = ">= 1.5"
  required_providers {
    aws    = { source = "hashicorp/aws" }
    random = { source = "hashicorp/random" }
  }
}

provider "aws" {
  region = var.region
}

resource "random_password" "jwt_secret" {
  length  = 64
  special = false
}

resource "aws_ssm_parameter" "jwt" {
  name        = "/orders/${var.environment}/jwt_secret"
  description = "JWT signing secret"
  type        = "SecureString"
  value       = random_password.jwt_secret.result
}

resource "aws_ssm_parameter" "jwt_legacy" {
  name  = "/orders/legacy/jwt_secret"
  type  = "SecureString"
  value = "ssm-Kp9Xw3Lq7Zm2Rt5V" # jwtguard-expect: jwt-secret-assignment
}

resource "aws_ssm_parameter" "refresh" {
  value = "ssm-Hn4Wq8Lz1Xp6Tc3M" # jwtguard-expect: jwt-secret-assignment
  name  = "/orders/refresh_token_secret"
  type  = "SecureString"
}

resource "aws_ssm_parameter" "db_host" {
  name  = "/orders/db_host"
  type  = "String"
  value = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
}

resource "aws_ssm_parameter" "jwt_from_var" {
  name  = "/orders/jwt_secret_copy"
  type  = "SecureString"
  value = var.jwt_secret
}

resource "aws_secretsmanager_secret" "jwt" {
  name = "orders/jwt"
}

resource "aws_secretsmanager_secret_version" "jwt" {
  secret_id     = aws_secretsmanager_secret.jwt.id
  secret_string = jsonencode({ JWT_SECRET = random_password.jwt_secret.result })
}

resource "aws_lambda_function" "authorizer" {
  function_name = "orders-authorizer"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  role          = aws_iam_role.authorizer.arn

  environment {
    variables = {
      NODE_ENV   = "production"
      JWT_SECRET = "lambda-Wz6Qm1Xk8Lr3Tp5N" # jwtguard-expect: jwt-secret-assignment
      JWT_ISSUER = "https://auth.acme.test/"
      LOG_LEVEL  = "info"
    }
  }
}

resource "github_actions_secret" "jwt" {
  repository      = "orders"
  secret_name     = "JWT_SECRET"
  plaintext_value = "gh-Rt8Vm2Lq5Xz9Kw3P" # jwtguard-expect: jwt-secret-assignment
}

resource "aws_iam_role" "authorizer" {
  name               = "orders-authorizer"
  assume_role_policy = <<EOF2
{
  "Version": "2012-10-17",
  "Statement": [{ "Action": "sts:AssumeRole", "Principal": { "Service": "lambda.amazonaws.com" }, "Effect": "Allow", "Sid": "jwt_secret" }]
}
EOF2
}

locals {
  jwt_audience = "orders-api"
  jwt_secret   = "loc-Mx3Qw7Lz2Vp9Kt4R" # jwtguard-expect: jwt-secret-assignment
  common_tags  = { Project = "orders", Owner = "platform" }
}

output "jwt_secret_arn" {
  value = aws_ssm_parameter.jwt.arn
}
