package io.looplab.sim.threads;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.sim.SimSuspension;
import io.looplab.vm.Py;

/**
 * A blocking lock.acquire(), the oracle's VLock loop: wait in the lock's FIFO; when woken (or
 * at the deadline) take the lock if it is free, else wait again at the front of the queue.
 */
final class LockWait extends SimSuspension {
    private final SimLock lock;
    private final long timeoutNs;
    private final String what;
    private long deadline = -1;
    private boolean retry;

    /** timeoutNs: -1 to wait forever. */
    LockWait(SimLock lock, long timeoutNs, String what) {
        this.lock = lock;
        this.timeoutNs = timeoutNs;
        this.what = what;
    }

    @Override
    protected void block(Kernel k, Agent a) {
        if (retry) {
            lock.waiters.addFirst(a);
        } else {
            if (timeoutNs >= 0) {
                deadline = k.now() + timeoutNs;
            }
            lock.waiters.addLast(a);
        }
        // a fresh reading per wait, as vrun's S.wait() takes one for each deadline it pushes
        if (deadline >= 0) {
            k.blockWithTimeout(a, deadline, k.newReading(), what);
        } else {
            k.blockIndefinitely(a, what);
        }
    }

    @Override
    protected boolean wakeUp(Kernel k, Agent a) {
        lock.waiters.remove(a);
        if (lock.tryAcquire()) {
            a.resumeWith(Py.TRUE);
            return true;
        }
        if (deadline >= 0 && k.now() >= deadline) {
            a.resumeWith(Py.FALSE);
            return true;
        }
        retry = true;
        return false;
    }

    @Override
    public String describe() {
        return what;
    }
}
