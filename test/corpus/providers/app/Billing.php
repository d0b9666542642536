<?php

namespace App\Services;

use Stripe\StripeClient;
use Twilio\Rest\Client as Twilio;

class Billing
{
    private const STRIPE_SECRET = 'sk_live_Zx2Cv4Bn6Mq8pL0kJ8hG6fD4'; // jwtguard-expect: stripe-secret-key
    private const SHOPIFY_SECRET = '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'; // jwtguard-expect: shopify-token
    private const TWILIO_SID = 'ACb5d2f3a9c1e77c0e4b6a8d1fe2c4a6f8';

    public function stripe(): StripeClient
    {
        return new StripeClient(getenv('STRIPE_SECRET_KEY') ?: self::STRIPE_SECRET);
    }

    public function sms(): Twilio
    {
        return new Twilio(self::TWILIO_SID, 'e2c4a6f8b0d9f3a9c1e7b5d29e1b7d3f'); // jwtguard-expect: twilio-auth-token
    }

    public function database(): array
    {
        return [
            'driver' => 'mysql',
            'host' => 'billing-db.prod.acme.io',
            'username' => 'billing',
            'password' => 'Qw3Rt5Yu7Io9Zx2Cv4Bn6Mq8', // jwtguard-expect: generic-secret-assignment
            'password_reset_table' => 'password_resets',
            'url' => 'mysql://billing:aB3dE5gH7jK9@billing-db.prod.acme.io/billing', // jwtguard-expect: url-credentials
        ];
    }
}
