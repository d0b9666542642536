namespace Billing.Api.Options;

/// <summary>Defaults of the JWT options; appsettings overrides them per environment.</summary>
public static class JwtDefaults
{
    public const string Key = "billing-jwtdefaults-const-key-0123456789"; // jwtguard-expect: jwt-key-identifier
    public const string Issuer = "https://billing.example.com";
    public const string Audience = "billing-api";
    public const int LifetimeMinutes = 15;
}
