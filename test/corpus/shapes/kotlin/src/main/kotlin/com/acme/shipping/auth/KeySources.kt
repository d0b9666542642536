package com.acme.shipping.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.config.ApplicationConfig
import java.io.File

/** Where shipping's keys come from: application.conf, the environment, files. */
class KeySources(private val config: ApplicationConfig) {
    private val kid = "9a7c5e3b-1d2f-4e6a-8b0c-3f5d7e9a1c24"
    private val path = "jwt.secret"

    fun fromConfig(): Algorithm = Algorithm.HMAC256(config.property(path).getString())

    fun fromEnvironment(): Algorithm = Algorithm.HMAC256(System.getenv("SHIPPING_JWT_SECRET") ?: error("SHIPPING_JWT_SECRET is not set"))

    fun fromFile(): Algorithm = Algorithm.HMAC256(File("/run/secrets/shipping-jwt.key").readBytes())

    fun withKid(algorithm: Algorithm, subject: String): String = JWT.create().withKeyId(kid).withSubject(subject).sign(algorithm)

    fun fromConfigWithDefault(): Algorithm =
        Algorithm.HMAC256(config.propertyOrNull("jwt.preview")?.getString() ?: "shipping-preview-elvis-default") // jwtguard-expect: jwt-secret-fallback

    fun demo(): Algorithm = Algorithm.HMAC256("shipping-readme-demo-hmac-key") // jwtguard-expect: jwt-call-literal
}
