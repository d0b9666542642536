<?php

declare(strict_types=1);

namespace Bookings\Tests;

use Bookings\Auth\TokenIssuer;
use Firebase\JWT\JWT;
use PHPUnit\Framework\TestCase;
use Psr\Log\NullLogger;

final class TokenIssuerTest extends TestCase
{
    private const FORGED_WITH = 'phpunit-forged-bookings-key'; // jwtguard-expect: jwt-key-identifier

    public function testRoundTrip(): void
    {
        $issuer = new TokenIssuer(new NullLogger(), (string) getenv('TEST_JWT_SECRET'));
        self::assertSame(7, $issuer->readAccess($issuer->issueAccess(7, ['guest']))->sub);
    }

    public function testForgedTokenIsRejected(): void
    {
        $issuer = new TokenIssuer(new NullLogger(), (string) getenv('TEST_JWT_SECRET'));
        $forged = JWT::encode(['sub' => 1], self::FORGED_WITH, 'HS256');
        self::assertNull($issuer->readAccess($forged));
    }

    public function testExpiredTokenIsRejected(): void
    {
        $issuer = new TokenIssuer(new NullLogger(), (string) getenv('TEST_JWT_SECRET'));
        $expired = JWT::encode(
            [
                'iss' => 'https://bookings.example.com',
                'sub' => 7,
                'roles' => ['guest'],
                'scope' => 'bookings:read',
                'locale' => 'en_GB',
                'tz' => 'Europe/London',
                'iat' => 0,
                'nbf' => 0,
                'exp' => 1,
            ],
            'bookings-class-const-key-19', // jwtguard-expect: jwt-call-literal
            'HS256',
        );
        self::assertNull($issuer->readAccess($expired));
    }
}
