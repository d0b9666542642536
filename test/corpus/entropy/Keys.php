<?php

namespace App\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

final class Keys
{
    private const CACHE_KEY = 'auth.jwt.keys';
    private const ETAG = '"f448ffc74461916591b6c25104bfc4df"';

    private array $keys = [
        'kid-2023' => '4sNY5O4+BthZnFSP/zmIe+KZYQcZjaUW', // jwtguard-expect: jwt-high-entropy-near-call
        'kid-2024' => '972dfd4b45bedab2ee99246456226c2c', // jwtguard-expect: jwt-key-identifier
    ];

    public function encode(array $claims, string $kid): string
    {
        return JWT::encode($claims, $this->keys[$kid], 'HS256', $kid);
    }

    public function decode(string $jwt): object
    {
        return JWT::decode($jwt, new Key($this->keys['kid-2024'], 'HS256'));
    }
}
