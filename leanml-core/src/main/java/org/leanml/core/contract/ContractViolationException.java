package org.leanml.core.contract;

import java.util.List;
import org.leanml.core.LeanMlException;

/** Thrown when a table breaks a contract; carries every violation found, up to a cap. */
public class ContractViolationException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param context what was being checked, e.g. {@code "input contract of stage 'scale'"}
   * @param violations the violations found (at least one)
   * @param truncated whether more violations existed than were collected
   */
  public ContractViolationException(String context, List<Violation> violations, boolean truncated) {
    super(render(context, violations, truncated));
    this.violations = List.copyOf(violations);
  }

  /**
   * The violations found.
   *
   * @return an unmodifiable list
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String render(String context, List<Violation> vs, boolean truncated) {
    StringBuilder sb = new StringBuilder(context).append(": ").append(vs.size());
    sb.append(vs.size() == 1 ? " violation" : " violations").append(truncated ? " (capped)" : "");
    int shown = Math.min(vs.size(), 10);
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? ": " : "; ").append(vs.get(i));
    }
    if (vs.size() > shown) {
      sb.append("; ... ").append(vs.size() - shown).append(" more");
    }
    return sb.toString();
  }
}
