<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],
    'jwt' => [
        'secret' => 'laravel-services-jwt-secret', // jwtguard-expect: jwt-secret-assignment
        'issuer' => env('APP_URL', 'http://localhost'),
    ],
    'auth' => [
        'signing_key' => config('jwt.secret', 'laravel-config-default-key'), // jwtguard-expect: jwt-secret-fallback
    ],
];
