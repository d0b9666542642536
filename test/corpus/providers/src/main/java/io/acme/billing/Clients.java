package io.acme.billing;

import com.stripe.Stripe;
import com.twilio.Twilio;

public final class Clients {
    private static final String STRIPE_KEY = "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"; // jwtguard-expect: stripe-secret-key
    private static final String STRIPE_TEST_KEY = "sk_test_Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8";
    private static final String GITHUB_APP_TOKEN = "ghs_Wq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7aB3dE5gH7jK9"; // jwtguard-expect: github-token
    private static final String ANTHROPIC_KEY = "sk-ant-api03-Zx2Cv4Bn6Mq8pL0kJ8hG6fD4Mn5Bv3Cx1Zl7Hy6Tg4Rf2Ed8Wq9Sx7Dc5Fv3Uj1Ik3Ol5Pm7aB3dE5gH7jK9Qw3Rt5Yu7AA"; // jwtguard-expect: anthropic-api-key
    private static final String DB_URL = "jdbc:mysql://billing:Zx2Cv4Bn6Mq8@billing-db.prod.acme.io:3306/billing"; // jwtguard-expect: url-credentials
    private static final String LOCAL_DB_URL = "jdbc:mysql://root:root@localhost:3306/billing";
    private static final String API_SECRET = "pL0kJ8hG6fD4Mn5Bv3Cx1Zl7"; // jwtguard-expect: generic-secret-assignment
    private static final String PASSWORD_FIELD = "password";
    private static final String TOKEN_HEADER = "X-Auth-Token";

    private Clients() {}

    public static void init() {
        Stripe.apiKey = System.getenv().getOrDefault("STRIPE_SECRET_KEY", STRIPE_KEY);
        Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"));
    }
}
