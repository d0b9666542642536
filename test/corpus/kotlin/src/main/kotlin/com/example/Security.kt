package com.example.plugins

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

fun Application.configureSecurity() {
    val jwtAudience = environment.config.property("jwt.audience").getString()
    val jwtDomain = environment.config.property("jwt.domain").getString()
    val jwtRealm = environment.config.property("jwt.realm").getString()
    val jwtSecret = environment.config.propertyOrNull("jwt.secret")?.getString() ?: "ktor-config-fallback" // jwtguard-expect: jwt-secret-fallback
    authentication {
        jwt {
            realm = jwtRealm
            verifier(
                JWT.require(Algorithm.HMAC256(jwtSecret))
                    .withAudience(jwtAudience)
                    .withIssuer(jwtDomain)
                    .build()
            )
            validate { credential ->
                if (credential.payload.audience.contains(jwtAudience)) JWTPrincipal(credential.payload) else null
            }
        }
    }
}

object TokenFactory {
    private val algorithm = Algorithm.HMAC256("kotlin-token-factory-secret") // jwtguard-expect: jwt-call-literal
    private val envSecret = System.getenv("JWT_SECRET") ?: "kotlin-elvis-default" // jwtguard-expect: jwt-secret-fallback
    private val strict = System.getenv("JWT_SECRET") ?: error("JWT_SECRET is not set")
    private val timeout = System.getenv("JWT_TIMEOUT") ?: "3600"

    fun sign(user: String): String = JWT.create().withSubject(user).sign(algorithm)
}
