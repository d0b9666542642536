<?php

declare(strict_types=1);

namespace Bookings\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

/** Where the bookings keys come from: the environment, files, configuration. */
final class KeySources
{
    private const KID = '2f6a9c1e-8b3d-4e7a-a0c5-7d1e9b3f5a62';
    private const PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAr2Tq7mX5vL1nK9bW3cY0hP6sJ4gF8dZ1aE5uN2iO9tQ=\n-----END PUBLIC KEY-----";

    public function __construct(private readonly array $config)
    {
    }

    public function fromEnvironment(array $payload): string
    {
        return JWT::encode($payload, (string) getenv('BOOKINGS_JWT_SECRET'), 'HS256', self::KID);
    }

    public function fromConfig(array $payload): string
    {
        return JWT::encode($payload, $this->config['jwt']['secret'], 'HS256');
    }

    public function fromFile(array $payload): string
    {
        return JWT::encode($payload, (string) file_get_contents('/run/secrets/bookings_jwt.key'), 'HS256');
    }

    public function verifyPublic(string $jwt): object
    {
        return JWT::decode($jwt, new Key(self::PUBLIC_KEY, 'EdDSA'));
    }

    public function docsExample(array $payload): string
    {
        return JWT::encode($payload, '%JWT_SECRET%', 'HS256');
    }

    public function demo(array $payload): string
    {
        return JWT::encode($payload, 'example_key', 'HS256'); // jwtguard-expect: jwt-call-literal
    }

    public function withDefault(array $payload): string
    {
        return JWT::encode($payload, $this->config['jwt']['preview'] ?? 'bookings-preview-coalesce-default', 'HS256'); // jwtguard-expect: jwt-secret-fallback
    }
}
