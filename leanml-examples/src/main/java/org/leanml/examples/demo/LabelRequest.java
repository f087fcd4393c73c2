package org.leanml.examples.demo;

/**
 * A live row worth labelling: the champion is unsure about it and the versions disagree.
 *
 * @param liveRow the row's index in the live stream
 * @param probability the champion's spam probability
 * @param disagreement the spread (max − min) of the versions' spam probabilities
 * @param score the priority: uncertainty {@code 1 − 2|p − 0.5|} plus disagreement
 */
public record LabelRequest(int liveRow, double probability, double disagreement, double score) {}
