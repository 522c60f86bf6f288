package io.looplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which of the files dragged onto the window gets opened. */
class FileDropTest {
    @Test
    void opensTheFirstPythonFile() {
        List<File> dragged = List.of(new File("/tmp/notes.txt"), new File("/tmp/a.py"), new File("/tmp/b.py"));
        assertEquals(Optional.of(new File("/tmp/a.py").toPath()), FileDrop.firstPythonFile(dragged));
    }

    @Test
    void ignoresOtherFiles() {
        assertEquals(Optional.empty(), FileDrop.firstPythonFile(List.of(new File("/tmp/picture.png"))));
    }
}
