package org.twofold.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map of DESIGN.md, kept: web → ejb (org.twofold.service) → domain and nothing backwards,
 * no two packages importing each other in a circle, every package saying what it is for, and
 * no class grown past one job (more than eight collaborators, more than 300 lines).
 */
class ArchitectureTest {

    private static final int MAX_COLLABORATORS = 8;
    private static final int MAX_LINES = 300;

    private static JavaClasses classes;

    @BeforeAll
    static void importTheServersClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.twofold.domain", "org.twofold.service", "org.twofold.web");
    }

    @Test
    void theDomainKnowsNothingOfTheServicesOrTheWeb() {
        noClasses().that().resideInAPackage("org.twofold.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.twofold.service..", "org.twofold.web..")
                .check(classes);
    }

    @Test
    void theServicesKnowNothingOfTheWeb() {
        noClasses().that().resideInAPackage("org.twofold.service..")
                .should().dependOnClassesThat().resideInAPackage("org.twofold.web..")
                .check(classes);
    }

    @Test
    void noPackagesImportEachOtherInACircle() {
        slices().matching("org.twofold.(**)").should().beFreeOfCycles().check(classes);
    }

    /** A class that needs more is doing more than one job (Keycloak's authenticators have a handful). */
    @Test
    void noClassHasMoreThanEightInjectedCollaborators() {
        Map<String, Long> crowded = new TreeMap<>();
        for (JavaClass type : classes) {
            long injected = type.getFields().stream()
                    .filter(field -> field.isAnnotatedWith("jakarta.inject.Inject")
                            || field.isAnnotatedWith("jakarta.persistence.PersistenceContext")
                            || field.isAnnotatedWith("jakarta.ejb.EJB"))
                    .count();
            if (injected > MAX_COLLABORATORS) {
                crowded.put(type.getName(), injected);
            }
        }
        assertEquals(Map.of(), crowded, "classes with more than " + MAX_COLLABORATORS + " injected collaborators");
    }

    /** Read as a new engineer would: a class that needs more lines is holding more than one concern. */
    @Test
    void noSourceFileIsLongerThanThreeHundredLines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        for (String module : List.of("domain", "ejb", "web")) {
            Path sources = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long lines;
                    try (Stream<String> text = Files.lines(file)) {
                        lines = text.count();
                    }
                    if (lines > MAX_LINES) {
                        tooLong.put(sources.relativize(file).toString(), lines);
                    }
                }
            }
        }
        assertEquals(Map.of(), tooLong, "source files over " + MAX_LINES + " lines");
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        Set<String> undescribed = new TreeSet<>();
        for (JavaClass type : classes) {
            JavaPackage pack = type.getPackage();
            if (pack.tryGetPackageInfo().isEmpty()) {
                undescribed.add(pack.getName());
            }
        }
        assertEquals(List.of(), List.copyOf(undescribed), "packages without a package-info.java");
    }
}
