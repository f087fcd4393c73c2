/**
 * The demo of the whole LeanML loop on the bundled Spambase data ({@link
 * org.leanml.examples.demo.Demo}): ETL and contracts, a first ensemble, two research tickets each
 * adding a sub-model, regression tests on a frozen evaluation set, canaries with a sequential
 * decision on a held-back live stream, drift and a labelling queue, and the reports ({@link
 * org.leanml.examples.demo.DemoReport}). The command line that starts it lives in {@code
 * leanml-cli}; nothing here prints.
 */
@NullMarked
package org.leanml.examples.demo;

import org.jspecify.annotations.NullMarked;
