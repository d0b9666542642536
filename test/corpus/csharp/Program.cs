using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

var jwtKey = builder.Configuration["Jwt:Key"] ?? "program-cs-fallback-key"; // jwtguard-expect: jwt-secret-fallback
var jwtIssuer = builder.Configuration["Jwt:Issuer"] ?? "https://localhost:5001";
var signingSecret = Environment.GetEnvironmentVariable("JWT_SIGNING_SECRET") ?? "env-var-fallback-secret"; // jwtguard-expect: jwt-secret-fallback
var maxAge = builder.Configuration.GetValue<int>("Jwt:MaxAgeMinutes", 60);
var tokenKey = builder.Configuration.GetValue<string>("Jwt:Secret", "getvalue-default-secret"); // jwtguard-expect: jwt-secret-fallback

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ValidIssuer = jwtIssuer,
            ValidAudience = builder.Configuration["Jwt:Audience"],
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey))
        };
    });

builder.Services.AddAuthentication("Legacy")
    .AddJwtBearer("Legacy", options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String("bGVnYWN5LWJlYXJlci1rZXktMDEyMzQ1Njc4OQ==")), // jwtguard-expect: jwt-call-literal
            ValidateIssuer = false,
            ValidateAudience = false,
        };
    });

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.Run();
