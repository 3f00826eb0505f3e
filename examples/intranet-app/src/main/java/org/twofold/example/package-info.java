/**
 * An example intranet application that signs people in through Twofold with nothing but the
 * standard Jakarta Security OpenID Connect mechanism: one page that greets the person with
 * their name and roles, and a sign-out that signs out of Twofold too.
 */
package org.twofold.example;
