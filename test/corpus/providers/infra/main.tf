terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAPLKJHG6FD4MN5BV3" # jwtguard-expect: aws-access-key-id
  secret_key = "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" # jwtguard-expect: aws-secret-access-key
}

provider "github" {
  owner = "acme"
  token = "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" # jwtguard-expect: github-token
}

resource "aws_db_instance" "orders" {
  identifier = "orders"
  engine     = "postgres"
  username   = "orders"
  password   = var.db_password
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "heroku_app" "legacy" {
  name   = "acme-orders-legacy"
  region = "eu"
}

provider "heroku" {
  api_key = "9e1b7d3f-5a0c-4d2b-8e6a-0c7fb5d2f3a9" # jwtguard-expect: heroku-api-key
}
