package org.leanml.eval.rollout;

/**
 * An incomplete or damaged last record found when a log is replayed — what a crash in the middle of
 * a write leaves behind. It was never acknowledged, so dropping it loses nothing promised.
 *
 * @param offset the byte offset where the record starts
 * @param length its length in bytes up to the end of the file
 * @param reason why it is invalid (no line end, bad checksum, malformed)
 */
public record TornRecord(long offset, long length, String reason) {}
