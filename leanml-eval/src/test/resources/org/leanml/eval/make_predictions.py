# Produces the real prediction files used as test resources (run with /usr/bin/python3,
# scikit-learn 1.2.1), from this folder:  /usr/bin/python3 make_predictions.py
# It reads spambase.csv.gz and letter.csv.gz bundled in leanml-datasets (pandas decompresses them);
# an optional argument names another folder holding spambase.csv and letter.csv.
import os
import sys
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression, LinearRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline

BUNDLED = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 7,
                       "leanml-datasets", "src", "main", "resources", "org", "leanml", "datasets")
d = sys.argv[1] if len(sys.argv) > 1 else BUNDLED
def read(name):
    plain = os.path.join(d, name)
    return pd.read_csv(plain if os.path.exists(plain) else plain + ".gz")
spam = read("spambase.csv")
y = (spam["type"] == "spam").astype(int).values
X = spam.drop(columns=["type"])
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=1000, random_state=42, stratify=y)
base_cols = list(X.columns[:20])          # baseline: word frequencies 1-20
cand_cols = list(X.columns[:48])          # candidate: all 48 word frequencies
old_cols = list(X.columns[:8])            # an older version: 8 word frequencies
def fit(cols):
    m = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, random_state=0))
    m.fit(Xtr[cols], ytr)
    return m.predict_proba(Xte[cols])[:, 1]
pd.DataFrame({"truth": yte, "old": np.round(fit(old_cols), 6), "baseline": np.round(fit(base_cols), 6),
              "candidate": np.round(fit(cand_cols), 6)}).to_csv("spambase_binary.csv", index=False)

# Regression: log1p(capitalTotal) from two feature subsets, 300 test rows.
t = np.log1p(spam["capitalTotal"].values)
F = spam.drop(columns=["type", "capitalTotal", "capitalLong", "capitalAve"])
Ftr, Fte, ttr, tte = train_test_split(F, t, test_size=300, random_state=7)
rb = LinearRegression().fit(Ftr.iloc[:, :10], ttr).predict(Fte.iloc[:, :10])
rc = LinearRegression().fit(Ftr, ttr).predict(Fte)
pd.DataFrame({"truth": np.round(tte, 6), "baseline": np.round(rb, 6), "candidate": np.round(rc, 6)}).to_csv(
    "spambase_regression.csv", index=False)

# Multiclass: letter, 26 classes, two logistic regressions on different feature subsets, 500 rows.
letter = read("letter.csv")
ly = letter["lettr"].values
LX = letter.drop(columns=["lettr"])
Ltr, Lte, lytr, lyte = train_test_split(LX, ly, test_size=500, random_state=3, stratify=ly)
def fitm(cols):
    m = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, random_state=0))
    m.fit(Ltr[cols], lytr)
    return m.classes_, m.predict_proba(Lte[cols])
classes, pb = fitm(list(LX.columns[:8]))
_, pc = fitm(list(LX.columns))
out = {"truth": [list(classes).index(v) for v in lyte]}
for k in range(len(classes)):
    out["b%d" % k] = np.round(pb[:, k], 6)
for k in range(len(classes)):
    out["c%d" % k] = np.round(pc[:, k], 6)
pd.DataFrame(out).to_csv("letter_multiclass.csv", index=False)
