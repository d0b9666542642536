<?php

namespace App\Auth;

use Firebase\JWT\JWT;

final class TokenMaterial
{
    public const MEDIA_TYPE = 'application/json';
    public const ROUTE = '/api/v1/users/me';

    private string $material = 't3Yi3SPruEau6vw6Qxy1'; // jwtguard-expect: jwt-high-entropy-near-call
    private array $older = ['u7l1LkL2a1wqPsUF']; // jwtguard-expect: jwt-high-entropy-near-call
}
