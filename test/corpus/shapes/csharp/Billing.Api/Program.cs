using System.Text;
using Billing.Api.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

const string Material = "billing-program-const-material-91"; // jwtguard-expect: jwt-key-identifier
var issuer = builder.Configuration["Jwt:Issuer"] ?? "https://billing.example.com";
var audience = builder.Configuration["Jwt:Audience"];
var configuredKey = builder.Configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not set");

builder.Services.AddSingleton<TokenService>();
builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ValidIssuer = issuer,
            ValidAudience = audience,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = "name",
            RoleClaimType = "role",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Material)),
        };
    })
    .AddJwtBearer("Partner", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "partner",
            ValidateAudience = false,
            IssuerSigningKey = new SymmetricSecurityKey("billing-partner-u8-literal-key-0c"u8.ToArray()), // jwtguard-expect: jwt-call-literal
        };
    })
    .AddJwtBearer("Internal", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidateAudience = false,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuredKey)),
        };
    })
    .AddJwtBearer("Legacy", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.Zero,
            NameClaimType = "sub",
            RoleClaimType = "roles",
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            IssuerSigningKeys = new[]
            {
                new SymmetricSecurityKey(Encoding.ASCII.GetBytes("billing-legacy-" + "rotation-a")), // jwtguard-expect: jwt-call-literal
                new SymmetricSecurityKey(Convert.FromBase64String("YmlsbGluZy1sZWdhY3ktcm90YXRpb24tYi1rZXk=")), // jwtguard-expect: jwt-call-literal
            },
        };
    });
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapPost("/token", (TokenService tokens, LoginRequest login) => Results.Ok(new { token = tokens.Issue(login.User, new[] { "payer" }) }));
app.Run();

public record LoginRequest(string User, string Password);
