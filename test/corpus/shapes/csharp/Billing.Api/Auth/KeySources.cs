using System.Text;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.IdentityModel.Tokens;

namespace Billing.Api.Auth;

/// <summary>Where billing's keys come from: Key Vault, configuration, files.</summary>
public sealed class KeySources(IConfiguration configuration)
{
    private const string VaultUri = "https://billing-kv.vault.azure.net/";
    private const string SecretName = "billing-jwt-signing-key";
    private const string KeyId = "7c2e9a4b-1f3d-4b8e-a5c6-0d9e8f7a6b51";
    private const string PublicKeyPem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAz8Lq3mV5xT1nR7bW0cY4kP2sJ9hG6dF3aE8uN1iO5tQ=\n-----END PUBLIC KEY-----";

    public async Task<SecurityKey> FromKeyVaultAsync()
    {
        var client = new SecretClient(new Uri(VaultUri), new DefaultAzureCredential());
        KeyVaultSecret secret = await client.GetSecretAsync(SecretName);
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret.Value)) { KeyId = KeyId };
    }

    public SecurityKey FromConfiguration() =>
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key missing")));

    public SecurityKey FromEnvironment() =>
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("BILLING_JWT_KEY")!));

    public SecurityKey FromFile() => new SymmetricSecurityKey(File.ReadAllBytes("/run/secrets/billing-jwt.key"));

    public string PublicKey() => PublicKeyPem;

    public SecurityKey WithDevDefault() =>
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:DevKey"] ?? "billing-config-dev-default-key-0042")); // jwtguard-expect: jwt-secret-fallback

    public SecurityKey Demo() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("your-256-bit-secret")); // jwtguard-expect: jwt-call-literal
}
