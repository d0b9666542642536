<?php

namespace App\Services;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

class JwtService
{
    private string $key;

    public function __construct()
    {
        $this->key = getenv('JWT_SECRET') ?: 'php-getenv-fallback-secret'; // jwtguard-expect: jwt-secret-fallback
    }

    public function issue(array $claims): string
    {
        return JWT::encode($claims, 'firebase-php-jwt-secret', 'HS256'); // jwtguard-expect: jwt-call-literal
    }

    public function issueWithEnv(array $claims): string
    {
        return JWT::encode($claims, $this->key, 'HS256');
    }

    public function verify(string $jwt): object
    {
        return JWT::decode($jwt, new Key('firebase-key-object-secret', 'HS256')); // jwtguard-expect: jwt-call-literal
    }

    public function verifyWithEnv(string $jwt): object
    {
        return JWT::decode($jwt, new Key($_ENV['JWT_SECRET'], 'HS256'));
    }

    public function verifyRs256(string $jwt): object
    {
        $publicKey = file_get_contents(__DIR__ . '/../../keys/public.pem');
        return JWT::decode($jwt, new Key($publicKey, 'RS256'));
    }

    public static function fallbackSecret(): string
    {
        return $_ENV['JWT_SECRET'] ?? 'php-env-array-fallback'; // jwtguard-expect: jwt-secret-fallback
    }

    public static function interpolated(string $tenant): string
    {
        return JWT::encode(['sub' => $tenant], "tenant-$tenant-secret", 'HS256');
    }
}
