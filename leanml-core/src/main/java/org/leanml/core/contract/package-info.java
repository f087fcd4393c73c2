/**
 * Data contracts: what a model consumes ({@link org.leanml.core.contract.InputContract}) and what
 * it produces ({@link org.leanml.core.contract.OutputContract}), and the violations found when a
 * table breaks one. Every member of an ensemble shares one input and one output contract.
 */
@NullMarked
package org.leanml.core.contract;

import org.jspecify.annotations.NullMarked;
