package org.twofold.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsAccessTest {

    @ParameterizedTest(name = "anonymous {0}, key {1}, header {2}, signed in {3}, admin {4}: {5}")
    @CsvSource(nullValues = "-", value = {
        "false, -,      -,                   false, false, UNAUTHORIZED",
        "true,  -,      -,                   false, false, ALLOWED",
        "false, s3cret, Bearer s3cret,       false, false, ALLOWED",
        "false, s3cret, bearer   s3cret,     false, false, ALLOWED",
        "false, s3cret, Bearer s3cre,        false, false, UNAUTHORIZED",
        "false, s3cret, Bearer s3cret2,      false, false, UNAUTHORIZED",
        "false, -,      Bearer anything,     false, false, UNAUTHORIZED",
        "false, s3cret, token k1:abc,        true,  true,  ALLOWED",
        "false, s3cret, token k2:abc,        true,  false, FORBIDDEN",
        "false, s3cret, Basic czNjcmV0,      false, false, UNAUTHORIZED",
    })
    void decides(boolean anonymous, String key, String header, boolean signedIn, boolean admin, MetricsAccess.Verdict verdict) {
        assertEquals(verdict, MetricsAccess.decide(anonymous, Optional.ofNullable(key), header, signedIn, admin));
    }
}
