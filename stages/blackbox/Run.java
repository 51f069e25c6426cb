package blackbox;

/** One trained run of the black-box classifier: its coordinates in the sweep and its accuracies after the last epoch. */
public record Run(String dataset, int nParams, int field, int start, double eta, double testAccuracy,
                  double trainAccuracy, double trainLoss) {}
