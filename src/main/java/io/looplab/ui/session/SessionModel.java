package io.looplab.ui.session;

import io.looplab.scenario.ScenarioFile;
import io.looplab.scenario.ScenarioHeader;
import io.looplab.trace.SharedClock;
import io.looplab.ui.lane.LaneModel;
import io.looplab.ui.transport.PlaybackModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario being played: its header, which variants run in which lane (one, or two side by
 * side), whether a run is under way, and the lanes once it finishes. It hands the lanes' shared
 * clock to the {@link PlaybackModel} and moves every lane when the position moves.
 */
public final class SessionModel {
    private final RunService runner;
    private final PlaybackModel playback;
    private final ReadOnlyObjectWrapper<ScenarioHeader> header = new ReadOnlyObjectWrapper<>(this, "header");
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final ObservableList<String> variantsView = FXCollections.unmodifiableObservableList(variants);
    private final ReadOnlyBooleanWrapper compare = new ReadOnlyBooleanWrapper(this, "compare");
    private final ReadOnlyStringWrapper left = new ReadOnlyStringWrapper(this, "left");
    private final ReadOnlyStringWrapper right = new ReadOnlyStringWrapper(this, "right");
    private final ObservableList<LaneModel> lanes = FXCollections.observableArrayList();
    private final ObservableList<LaneModel> lanesView = FXCollections.unmodifiableObservableList(lanes);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyObjectWrapper<Prepared> prepared = new ReadOnlyObjectWrapper<>(this, "prepared");
    private ScenarioFile file;
    private SharedClock laneClock; // the clock the current lanes are on
    private Path shownPath;
    private int generation;

    public SessionModel(RunService runner, PlaybackModel playback) {
        this.runner = runner;
        this.playback = playback;
        playback.positionProperty().addListener((o, was, now) -> moveLanes(now.intValue()));
    }

    // ---- read-only state ------------------------------------------------------------------

    public ReadOnlyObjectProperty<ScenarioHeader> headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** The variants the header names (empty: the file runs as __main__ in one lane). */
    public ObservableList<String> variants() {
        return variantsView;
    }

    public ReadOnlyBooleanProperty compareProperty() {
        return compare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** One lane, or two side by side; replaced as a whole when a run finishes. */
    public ObservableList<LaneModel> lanes() {
        return lanesView;
    }

    /** Whether a run is under way (the window shows "running…" and stays usable). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Why the last run could not even start (a LoopLab failure, not a Python error), or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Prepared> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    // ---- commands -------------------------------------------------------------------------

    /** Plays a scenario; the same file again (a reload) keeps the lanes' variants and the position. */
    public void show(ScenarioFile newFile) {
        boolean reload = newFile != null && newFile.path().equals(shownPath);
        file = newFile;
        if (newFile == null) {
            generation++;
            running.set(false);
            laneClock = null;
            lanes.clear();
            playback.load(null, false);
            header.set(null);
            shownPath = null;
            return;
        }
        ScenarioHeader h = ScenarioHeader.of(newFile.text(), newFile.fileName());
        header.set(h);
        if (!reload || !variants.equals(h.variants())) {
            variants.setAll(h.variants());
            chooseDefaults(h);
        }
        run(reload);
    }

    /** Shows two variants side by side (or one, with compare off). */
    public void choose(String newLeft, String newRight) {
        left.set(valid(newLeft) ? newLeft : left.get());
        right.set(valid(newRight) ? newRight : right.get());
        rerun();
    }

    public void setCompare(boolean on) {
        compare.set(on && variants.size() >= 2);
        rerun();
    }

    private void rerun() {
        if (file != null) {
            run(true);
        }
    }

    // ---- internals ------------------------------------------------------------------------

    private void chooseDefaults(ScenarioHeader h) {
        List<String> pair = h.compare().size() == 2 && h.compare().stream().allMatch(this::valid)
                ? h.compare() : variants.size() >= 2 ? variants.subList(0, 2) : variants;
        left.set(pair.isEmpty() ? null : pair.get(0));
        right.set(pair.size() < 2 ? null : pair.get(1));
        compare.set(right.get() != null);
    }

    private boolean valid(String variant) {
        return variant != null && variants.contains(variant);
    }

    private void run(boolean keepPosition) {
        int ticket = ++generation;
        running.set(true);
        failure.set(null);
        ScenarioFile target = file;
        runner.prepare(target, lanesToRun(), done -> {
            if (ticket == generation) {
                apply(done, keepPosition);
            }
        }, message -> {
            if (ticket == generation) {
                running.set(false);
                failure.set(message);
            }
        });
    }

    private List<String> lanesToRun() {
        List<String> out = new ArrayList<>();
        if (left.get() != null) {
            out.add(left.get());
        }
        if (compare.get() && right.get() != null) {
            out.add(right.get());
        }
        return out;
    }

    private void apply(Prepared done, boolean keepPosition) {
        List<LaneModel> made = new ArrayList<>();
        for (int i = 0; i < done.lanes().size(); i++) {
            made.add(new LaneModel(i, done.lanes().get(i), done.file().lines(), done.file().fileName()));
        }
        shownPath = done.file().path();
        running.set(false);
        prepared.set(done);
        laneClock = done.clock();
        lanes.setAll(made);
        playback.load(done.clock(), keepPosition);
        moveLanes(playback.position());
    }

    private void moveLanes(int position) {
        if (laneClock == null) {
            return;
        }
        for (LaneModel lane : lanes) {
            lane.show(laneClock.stepOf(lane.index(), Math.min(position, laneClock.positions())));
        }
    }
}
