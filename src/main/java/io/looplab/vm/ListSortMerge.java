package io.looplab.vm;

/**
 * merge_lo and merge_hi of CPython's listsort: merge two adjacent sorted runs through a temp
 * copy of the shorter one, switching to galloping when one run keeps winning. If a comparison
 * raises, the unmerged temp elements are copied back so the list stays a permutation (the
 * "Fail:" paths in listobject.c).
 */
final class ListSortMerge {
    private static final int MIN_GALLOP = 7;

    private final ListSort ms;
    private final PyObject[] keys;
    private final PyObject[] values;
    private final PyObject[] tk;
    private final PyObject[] tv;

    ListSortMerge(ListSort ms, int need) {
        this.ms = ms;
        this.keys = ms.keys();
        this.values = ms.values();
        this.tk = ms.tmpKeys(need);
        this.tv = ms.tmpValues();
    }

    /** Copies n slots from (src keys/values at s) to (dst keys/values at d). */
    private static void move(PyObject[] sk, PyObject[] sv, int s, PyObject[] dk, PyObject[] dv, int d, int n) {
        System.arraycopy(sk, s, dk, d, n);
        if (sv != null) {
            System.arraycopy(sv, s, dv, d, n);
        }
    }

    /** na <= nb; pa + na == pb. */
    void lo(int pa, int na, int pb, int nb) {
        move(keys, values, pa, tk, tv, 0, na);
        int dest = pa;
        int a = 0;
        int b = pb;
        try {
            move(keys, values, b++, keys, values, dest++, 1);
            if (--nb == 0) {
                return;
            }
            int minGallop = ms.minGallop();
            while (na != 1) {
                int acount = 0;
                int bcount = 0;
                while (true) {
                    if (ListSort.less(keys[b], tk[a])) {
                        move(keys, values, b++, keys, values, dest++, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bcount >= minGallop) {
                            break;
                        }
                    } else {
                        move(tk, tv, a++, keys, values, dest++, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 1 || acount >= minGallop) {
                            break;
                        }
                    }
                }
                if (na == 1) {
                    break;
                }
                minGallop++;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    ms.setMinGallop(minGallop);
                    int k = ms.gallopRightIn(keys[b], tk, a, na, 0);
                    acount = k;
                    if (k > 0) {
                        move(tk, tv, a, keys, values, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            break;
                        }
                        if (na == 0) {
                            return;
                        }
                    }
                    move(keys, values, b++, keys, values, dest++, 1);
                    if (--nb == 0) {
                        return;
                    }
                    k = ms.gallopLeftIn(tk[a], keys, b, nb, 0);
                    bcount = k;
                    if (k > 0) {
                        move(keys, values, b, keys, values, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    move(tk, tv, a++, keys, values, dest++, 1);
                    if (--na == 1) {
                        break;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                if (na == 1) {
                    break;
                }
                minGallop++;
                ms.setMinGallop(minGallop);
            }
            // CopyB: the last element of a belongs at the end of the merge
            move(keys, values, b, keys, values, dest, nb);
            move(tk, tv, a, keys, values, dest + nb, 1);
            na = 0;
        } finally {
            if (na > 0) {
                move(tk, tv, a, keys, values, dest, na);
            }
        }
    }

    /** na >= nb; pa + na == pb. */
    void hi(int pa, int na, int pb, int nb) {
        move(keys, values, pb, tk, tv, 0, nb);
        int dest = pb + nb - 1;
        int a = pa + na - 1;
        int b = nb - 1;
        try {
            move(keys, values, a--, keys, values, dest--, 1);
            if (--na == 0) {
                return;
            }
            int minGallop = ms.minGallop();
            while (nb != 1) {
                int acount = 0;
                int bcount = 0;
                while (true) {
                    if (ListSort.less(tk[b], keys[a])) {
                        move(keys, values, a--, keys, values, dest--, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (acount >= minGallop) {
                            break;
                        }
                    } else {
                        move(tk, tv, b--, keys, values, dest--, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 1 || bcount >= minGallop) {
                            break;
                        }
                    }
                }
                if (nb == 1) {
                    break;
                }
                minGallop++;
                do {
                    minGallop -= minGallop > 1 ? 1 : 0;
                    ms.setMinGallop(minGallop);
                    int k = na - ms.gallopRightIn(tk[b], keys, pa, na, na - 1);
                    acount = k;
                    if (k > 0) {
                        dest -= k;
                        a -= k;
                        move(keys, values, a + 1, keys, values, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    move(tk, tv, b--, keys, values, dest--, 1);
                    if (--nb == 1) {
                        break;
                    }
                    k = nb - ms.gallopLeftIn(keys[a], tk, 0, nb, nb - 1);
                    bcount = k;
                    if (k > 0) {
                        dest -= k;
                        b -= k;
                        move(tk, tv, b + 1, keys, values, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            break;
                        }
                        if (nb == 0) {
                            return;
                        }
                    }
                    move(keys, values, a--, keys, values, dest--, 1);
                    if (--na == 0) {
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                if (nb == 1) {
                    break;
                }
                minGallop++;
                ms.setMinGallop(minGallop);
            }
            // CopyA: the first element of b belongs at the front of the merge
            move(keys, values, a + 1 - na, keys, values, dest + 1 - na, na);
            dest -= na;
            move(tk, tv, b, keys, values, dest, 1);
            nb = 0;
        } finally {
            if (nb > 0) {
                move(tk, tv, 0, keys, values, dest - (nb - 1), nb);
            }
        }
    }
}
