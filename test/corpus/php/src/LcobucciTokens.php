<?php

use Lcobucci\JWT\Builder;
use Lcobucci\JWT\Configuration;
use Lcobucci\JWT\Signer;
use Lcobucci\JWT\Signer\Hmac\Sha256;
use Lcobucci\JWT\Signer\Key;
use Lcobucci\JWT\Signer\Key\InMemory;

$config = Configuration::forSymmetricSigner(
    new Sha256(),
    InMemory::plainText('lcobucci-plaintext-signing-key-0123') // jwtguard-expect: jwt-call-literal
);

$config2 = Configuration::forSymmetricSigner(new Sha256(), InMemory::base64Encoded('bGNvYnVjY2ktYmFzZTY0LXNpZ25pbmcta2V5')); // jwtguard-expect: jwt-call-literal

$config3 = Configuration::forAsymmetricSigner(
    new Signer\Rsa\Sha256(),
    InMemory::file(__DIR__ . '/keys/private.pem'),
    InMemory::file(__DIR__ . '/keys/public.pem')
);

$config4 = Configuration::forSymmetricSigner(new Sha256(), InMemory::plainText($_ENV['APP_JWT_KEY']));

// lcobucci/jwt 3.x
$signer = new Sha256();
$token = (new Builder())->issuedBy('http://example.com')->getToken($signer, new Key('lcobucci-v3-key')); // jwtguard-expect: jwt-call-literal
