/**
 * Examples: the bundled UCI Spambase data ({@link org.leanml.examples.Spambase}) and the demo of
 * the whole LeanML loop. The JShell notebooks sit in the module's {@code notebooks/} folder.
 */
@NullMarked
package org.leanml.examples;

import org.jspecify.annotations.NullMarked;
