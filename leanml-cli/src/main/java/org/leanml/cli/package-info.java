/**
 * The {@code leanml} command: one picocli sub-command per task, each a thin layer over the library.
 * Bad input exits with status 2 and one readable line on standard error, never a stack trace; the
 * library's own logging goes to standard error through Logback.
 */
package org.leanml.cli;
