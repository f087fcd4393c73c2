package org.leanml.eval.rollout;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of records (predictions served, outcomes joined) that many threads append to
 * without losing or interleaving records, with a chosen {@link FsyncPolicy}.
 *
 * <p><b>Format, version 1</b> (UTF-8 text, one record per line): the header line {@code
 * leanml-outcome-log v1}, then per record eight lower-case hexadecimal digits of the CRC-32C of the
 * payload's UTF-8 bytes, one space, the payload, and {@code '\n'}. A payload is one line of text,
 * normally a JSON object (JSON escapes line breaks inside strings, so serialised objects are single
 * lines); it must not contain {@code '\n'} or {@code '\r'}. Tools that ignore the checksum read the
 * file as JSON lines after cutting the first 9 characters of each line.
 *
 * <p><b>Writing.</b> The checksum and bytes of a record are computed by the calling thread; the
 * record is then copied into the current batch under a lock, so records never interleave and
 * sequence numbers follow file order. When the policy calls for it, the appending thread takes the
 * batch, writes it and forces the file under a second lock while other threads keep appending to a
 * fresh batch (group commit). {@link #append} returns the record's sequence number; it is
 * acknowledged — guaranteed to survive a crash — once {@link #durableSequence()} reaches it, which
 * for {@link FsyncPolicy.Kind#EVERY_RECORD} is before {@code append} returns.
 *
 * <p><b>Recovery.</b> {@link #open} replays the file: a last record without its line end, with a
 * wrong checksum or malformed is a torn write; it is reported ({@link #recovery()}, and a warning
 * is logged) and cut off before appending resumes. Damage before the last record cannot come from a
 * crash and raises {@link CorruptLogException}.
 */
public final class OutcomeLog implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(OutcomeLog.class);
  private static final byte[] HEADER =
      "leanml-outcome-log v1\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int INITIAL_BATCH = 1 << 16;

  private final Path path;
  private final FileChannel channel;
  private final FsyncPolicy policy;
  private final Clock clock;
  private final LogReplay recovery;
  private final ReentrantLock appendLock = new ReentrantLock();
  private final ReentrantLock ioLock = new ReentrantLock();
  private final @Nullable ScheduledFuture<?> timer;

  // Guarded by appendLock.
  private byte[] batch = new byte[INITIAL_BATCH];
  private int batchLength;
  private long sequence;
  private long batchFirstMillis = -1;
  private boolean closed;
  private long requested;

  private volatile long durable;
  private volatile @Nullable IOException failure;

  private OutcomeLog(
      Path path,
      FileChannel channel,
      FsyncPolicy policy,
      Clock clock,
      LogReplay recovery,
      @Nullable ScheduledExecutorService scheduler) {
    this.path = path;
    this.channel = channel;
    this.policy = policy;
    this.clock = clock;
    this.recovery = recovery;
    this.sequence = recovery.records().size();
    this.durable = sequence;
    this.requested = sequence;
    if (scheduler != null && policy.kind() == FsyncPolicy.Kind.EVERY_MILLIS) {
      long ms = Math.max(1, policy.interval().toMillis() / 2);
      this.timer = scheduler.scheduleWithFixedDelay(this::syncIfDue, ms, ms, TimeUnit.MILLISECONDS);
    } else {
      this.timer = null;
    }
  }

  /**
   * Opens a log for appending, creating it if absent; an existing log is replayed first and a torn
   * last record is cut off.
   *
   * @param path the file
   * @param policy the fsync policy
   * @param clock the clock for {@link FsyncPolicy.Kind#EVERY_MILLIS}
   * @return the open log
   * @throws CorruptLogException if the file is not an outcome log or is damaged before its last
   *     record
   * @throws IOException if the file cannot be read or written
   */
  public static OutcomeLog open(Path path, FsyncPolicy policy, Clock clock) throws IOException {
    return open(path, policy, clock, null);
  }

  /**
   * Opens a log whose {@link FsyncPolicy.Kind#EVERY_MILLIS} policy is also enforced by a timer on a
   * scheduler, so that records are forced on time even when no further append comes.
   *
   * @param path the file
   * @param policy the fsync policy
   * @param clock the clock
   * @param scheduler the scheduler for the timer, or {@code null} for none
   * @return the open log
   * @throws CorruptLogException if the file is not an outcome log or is damaged before its last
   *     record
   * @throws IOException if the file cannot be read or written
   */
  public static OutcomeLog open(
      Path path, FsyncPolicy policy, Clock clock, @Nullable ScheduledExecutorService scheduler)
      throws IOException {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    LogReplay replay =
        Files.exists(path) && Files.size(path) > 0
            ? replay(path)
            : new LogReplay(List.of(), Optional.empty(), 0);
    FileChannel ch =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      if (replay.validLength() < HEADER.length) {
        ch.truncate(0);
        writeFully(ch, ByteBuffer.wrap(HEADER), 0);
        ch.force(true);
      } else if (replay.torn().isPresent()) {
        LOG.warn(
            "outcome log {}: cutting off a torn last record at byte {} ({} bytes): {}",
            path,
            replay.torn().get().offset(),
            replay.torn().get().length(),
            replay.torn().get().reason());
        ch.truncate(replay.validLength());
        ch.force(true);
      }
      ch.position(ch.size());
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    return new OutcomeLog(path, ch, policy, clock, replay, scheduler);
  }

  /**
   * Reads a log without modifying it.
   *
   * @param path the file
   * @return the valid records and the torn last record, if any
   * @throws CorruptLogException if the file is not an outcome log or is damaged before its last
   *     record
   * @throws IOException if the file cannot be read
   */
  public static LogReplay replay(Path path) throws IOException {
    byte[] data = Files.readAllBytes(path);
    if (data.length < HEADER.length) {
      if (Arrays.equals(data, Arrays.copyOf(HEADER, data.length))) {
        return new LogReplay(
            List.of(),
            data.length == 0
                ? Optional.empty()
                : Optional.of(new TornRecord(0, data.length, "incomplete header")),
            0);
      }
      throw new CorruptLogException(path + " is not an outcome log (bad header)");
    }
    if (!Arrays.equals(Arrays.copyOf(data, HEADER.length), HEADER)) {
      throw new CorruptLogException(
          path + " is not an outcome log v1 (the first line must be 'leanml-outcome-log v1')");
    }
    List<String> records = new ArrayList<>();
    int pos = HEADER.length;
    CRC32C crc = new CRC32C();
    while (pos < data.length) {
      int end = pos;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      String problem;
      if (end == data.length) {
        problem = "the record has no line end";
      } else {
        problem = check(data, pos, end, crc);
      }
      if (problem != null) {
        if (end >= data.length - 1) {
          return new LogReplay(
              records, Optional.of(new TornRecord(pos, data.length - pos, problem)), pos);
        }
        throw new CorruptLogException(
            path
                + ": record "
                + (records.size() + 1)
                + " at byte "
                + pos
                + " is damaged ("
                + problem
                + ") but is not the last record");
      }
      records.add(new String(data, pos + 9, end - pos - 9, StandardCharsets.UTF_8));
      pos = end + 1;
    }
    return new LogReplay(records, Optional.empty(), pos);
  }

  private static @Nullable String check(byte[] data, int from, int end, CRC32C crc) {
    if (end - from < 9 || data[from + 8] != ' ') {
      return "malformed record prefix";
    }
    long expected = 0;
    for (int i = from; i < from + 8; i++) {
      int d = Character.digit(data[i], 16);
      if (d < 0 || (data[i] >= 'A' && data[i] <= 'F')) {
        return "malformed checksum";
      }
      expected = (expected << 4) | d;
    }
    crc.reset();
    crc.update(data, from + 9, end - from - 9);
    return crc.getValue() == expected ? null : "checksum mismatch";
  }

  /**
   * What was found when the log was opened.
   *
   * @return the replay of the existing records (including the torn record that was cut off)
   */
  public LogReplay recovery() {
    return recovery;
  }

  /**
   * The file.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }

  /**
   * The policy in force.
   *
   * @return the policy
   */
  public FsyncPolicy policy() {
    return policy;
  }

  /**
   * Appends a record. Thread-safe.
   *
   * @param payload one line of text, normally a JSON object
   * @return the record's sequence number (1 for the first record ever in the file)
   * @throws IllegalArgumentException if the payload contains a line break
   * @throws IllegalStateException if the log is closed or an earlier write failed (reopen it)
   * @throws UncheckedIOException if writing or forcing fails
   */
  public long append(String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      if (b == '\n' || b == '\r') {
        throw new IllegalArgumentException("payload must be a single line: " + abbreviate(payload));
      }
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    long c = crc.getValue();
    int need = bytes.length + 10;
    long seq;
    appendLock.lock();
    try {
      requireOpen();
      while (batchLength + need > batch.length) {
        if (batchLength == 0) {
          batch = new byte[Math.max(need, batch.length * 2)];
          break;
        }
        // Full batch: write it (forcing only if the policy says so) and continue in a fresh one.
        flushHandingOff(false);
        appendLock.lock();
        requireOpen();
      }
      for (int i = 7; i >= 0; i--) {
        batch[batchLength + 7 - i] = HEX[(int) (c >>> (4 * i)) & 0xf];
      }
      batch[batchLength + 8] = ' ';
      System.arraycopy(bytes, 0, batch, batchLength + 9, bytes.length);
      batch[batchLength + 9 + bytes.length] = '\n';
      batchLength += need;
      seq = ++sequence;
      if (batchFirstMillis < 0) {
        batchFirstMillis = clock.millis();
      }
      if (syncDue(seq)) {
        flushHandingOff(true);
      }
    } finally {
      if (appendLock.isHeldByCurrentThread()) {
        appendLock.unlock();
      }
    }
    return seq;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("outcome log " + path + " is closed");
    }
    if (failure != null) {
      // After a failed write the file may end in a partial batch; appending more would bury it
      // mid-file, where replay treats damage as corruption. Reopening cuts it off as a torn tail.
      throw new IllegalStateException(
          "outcome log " + path + " failed to write (" + failure.getMessage() + "); reopen it");
    }
  }

  private boolean syncDue(long seq) {
    switch (policy.kind()) {
      case EVERY_RECORD:
        return true;
      case EVERY_N:
        return seq - requested >= policy.records();
      case EVERY_MILLIS:
        return batchFirstMillis >= 0
            && clock.millis() - batchFirstMillis >= policy.interval().toMillis();
      default:
        throw new AssertionError(policy.kind());
    }
  }

  /**
   * Takes the current batch while holding the append lock, then writes (and forces) it holding only
   * the I/O lock, so other threads keep appending. Releases the append lock.
   */
  // Hand-over-hand locking: the append lock is released between taking the I/O lock and the try
  // that releases it (see the comment inside).
  @SuppressWarnings("LockNotBeforeTry")
  private void flushHandingOff(boolean force) {
    byte[] out = batch;
    int len = batchLength;
    long upTo = sequence;
    batch = new byte[out.length];
    batchLength = 0;
    if (force) {
      batchFirstMillis = -1;
      requested = upTo;
    }
    // Taking the I/O lock before releasing the append lock keeps batches in sequence order; the
    // unlock between lock and try cannot throw, as this thread holds the append lock.
    ioLock.lock();
    appendLock.unlock();
    try {
      if (len > 0) {
        writeFully(channel, ByteBuffer.wrap(out, 0, len), -1);
      }
      if (force) {
        channel.force(false);
        if (upTo > durable) {
          durable = upTo;
        }
      }
    } catch (IOException e) {
      failure = e;
      throw new UncheckedIOException("cannot write outcome log " + path, e);
    } finally {
      ioLock.unlock();
    }
  }

  /**
   * The highest sequence number that is on stable storage: every record up to it is acknowledged.
   *
   * @return the durable sequence number
   */
  public long durableSequence() {
    return durable;
  }

  /**
   * The highest sequence number appended so far.
   *
   * @return the last sequence number
   */
  public long lastSequence() {
    appendLock.lock();
    try {
      return sequence;
    } finally {
      appendLock.unlock();
    }
  }

  /**
   * Forces every appended record to stable storage now.
   *
   * @throws UncheckedIOException if writing or forcing fails
   */
  public void sync() {
    appendLock.lock();
    if (closed) {
      appendLock.unlock();
      return;
    }
    flushHandingOff(true);
  }

  /**
   * Forces the pending records if the {@link FsyncPolicy.Kind#EVERY_MILLIS} interval has passed for
   * the oldest of them (what the timer calls; callers with their own scheduler may call it).
   *
   * @throws UncheckedIOException if writing or forcing fails
   */
  public void syncIfDue() {
    appendLock.lock();
    if (closed
        || batchFirstMillis < 0
        || clock.millis() - batchFirstMillis < policy.interval().toMillis()) {
      appendLock.unlock();
      return;
    }
    flushHandingOff(true);
  }

  /**
   * Forces all records and closes the file. Idempotent.
   *
   * @throws IOException if forcing or closing fails
   */
  @Override
  public void close() throws IOException {
    if (timer != null) {
      timer.cancel(false);
    }
    appendLock.lock();
    if (closed) {
      appendLock.unlock();
      return;
    }
    // Closed first, so no append can slip into a batch after the final flush.
    closed = true;
    try {
      flushHandingOff(true);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      channel.close();
    }
  }

  private static void writeFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
    while (buf.hasRemaining()) {
      if (position >= 0) {
        position += ch.write(buf, position);
      } else {
        ch.write(buf);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  @Override
  public String toString() {
    return "OutcomeLog[" + path + ", " + policy + "]";
  }
}
