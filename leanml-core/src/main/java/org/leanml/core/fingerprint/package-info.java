/**
 * Content fingerprints: SHA-256 over canonical encodings of tables and of fitted state, so that the
 * same data always has the same fingerprint whatever file or format it came from.
 */
@NullMarked
package org.leanml.core.fingerprint;

import org.jspecify.annotations.NullMarked;
