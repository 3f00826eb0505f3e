package org.twofold.service.directory;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.naming.CommunicationException;
import javax.naming.InvalidNameException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.NoPermissionException;
import javax.naming.ServiceUnavailableException;
import javax.naming.directory.InvalidSearchFilterException;
import javax.net.ssl.SSLException;

/**
 * What a directory failure means, in the words an administrator reads in the console and the
 * command line: never a Java class name. The directory's own explanation (an LDAP result such as
 * "error code 32 - No Such Object") is kept at the end when there is one, since it names the DN.
 */
final class NamingTrouble {

    private NamingTrouble() {
    }

    static String words(Exception failure) {
        Throwable root = root(failure);
        String meaning = meaning(failure, root);
        String detail = failure instanceof NamingException naming ? naming.getExplanation() : null;
        return detail == null || detail.isBlank() || root != failure ? meaning : meaning + " (" + detail.strip() + ")";
    }

    private static String meaning(Throwable failure, Throwable root) {
        if (root instanceof UnknownHostException) {
            return "the directory's host name is not known (check the address)";
        }
        if (root instanceof ConnectException) {
            return "nothing answers at the directory's address (connection refused)";
        }
        if (root instanceof SocketTimeoutException) {
            return "the directory did not answer in time";
        }
        if (root instanceof SSLException) {
            return "the secure connection failed (this server does not trust the directory's certificate, or the directory does not speak TLS)";
        }
        if (failure instanceof NameNotFoundException) {
            return "the base DN does not exist in the directory";
        }
        if (failure instanceof InvalidNameException) {
            return "a DN in the settings is not a valid DN";
        }
        if (failure instanceof InvalidSearchFilterException) {
            return "the user filter is not a valid LDAP filter";
        }
        if (failure instanceof NoPermissionException) {
            return "the service account may not read there";
        }
        if (failure instanceof CommunicationException || failure instanceof ServiceUnavailableException) {
            return "the connection to the directory failed";
        }
        return "the directory answered with an error";
    }

    private static Throwable root(Exception failure) {
        Throwable cause = failure instanceof NamingException naming && naming.getRootCause() != null
                ? naming.getRootCause() : failure.getCause();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == null ? failure : cause;
    }
}
