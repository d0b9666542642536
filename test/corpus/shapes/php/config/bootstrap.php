<?php

declare(strict_types=1);

// Constants shared by the front controllers; production overrides them in config/local.php.
define('APP_ENV', getenv('APP_ENV') ?: 'dev');
define('PARTNER_SIGNING', 'bookings-bootstrap-partner-key'); // jwtguard-expect: jwt-key-identifier
define('PARTNER_CALLBACK_URL', 'https://partner.example.com/bookings');
define('CACHE_DIR', __DIR__ . '/../var/cache');
