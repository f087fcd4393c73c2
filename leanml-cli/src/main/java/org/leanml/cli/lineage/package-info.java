/**
 * {@code leanml train} and {@code leanml iterate}: a lineage of ensembles on any CSV file, one
 * sub-model per column group, with the frozen evaluation rows recorded in the registry so every
 * later version is compared with every earlier one on the same rows.
 */
@NullMarked
package org.leanml.cli.lineage;

import org.jspecify.annotations.NullMarked;
