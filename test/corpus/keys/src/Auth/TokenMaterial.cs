using System.IdentityModel.Tokens.Jwt;

namespace Acme.Auth;

public static class TokenMaterial
{
    public const string MediaType = "application/json";
    public const string Route = "/api/v1/users/me";

    public const string Material = "sDyZ5zb6axDla9H6KuJ"; // jwtguard-expect: jwt-high-entropy-near-call
    public static readonly string[] Older = { "pRvkZSr5V_qawgCRtOQ-" }; // jwtguard-expect: jwt-high-entropy-near-call
}
