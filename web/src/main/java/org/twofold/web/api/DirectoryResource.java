package org.twofold.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.directory.DirectoryConfig;
import org.twofold.domain.directory.DirectoryPreset;
import org.twofold.domain.directory.GroupLookup;
import org.twofold.service.RefusedException;
import org.twofold.service.directory.DirectoryProbe;
import org.twofold.service.directory.DirectorySettingsService;
import org.twofold.service.directory.DirectoryTestResult;

/**
 * The company directory connection, as on the console's Directory page: read it (never the
 * service password), change some of it (PATCH: only the fields given; a preset's attribute
 * names first), and test it by finding a named user.
 */
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** The connection as the API shows it: the settings, and whether a service password is stored. */
    public record DirectoryView(DirectoryConfig settings, boolean bindPasswordStored) {
    }

    /**
     * A change: every field may be left out (null) to keep it. {@code bindPassword} "" removes
     * the stored one; {@code preset} fills the attribute names before the other fields apply.
     */
    public record DirectoryChange(DirectoryPreset preset, Boolean enabled, List<String> urls, Boolean startTls,
                                  String bindDn, String bindPassword, String userBaseDn, String loginAttribute,
                                  String userFilter, String displayNameAttribute, List<String> emailAttributes,
                                  List<String> phoneAttributes, GroupLookup groupLookup, String groupBaseDn,
                                  String groupMemberAttribute, Integer connectTimeoutSeconds, Integer readTimeoutSeconds,
                                  List<DirectoryConfig.GroupRoleName> groupRoles) {

        DirectoryConfig applyTo(DirectoryConfig current) {
            DirectoryConfig base = preset == null ? current : current.with(preset);
            return new DirectoryConfig(or(enabled, base.enabled()), or(urls, base.urls()), or(startTls, base.startTls()),
                    or(bindDn, base.bindDn()), or(userBaseDn, base.userBaseDn()), or(loginAttribute, base.loginAttribute()),
                    or(userFilter, base.userFilter()), or(displayNameAttribute, base.displayNameAttribute()),
                    or(emailAttributes, base.emailAttributes()), or(phoneAttributes, base.phoneAttributes()),
                    or(groupLookup, base.groupLookup()), or(groupBaseDn, base.groupBaseDn()),
                    or(groupMemberAttribute, base.groupMemberAttribute()),
                    or(connectTimeoutSeconds, base.connectTimeoutSeconds()), or(readTimeoutSeconds, base.readTimeoutSeconds()),
                    or(groupRoles, base.groupRoles()));
        }

        private static <T> T or(T given, T current) {
            return given == null ? current : given;
        }

        @Override
        public String toString() {
            return "DirectoryChange"; // never the password
        }
    }

    /** Whom to look for; a service password to try instead of the stored one, optionally. */
    public record DirectoryTest(String login, String bindPassword) {
    }

    @Inject
    private DirectorySettingsService settings;

    @Inject
    private DirectoryProbe probe;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest request;

    @GET
    public DirectoryView get() {
        return new DirectoryView(settings.config(), settings.hasBindPassword());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryView change(DirectoryChange change) throws RefusedException {
        if (change == null) {
            throw new RefusedException("api.directory.empty");
        }
        settings.save(change.applyTo(settings.config()), Optional.ofNullable(change.bindPassword()),
                ApiActor.of(security, request));
        return get();
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryTestResult test(DirectoryTest test) throws RefusedException {
        if (test == null) {
            throw new RefusedException("directory.test.loginRequired");
        }
        return probe.test(settings.config(), Optional.ofNullable(test.bindPassword()).filter(p -> !p.isEmpty()),
                test.login(), Instant.now());
    }
}
