package org.twofold.it.services;

import java.io.File;
import java.net.URISyntaxException;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.twofold.it.TestTls;

/**
 * The archive the service tests deploy next to the application: its domain and service
 * classes, over the same database (without creating tables), plus the test's own classes.
 */
public final class ServiceArchive {

    /**
     * Message-driven beans, timers and start-up work stay out: the application under test
     * already runs them (migrated the schema, seeded the first admin, checked the keys and the certificate), and a second copy would
     * compete for its queues.
     */
    private static final Filter<ArchivePath> WITHOUT_BACKGROUND_BEANS = path -> {
        String name = path.get(); // the schema's migration runs at the application's start; its version is read only
        return !name.endsWith("Mdb.class") && !name.endsWith("Sweeper.class")
                && !name.endsWith("FirstStartSeeder.class") && !name.endsWith("SeedKeyCheck.class")
                && !name.endsWith("SeedResealer.class") && !name.endsWith("HttpsCertificateCheck.class")
                && !name.endsWith("BreakGlassWarning.class") && !name.endsWith("PasskeyAddressCheck.class")
                && (!name.contains("/service/schema/") || name.endsWith("/SchemaVersion.class"));
    };

    private ServiceArchive() {
    }

    public static WebArchive create(String name, Class<?>... testClasses) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, WITHOUT_BACKGROUND_BEANS, "org.twofold.domain", "org.twofold.service")
                .addClasses(ServiceArchive.class, RolledBack.class, RolledBack.Steps.class, Parallel.class, SignInSteps.class)
                .addClasses(Fixture.class, Fixtures.class, FixtureServlet.class, TestTls.class)
                .addClasses(testClasses)
                .addAsResource("org/twofold/service/delivery/texts.properties")
                .addAsResource("META-INF/test-persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // What the EAR has in lib/ for the domain and the services: Bouncy Castle, Nimbus and its helpers,
                // webauthn4j with Jackson and SLF4J, Micrometer.
                .addAsLibraries(jarOf(Argon2BytesGenerator.class), jarOf(com.nimbusds.oauth2.sdk.AuthorizationCode.class),
                        jarOf(com.nimbusds.jose.JWSAlgorithm.class), jarOf(net.minidev.json.JSONObject.class),
                        jarOf(net.minidev.asm.BeansAccess.class), jarOf(org.objectweb.asm.ClassReader.class),
                        jarOf(com.nimbusds.common.contenttype.ContentType.class), jarOf(com.nimbusds.langtag.LangTag.class),
                        jarOf(net.jcip.annotations.Immutable.class), jarOf(com.webauthn4j.WebAuthnManager.class),
                        jarOf(tools.jackson.databind.ObjectMapper.class), jarOf(tools.jackson.core.JsonParser.class),
                        jarOf(tools.jackson.dataformat.cbor.CBORMapper.class),
                        jarOf(com.fasterxml.jackson.annotation.JsonProperty.class), jarOf(org.slf4j.Logger.class),
                        jarOf(org.slf4j.jul.JDK14LoggerAdapter.class),
                        // Micrometer with its Prometheus registry, for the meters.
                        jarOf(io.micrometer.core.instrument.Counter.class), jarOf(io.micrometer.common.KeyValue.class),
                        jarOf(io.micrometer.observation.Observation.class), jarOf(org.HdrHistogram.Histogram.class),
                        jarOf(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class),
                        jarOf(io.prometheus.metrics.core.metrics.Counter.class), jarOf(io.prometheus.metrics.model.snapshots.MetricSnapshots.class),
                        jarOf(io.prometheus.metrics.config.PrometheusProperties.class),
                        jarOf(io.prometheus.metrics.expositionformats.ExpositionFormats.class),
                        jarOf(io.prometheus.metrics.expositionformats.generated.Metrics.class),
                        jarOf(io.prometheus.metrics.tracer.common.SpanContext.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
