resource "aws_ecs_task_definition" "api" {
  family                   = "orders-api"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "acme/orders-api:1.4.2"
      essential = true
      portMappings = [{ containerPort = 3000, hostPort = 3000 }]
      environment = [
        { name = "NODE_ENV", value = "production" },
        { name = "JWT_SECRET", value = "ecs-Tw4Lq9Xz2Km7Vr5P" }, # jwtguard-expect: jwt-secret-assignment
        { name = "JWT_ISSUER", value = "https://auth.acme.test/" },
        { name = "JWT_AUDIENCE", value = "orders-api" }
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = aws_ssm_parameter.db_password.arn },
        { name = "JWT_REFRESH_SECRET", valueFrom = aws_ssm_parameter.refresh.arn }
      ]
    }
  ])
}

resource "aws_ssm_parameter" "managed_elsewhere" {
  name  = "/orders/jwt_secret_rotated"
  type  = "SecureString"
  value = "placeholder"
  lifecycle {
    ignore_changes = [value]
  }
}
