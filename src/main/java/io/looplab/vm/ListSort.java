package io.looplab.vm;

import io.looplab.lang.CmpOperator;

/**
 * CPython 3.11's list.sort (Objects/listobject.c, listsort.txt): timsort with binary insertion,
 * galloping merges and the powersort merge policy, ported so that the sequence of {@code <}
 * comparisons is the same as CPython's. That matters beyond speed: a comparison that raises
 * (say between an int and a str) must meet the same pair, in the same order, to print the same
 * error. Keys and values are permuted in lockstep; values is null when there is no key function.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;

    private final PyObject[] keys;
    private final PyObject[] values;
    private final int listlen;
    private int minGallop = MIN_GALLOP;
    private PyObject[] tmpKeys = new PyObject[0];
    private PyObject[] tmpValues = new PyObject[0];
    private final int[] runBase = new int[64];
    private final int[] runLen = new int[64];
    private final int[] runPower = new int[64];
    private int nruns;

    private ListSort(PyObject[] keys, PyObject[] values) {
        this.keys = keys;
        this.values = values;
        this.listlen = keys.length;
    }

    /** Sorts keys ascending (values alongside, if not null); a comparison error leaves a permutation. */
    static void sort(PyObject[] keys, PyObject[] values) {
        if (keys.length >= 2) {
            new ListSort(keys, values).run();
        }
    }

    private static boolean lt(PyObject x, PyObject y) {
        if (x instanceof PyInt a && y instanceof PyInt b && a.isSmall() && b.isSmall()) {
            return a.value < b.value;
        }
        if (x instanceof PyStr a && y instanceof PyStr b) {
            return a.compareTo(b) < 0;
        }
        return Ops.compareBool(CmpOperator.LT, x, y);
    }

    private void run() {
        int lo = 0;
        int nremaining = listlen;
        int minrun = computeMinrun(nremaining);
        do {
            int n = countRun(lo, lo + nremaining);
            if (n < 0) {
                n = -n;
                reverse(lo, lo + n);
            }
            if (n < minrun) {
                int force = Math.min(nremaining, minrun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[nruns] = lo;
            runLen[nruns] = n;
            nruns++;
            lo += n;
            nremaining -= n;
        } while (nremaining > 0);
        while (nruns > 1) {
            int n = nruns - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    private static int computeMinrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void reverse(int lo, int hi) {
        reverseRange(keys, lo, hi);
        if (values != null) {
            reverseRange(values, lo, hi);
        }
    }

    static void reverseRange(PyObject[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /** The length of the run at lo, negated when it is strictly descending. */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[lo + 1], keys[lo])) {
            for (int p = lo + 2; p < hi && lt(keys[p], keys[p - 1]); p++) {
                n++;
            }
            return -n;
        }
        for (int p = lo + 2; p < hi && !lt(keys[p], keys[p - 1]); p++) {
            n++;
        }
        return n;
    }

    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            int l = lo;
            int r = start;
            PyObject pivot = keys[r];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    private int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs && lt(a[base + hint + ofs], key)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs && !lt(a[base + hint - ofs], key)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxofs);
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    private int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs && lt(key, a[base + hint - ofs])) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxofs);
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs && !lt(key, a[base + hint + ofs])) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    /** found_new_run: the powersort policy merges runs whose power exceeds the new boundary's. */
    private void foundNewRun(int n2) {
        if (nruns > 0) {
            int s1 = runBase[nruns - 1];
            int n1 = runLen[nruns - 1];
            int power = powerloop(s1, n1, n2, listlen);
            while (nruns > 1 && runPower[nruns - 2] > power) {
                mergeAt(nruns - 2);
            }
            runPower[nruns - 1] = power;
        }
    }

    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLen[i];
        int baseB = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == nruns - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        nruns--;
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            new ListSortMerge(this, na).lo(baseA, na, baseB, nb);
        } else {
            new ListSortMerge(this, nb).hi(baseA, na, baseB, nb);
        }
    }

    PyObject[] keys() {
        return keys;
    }

    PyObject[] values() {
        return values;
    }

    int minGallop() {
        return minGallop;
    }

    void setMinGallop(int g) {
        minGallop = g;
    }

    /** Temp space for n keys (and values), reused across merges (merge_getmem). */
    PyObject[] tmpKeys(int n) {
        if (tmpKeys.length < n) {
            tmpKeys = new PyObject[n];
            tmpValues = values == null ? null : new PyObject[n];
        }
        return tmpKeys;
    }

    PyObject[] tmpValues() {
        return tmpValues;
    }

    int gallopLeftIn(PyObject key, PyObject[] a, int base, int n, int hint) {
        return gallopLeft(key, a, base, n, hint);
    }

    int gallopRightIn(PyObject key, PyObject[] a, int base, int n, int hint) {
        return gallopRight(key, a, base, n, hint);
    }

    static boolean less(PyObject x, PyObject y) {
        return lt(x, y);
    }
}
