package com.acme.shipping.auth

/** Settings of the shipping service; the JWT values are overridden per environment. */
object AppSettings {
    val port: Int = System.getenv("PORT")?.toInt() ?: 8080
    val databaseUrl: String = System.getenv("DATABASE_URL") ?: "jdbc:postgresql://localhost/shipping"
    const val signing = "shipping-appsettings-signing-key-4d" // jwtguard-expect: jwt-key-identifier
    const val issuer = "https://shipping.acme.example"
    const val audience = "shipping-api"
    val publicKeyPath: String = System.getenv("JWT_PUBLIC_KEY_PATH") ?: "/etc/shipping/jwt.pub.pem"
}
