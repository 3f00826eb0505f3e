package org.twofold.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the pages keep in the HTTP session can be written to the database, where every node of a
 * cluster reads it (docs/cluster.md): each field of a view- or session-scoped bean, and what
 * those fields hold, is Serializable. A class that is not fails only at run time, and only with
 * several nodes, so it is caught here.
 */
class SessionContentsTest {

    @Test
    void everythingAPageKeepsInTheSessionCanBeWrittenToTheDatabase() {
        Set<String> unwritable = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.twofold.web")) {
            if (type.isAnnotatedWith("jakarta.faces.view.ViewScoped") || type.isAnnotatedWith("jakarta.enterprise.context.SessionScoped")) {
                check(type.reflect(), type.getSimpleName(), unwritable, new HashSet<>());
            }
        }
        assertEquals(List.of(), List.copyOf(unwritable), "held in the session but not Serializable");
    }

    private static void check(Class<?> holder, String path, Set<String> unwritable, Set<Class<?>> seen) {
        if (!seen.add(holder)) {
            return;
        }
        for (Field field : holder.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                    || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                continue; // injected beans are serializable proxies
            }
            for (Class<?> held : classesIn(field.getGenericType())) {
                if (held.isPrimitive() || held.isEnum() || held == Object.class) {
                    continue; // an Object's class is known only at run time (a setting's value: text, number, flag)
                }
                if (!held.isInterface() && !Serializable.class.isAssignableFrom(held)) {
                    unwritable.add(path + "." + field.getName() + ": " + held.getName());
                } else if (held.getName().startsWith("org.twofold.")) {
                    check(held, path + "." + field.getName(), unwritable, seen);
                }
            }
        }
    }

    private static List<Class<?>> classesIn(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isArray() ? classesIn(plain.getComponentType()) : List.of(plain);
        }
        if (type instanceof ParameterizedType generic) {
            List<Class<?>> all = new java.util.ArrayList<>(classesIn(generic.getRawType()));
            for (Type argument : generic.getActualTypeArguments()) {
                all.addAll(classesIn(argument));
            }
            return all;
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getUpperBounds().length == 0 ? List.of() : classesIn(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType array) {
            return classesIn(array.getGenericComponentType());
        }
        return List.of(); // a type variable
    }
}
