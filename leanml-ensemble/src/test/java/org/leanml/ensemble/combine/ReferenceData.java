package org.leanml.ensemble.combine;

/**
 * Fixed inputs and reference outputs for the combiner tests, produced by {@code /usr/bin/python3
 * leanml-ensemble/src/test/resources/reference/combiner_reference.py} (scikit-learn 1.2.1, SciPy
 * 1.10.1).
 */
final class ReferenceData {
  private ReferenceData() {}

  /** Three members' probabilities of class 1, row-major (40 rows x 3 members). */
  static final double[] P1 = {
    0.4755, 0.5959, 0.8777, 0.5524, 0.7414, 0.5233, 0.5762, 0.5314, 0.9156, 0.5215, 0.5996, 0.0467,
    0.3884, 0.5952, 0.0303, 0.545, 0.5062, 0.0202, 0.5736, 0.4903, 0.2528, 0.4064, 0.489, 0.2486,
    0.4887, 0.4135, 0.1875, 0.2648, 0.4928, 0.5671, 0.3212, 0.3483, 0.039, 0.6142, 0.6124, 0.5904,
    0.3031, 0.4975, 0.166, 0.4152, 0.2573, 0.6779, 0.3519, 0.4998, 0.0211, 0.6658, 0.6131, 0.3106,
    0.495, 0.3079, 0.9383, 0.468, 0.3895, 0.5384, 0.2971, 0.3355, 0.8116, 0.4441, 0.5024, 0.658,
    0.7059, 0.4357, 0.6108, 0.2811, 0.2689, 0.1913, 0.3677, 0.3751, 0.5744, 0.3658, 0.5381, 0.0397,
    0.6159, 0.4998, 0.8017, 0.3319, 0.4339, 0.9601, 0.4069, 0.4765, 0.854, 0.3906, 0.2513, 0.0507,
    0.3541, 0.5376, 0.3387, 0.7909, 0.5669, 0.318, 0.6376, 0.6968, 0.1127, 0.6172, 0.5394, 0.6266,
    0.5787, 0.6135, 0.7975, 0.5435, 0.5004, 0.3137, 0.6698, 0.6761, 0.8628, 0.5295, 0.4781, 0.7971,
    0.7216, 0.5745, 0.1291, 0.4468, 0.7367, 0.7669, 0.3389, 0.3451, 0.8826, 0.4492, 0.7085, 0.1973
  };

  /** The true class of each row. */
  static final int[] Y = {
    1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 0, 1
  };

  /** Regression targets. */
  static final double[] T = {
    -2.027, 0.6667, -0.9434, -2.287, 2.0114, 0.8772, 1.8131, -0.9786, -0.3161, -0.9981,
    -0.7733, 1.3908, -0.5659, 1.7121, 1.6795, 5.0503, -1.7856, 2.7758, 0.821, 0.9719,
    -1.8997, 0.0796, 2.4864, 0.835, 1.1621, 0.4186, 3.3091, 0.9571, -3.4008, -0.3841,
    -2.9376, -5.5029, -0.0602, 3.6671, 1.0942, -1.3451, -0.8814, 3.2612, 1.3153, 1.096
  };

  /** Three members' predicted values, row-major (40 rows x 3 members). */
  static final double[] V = {
    -2.0537, -1.9727, 0.5109, 0.6859, 2.1785, 0.5927, -0.5407, -0.3877, 0.0817, -2.0107,
    -2.3455, 0.8088, 2.1193, 1.432, 0.809, 0.3558, 0.2422, -0.1544, 2.0687, 3.4158,
    -0.4467, -1.3207, -0.4719, -0.4476, 0.2308, -0.2485, 1.3211, -1.6336, -1.3443, 0.4605,
    -0.8421, -1.8824, -1.3287, 1.3871, 1.3239, -0.16, -1.2282, 0.3078, -0.7871, 2.5731,
    1.3196, 1.1483, 2.4097, 1.4523, 0.6344, 4.8185, 4.8293, 2.7396, -1.3997, -1.676,
    -0.5961, 2.9651, 1.1828, 1.0891, -0.4858, 0.5856, 0.3703, 1.0971, 0.1175, 0.6925,
    -1.9304, -1.0151, -1.0338, 0.1212, -0.691, 0.5433, 1.948, 3.0634, 3.1141, 0.7003,
    2.3594, 1.0095, 1.073, 0.8485, 0.6369, 1.0126, -0.183, -1.4768, 3.4763, 3.5005,
    2.0425, 0.9543, 0.9551, -1.4681, -2.6363, -4.3944, -3.1094, -0.6617, 0.0768, 0.6626,
    -3.1323, -0.9221, -0.7626, -6.4113, -5.761, -2.9014, 0.7244, -0.2631, -1.7401, 4.1493,
    2.6222, 1.4622, 1.5526, 1.4133, -0.1316, -1.0107, -2.5921, -0.0357, -0.8263, -1.9883,
    1.817, 3.3689, 4.5409, 1.8475, 1.1893, 0.4098, -0.1217, 0.9942, 2.1774, -0.6226
  };

  /** SciPy SLSQP minimum of the mean log loss over the simplex. */
  static final double[] LOG_LOSS_WEIGHTS = {0.5989721766443007, 0.401027823355699, 0.0};

  /** The minimal mean log loss. */
  static final double MIN_LOG_LOSS = 0.5449651455428197;

  /**
   * scikit-learn LogisticRegression(C=1.0, solver='newton-cg') predict_proba[:, 1] of rows 0..4.
   */
  static final double[] LOGISTIC_P1 = {
    0.6420542323807583,
    0.6988383084637237,
    0.6572677465220621,
    0.6329484170463748,
    0.584758382866586
  };

  /** scikit-learn Ridge(alpha=1.0): intercept then coefficients. */
  static final double[] RIDGE = {
    -0.014412434705202481, 0.6850631009434904, 0.22799871010270095, 0.09435009615846773
  };

  /** SciPy SLSQP minimum of the mean squared error over the simplex. */
  static final double[] SQUARED_ERROR_WEIGHTS = {
    0.6963339472889606, 0.21974305387230364, 0.08392299883873565
  };

  static OutOfFoldPredictions classification() {
    int n = Y.length;
    double[][] outputs = new double[n][6];
    boolean[][] present = new boolean[n][3];
    double[] truth = new double[n];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < 3; m++) {
        outputs[i][2 * m] = 1 - P1[3 * i + m];
        outputs[i][2 * m + 1] = P1[3 * i + m];
        present[i][m] = true;
      }
      truth[i] = Y[i];
    }
    return new OutOfFoldPredictions(
        org.leanml.core.contract.OutputContract.binary("y", "0", "1"), 3, outputs, present, truth);
  }

  static OutOfFoldPredictions regression() {
    int n = T.length;
    double[][] outputs = new double[n][3];
    boolean[][] present = new boolean[n][3];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < 3; m++) {
        outputs[i][m] = V[3 * i + m];
        present[i][m] = true;
      }
    }
    return new OutOfFoldPredictions(
        org.leanml.core.contract.OutputContract.regression("t"), 3, outputs, present, T.clone());
  }
}
