<?php

declare(strict_types=1);

namespace Bookings\Auth;

use Firebase\JWT\ExpiredException;
use Firebase\JWT\JWT as FirebaseJWT;
use Firebase\JWT\Key;
use Firebase\JWT\SignatureInvalidException;
use Psr\Log\LoggerInterface;

define('BOOKINGS_SIGNING', 'bookings-define-signing-key-62'); // jwtguard-expect: jwt-key-identifier

/** Access tokens of the bookings API (firebase/php-jwt 6). */
final class TokenIssuer
{
    private const SIGNING = 'bookings-class-const-key-19'; // jwtguard-expect: jwt-key-identifier
    private const ALGORITHM = 'HS256';
    private const ISSUER = 'https://bookings.example.com';
    private const LEEWAY = 30;
    protected static string $voucherMaterial = 'bookings-static-prop-key-08'; // jwtguard-expect: jwt-key-identifier

    /** @var list<string> */
    private array $rotation = [
        'bookings-rotation-2023', // jwtguard-expect: jwt-key-identifier
        'bookings-rotation-2024', // jwtguard-expect: jwt-key-identifier
    ];

    public function __construct(private readonly LoggerInterface $log, private readonly string $configuredKey)
    {
        FirebaseJWT::$leeway = self::LEEWAY;
    }

    public function issueAccess(int $userId, array $roles): string
    {
        return FirebaseJWT::encode(
            [
                'iss' => self::ISSUER,
                'sub' => $userId,
                'roles' => $roles,
                'scope' => 'bookings:read bookings:write',
                'locale' => 'en_GB',
                'tz' => 'Europe/London',
                'iat' => time(),
                'nbf' => time(),
                'exp' => time() + 900,
            ],
            self::SIGNING,
            self::ALGORITHM,
        );
    }

    public function readAccess(string $jwt): ?object
    {
        try {
            return FirebaseJWT::decode($jwt, new Key(self::SIGNING, self::ALGORITHM));
        } catch (ExpiredException | SignatureInvalidException $e) {
            $this->log->info('rejected token', ['reason' => $e->getMessage()]);
            return null;
        }
    }

    public function issueGuest(string $visitor): string
    {
        return FirebaseJWT::encode(['visitor' => $visitor], BOOKINGS_SIGNING, 'HS256');
    }

    public function issueVoucher(string $code): string
    {
        return FirebaseJWT::encode(['voucher' => $code], static::$voucherMaterial, 'HS384');
    }

    public function readRotating(string $jwt): ?object
    {
        foreach ($this->rotation as $candidate) {
            try {
                return FirebaseJWT::decode($jwt, new Key($candidate, 'HS256'));
            } catch (SignatureInvalidException) {
                continue;
            }
        }
        return null;
    }

    public function issueInvoice(int $invoiceId): string
    {
        return FirebaseJWT::encode(['invoice' => $invoiceId], 'bookings-' . 'invoices-' . 'key-4', 'HS256'); // jwtguard-expect: jwt-call-literal
    }

    public function issueArchive(int $id): string
    {
        return FirebaseJWT::encode(['archive' => $id], base64_decode('Ym9va2luZ3MtYXJjaGl2ZS1rZXktMzM='), 'HS256'); // jwtguard-expect: jwt-call-literal
    }

    public function readPartner(string $jwt): object
    {
        return FirebaseJWT::decode($jwt, new Key(hex2bin('626f6f6b696e67732d706172746e65722d6b6579'), 'HS256')); // jwtguard-expect: jwt-call-literal
    }

    public function readWithConfiguredKey(string $jwt): object
    {
        return FirebaseJWT::decode($jwt, new Key($this->configuredKey, 'HS256'));
    }

    public function readWithPublicKey(string $jwt): object
    {
        $publicKey = file_get_contents(__DIR__ . '/../../config/keys/bookings.pub.pem');
        return FirebaseJWT::decode($jwt, new Key($publicKey, 'RS256'));
    }

    public function readFromEnv(string $jwt): object
    {
        return FirebaseJWT::decode($jwt, new Key((string) getenv('BOOKINGS_JWT_SECRET'), 'HS256'));
    }
}
