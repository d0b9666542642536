<?php

declare(strict_types=1);

use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Slim\App;
use Tuupola\Middleware\JwtAuthentication;

const API_MATERIAL = 'bookings-slim-const-material-3'; // jwtguard-expect: jwt-key-identifier

return static function (App $app): void {
    $fallback = $_ENV['KIOSK_JWT_SECRET'] ?? 'bookings-kiosk-env-fallback'; // jwtguard-expect: jwt-secret-fallback

    $app->add(new JwtAuthentication([
        'path' => '/api',
        'ignore' => ['/api/token', '/api/health'],
        'secret' => API_MATERIAL,
        'algorithm' => ['HS256'],
        'attribute' => 'token',
    ]));

    $app->add(new JwtAuthentication([
        'path' => '/reports',
        'secret' => 'bookings-slim-reports-literal', // jwtguard-expect: jwt-call-literal
        'algorithm' => ['HS512'],
        'secure' => true,
        'relaxed' => ['localhost'],
    ]));

    $app->add(new JwtAuthentication(['path' => '/kiosk', 'secret' => $fallback]));
    $app->add(new JwtAuthentication(['path' => '/env', 'secret' => getenv('SLIM_JWT_SECRET')]));

    $app->post('/api/token', function ($request, $response) {
        $nowdoc = <<<'KEY'
        bookings-nowdoc-token-key-2020
        KEY;
        $token = JWT::encode(['sub' => $request->getParsedBody()['user']], $nowdoc, 'HS256');
        $response->getBody()->write(json_encode(['token' => $token]));
        return $response->withHeader('Content-Type', 'application/json');
    });

    $app->get('/api/check', function ($request, $response) {
        $parts = implode('', ['book', 'ings-', 'implode-', 'key']); // jwtguard-expect: jwt-key-identifier
        JWT::decode($request->getQueryParams()['t'], new Key($parts, 'HS256'));
        return $response;
    });
};
