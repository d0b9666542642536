using System.Collections.Generic;
using System.Text;
using Jose;
using JWT.Algorithms;
using JWT.Builder;

namespace Example.Services;

public class LegacyTokens
{
    private readonly byte[] _secretKeyBytes;
    private readonly TokenOptions _options;

    public LegacyTokens(byte[] secretKeyBytes, TokenOptions options)
    {
        _secretKeyBytes = secretKeyBytes;
        _options = options;
    }

    public string JoseEncode(Dictionary<string, object> payload) =>
        Jose.JWT.Encode(payload, Encoding.UTF8.GetBytes("jose-jwt-dotnet-secret"), JwsAlgorithm.HS256); // jwtguard-expect: jwt-call-literal

    public string JoseDecode(string token) => Jose.JWT.Decode(token, _secretKeyBytes);

    public string BuilderEncode(long exp) =>
        JwtBuilder.Create().WithAlgorithm(new HMACSHA256Algorithm()).WithSecret("jwt-net-builder-secret").AddClaim("exp", exp).Encode(); // jwtguard-expect: jwt-call-literal

    public string BuilderFromOptions() =>
        JwtBuilder.Create().WithAlgorithm(new HMACSHA256Algorithm()).WithSecret(_options.Secret).Encode();
}
