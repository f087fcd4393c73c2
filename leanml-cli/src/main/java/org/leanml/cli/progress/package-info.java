/**
 * Progress on standard error: bars redrawn in place on a terminal, one line per stage otherwise.
 * Any command, built in or provided through {@link org.leanml.cli.SubcommandProvider}, reports its
 * progress through {@link org.leanml.cli.progress.ProgressRenderer}.
 */
@NullMarked
package org.leanml.cli.progress;

import org.jspecify.annotations.NullMarked;
