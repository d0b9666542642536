# Staging settings: every secret here is rotated weekly.
API_SECRET = "xiZR4X8AU0aJjNAwF"  # jwtguard-expect: generic-secret-assignment
CLIENT_SECRET = "bkYTkVpuGlM0BbXPDe"  # jwtguard-expect: generic-secret-assignment
TOKEN_HANDLER = "camelCaseFunctionName"
PASSWORD_QUERY = "SELECT * FROM users"
