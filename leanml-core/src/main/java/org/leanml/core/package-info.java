/**
 * LeanML core: the root package holds only the exception hierarchy shared by every module.
 *
 * <p>Concepts live in sub-packages: {@code table} (columnar data), {@code contract} (input and
 * output contracts), {@code predict} (the one model abstraction), {@code fingerprint}, {@code
 * stage} and the stage implementations, {@code run}, {@code tribuo}, {@code tuning}, {@code
 * registry}.
 */
@NullMarked
package org.leanml.core;

import org.jspecify.annotations.NullMarked;
