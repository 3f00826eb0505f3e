package org.twofold.cli;

import picocli.CommandLine.Option;

/** {@code --first} and {@code --max} of the commands that list a page of what the server holds. */
final class Paging {

    @Option(names = "--first", defaultValue = "0", description = "skip this many (paging)")
    int first;

    @Option(names = "--max", defaultValue = "50", description = "at most this many (the server says its limit)")
    int max;

    /** The query string's paging part. */
    String query() {
        return "first=" + first + "&max=" + max;
    }
}
