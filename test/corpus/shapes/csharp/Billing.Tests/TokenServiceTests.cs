using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Billing.Api.Auth;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Billing.Tests;

public class TokenServiceTests
{
    private static readonly SymmetricSecurityKey Forged = new(Encoding.UTF8.GetBytes("xunit-forged-billing-key-0123456789")); // jwtguard-expect: jwt-key-identifier

    [Fact]
    public void RoundTrips()
    {
        var service = new TokenService();
        var principal = service.Validate(service.Issue("u1", new[] { "payer" }));
        Assert.Equal("u1", principal.FindFirst("sub")?.Value);
    }

    [Fact]
    public void RejectsAForgedToken()
    {
        var handler = new JwtSecurityTokenHandler();
        var forged = handler.WriteToken(new JwtSecurityToken(
            issuer: "https://billing.example.com",
            audience: "billing-api",
            expires: DateTime.UtcNow.AddMinutes(5),
            signingCredentials: new SigningCredentials(Forged, SecurityAlgorithms.HmacSha256)));
        Assert.ThrowsAny<SecurityTokenException>(() => new TokenService().Validate(forged));
    }

    [Fact]
    public void ValidatesWithAKeyFromTheEnvironment()
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("BILLING_TEST_KEY") ?? new string('k', 32)));
        Assert.NotNull(key.Key);
    }
}
