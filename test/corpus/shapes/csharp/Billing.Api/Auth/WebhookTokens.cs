using JWT.Algorithms;
using JWT.Builder;

namespace Billing.Api.Auth;

/// <summary>Webhook tokens for the payment provider (Jwt.Net).</summary>
public static class WebhookTokens
{
    private const string HookMaterial = "billing-webhooks-jwtnet-key-58"; // jwtguard-expect: jwt-key-identifier

    public static string Sign(string eventId) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret(HookMaterial)
            .AddClaim("exp", DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds())
            .AddClaim("event", eventId)
            .Encode();

    public static IDictionary<string, object> Read(string token) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret("billing-webhooks-" + "jwtnet-reply-key") // jwtguard-expect: jwt-call-literal
            .MustVerifySignature()
            .Decode<IDictionary<string, object>>(token);

    public static IDictionary<string, object> ReadFromEnvironment(string token) =>
        JwtBuilder.Create()
            .WithAlgorithm(new HMACSHA256Algorithm())
            .WithSecret(Environment.GetEnvironmentVariable("BILLING_WEBHOOK_SECRET"))
            .MustVerifySignature()
            .Decode<IDictionary<string, object>>(token);
}
