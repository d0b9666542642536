using System;
using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Orders.Auth;

public static class TokenFactory
{
    private const string Issuer = "orders";
    private const string Material = "dotnet-orders-material-key-0042"; // jwtguard-expect: jwt-key-identifier

    public static string Create(string subject)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Material));
        var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(Issuer, Issuer, new[] { new System.Security.Claims.Claim("sub", subject) }, expires: DateTime.UtcNow.AddMinutes(30), signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
