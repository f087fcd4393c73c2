# Reference values for leanml-ensemble combiner tests (scikit-learn 1.2.1, SciPy 1.10.1).
# Run: /usr/bin/python3 leanml-ensemble/src/test/resources/reference/combiner_reference.py
import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression, Ridge
rng = np.random.default_rng(7)
n, M = 40, 3
y = rng.integers(0, 2, n)
# member probabilities of class 1 with different quality
P1 = np.clip(np.column_stack([
  0.5 + 0.2*(2*y-1)*rng.random(n) + 0.1*rng.standard_normal(n),
  0.5 + 0.2*(2*y-1)*rng.random(n) + 0.1*rng.standard_normal(n),
  rng.random(n)]), 0.01, 0.99)
P1 = np.round(P1, 4)
# log-loss simplex weights
def ll(w):
  q = (P1 * w).sum(1); q = np.where(y==1, q, ((1-P1)*w).sum(1)); return -np.log(q).mean()
cons = ({'type':'eq','fun':lambda w: w.sum()-1},)
r = minimize(ll, np.ones(M)/M, bounds=[(0,1)]*M, constraints=cons, method='SLSQP', options={'ftol':1e-15,'maxiter':1000})
print("P1 =", ",".join(repr(float(v)) for v in P1.flatten()))
print("y =", ",".join(str(int(v)) for v in y))
print("weights =", r.x.tolist(), ll(r.x))
lr = LogisticRegression(C=1.0, tol=1e-12, max_iter=10000, solver='newton-cg').fit(P1, y)
print("lr probs rows 0..4:", lr.predict_proba(P1)[:5,1].tolist())
print("lr coef", lr.coef_.tolist(), lr.intercept_.tolist())
# regression
t = np.round(rng.standard_normal(n)*2+1, 4)
V = np.round(np.column_stack([t + 0.5*rng.standard_normal(n), t + 1.0*rng.standard_normal(n), 0.5*t + rng.standard_normal(n)]), 4)
print("t =", ",".join(repr(float(v)) for v in t))
print("V =", ",".join(repr(float(v)) for v in V.flatten()))
rd = Ridge(alpha=1.0, tol=1e-12).fit(V, t)
print("ridge", rd.intercept_, rd.coef_.tolist())
def se(w): return ((t - V@w)**2).mean()
r2 = minimize(se, np.ones(M)/M, bounds=[(0,1)]*M, constraints=cons, method='SLSQP', options={'ftol':1e-15,'maxiter':1000})
print("se weights", r2.x.tolist())
