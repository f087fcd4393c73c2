/**
 * The {@code leanml} command: one picocli sub-command per task, each a thin layer over the library.
 * Bad input exits with status 2 and one readable line on standard error, never a stack trace; the
 * library's own logging goes to standard error through Logback.
 */
@NullMarked
package org.leanml.cli;

import org.jspecify.annotations.NullMarked;
