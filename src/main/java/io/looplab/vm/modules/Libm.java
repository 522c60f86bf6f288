package io.looplab.vm.modules;

/** Placeholder; replaced below. */
final class Libm {
    private Libm() {
    }

    static double exp(double x) {
        return Math.exp(x);
    }

    static double log(double x) {
        return Math.log(x);
    }

    static double sin(double x) {
        return Math.sin(x);
    }

    static double cos(double x) {
        return Math.cos(x);
    }

    static double acos(double x) {
        return Math.acos(x);
    }

    static double pow(double x, double y) {
        return Math.pow(x, y);
    }

    /** Python's float %: the result takes the sign of the divisor. */
    static double pyMod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }
}
