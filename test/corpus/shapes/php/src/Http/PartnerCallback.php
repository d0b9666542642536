<?php

declare(strict_types=1);

namespace Bookings\Http;

use Firebase\JWT\JWT;
use GuzzleHttp\ClientInterface;

require_once __DIR__ . '/../../config/bootstrap.php';

final class PartnerCallback
{
    public function __construct(private readonly ClientInterface $http)
    {
    }

    public function send(array $booking): void
    {
        $token = JWT::encode(['booking' => $booking['id'], 'status' => $booking['status']], PARTNER_SIGNING, 'HS256');
        $this->http->request('POST', PARTNER_CALLBACK_URL, ['headers' => ['Authorization' => 'Bearer ' . $token], 'json' => $booking]);
    }
}
