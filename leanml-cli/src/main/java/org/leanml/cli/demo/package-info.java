/**
 * {@code leanml demo}: runs {@link org.leanml.examples.demo.Demo} and renders its progress on
 * standard error (bars on a terminal, plain lines otherwise) and its summary on standard output.
 * The demo's logic lives in {@code leanml-examples}; nothing here computes.
 */
@NullMarked
package org.leanml.cli.demo;

import org.jspecify.annotations.NullMarked;
