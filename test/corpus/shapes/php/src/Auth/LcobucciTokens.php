<?php

declare(strict_types=1);

namespace Bookings\Auth;

use DateTimeImmutable;
use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Hmac\Sha512;
use Lcobucci\JWT\Signer\Key\InMemory as KeyMaterial;
use Lcobucci\JWT\Signer\Key\InMemory;
use Lcobucci\JWT\Validation\Constraint\IssuedBy;
use Lcobucci\JWT\Validation\Constraint\SignedWith;

/** Tokens of the hotel back office (lcobucci/jwt 4). */
final class LcobucciTokens
{
    private const MATERIAL = 'bookings-lcobucci-material-6a0f3c9e1b7d2854'; // jwtguard-expect: jwt-key-identifier

    private Configuration $config;
    private Configuration $reports;
    private Configuration $fromEnv;

    public function __construct()
    {
        $this->config = Configuration::forSymmetricSigner(
            new Sha256(),
            InMemory::plainText(self::MATERIAL),
        );
        $this->reports = Configuration::forSymmetricSigner(
            new Sha512(),
            KeyMaterial::base64Encoded(
                'Ym9va2luZ3MtcmVwb3J0cy1sY29idWNjaS1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=' // jwtguard-expect: jwt-call-literal
            ),
        );
        $this->fromEnv = Configuration::forSymmetricSigner(new Sha256(), InMemory::plainText((string) getenv('BACKOFFICE_JWT_SECRET')));
        $this->config->setValidationConstraints(
            new IssuedBy('https://bookings.example.com'),
            new SignedWith($this->config->signer(), $this->config->verificationKey()),
        );
    }

    public function issue(string $staffId): string
    {
        $now = new DateTimeImmutable();
        return $this->config->builder()
            ->issuedBy('https://bookings.example.com')
            ->permittedFor('back-office')
            ->relatedTo($staffId)
            ->withClaim('hotel', 'LON-12')
            ->withClaim('role', 'front-desk')
            ->withClaim('shift', 'early')
            ->withClaim('locale', 'en_GB')
            ->issuedAt($now)
            ->canOnlyBeUsedAfter($now)
            ->expiresAt($now->modify('+1 hour'))
            ->getToken($this->config->signer(), $this->config->signingKey())
            ->toString();
    }

    public function issueNightAudit(string $hotel): string
    {
        $now = new DateTimeImmutable();
        return $this->config->builder()
            ->relatedTo($hotel)
            ->expiresAt($now->modify('+8 hours'))
            ->getToken(new Sha256(), KeyMaterial::plainText('bookings-night-audit-' . 'alias-key-5c8e1a7f3d9b0264')) // jwtguard-expect: jwt-call-literal
            ->toString();
    }

    public function issueReport(string $report): string
    {
        return $this->reports->builder()->relatedTo($report)->getToken($this->reports->signer(), $this->reports->signingKey())->toString();
    }

    public function issueFromEnv(string $subject): string
    {
        return $this->fromEnv->builder()->relatedTo($subject)->getToken($this->fromEnv->signer(), $this->fromEnv->signingKey())->toString();
    }
}
