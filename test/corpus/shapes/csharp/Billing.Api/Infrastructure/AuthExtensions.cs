using System.Security.Cryptography;
using System.Text;
using Billing.Api.Options;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using static System.Text.Encoding;
using Tokens = Microsoft.IdentityModel.Tokens;

namespace Billing.Api.Infrastructure;

public static class AuthExtensions
{
    private static readonly string Kiosk = string.Concat("billing-", "kiosk-", "concat-key-2024"); // jwtguard-expect: jwt-key-identifier
    private const string Reports = $"billing-reports-interpolated-no-holes"; // jwtguard-expect: jwt-key-identifier

    public static IServiceCollection AddBillingAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Jwt");
        var key = section["Key"] ?? JwtDefaults.Key;
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o => o.TokenValidationParameters = new()
            {
                ValidIssuer = JwtDefaults.Issuer,
                ValidAudience = JwtDefaults.Audience,
                IssuerSigningKey = new SymmetricSecurityKey(UTF8.GetBytes(key)),
            })
            .AddJwtBearer("Kiosk", o => o.TokenValidationParameters = new()
            {
                ValidateIssuer = false,
                ValidateAudience = false,
                IssuerSigningKey = new Tokens.SymmetricSecurityKey(Encoding.UTF8.GetBytes(Kiosk)),
            })
            .AddJwtBearer("Reports", o => o.TokenValidationParameters = new()
            {
                ValidateIssuer = false,
                ValidateAudience = false,
                IssuerSigningKey = new Tokens.SymmetricSecurityKey(Encoding.UTF8.GetBytes(Reports)),
            })
            .AddJwtBearer("Scanner", o => o.TokenValidationParameters = new()
            {
                ValidateIssuer = false,
                ValidateAudience = false,
                IssuerSigningKey = new Tokens.SymmetricSecurityKey(Convert.FromHexString("62696c6c696e672d7363616e6e65722d6865782d6b6579")), // jwtguard-expect: jwt-call-literal
            })
            .AddJwtBearer("Static", o => o.TokenValidationParameters = new()
            {
                ValidateIssuer = false,
                ValidateAudience = false,
                IssuerSigningKey = new Tokens.SymmetricSecurityKey(UTF8.GetBytes("billing-static-using-encoding-key")), // jwtguard-expect: jwt-call-literal
            });
        return services;
    }

    /// <summary>The hand-rolled HS256 of the old invoice links, kept for links already mailed.</summary>
    public static string LegacyJwtSignature(string headerAndPayload)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("billing-handrolled-jwt-hmac-key")); // jwtguard-expect: jwt-call-literal
        return Base64UrlEncoder.Encode(hmac.ComputeHash(Encoding.UTF8.GetBytes(headerAndPayload)));
    }

    public static string WebhookSignature(string body, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
    }
}
