package io.looplab.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The entities a trace mentions, numbered densely in order of appearance: tasks, handles,
 * threads and loops, with the facts about them that never change (names at creation, def
 * lines, which task a handle steps). Filled by one pass over the trace; kernel ids are small
 * increasing ints, so id-to-index maps are plain arrays.
 */
final class Registry {
    // tasks
    int tasks;
    int[] taskId = new int[16];
    int[] taskDefLine = new int[16];
    int[] taskLoop = new int[16];
    String[] taskName = new String[16];
    private String[] lastName; // renames, if any
    private int[] taskById = new int[16];

    // handles: which task's step (-1: a callback), where scheduled, who scheduled it
    int handles;
    int[] handleTask = new int[16];
    int[] handleSeq = new int[16];
    int[] handleOwner = new int[16];
    private int[] handleById = new int[16];

    // threads (kernel agent ids are already dense)
    int threads;
    String[] threadName = new String[4];
    boolean[] threadDaemon = new boolean[4];

    // executor jobs: the call each runs, from its QUEUED event
    final Map<Integer, String> jobCall = new HashMap<>();

    // loops
    int loops;
    int[] loopId = new int[2];
    private final Map<Integer, Integer> loopById = new HashMap<>();

    int addTask(Event e) {
        int t = tasks++;
        if (t == taskId.length) {
            taskId = Arrays.copyOf(taskId, t * 2);
            taskDefLine = Arrays.copyOf(taskDefLine, t * 2);
            taskLoop = Arrays.copyOf(taskLoop, t * 2);
            taskName = Arrays.copyOf(taskName, t * 2);
        }
        taskId[t] = e.a();
        taskDefLine[t] = e.c();
        taskName[t] = e.text();
        taskLoop[t] = loop(e.b());
        taskById = put(taskById, e.a(), t);
        return t;
    }

    int task(int id) {
        return get(taskById, id);
    }

    /** The name a task ends the run with (set_name, or name= given after creation), for the timeline's rows. */
    String finalName(int t) {
        return lastName != null && t < lastName.length && lastName[t] != null ? lastName[t] : taskName[t];
    }

    void renamed(int id, String name) {
        int t = task(id);
        if (t >= 0) {
            if (lastName == null || t >= lastName.length) {
                lastName = Arrays.copyOf(lastName == null ? new String[0] : lastName, Math.max(t + 1, taskName.length));
            }
            lastName[t] = name;
        }
    }

    int addHandle(int id, int task, int seq, int owner) {
        int h = handles++;
        if (h == handleTask.length) {
            handleTask = Arrays.copyOf(handleTask, h * 2);
            handleSeq = Arrays.copyOf(handleSeq, h * 2);
            handleOwner = Arrays.copyOf(handleOwner, h * 2);
        }
        handleTask[h] = task;
        handleSeq[h] = seq;
        handleOwner[h] = owner;
        handleById = put(handleById, id, h);
        return h;
    }

    int handle(int id) {
        return get(handleById, id);
    }

    void addThread(int id, String name, boolean daemon) {
        if (id >= threadName.length) {
            threadName = Arrays.copyOf(threadName, Math.max(id + 1, threadName.length * 2));
            threadDaemon = Arrays.copyOf(threadDaemon, threadName.length);
        }
        threadName[id] = name;
        threadDaemon[id] = daemon;
        threads = Math.max(threads, id + 1);
    }

    int loop(int id) {
        Integer l = loopById.get(id);
        if (l != null) {
            return l;
        }
        if (loops == loopId.length) {
            loopId = Arrays.copyOf(loopId, loops * 2);
        }
        loopId[loops] = id;
        loopById.put(id, loops);
        return loops++;
    }

    private static int[] put(int[] byId, int id, int index) {
        if (id < 0) {
            return byId;
        }
        int[] a = byId;
        if (id >= a.length) {
            int n = a.length;
            a = Arrays.copyOf(a, Math.max(id + 1, n * 2));
            Arrays.fill(a, n, a.length, 0);
        }
        a[id] = index + 1; // 0 means absent
        return a;
    }

    private static int get(int[] byId, int id) {
        return id >= 0 && id < byId.length ? byId[id] - 1 : -1;
    }
}
