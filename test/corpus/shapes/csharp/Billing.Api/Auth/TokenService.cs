using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Jwt = System.IdentityModel.Tokens.Jwt;

namespace Billing.Api.Auth;

/// <summary>Issues the access tokens of the billing API.</summary>
public sealed class TokenService
{
    private const string Issuer = "https://billing.example.com";
    private const string Audience = "billing-api";
    private static readonly string Signing = "billing-static-readonly-signing-key-20"; // jwtguard-expect: jwt-key-identifier
    private static readonly byte[] InvoiceBytes = Encoding.UTF8.GetBytes("billing-invoices-" + "bytes-key-2024-xx"); // jwtguard-expect: jwt-key-identifier
    private static readonly byte[] ReceiptBytes = "billing-receipts-u8-field-key-0042"u8.ToArray(); // jwtguard-expect: jwt-key-identifier
    private readonly Jwt.JwtSecurityTokenHandler _handler = new();
    private readonly JsonWebTokenHandler _jsonHandler = new();

    public string Issue(string user, IEnumerable<string> roles)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Signing));
        var token = new Jwt.JwtSecurityToken(
            issuer: Issuer,
            audience: Audience,
            claims: roles.Select(r => new Claim(ClaimTypes.Role, r)).Append(new Claim(Jwt.JwtRegisteredClaimNames.Sub, user)),
            notBefore: DateTime.UtcNow,
            expires: DateTime.UtcNow.AddMinutes(15),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }

    public string IssueInvoiceLink(string invoiceId) =>
        _jsonHandler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { new Claim("invoice", invoiceId) }),
            Expires = DateTime.UtcNow.AddDays(7),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(InvoiceBytes), SecurityAlgorithms.HmacSha256),
        });

    public string IssueReceipt(string receiptId) =>
        _jsonHandler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["receipt"] = receiptId },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(ReceiptBytes), SecurityAlgorithms.HmacSha512),
        });

    public string IssueStatement(string accountId) =>
        _jsonHandler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(new[] { new Claim("account", accountId) }),
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddHours(1),
            TokenType = "JWT",
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(
                    Encoding.UTF8.GetBytes(
                        @"billing-statements-verbatim-key-77")), // jwtguard-expect: jwt-call-literal
                SecurityAlgorithms.HmacSha256),
        });

    public string IssueDunning(string accountId) =>
        _jsonHandler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object> { ["account"] = accountId },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes("""billing-dunning-raw-string-key-31""")), // jwtguard-expect: jwt-call-literal
                SecurityAlgorithms.HmacSha256),
        });

    public ClaimsPrincipal Validate(string token) =>
        _handler.ValidateToken(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Signing)),
        }, out _);

    public ClaimsPrincipal ValidateWithKey(string token, SecurityKey key) =>
        _handler.ValidateToken(token, new TokenValidationParameters { ValidIssuer = Issuer, ValidAudience = Audience, IssuerSigningKey = key }, out _);
}
