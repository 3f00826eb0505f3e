package org.twofold.service.signin;

import java.io.Serializable;
import java.util.Set;

/** Who a fully signed-in session belongs to, and the role names the container should know. */
public record SignedInUser(String username, String displayName, Set<String> roles) implements Serializable {
}
