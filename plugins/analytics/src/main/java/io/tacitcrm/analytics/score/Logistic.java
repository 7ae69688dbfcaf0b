package io.tacitcrm.analytics.score;

import java.util.List;

/**
 * Logistic regression with a light ridge penalty, fitted by Newton's method (iteratively reweighted least squares)
 * on standardised features: few enough weights to read one by one, which is the point — each factor of a score is
 * one weight times how far the deal stands from the average.
 */
public final class Logistic {

    private static final int MAX_ITERATIONS = 25;
    private static final double TOLERANCE = 1e-8;
    private static final double RIDGE = 1.0;

    /** The fitted model: an intercept and a weight per standardised feature, with the means and scales used. */
    public record Fit(double intercept, double[] weights, double[] means, double[] scales) {

        public double probability(double[] x) {
            return 1 / (1 + Math.exp(-logit(x)));
        }

        public double logit(double[] x) {
            double z = intercept;
            for (int j = 0; j < weights.length; j++) {
                z += weights[j] * standard(x, j);
            }
            return z;
        }

        /** Feature j's share of the logit: its weight times how many standard deviations x lies from the mean. */
        public double contribution(double[] x, int j) {
            return weights[j] * standard(x, j);
        }

        private double standard(double[] x, int j) {
            return (x[j] - means[j]) / scales[j];
        }
    }

    private Logistic() {
    }

    public static Fit fit(List<Features.Example> examples) {
        int p = examples.getFirst().x().length;
        double[] means = new double[p];
        double[] scales = new double[p];
        for (Features.Example e : examples) {
            for (int j = 0; j < p; j++) {
                means[j] += e.x()[j];
            }
        }
        for (int j = 0; j < p; j++) {
            means[j] /= examples.size();
        }
        for (Features.Example e : examples) {
            for (int j = 0; j < p; j++) {
                scales[j] += Math.pow(e.x()[j] - means[j], 2);
            }
        }
        for (int j = 0; j < p; j++) {
            scales[j] = Math.sqrt(scales[j] / examples.size());
            if (scales[j] < 1e-9) {
                scales[j] = 1; // a constant feature: its weight stays at zero under the penalty
            }
        }
        // beta[0] is the intercept (not penalised), beta[1..p] the weights
        double[] beta = new double[p + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] hessian = new double[p + 1][p + 1];
            double[] gradient = new double[p + 1];
            double[] z = new double[p + 1];
            z[0] = 1;
            for (Features.Example e : examples) {
                for (int j = 0; j < p; j++) {
                    z[j + 1] = (e.x()[j] - means[j]) / scales[j];
                }
                double eta = 0;
                for (int j = 0; j <= p; j++) {
                    eta += beta[j] * z[j];
                }
                double mu = 1 / (1 + Math.exp(-eta));
                double w = Math.max(mu * (1 - mu), 1e-10);
                double residual = (e.won() ? 1 : 0) - mu;
                for (int j = 0; j <= p; j++) {
                    gradient[j] += residual * z[j];
                    for (int k = 0; k <= j; k++) {
                        hessian[j][k] += w * z[j] * z[k];
                    }
                }
            }
            for (int j = 1; j <= p; j++) {
                gradient[j] -= RIDGE * beta[j];
                hessian[j][j] += RIDGE;
            }
            for (int j = 0; j <= p; j++) {
                for (int k = j + 1; k <= p; k++) {
                    hessian[j][k] = hessian[k][j];
                }
            }
            double[] step = Cholesky.solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j <= p; j++) {
                beta[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        double[] weights = new double[p];
        System.arraycopy(beta, 1, weights, 0, p);
        return new Fit(beta[0], weights, means, scales);
    }

    /** Solves a symmetric positive definite system. */
    private static final class Cholesky {

        private Cholesky() {
        }

        static double[] solve(double[][] a, double[] b) {
            int n = b.length;
            double[][] l = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = a[i][j];
                    for (int k = 0; k < j; k++) {
                        sum -= l[i][k] * l[j][k];
                    }
                    l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
                }
            }
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = b[i];
                for (int k = 0; k < i; k++) {
                    sum -= l[i][k] * y[k];
                }
                y[i] = sum / l[i][i];
            }
            double[] x = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double sum = y[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= l[k][i] * x[k];
                }
                x[i] = sum / l[i][i];
            }
            return x;
        }
    }
}
