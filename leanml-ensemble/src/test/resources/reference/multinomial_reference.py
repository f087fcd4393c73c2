# Reference values for leanml-ensemble's multiclass stacking meta-model (scikit-learn 1.2.1).
# Run: /usr/bin/python3 leanml-ensemble/src/test/resources/reference/multinomial_reference.py
# 30 rows, 2 members, 3 classes; the meta-model's features are every member's probabilities of all
# 3 classes (as scikit-learn's StackingClassifier passes them for a multiclass task).
# Solver newton-cg: scikit-learn's lbfgs stops on SciPy's fixed relative ftol (64 x machine epsilon)
# after 14 iterations here, 5e-6 away from the optimum in probability whatever tol is given, while
# newton-cg reaches the optimum (its objective is lower; it warns it "failed to converge" only
# because its own test never falls below tol=1e-12 in floating point).
import numpy as np
from sklearn.linear_model import LogisticRegression
rng = np.random.default_rng(11)
n, M, K = 30, 2, 3
y = rng.integers(0, K, n)
P = np.zeros((n, M * K))
for m in range(M):
    raw = rng.random((n, K)) + 0.9 * (m + 1) / M * np.eye(K)[y]
    raw = np.round(raw / raw.sum(1, keepdims=True), 3)
    raw[:, K - 1] = np.round(1 - raw[:, :K - 1].sum(1), 3)  # rows sum to 1 exactly in decimals
    P[:, m * K:(m + 1) * K] = raw
print("P =", ", ".join(repr(float(v)) for v in P.flatten()))
print("y =", ", ".join(str(int(v)) for v in y))
for C in (1.0, 0.1):
    lr = LogisticRegression(C=C, tol=1e-12, max_iter=2000, solver='newton-cg').fit(P, y)
    print("C", C, "proba rows 0..5:")
    for row in lr.predict_proba(P)[:6]:
        print("  {" + ", ".join(repr(float(v)) for v in row) + "},")
    print("  objective", C * -np.log(lr.predict_proba(P)[np.arange(n), y]).sum() + 0.5 * (lr.coef_ ** 2).sum())
